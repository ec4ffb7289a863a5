// Drives site/demos/image_filters/: gr.Image in the page — an upload decoded in WebAssembly
// reaches a JS function as pixels, the pixels it returns are drawn, and bad files are refused.
import { test, expect } from "@playwright/test";
import { openPage, pngFile } from "./support.js";

const canvasPixels = (locator) =>
  locator.evaluate((c) => Array.from(c.getContext("2d").getImageData(0, 0, c.width, c.height).data));

test("an uploaded photo reaches the function as pixels and the filtered pixels are shown", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  await page.getByLabel("Photo").setInputFiles(pngFile("grid.png", 4, 2));
  await expect(page.getByLabel("Size")).toHaveValue("4 × 2 pixels, RGB");
  await expect(page.locator(".graft-image").first().locator("img")).toBeVisible();
  await page.getByRole("button", { name: "Mirror" }).click();
  const output = page.locator(".graft-image").nth(1).locator("canvas");
  await expect(output).toBeVisible();
  const rgba = await canvasPixels(output);
  // Mirrored: the output's pixel (x, y) is the input's (3 - x, y), i.e. rgb(3 - x, y, 7).
  const expected = [];
  for (let y = 0; y < 2; y++) for (let x = 0; x < 4; x++) expected.push(3 - x, y, 7, 255);
  expect(rgba).toEqual(expected);
});

test("a returned image downloads encoded in the output's format", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  await page.getByLabel("Photo").setInputFiles(pngFile("grid.png", 4, 2));
  await page.getByRole("button", { name: "Sepia" }).click();
  await expect(page.locator(".graft-image").nth(1).locator("canvas")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toBe("image.png");
  const bytes = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 4)).toEqual(Buffer.from([137, 80, 78, 71]));
});

test("a file that is not an image is refused by name and the image is kept", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  await page.getByLabel("Photo").setInputFiles(pngFile("grid.png", 4, 2));
  await expect(page.getByLabel("Size")).toHaveValue("4 × 2 pixels, RGB");
  await page.getByLabel("Photo").setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("just some text") });
  await expect(page.getByRole("alert")).toContainText("notes.png:");
  await expect(page.getByLabel("Size")).toHaveValue("4 × 2 pixels, RGB");
});

test("running a filter with no image shows the function's error", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  // Empty images draw nothing: an upload area on the input, "No image" on the output.
  await expect(page.locator(".graft-image canvas, .graft-image img")).toHaveCount(8); // four images
  for (const el of await page.locator(".graft-image canvas, .graft-image img").all()) await expect(el).toBeHidden();
  await expect(page.locator(".graft-image").nth(1).getByText("No image")).toBeVisible();
  await page.getByRole("button", { name: "Sepia" }).click();
  await expect(page.getByRole("alert")).toContainText("Please upload an image first.");
});

test("a registered function gets the image as its type says: pil in image_mode, or a file URL", async ({ page }) => {
  const config = {
    components: [
      { id: 1, type: "image", props: { label: "Picture", type: "pil", image_mode: "L" } },
      { id: 2, type: "image", props: { label: "As file", type: "filepath" } },
      { id: 3, type: "textbox", props: { label: "Seen" } },
      { id: 4, type: "textbox", props: { label: "Path" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }] },
    dependencies: [
      { id: 0, targets: [[1, "upload"]], inputs: [1], outputs: [3], api_name: "seen" },
      { id: 1, targets: [[2, "upload"]], inputs: [2], outputs: [4], api_name: "path" },
      { id: 2, targets: [[1, "select"]], inputs: [1], outputs: [3], api_name: "picked" },
    ],
  };
  await openPage(page, "/image-types.html", `
    <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("seen", (im) => im.mode + " " + im.size.join("x") + " " + im.getpixel(3, 1));
      register("picked", (im, evt) => "picked " + evt.index.join(",") + " of " + im.size.join("x"));
      register("path", async (url) => url.slice(0, 5) + " " + (await (await fetch(url)).arrayBuffer()).byteLength);
    </script>`);
  await page.getByLabel("Picture").setInputFiles(pngFile("grid.png", 4, 2));
  // Pillow's L of rgb(3, 1, 7): (3·299 + 1·587 + 7·114) / 1000 → 2.
  await expect(page.getByLabel("Seen")).toHaveValue("L 4x2 2");
  // select: the clicked pixel of the (4 x 2) image, passed as the SelectData a second parameter asks for.
  await page.locator(".graft-image").first().locator("img").click();
  await expect(page.getByLabel("Seen")).toHaveValue("picked 2,1 of 4x2");
  const file = pngFile("grid.png", 4, 2);
  await page.getByLabel("As file").setInputFiles(file);
  await expect(page.getByLabel("Path")).toHaveValue(`blob: ${file.buffer.length}`);
});

test("clearing the photo empties it and fires change with no image", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  await page.getByLabel("Photo").setInputFiles(pngFile("grid.png", 4, 2));
  await expect(page.getByLabel("Size")).toHaveValue("4 × 2 pixels, RGB");
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByLabel("Size")).toHaveValue("");
  await expect(page.locator(".graft-image").first().getByText("Drop Image Here")).toBeVisible();
});

test("the webcam source captures a frame that goes through the same pipeline as a file", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  const photo = page.locator(".graft-image").first();
  await photo.getByRole("button", { name: "Webcam" }).click();
  await expect(photo.locator("video")).toBeVisible();
  await photo.getByRole("button", { name: "Capture" }).click();
  // Gradio asks the camera for an ideal 1920 × 1440, which Chromium's fake camera gives.
  await expect(page.getByLabel("Size")).toHaveValue("1920 × 1440 pixels, RGB");
  await expect(photo.locator("video")).toBeHidden();
  await expect(photo.locator("img")).toBeVisible();
});

