// The attributes of Gradio's embed on <graft-app> and <gradio-app> (docs/embedding.md#attributes):
// eager and Gradio's lazy default, initial_height, container, control_page_title, space, a
// changed src, and the render / graft:ready / graft:error events.
import { test, expect } from "@playwright/test";
import { openPage } from "./support.js";

const config = (label, title = "Hello") => JSON.stringify({
  title,
  components: [
    { id: 1, type: "textbox", props: { label } },
    { id: 2, type: "textbox", props: { label: `${label} echo` } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }] },
  dependencies: [{ id: 0, targets: [[1, "change"]], inputs: [1], outputs: [2], api_name: "echo" }],
});
const inline = (label, attrs = "", tag = "graft-app") => `<${tag} ${attrs}><script type="application/json">${config(label)}</script></${tag}>`;
const echo = `<script type="module">import { register } from "/graft/graft.js"; register("echo", (t) => t);</script>`;

test("a <gradio-app> below the fold is drawn only once scrolled into view, as Gradio's lazy embed", async ({ page }) => {
  await openPage(page, "/e2e/lazy.html", `
    ${inline("Top", "", "gradio-app")}
    <div style="height: 3000px"></div>
    ${inline("Eager", 'eager="true"', "gradio-app")}
    ${inline("Lazy", "", "gradio-app")}
    ${echo}`);
  const [top, eager, lazy] = await page.locator("gradio-app").all();
  await expect(top).toHaveAttribute("data-ready", "");
  await expect(eager).toHaveAttribute("data-ready", ""); // eager="true" draws off-screen too
  await expect(lazy).not.toHaveAttribute("data-ready");
  await expect(lazy.locator(".graft-app")).toHaveCount(0);
  await lazy.scrollIntoViewIfNeeded();
  await expect(lazy).toHaveAttribute("data-ready", "");
  await lazy.getByLabel("Lazy", { exact: true }).fill("seen");
  await expect(lazy.getByLabel("Lazy echo")).toHaveValue("seen");
});

test("a <graft-app> draws at once wherever it is, unless eager=\"false\"", async ({ page }) => {
  await openPage(page, "/e2e/eager.html", `
    <div style="height: 3000px"></div>
    ${inline("Default")}
    ${inline("Deferred", 'eager="false"')}
    ${echo}`);
  const [plain, deferred] = await page.locator("graft-app").all();
  await expect(plain).toHaveAttribute("data-ready", "");
  await expect(deferred).not.toHaveAttribute("data-ready");
  await deferred.scrollIntoViewIfNeeded();
  await expect(deferred).toHaveAttribute("data-ready", "");
});

test("initial_height holds the element's space until the app is drawn (300px by default)", async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/slow.json", async (route) => {
    await held;
    await route.fulfill({ contentType: "application/json", body: config("Slow") });
  });
  await openPage(page, "/e2e/initial-height.html", `
    <graft-app src="/slow.json" initial_height="420px"></graft-app>
    <graft-app src="/slow.json"></graft-app>
    <link rel="stylesheet" href="/graft/graft.css">
    ${echo}
    <script type="module" src="/graft/graft.js"></script>`);
  const [tall, plain] = await page.locator("graft-app").all();
  await expect.poll(async () => (await tall.boundingBox())?.height).toBe(420);
  expect((await plain.boundingBox())?.height).toBe(300);
  release();
  await expect(tall).toHaveAttribute("data-ready", "");
  await expect(plain).toHaveAttribute("data-ready", "");
  const heights = [(await tall.boundingBox()).height, (await plain.boundingBox()).height];
  expect(heights[0]).toBe(heights[1]); // the app's own height now, the same app in both
  expect(await tall.evaluate((el) => getComputedStyle(el).minHeight)).not.toBe("420px");
});

