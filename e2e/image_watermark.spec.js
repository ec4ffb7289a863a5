// gr.Image's `watermark` in the page: an image a local function returns is marked, bottom-right
// and 10 px in, as Gradio's postprocess marks it; a mark that cannot be loaded is reported.
import { test, expect } from "@playwright/test";
import { openPage, pngFile } from "./support.js";

const app = (watermark) => JSON.stringify({
  components: [
    { id: 1, type: "button", props: { value: "Make" } },
    { id: 2, type: "image", props: { label: "Marked", format: "png", watermark } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }] },
  dependencies: [{ id: 0, targets: [[1, "click"]], inputs: [], outputs: [2], api_name: "make" }],
});

const body = (watermark) => `
  <graft-app><script type="application/json">${app(watermark)}</script></graft-app>
  <script type="module">
    import { register } from "/graft/graft.js";
    register("make", () => ({ shape: [30, 40, 3], data: new Uint8Array(30 * 40 * 3).fill(255) }));
  </script>`;

test("a returned image carries the output's watermark at the bottom-right corner", async ({ page }) => {
  await page.route("**/mark.png", (route) => route.fulfill({ contentType: "image/png", body: pngFile("mark.png", 4, 4, () => [200, 0, 0]).buffer }));
  await openPage(page, "/watermark.html", body("/mark.png"));
  await page.getByRole("button", { name: "Make" }).click();
  const canvas = page.locator(".graft-image canvas");
  await expect(canvas).toBeVisible();
  const at = (x, y) => canvas.evaluate((c, [x, y]) => Array.from(c.getContext("2d").getImageData(x, y, 1, 1).data), [x, y]);
  // 40 × 30 base, 4 × 4 mark: Gradio pastes it at (40 - 4 - 10, 30 - 4 - 10) = (26, 16).
  expect(await at(26, 16)).toEqual([200, 0, 0, 255]);
  expect(await at(29, 19)).toEqual([200, 0, 0, 255]);
  expect(await at(25, 16)).toEqual([255, 255, 255, 255]);
  expect(await at(0, 0)).toEqual([255, 255, 255, 255]);
});

test("a watermark that cannot be loaded fails the output with the mark's URL and reason", async ({ page }) => {
  await page.route("**/missing.png", (route) => route.fulfill({ status: 404, body: "" }));
  await openPage(page, "/watermark-missing.html", body("/missing.png"));
  await page.getByRole("button", { name: "Make" }).click();
  await expect(page.getByRole("alert")).toContainText("missing.png could not be loaded: HTTP 404");
});