test("an image pasted into the component is taken like an upload", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  const file = pngFile("grid.png", 4, 2);
  await page.locator(".graft-image-frame").first().evaluate((frame, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], "pasted.png", { type: "image/png" }));
    frame.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, [...file.buffer]);
  await expect(page.getByLabel("Size")).toHaveValue("4 × 2 pixels, RGB");
});

test("an image a function returns feeds the next function in that input's image_mode, as pixels or from a URL", async ({ page }) => {
  const config = {
    components: [
      { id: 1, type: "image", props: { label: "Source", type: "numpy" } },
      { id: 2, type: "image", props: { label: "Between", type: "pil", image_mode: "L", interactive: false } },
      { id: 3, type: "textbox", props: { label: "Seen" } },
      { id: 4, type: "button", props: { value: "From URL" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }] },
    dependencies: [
      { id: 0, targets: [[1, "upload"]], inputs: [1], outputs: [2], api_name: "tint" },
      { id: 1, targets: [[2, "change"]], inputs: [2], outputs: [3], api_name: "seen" },
      { id: 2, targets: [[4, "click"]], inputs: [], outputs: [2], api_name: "url" },
    ],
  };
  const png = pngFile("grid.png", 4, 2, () => [200, 100, 0]);
  await openPage(page, "/image-chain.html", `
    <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      // RGBA pixels, all rgb(255, 0, 0): L = 255·299/1000 → 76.
      register("tint", (a) => ({ shape: [a.shape[0], a.shape[1], 4], data: new Uint8Array(a.shape[0] * a.shape[1] * 4).map((_, i) => (i % 4 === 0 || i % 4 === 3 ? 255 : 0)) }));
      register("seen", (im) => (im ? im.mode + " " + im.size.join("x") + " " + im.getpixel(0, 0) : "none"));
      register("url", () => "data:image/png;base64,${png.buffer.toString("base64")}");
    </script>`);
  await page.getByLabel("Source").setInputFiles(pngFile("grid.png", 4, 2));
  await expect(page.getByLabel("Seen")).toHaveValue("L 4x2 76");
  // rgb(200, 100, 0) from a data: URL: L = (200·299 + 100·587) / 1000 → 118.
  await page.getByRole("button", { name: "From URL" }).click();
  await expect(page.getByLabel("Seen")).toHaveValue("L 4x2 118");
});

test("a streaming webcam feeds its .stream() listener frame after frame until Stop", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  const camera = page.locator(".graft-image").nth(2);
  const toned = page.locator(".graft-image").nth(3);
  await expect(camera.getByRole("button", { name: "Upload" })).toBeHidden(); // streaming: webcam only
  await camera.getByRole("button", { name: "Webcam" }).click();
  await expect(toned.locator("canvas")).toBeVisible();
  // Chromium's fake camera animates, so each new result draws different pixels.
  const picture = () => toned.locator("canvas").evaluate((c) => c.toDataURL());
  const first = await picture();
  await expect.poll(picture).not.toBe(first);
  await camera.getByRole("button", { name: "Stop" }).click();
  await expect(camera.locator("video")).toBeHidden();
  await expect(toned).not.toHaveAttribute("aria-busy", "true");
  const last = await picture();
  await page.waitForTimeout(600); // three stream_every periods: no more frames arrive
  expect(await picture()).toBe(last);
});

test("a WebP photo is decoded by the browser and reaches the function as exact pixels", async ({ page }) => {
  await page.goto("/demos/image_filters/");
  await expect(page.getByLabel("Photo")).toBeAttached(); // the app has rendered
  // A lossless WebP (Chromium encodes quality 1 losslessly) of rgb(x * 60, y * 100, 7).
  await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(4, 2);
    const g = canvas.getContext("2d");
    for (let y = 0; y < 2; y++) for (let x = 0; x < 4; x++) {
      g.fillStyle = `rgb(${x * 60}, ${y * 100}, 7)`;
      g.fillRect(x, y, 1, 1);
    }
    const blob = await canvas.convertToBlob({ type: "image/webp", quality: 1 });
    const input = document.querySelector('input[type="file"]');
    const files = new DataTransfer();
    files.items.add(new File([blob], "photo.webp", { type: "image/webp" }));
    input.files = files.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect(page.getByLabel("Size")).toHaveValue("4 × 2 pixels, RGB");
  await page.getByRole("button", { name: "Mirror" }).click();
  const output = page.locator(".graft-image").nth(1).locator("canvas");
  await expect(output).toBeVisible();
  const expected = [];
  for (let y = 0; y < 2; y++) for (let x = 0; x < 4; x++) expected.push((3 - x) * 60, y * 100, 7, 255);
  expect(await canvasPixels(output)).toEqual(expected);
});

test("a file over the app's max_file_size is refused in the page, naming the limit", async ({ page }) => {
  const config = {
    max_file_size: 100,
    components: [{ id: 1, type: "image", props: { label: "Picture" } }],
    layout: { id: 0, children: [{ id: 1 }] },
    dependencies: [],
  };
  await openPage(page, "/image-limit.html", `
    <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
    <script type="module" src="/graft/graft.js"></script>`);
  const file = pngFile("big.png", 64, 64);
  await page.getByLabel("Picture").setInputFiles(file);
  await expect(page.getByRole("alert")).toContainText(`big.png is ${(file.buffer.length / 1024).toFixed(1)} KB; this app accepts files up to 100 bytes`);
  await expect(page.locator(".graft-image img")).toBeHidden();
});
