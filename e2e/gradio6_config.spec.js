// A config written exactly as Gradio 6 writes it: unset props left out, the automatic `form`
// around form components, State and Timer blocks, every Image's watermark as
// {watermark: null, position}, and a load listener targeting [0, "load"].
import { test, expect } from "@playwright/test";
import { openPage, pngFile } from "./support.js";

const mark = { watermark: null, position: "bottom-right" };
const config = {
  version: "6.25.0", mode: "blocks", title: "Gradio", protocol: "sse_v3", api_prefix: "/gradio_api",
  components: [
    { id: 1, type: "markdown", props: { value: "# Mirror", visible: true, name: "markdown" } },
    { id: 2, type: "form", props: { scale: 0, min_width: 0, visible: true, name: "form" } },
    { id: 3, type: "textbox", props: { lines: 1, max_lines: 20, label: "Name", show_label: true, container: true, visible: true, name: "textbox" } },
    { id: 4, type: "image", props: { label: "Picture", type: "numpy", image_mode: "RGB", format: "webp", watermark: mark, sources: ["upload", "webcam", "clipboard"], visible: true, name: "image" } },
    { id: 5, type: "state", props: { value: null, name: "state" } },
    { id: 6, type: "timer", props: { value: 1, active: false, name: "timer" } },
    { id: 7, type: "button", props: { value: "Mirror", variant: "secondary", visible: true, name: "button" } },
    { id: 8, type: "image", props: { label: "Mirrored", type: "numpy", format: "webp", watermark: mark, visible: true, name: "image" } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2, children: [{ id: 3 }] }, { id: 4 }, { id: 5 }, { id: 6 }, { id: 7 }, { id: 8 }] },
  dependencies: [
    { id: 0, targets: [[0, "load"]], inputs: [], outputs: [3], backend_fn: true, js: null, queue: true, api_name: "greet_load", trigger_mode: "once", show_progress: "full" },
    { id: 1, targets: [[7, "click"]], inputs: [4], outputs: [8], backend_fn: true, js: null, queue: true, api_name: "mirror", trigger_mode: "once", show_progress: "full" },
  ],
};

test("a Gradio 6 config draws no placeholder, runs its load listener, and returns pixels to a watermark-null Image", async ({ page }) => {
  await openPage(page, "/gradio6.html", `
    <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("greet_load", () => "loaded");
      register("mirror", (img) => img);
    </script>`);
  await expect(page.getByLabel("Name")).toHaveValue("loaded");
  await expect(page.getByRole("note")).toHaveCount(0); // no "not displayed yet" note anywhere
  await expect(page.locator(".graft-form")).toHaveCount(1);
  await page.locator('.graft-image input[type="file"]').first().setInputFiles(pngFile("grid.png", 4, 2));
  await page.getByRole("button", { name: "Mirror" }).click();
  await expect(page.locator(".graft-image").nth(1).locator("canvas")).toBeVisible();
  await expect(page.getByTestId("toast-body")).toHaveCount(0);
});

