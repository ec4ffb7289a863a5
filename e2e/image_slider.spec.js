// gr.SimpleImage and gr.ImageSlider in the page: an upload reaches a page function and what it
// returns is drawn; an ImageSlider shows two images under a divider a keyboard and a mouse move;
// each of its images reaches a function as its `type` says; a wrong return names ImageSlider.
import { test, expect } from "@playwright/test";
import { openPage, pngFile } from "./support.js";

const canvasPixels = (locator) =>
  locator.evaluate((c) => Array.from(c.getContext("2d").getImageData(0, 0, c.width, c.height).data));

const app = (config, script) => `
  <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
  <script type="module">
    import { register } from "/graft/graft.js";
    ${script}
  </script>`;

test("an image uploaded into SimpleImage reaches the function as a URL and its output shows it", async ({ page }) => {
  const config = {
    components: [
      { id: 1, type: "simpleimage", props: { label: "Photo" } },
      { id: 2, type: "simpleimage", props: { label: "Copy", interactive: false } },
      { id: 3, type: "textbox", props: { label: "Seen" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    dependencies: [
      { id: 0, targets: [[1, "upload"]], inputs: [1], outputs: [2, 3], api_name: "copy" },
      { id: 1, targets: [[1, "clear"]], inputs: [1], outputs: [2, 3], api_name: "copy" },
    ],
  };
  await openPage(page, "/simpleimage.html", app(config, `
    register("copy", async (url) => url == null ? [null, "cleared"] : [url, url.slice(0, 5) + " " + (await (await fetch(url)).arrayBuffer()).byteLength]);`));
  const photo = page.locator(".graft-simpleimage").first();
  const copy = page.locator(".graft-simpleimage").nth(1);
  await expect(photo.getByRole("button", { name: /Click to upload or drop files/ })).toBeVisible();
  await expect(copy.getByRole("img", { name: "Empty value" })).toBeVisible();
  const file = pngFile("grid.png", 4, 2);
  await photo.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByLabel("Seen")).toHaveValue(`blob: ${file.buffer.length}`);
  await expect(photo.locator("img")).toBeVisible();
  const shown = copy.locator("img");
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((img) => img.complete && img.naturalWidth)).toBe(4);
  await expect(copy.getByRole("link", { name: "Download" })).toHaveAttribute("download", "grid.png");
  await photo.getByRole("button", { name: "Remove Image" }).click();
  await expect(page.getByLabel("Seen")).toHaveValue("cleared");
  await expect(copy.getByRole("img", { name: "Empty value" })).toBeVisible();
  await expect(photo.getByRole("button", { name: /Click to upload or drop files/ })).toBeVisible();
});

test("a SimpleImage refuses a file that is not an image, naming it, and a bad return names SimpleImage", async ({ page }) => {
  const config = {
    components: [
      { id: 1, type: "simpleimage", props: { label: "Photo" } },
      { id: 2, type: "simpleimage", props: { label: "Out", interactive: false } },
      { id: 3, type: "button", props: { value: "Broken" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    dependencies: [{ id: 0, targets: [[3, "click"]], inputs: [], outputs: [2], api_name: "broken" }],
  };
  await openPage(page, "/simpleimage-bad.html", app(config, `register("broken", () => 42);`));
  await page.locator(".graft-simpleimage").first().locator('input[type="file"]').setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hi") });
  await expect(page.getByTestId("toast-text")).toContainText("Invalid file type: notes.txt. Only image/* allowed.");
  await page.getByRole("button", { name: "Broken" }).click();
  await expect(page.getByTestId("toast-text").last()).toContainText('simpleimage "Out" (component 2): SimpleImage expects a path or URL string, or a FileData');
});

const sliderApp = {
  components: [
    { id: 1, type: "image", props: { label: "Photo", type: "numpy" } },
    { id: 2, type: "imageslider", props: { label: "Before and after", interactive: false, slider_position: 50 } },
    { id: 3, type: "button", props: { value: "Broken" } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
  dependencies: [
    { id: 0, targets: [[1, "upload"]], inputs: [1], outputs: [2], api_name: "invert" },
    { id: 1, targets: [[3, "click"]], inputs: [], outputs: [2], api_name: "broken" },
  ],
};
const sliderScript = `
  register("invert", (a) => [a, { shape: a.shape, dtype: a.dtype, data: a.data.map((v) => 255 - v) }]);
  register("broken", () => "only one image");`;

test("an ImageSlider shows the original and the inverted image; its divider moves by keyboard and by dragging; the wheel zooms, a drag pans", async ({ page }) => {
  await openPage(page, "/imageslider.html", app(sliderApp, sliderScript));
  const slider = page.locator(".graft-imageslider");
  await expect(slider.getByRole("img", { name: "Empty value" })).toBeVisible();
  await page.getByLabel("Photo").setInputFiles(pngFile("grid.png", 4, 2));
  const layers = slider.locator("canvas[data-testid=imageslider-image]");
  await expect(layers.nth(1)).toBeVisible();
  const original = [];
  const inverted = [];
  for (let y = 0; y < 2; y++) for (let x = 0; x < 4; x++) original.push(x, y, 7, 255), inverted.push(255 - x, 255 - y, 248, 255);
  expect(await canvasPixels(layers.nth(0))).toEqual(original);
  expect(await canvasPixels(layers.nth(1))).toEqual(inverted);

  const handle = slider.getByRole("slider", { name: "Slider position" });
  await expect(handle).toHaveAttribute("aria-valuenow", "50");
  await handle.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
  await expect(handle).toHaveAttribute("aria-valuenow", "45");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(handle).toHaveAttribute("aria-valuenow", "55");
  // The second image shows right of the divider only.
  await expect(slider.locator(".slider-image.top")).toHaveCSS("clip-path", "inset(0px 0px 0px 55%)");

  const frame = await slider.locator(".slider-frame").boundingBox();
  const knob = await handle.boundingBox();
  await page.mouse.move(knob.x + knob.width / 2, knob.y + knob.height / 2);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width * 0.25, knob.y + knob.height / 2, { steps: 4 });
  await page.mouse.up();
  const now = Number(await handle.getAttribute("aria-valuenow"));
  expect(Math.abs(now - 25)).toBeLessThan(1);
  await page.keyboard.press("End");
  await expect(handle).toHaveAttribute("aria-valuenow", "100");

  // The wheel zooms both images about the cursor; a drag pans them; Undo resets the zoom.
  const undo = slider.getByRole("button", { name: "Undo" });
  await expect(undo).toBeDisabled();
  const box = await slider.locator(".slider-frame").boundingBox();
  const base = layers.nth(0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, -100);
  await expect(undo).toBeEnabled();
  const zoomed = await base.boundingBox();
  expect(zoomed.width / box.width).toBeGreaterThan(2); // 1.05^15 ≈ 2.08
  expect(await layers.nth(1).boundingBox()).toEqual(zoomed); // both images alike
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  expect(Math.round((await base.boundingBox()).x - zoomed.x)).toBe(40);
  await expect(handle).toHaveAttribute("aria-valuenow", "100"); // panning moved no divider
  await undo.click();
  expect(await base.boundingBox()).toEqual(box);
  await expect(undo).toBeDisabled();
});

test("a function returning a bad value for an ImageSlider fails naming ImageSlider", async ({ page }) => {
  await openPage(page, "/imageslider-bad.html", app(sliderApp, sliderScript));
  await page.getByRole("button", { name: "Broken" }).click();
  await expect(page.getByTestId("status-tracker").locator(".error")).toHaveText("Error");
  await expect(page.getByTestId("toast-text")).toContainText('imageslider "Before and after" (component 2): ImageSlider expects a pair [image, image]');
});

const inputApp = (type) => ({
  components: [
    { id: 1, type: "imageslider", props: { label: "Compare", type } },
    { id: 2, type: "textbox", props: { label: "Seen" } },
    { id: 3, type: "textbox", props: { label: "Events" } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
  dependencies: [
    { id: 0, targets: [[1, "upload"]], inputs: [1], outputs: [2], api_name: "seen" },
    { id: 1, targets: [[1, "clear"]], inputs: [1], outputs: [2], api_name: "seen" },
    { id: 2, targets: [[1, "input"]], inputs: [], outputs: [3], api_name: "input" },
    { id: 3, targets: [[1, "change"]], inputs: [], outputs: [3], api_name: "change" },
  ],
});
const inputScript = `
  const log = [];
  register("input", () => (log.push("input"), log.join(" ")));
  register("change", () => (log.push("change"), log.join(" ")));
  register("seen", (pair) => {
    if (pair == null) return "none";
    return pair.map((im) => im == null ? "null" : typeof im === "string" ? im.slice(0, 5) : im.shape.join("x") + " " + im.dtype + " " + im.data.length + " " + Array.from(im.data.slice(0, 3))).join(" | ");
  });`;

test("an image uploaded into an interactive ImageSlider fills its first image and reaches the function by type", async ({ page }) => {
  await openPage(page, "/imageslider-filepath.html", app(inputApp("filepath"), inputScript));
  const slider = page.locator(".graft-imageslider");
  await expect(slider.getByRole("button", { name: /Click to upload or drop files/ })).toBeVisible();
  await slider.locator('input[type="file"]').setInputFiles(pngFile("grid.png", 4, 2));
  await expect(page.getByLabel("Seen")).toHaveValue("blob: | null");
  await expect(page.getByLabel("Events")).toHaveValue("input change");
  // Only the first image: the right of the divider is veiled, the divider can move.
  await expect(slider.locator("img[data-testid=imageslider-image]").first()).toBeVisible();
  await expect(slider.locator(".veil")).toBeVisible();
  await expect(slider.getByRole("slider")).not.toHaveAttribute("aria-disabled", "true");
  await slider.getByRole("button", { name: "Remove Image" }).click();
  await expect(page.getByLabel("Seen")).toHaveValue("null | null");
  await expect(page.getByLabel("Events")).toHaveValue("input change input change");
  await expect(slider.getByRole("button", { name: /Click to upload or drop files/ })).toBeVisible();
});

test("a numpy ImageSlider's uploaded image reaches a JS function as {shape, dtype, data}", async ({ page }) => {
  await openPage(page, "/imageslider-numpy.html", app(inputApp("numpy"), inputScript));
  await page.locator(".graft-imageslider input[type=file]").setInputFiles(pngFile("grid.png", 4, 2));
  // The (4 x 2) upload in RGB, pixel (0, 0) = rgb(0, 0, 7).
  await expect(page.getByLabel("Seen")).toHaveValue("2x4x3 uint8 24 0,0,7 | null");
});