test("<gradio-app> sits in Gradio's embed frame unless container=\"false\" or embed=\"false\"; <graft-app> only with container=\"true\"", async ({ page }) => {
  await openPage(page, "/e2e/container.html", `
    ${inline("A", 'eager="true"', "gradio-app")}
    ${inline("B", 'eager="true" container="false"', "gradio-app")}
    ${inline("C", 'eager="true" embed="false"', "gradio-app")}
    ${inline("D")}
    ${inline("E", 'container="true"')}
    ${echo}`);
  const border = (sel, i) => page.locator(sel).nth(i).locator(":scope > .graft-app").evaluate((el) => getComputedStyle(el).borderTopWidth);
  for (const el of await page.locator("gradio-app, graft-app").all()) await expect(el).toHaveAttribute("data-ready", "");
  expect(await border("gradio-app", 0)).toBe("1px");
  expect(await border("gradio-app", 1)).toBe("0px");
  expect(await border("gradio-app", 2)).toBe("0px");
  expect(await border("graft-app", 0)).toBe("0px");
  expect(await border("graft-app", 1)).toBe("1px");
});

test("control_page_title=\"true\" gives the page the app's title; without it the page keeps its own", async ({ page }) => {
  await openPage(page, "/e2e/title.html", `
    <graft-app control_page_title="true"><script type="application/json">${config("Name", "My Gradio App")}</script></graft-app>
    ${echo}`);
  await expect(page.locator("graft-app")).toHaveAttribute("data-ready", "");
  await expect(page).toHaveTitle("My Gradio App");

  await openPage(page, "/e2e/own-title.html", `${inline("Name")}${echo}`);
  await expect(page.locator("graft-app")).toHaveAttribute("data-ready", "");
  await expect(page).toHaveTitle("test");
});

test("graft:ready and Gradio's render fire when the app is drawn; graft:error carries a load error", async ({ page }) => {
  await openPage(page, "/e2e/events.html", `
    <script>
      window.seen = [];
      for (const type of ["graft:ready", "render", "graft:error"]) {
        document.addEventListener(type, (e) => seen.push([type, e.target.tagName.toLowerCase(), e.detail?.error?.message ?? null]));
      }
    </script>
    ${inline("Name")}
    <gradio-app eager="true" src="/nowhere.json"></gradio-app>
    ${echo}`);
  await expect.poll(() => page.evaluate(() => window.seen.length)).toBe(3);
  const seen = await page.evaluate(() => window.seen);
  expect(seen).toContainEqual(["graft:ready", "graft-app", null]);
  expect(seen).toContainEqual(["render", "graft-app", null]);
  const error = seen.find(([type]) => type === "graft:error");
  expect(error[1]).toBe("gradio-app");
  expect(error[2]).toContain("HTTP 404");
  await expect(page.locator("gradio-app").getByRole("alert")).toContainText("HTTP 404");
});

test("space= is not looked up: the element says to give the Space's own URL in src", async ({ page }) => {
  await openPage(page, "/e2e/space.html", `
    <gradio-app space="gradio/hello_world" eager="true"></gradio-app>
    <script type="module" src="/graft/graft.js"></script>`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText('space="gradio/hello_world"');
  await expect(alert).toContainText("src=");
});

test("changing src loads the other app in place", async ({ page }) => {
  await page.route("**/first.json", (route) => route.fulfill({ contentType: "application/json", body: config("First") }));
  await page.route("**/second.json", (route) => route.fulfill({ contentType: "application/json", body: config("Second") }));
  await openPage(page, "/e2e/change-src.html", `<graft-app src="/first.json"></graft-app>${echo}
    <script type="module" src="/graft/graft.js"></script>`);
  const app = page.locator("graft-app");
  await expect(app.getByLabel("First", { exact: true })).toBeVisible();
  await app.evaluate((el) => el.setAttribute("src", "/second.json"));
  await expect(app.getByLabel("Second", { exact: true })).toBeVisible();
  await expect(app.getByLabel("First", { exact: true })).toHaveCount(0);
  await expect(app).toHaveAttribute("data-ready", "");
  await app.getByLabel("Second", { exact: true }).fill("again");
  await expect(app.getByLabel("Second echo")).toHaveValue("again");
});