// Gradio 4.x wrote its plots as barplot/lineplot/scatterplot holding an Altair chart, and a
// component without a frontend as fallback; gr.api endpoints add an invisible api block.
test("a Gradio 4 config's lineplot draws its Altair chart, a fallback its JSON, and api nothing", async ({ page }) => {
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    data: { values: [{ x: 1, y: 2 }, { x: 2, y: 5 }, { x: 3, y: 3 }] },
    mark: "line",
    encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
  };
  const config4 = {
    version: "4.44.1", mode: "blocks", title: "Gradio", protocol: "sse_v3",
    components: [
      { id: 1, type: "lineplot", props: { label: "Trend", value: { type: "altair", plot: JSON.stringify(spec), chart: "line" }, show_label: true, visible: true, name: "lineplot" } },
      { id: 2, type: "fallback", props: { value: { widget: "knob", turns: 3 }, visible: true, name: "fallback" } },
      { id: 3, type: "api", props: { name: "api" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    dependencies: [],
  };
  await openPage(page, "/gradio4.html", `
    <graft-app><script type="application/json">${JSON.stringify(config4)}</script></graft-app>
    <script type="module" src="/graft/graft.js"></script>`);
  await expect(page.locator("graft-app[data-ready]")).toHaveCount(1);
  await expect(page.getByRole("note")).toHaveCount(0);
  const plot = page.locator(".graft-plot");
  await expect(plot.getByText("Trend")).toBeVisible();
  await expect(plot.locator(".graft-plot-chart svg path").first()).toBeVisible(); // Vega drew the line
  await expect(page.locator(".graft-fallback")).toContainText('"widget"');
  await expect(page.locator(".graft-fallback")).toContainText('"knob"');
});

// Gradio 6's custom buttons, as its textbox_custom_buttons demo writes them: the gr.Buttons are
// unrendered (in no layout, not in $.components), their configs sit in the Textbox's `buttons`,
// and their click listeners target their ids.
test("a Textbox's custom buttons run their Buttons' click listeners, from a config and from the builder", async ({ page }) => {
  const button = (id, value) => ({ value, variant: "secondary", size: "lg", icon: null, link: null, link_target: "_self", visible: true,
    interactive: true, elem_id: null, elem_classes: null, key: null, preserved_by_key: ["value"], scale: null, min_width: null, proxy_url: null, name: "button", id });
  const custom = {
    version: "6.25.0", mode: "blocks", title: "Gradio", protocol: "sse_v3", api_prefix: "/gradio_api",
    components: [
      { id: 2, type: "form", props: { scale: 0, min_width: 0, visible: true, name: "form" } },
      { id: 6, type: "textbox", props: { value: "Sample text", lines: 5, label: "Sample Text", show_label: true, buttons: ["copy", button(3, "Refresh"), button(5, "🗑️")], visible: true, name: "textbox" } },
    ],
    layout: { id: 1, children: [{ id: 2, children: [{ id: 6 }] }] },
    dependencies: [
      { id: 0, targets: [[3, "click"]], inputs: [], outputs: [6], backend_fn: true, js: null, queue: true, api_name: "refresh_data", trigger_mode: "once", show_progress: "full" },
      { id: 1, targets: [[5, "click"]], inputs: [], outputs: [6], backend_fn: false, js: "() => ''", queue: false, api_name: "lambda", trigger_mode: "once", show_progress: "full" },
    ],
  };
  await openPage(page, "/custom-buttons.html", `
    <graft-app id="config"><script type="application/json">${JSON.stringify(custom)}</script></graft-app>
    <div id="built"></div>
    <script type="module">
      import { register, Blocks } from "/graft/graft.js";
      register("refresh_data", () => "Refreshed content: 1234");
      const demo = await Blocks.create();
      const shout = demo.button("Shout");
      const text = demo.textbox({ label: "Built", value: "quiet", buttons: ["copy", shout] });
      shout.click({ fn: (t) => t.toUpperCase(), inputs: [text], outputs: [text] });
      await demo.launch("#built");
    </script>`);
  const app = page.locator("#config");
  await expect(app.getByLabel("Sample Text")).toHaveValue("Sample text");
  await expect(app.getByRole("button", { name: "Copy" })).toBeVisible();
  await app.getByRole("button", { name: "Refresh" }).click();
  await expect(app.getByLabel("Sample Text")).toHaveValue("Refreshed content: 1234");
  await app.getByRole("button", { name: "🗑️" }).click(); // a `js` listener, as Gradio's demo has
  await expect(app.getByLabel("Sample Text")).toHaveValue("");
  const built = page.locator("#built");
  await expect(built.getByRole("button", { name: "Shout" })).toHaveCount(1); // drawn once, in the toolbar
  await built.getByRole("button", { name: "Shout" }).click();
  await expect(built.getByLabel("Built")).toHaveValue("QUIET");
  await expect(page.getByTestId("toast-body")).toHaveCount(0);
});
