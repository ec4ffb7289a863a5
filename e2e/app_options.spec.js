// Blocks options that mean something in a page: css, js, head, theme (Gradio's variable names)
// and fill_height; an unknown option is refused with its name.
import { test, expect } from "@playwright/test";
import { openPage } from "./support.js";

test("css, theme, head and js from the builder reach the page", async ({ page }) => {
  await openPage(page, "/options.html", `
    <div id="app"></div>
    <script type="module">
      import { Blocks } from "/graft/graft.js";
      const demo = await Blocks.create({
        title: "Options",
        css: ".graft-app #big textarea { font-size: 30px; }",
        theme: { button_primary_background_fill: "rgb(37, 99, 235)", button_primary_background_fill_dark: "rgb(29, 78, 216)" },
        head: '<meta name="graft-test" content="from head">',
        js: "() => { window.__appJsRan = true; }",
      });
      demo.textbox({ label: "Big", elem_id: "big" });
      demo.button("Go", { variant: "primary" });
      demo.launch("#app");
    </script>`);
  const box = page.getByLabel("Big");
  await expect(box).toHaveCSS("font-size", "30px");
  await expect(page.getByRole("button", { name: "Go" })).toHaveCSS("background-color", "rgb(37, 99, 235)");
  await expect(page.locator('meta[name="graft-test"]')).toHaveAttribute("content", "from head");
  await expect.poll(() => page.evaluate(() => window.__appJsRan)).toBe(true);
});

test("an unknown Blocks option is refused, naming it", async ({ page }) => {
  await openPage(page, "/options-bad.html", `<script type="module">
      import { Blocks } from "/graft/graft.js";
      try { await Blocks.create({ titel: "typo" }); } catch (e) { window.__err = e.message; }
    </script>`);
  await expect.poll(() => page.evaluate(() => window.__err)).toMatch(/unknown parameter titel/);
});

test("a ClearButton empties its components, as Gradio's does", async ({ page }) => {
  await openPage(page, "/clear.html", `
    <div id="app"></div>
    <script type="module">
      import { Blocks } from "/graft/graft.js";
      const demo = await Blocks.create();
      const a = demo.textbox({ label: "A", value: "one" });
      const n = demo.number({ label: "N", value: 5 });
      demo.clearButton({ components: [a, n] });
      demo.launch("#app");
    </script>`);
  await expect(page.getByLabel("A")).toHaveValue("one");
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByLabel("A")).toHaveValue("");
  await expect(page.getByLabel("N")).toHaveValue("");
});
