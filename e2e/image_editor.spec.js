// gr.ImageEditor in the page: an uploaded background, brush and eraser strokes drawn with the
// mouse, and the dict {background, layers, composite} a function receives (numpy by default);
// Clear canvas, Save changes (apply), and returned values — good ones drawn, bad ones refused.
import { test, expect } from "@playwright/test";
import { openPage, pngFile } from "./support.js";

// A page with one ImageEditor whose change/apply/clear run page functions that report what
// they received in a textbox; a button returns `returned` (a JS expression) to the editor.
async function openEditor(page, { props = {}, returned = "null", headers = {}, apply = true } = {}) {
  const config = {
    components: [
      { id: 1, type: "imageeditor", props: { label: "Sketch", ...props } },
      { id: 2, type: "textbox", props: { label: "Seen" } },
      { id: 3, type: "textbox", props: { label: "Applied" } },
      { id: 4, type: "button", props: { value: "Set" } },
      { id: 5, type: "textbox", props: { label: "Cleared" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }] },
    dependencies: [
      { id: 0, targets: [[1, "change"]], inputs: [1], outputs: [2], api_name: "seen" },
      { id: 1, targets: [[1, "apply"]], inputs: [1], outputs: [3], api_name: "applied" },
      { id: 2, targets: [[4, "click"]], inputs: [], outputs: [1], api_name: "set" },
      { id: 3, targets: [[1, "clear"]], inputs: [1], outputs: [5], api_name: "cleared" },
    ],
  };
  if (!apply) config.dependencies = config.dependencies.filter((d) => d.api_name !== "applied");
  await openPage(page, "/image-editor.html", `
    <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      // The composite's size and channels, its middle pixel and a corner pixel, the layer count
      // and the first layer's middle pixel: what the strokes should have changed.
      const px = (a, x, y) => { const [h, w, c] = a.shape; const i = (y * w + x) * c; return Array.from(a.data.slice(i, i + c)).join(","); };
      const report = (im) => {
        const c = im.composite;
        if (!c) return "empty " + JSON.stringify(im);
        const [h, w, ch] = c.shape;
        const layer = im.layers[0];
        return w + "x" + h + "x" + ch + " mid " + px(c, w >> 1, h >> 1) + " corner " + px(c, 2, 2) +
          " layers " + im.layers.length + " layer-mid " + (layer ? px(layer, w >> 1, h >> 1) : "-");
      };
      register("seen", report);
      register("applied", report);
      register("cleared", (im) => JSON.stringify(im));
      register("set", () => ${returned});
    </script>`, { headers });
  await page.locator("graft-app[data-ready]").waitFor();
}

// A horizontal stroke across the middle of the displayed canvas, with the mouse.
async function strokeAcross(page) {
  const box = await page.locator("canvas.graft-editor-canvas").boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.2 + 0.06 * i), y);
  await page.mouse.up();
}

test("a stroke drawn with the brush over an uploaded background reaches change as the composite", async ({ page }) => {
  await openEditor(page);
  await expect(page.getByRole("button", { name: /Click to upload or drop files/ })).toBeVisible();
  await page.locator('[data-testid="image"] input[type=file]').setInputFiles(pngFile("grid.png", 120, 80));
  // The upload alone: a change with the background as the composite (pixel (x, y) is rgb(x, y, 7)).
  await expect(page.getByLabel("Seen")).toHaveValue("120x80x4 mid 60,40,7,255 corner 2,2,7,255 layers 1 layer-mid 0,0,0,0");
  await expect(page.getByRole("button", { name: "Brush", exact: true })).toHaveAttribute("aria-pressed", "true");
  await strokeAcross(page);
  // Gradio's first brush colour, rgb(204, 50, 50), under the stroke; the background elsewhere.
  await expect(page.getByLabel("Seen")).toHaveValue("120x80x4 mid 204,50,50,255 corner 2,2,7,255 layers 1 layer-mid 204,50,50,255");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Applied")).toHaveValue("120x80x4 mid 204,50,50,255 corner 2,2,7,255 layers 1 layer-mid 204,50,50,255");
});

// Chromium encodes a main-thread canvas's PNG only in the page's idle time (a second or more on
// a busy page); the editor's PNGs are made in a worker instead, and in the page where a policy
// forbids workers. scripts/bench measures the difference.
test("an edit's PNGs are encoded in a worker; where a CSP forbids workers, in the page", async ({ page }) => {
  const workers = [];
  page.on("worker", (w) => workers.push(w.url()));
  await openEditor(page, { props: { canvas_size: [100, 60] } });
  await page.getByRole("button", { name: "Brush", exact: true }).click();
  await strokeAcross(page);
  await expect(page.getByLabel("Seen")).toHaveValue("100x60x4 mid 204,50,50,255 corner 255,255,255,255 layers 1 layer-mid 204,50,50,255");
  expect(workers.filter((u) => u.endsWith("/graft/png-worker.js"))).toHaveLength(1);

  const violations = [];
  page.on("console", (m) => m.text().includes("worker-src") && violations.push(m.text()));
  await openEditor(page, { props: { canvas_size: [100, 60] }, headers: { "content-security-policy": "worker-src 'none'" } });
  await page.getByRole("button", { name: "Brush", exact: true }).click();
  await strokeAcross(page);
  await expect(page.getByLabel("Seen")).toHaveValue("100x60x4 mid 204,50,50,255 corner 255,255,255,255 layers 1 layer-mid 204,50,50,255");
  expect(violations.length).toBeGreaterThan(0); // the policy did refuse the worker
  // Later edits too (the page no longer tries the worker).
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Seen")).toHaveValue("100x60x4 mid 255,255,255,255 corner 255,255,255,255 layers 1 layer-mid 0,0,0,0");
});

test("the eraser removes a stroke from its layer, and undo brings it back", async ({ page }) => {
  await openEditor(page, { props: { canvas_size: [100, 60] } });
  await page.getByRole("button", { name: "Brush", exact: true }).click();
  await page.getByRole("button", { name: "Color" }).click();
  await page.getByRole("button", { name: "rgb(50, 112, 204)" }).click();
  await strokeAcross(page);
  // No background: the canvas is canvas_size, white under the layers.
  await expect(page.getByLabel("Seen")).toHaveValue("100x60x4 mid 50,112,204,255 corner 255,255,255,255 layers 1 layer-mid 50,112,204,255");
  await page.getByRole("button", { name: "Erase" }).click();
  await strokeAcross(page);
  await expect(page.getByLabel("Seen")).toHaveValue("100x60x4 mid 255,255,255,255 corner 255,255,255,255 layers 1 layer-mid 0,0,0,0");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Seen")).toHaveValue("100x60x4 mid 50,112,204,255 corner 255,255,255,255 layers 1 layer-mid 50,112,204,255");
});

test("Save changes is there only when an apply listener is attached, as in Gradio", async ({ page }) => {
  await openEditor(page, { apply: false, props: { canvas_size: [100, 60] } });
  await expect(page.getByRole("button", { name: "Clear canvas" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await openEditor(page, { props: { canvas_size: [100, 60] } });
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
});

test("a stroke on an added layer leaves the first layer empty; moving the layer up reorders the value", async ({ page }) => {
  await openEditor(page, { props: { canvas_size: [100, 60] } });
  await page.getByRole("button", { name: "Show Layers" }).click();
  await page.getByRole("button", { name: "Add Layer" }).click();
  await expect(page.getByRole("button", { name: "layer-2" })).toHaveAttribute("aria-current", "true");
  await page.getByRole("button", { name: "Brush", exact: true }).click();
  await strokeAcross(page);
  await expect(page.getByLabel("Seen")).toHaveValue("100x60x4 mid 204,50,50,255 corner 255,255,255,255 layers 2 layer-mid 0,0,0,0");
  // Moving the drawn layer up puts it first in the value (drawn under Layer 1), active still.
  await page.getByRole("button", { name: /^Show Layers/ }).click();
  await expect(page.getByRole("button", { name: "Move Layer 1 up" })).toHaveCount(0);
  await page.getByRole("button", { name: "Move Layer 2 up" }).click();
  await expect(page.getByLabel("Seen")).toHaveValue("100x60x4 mid 204,50,50,255 corner 255,255,255,255 layers 2 layer-mid 204,50,50,255");
  // The menu stays open, as in Gradio.
  await expect(page.getByRole("button", { name: "layer-1" })).toHaveText("Layer 2");
  await expect(page.getByRole("button", { name: "layer-1" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("button", { name: "Move Layer 2 down" })).toBeVisible();
});

test("Clear canvas empties the editor and fires clear with a dict of Nones", async ({ page }) => {
  await openEditor(page, { props: { canvas_size: [100, 60] } });
  await page.getByRole("button", { name: "Brush", exact: true }).click();
  await strokeAcross(page);
  await expect(page.getByLabel("Seen")).toHaveValue(/mid 204,50,50,255/);
  await page.getByRole("button", { name: "Clear canvas" }).click();
  await expect(page.getByLabel("Cleared")).toHaveValue('{"background":null,"layers":[],"composite":null}');
  await expect(page.getByLabel("Seen")).toHaveValue(/^empty /);
  await expect(page.getByRole("button", { name: /Click to upload or drop files/ })).toBeVisible();
  const white = await page.locator("canvas.graft-editor-canvas").evaluate((c) => c.getContext("2d").getImageData(50, 30, 1, 1).data.join(","));
  expect(white).toBe("255,255,255,255");
});

test("a single image a function returns becomes the background", async ({ page }) => {
  const image = "({ shape: [2, 3, 3], dtype: 'uint8', data: new Uint8Array([9,9,9, 9,9,9, 9,9,9, 1,2,3, 1,2,3, 1,2,3]) })";
  await openEditor(page, { returned: image });
  await page.getByRole("button", { name: "Set" }).click();
  const canvas = page.locator("canvas.graft-editor-canvas");
  await expect(canvas).toHaveJSProperty("width", 3);
  await expect(canvas).toHaveJSProperty("height", 2);
  await expect.poll(() => canvas.evaluate((c) => c.getContext("2d").getImageData(0, 1, 1, 1).data.join(","))).toBe("1,2,3,255");
  // With a background, the empty canvas's upload prompt is not drawn over it.
  await expect(page.getByRole("button", { name: /Click to upload or drop files/ })).toBeHidden();
});

test("a value that is not an image or an editor dict is refused, naming ImageEditor", async ({ page }) => {
  await openEditor(page, { returned: "42" });
  await page.getByRole("button", { name: "Set" }).click();
  await expect(page.getByRole("alert").first()).toContainText("ImageEditor expects a dict {background, layers, composite} of images, or a single image; got number 42");
});

test("a layer of another size than the background is refused, naming both sizes", async ({ page }) => {
  const arr = (h, w) => `{ shape: [${h}, ${w}, 4], data: new Uint8Array(${h * w * 4}) }`;
  await openEditor(page, { returned: `({ background: ${arr(4, 4)}, layers: [${arr(2, 3)}], composite: null })` });
  await page.getByRole("button", { name: "Set" }).click();
  await expect(page.getByRole("alert").first()).toContainText("ImageEditor layer 1 is 3×2 pixels but the background is 4×4");
});

test("Crop cuts the background and the layers to the dragged frame", async ({ page }) => {
  await openEditor(page);
  await page.locator('[data-testid="image"] input[type=file]').setInputFiles(pngFile("grid.png", 120, 80));
  await expect(page.getByLabel("Seen")).toHaveValue(/^120x80x4 /);
  await page.getByRole("button", { name: "Image", exact: true }).click();
  await page.getByRole("button", { name: "Crop" }).click();
  const box = await page.locator("canvas.graft-editor-canvas").boundingBox();
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.25);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.75, { steps: 5 });
  await page.mouse.up();
  await page.getByRole("button", { name: "Confirm crop" }).click();
  // The frame (30, 20)–(90, 60): its middle is the old (60, 40), its corner the old (32, 22).
  await expect(page.getByLabel("Seen")).toHaveValue("60x40x4 mid 60,40,7,255 corner 32,22,7,255 layers 1 layer-mid 0,0,0,0");
});

test("type pil gives GraftImages in image_mode, type filepath gives PNG files", async ({ page }) => {
  const config = {
    components: [
      { id: 1, type: "imageeditor", props: { label: "As pil", type: "pil", image_mode: "RGB" } },
      { id: 2, type: "imageeditor", props: { label: "As file", type: "filepath" } },
      { id: 3, type: "textbox", props: { label: "Seen" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    dependencies: [
      { id: 0, targets: [[1, "upload"]], inputs: [1], outputs: [3], api_name: "pil" },
      { id: 1, targets: [[2, "upload"]], inputs: [2], outputs: [3], api_name: "path" },
    ],
  };
  await openPage(page, "/image-editor-types.html", `
    <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("pil", (im) => [im.background, im.layers[0], im.composite].map((i) => i.mode + " " + i.size.join("x")).join(", ") + " " + im.composite.getpixel(5, 6));
      register("path", async (im) => {
        const bytes = new Uint8Array(await (await fetch(im.composite)).arrayBuffer());
        return typeof im.background + " " + im.layers.length + " " + Array.from(bytes.slice(1, 4), (b) => String.fromCharCode(b)).join("");
      });
    </script>`);
  await page.locator("graft-app[data-ready]").waitFor();
  await page.locator('[data-testid="image"] input[type=file]').nth(0).setInputFiles(pngFile("grid.png", 30, 20));
  await expect(page.getByLabel("Seen")).toHaveValue("RGB 30x20, RGB 30x20, RGB 30x20 5,6,7");
  await page.locator('[data-testid="image"] input[type=file]').nth(1).setInputFiles(pngFile("grid.png", 30, 20));
  await expect(page.getByLabel("Seen")).toHaveValue("string 1 PNG");
});

test("the Webcam source previews the camera and capture photo makes the frame the background", async ({ page }) => {
  await openEditor(page);
  const editor = page.locator(".graft-imageeditor");
  await editor.getByRole("button", { name: "Webcam", exact: true }).click();
  await expect(editor.locator(".modal video")).toBeVisible();
  await expect(page.getByRole("button", { name: /Click to upload or drop files/ })).toBeHidden();
  // Brush closes the camera; Image → Webcam opens it again.
  await editor.getByRole("button", { name: "Brush", exact: true }).click();
  await expect(editor.locator(".modal")).toHaveCount(0);
  await editor.getByRole("button", { name: "Image", exact: true }).click();
  await editor.getByRole("button", { name: "Webcam", exact: true }).click();
  await editor.getByRole("button", { name: "capture photo" }).click();
  // Chromium's fake camera: a frame of its size becomes the background, and the brush is chosen.
  await expect(page.getByLabel("Seen")).toHaveValue(/^\d+x\d+x4 mid \d+,\d+,\d+,255 .* layers 1 layer-mid 0,0,0,0$/);
  const [w, h] = (await page.getByLabel("Seen").inputValue()).split(" ")[0].split("x").map(Number);
  expect(w).toBeGreaterThanOrEqual(640);
  expect(h).toBeGreaterThanOrEqual(480);
  await expect(editor.locator(".modal")).toHaveCount(0);
  await expect(editor.getByRole("button", { name: "Brush", exact: true })).toHaveAttribute("aria-pressed", "true");
  // With a background, the sources (Webcam among them) are no longer offered.
  await editor.getByRole("button", { name: "Image", exact: true }).click();
  await expect(editor.getByRole("button", { name: "Webcam", exact: true })).toBeHidden();
});

test("a camera that cannot start is an error toast, and sources without webcam offer no Webcam", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
  });
  await openEditor(page);
  const editor = page.locator(".graft-imageeditor");
  await editor.getByRole("button", { name: "Webcam", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("The webcam is not available: Permission denied");
  await expect(editor.locator(".modal")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Click to upload or drop files/ })).toBeVisible();

  await openEditor(page, { props: { sources: ["upload", "clipboard"] } });
  await expect(page.locator(".graft-imageeditor").getByRole("button", { name: "Paste", exact: true })).toBeVisible();
  await expect(page.locator(".graft-imageeditor").getByRole("button", { name: "Webcam", exact: true })).toBeHidden();
});

test("Resize Canvas keeps the pixels at the chosen anchor, or rescales them; a bad size is a toast", async ({ page }) => {
  await openEditor(page);
  await page.locator('[data-testid="image"] input[type=file]').setInputFiles(pngFile("grid.png", 120, 80));
  await expect(page.getByLabel("Seen")).toHaveValue(/^120x80x4 /);
  await page.getByRole("button", { name: "Image", exact: true }).click();
  await page.getByRole("button", { name: "Resize", exact: true }).click();
  await expect(page.getByLabel("Width")).toHaveValue("120");
  await page.getByLabel("Width").fill("160");
  await page.getByLabel("Height").fill("100");
  await page.getByRole("button", { name: "bottom-right" }).click();
  await page.getByRole("button", { name: "Resize Canvas" }).click();
  // The old 120×80 sits at the bottom right: the top-left corner is new (white), the middle
  // (80, 50) shows the old pixel (40, 30).
  await expect(page.getByLabel("Seen")).toHaveValue("160x100x4 mid 40,30,7,255 corner 255,255,255,255 layers 1 layer-mid 0,0,0,0");
  await expect(page.getByRole("button", { name: "Resize Canvas" })).toHaveCount(0);

  await page.getByRole("button", { name: "Resize", exact: true }).click();
  await page.getByLabel("Width").fill("80");
  await page.getByLabel("Height").fill("50");
  await page.getByLabel("rescale").check();
  await page.getByRole("button", { name: "Resize Canvas" }).click();
  await expect(page.getByLabel("Seen")).toHaveValue(/^80x50x4 mid \d+,\d+,7,255 corner 255,255,255,255 /);

  await page.getByRole("button", { name: "Resize", exact: true }).click();
  await page.getByLabel("Width").fill("");
  await page.getByRole("button", { name: "Resize Canvas" }).click();
  await expect(page.getByRole("alert")).toContainText("ImageEditor: the canvas needs a whole width and height from 1 to 8192 pixels (got nothing × 50)");
  await expect(page.getByLabel("Seen")).toHaveValue(/^80x50x4 /);
});

test("Zoom in enlarges the view, Pan drags it, a stroke still lands where drawn, and Fit to screen goes back", async ({ page }) => {
  await openEditor(page);
  await page.locator('[data-testid="image"] input[type=file]').setInputFiles(pngFile("grid.png", 120, 80));
  await expect(page.getByLabel("Seen")).toHaveValue(/^120x80x4 /);
  const canvas = page.locator("canvas.graft-editor-canvas");
  // 120 × 80 fits the stage as it is: 100%, nothing to pan or zoom out of.
  await expect(page.getByRole("button", { name: /^Zoom: / })).toHaveText("100%");
  await expect(page.getByRole("button", { name: "Pan" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Zoom out" })).toBeDisabled();
  const fit = await canvas.boundingBox();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page.getByRole("button", { name: /^Zoom: / })).toHaveText("156%");
  await expect.poll(async () => Math.round((await canvas.boundingBox()).width)).toBe(Math.round(120 * 1.5625));
  // Pan: drag the view 30 px right and 10 px down.
  await page.getByRole("button", { name: "Pan" }).click();
  await expect(page.getByRole("button", { name: "Pan" })).toHaveAttribute("aria-pressed", "true");
  const before = await canvas.boundingBox();
  await page.mouse.move(before.x + 50, before.y + 50);
  await page.mouse.down();
  await page.mouse.move(before.x + 80, before.y + 60, { steps: 4 });
  await page.mouse.up();
  const after = await canvas.boundingBox();
  expect(Math.round(after.x - before.x)).toBe(30);
  expect(Math.round(after.y - before.y)).toBe(10);
  // The pan changed no pixel; the brush then draws through the middle of the zoomed view.
  await expect(page.getByLabel("Seen")).toHaveValue(/^120x80x4 mid 60,40,7,255 /);
  await page.getByRole("button", { name: "Brush", exact: true }).click();
  await strokeAcross(page);
  await expect(page.getByLabel("Seen")).toHaveValue(/^120x80x4 mid 204,50,50,255 corner 2,2,7,255 /);
  // The zoom menu: Fit to screen.
  await page.getByRole("button", { name: /^Zoom: / }).click();
  await page.getByRole("menuitem", { name: "Fit to screen" }).click();
  await expect(page.getByRole("button", { name: /^Zoom: / })).toHaveText("100%");
  expect(await canvas.boundingBox()).toEqual(fit);
});

test("Alt + wheel zooms about the pointer, the wheel then pans, and zooming out past the fit goes back to it", async ({ page }) => {
  await openEditor(page);
  await page.locator('[data-testid="image"] input[type=file]').setInputFiles(pngFile("grid.png", 120, 80));
  await expect(page.getByLabel("Seen")).toHaveValue(/^120x80x4 /);
  const canvas = page.locator("canvas.graft-editor-canvas");
  const zoom = page.getByRole("button", { name: /^Zoom: / });
  const fit = await canvas.boundingBox();
  // Over the canvas pixel (90, 60): Alt + four wheel ticks up, each × 1.05 (Gradio's mouse rate).
  const at = { x: fit.x + 90 * (fit.width / 120), y: fit.y + 60 * (fit.height / 80) };
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down("Alt");
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
  await page.keyboard.up("Alt");
  await expect(zoom).toHaveText("122%"); // 1.05⁴ = 1.2155
  const zoomed = await canvas.boundingBox();
  // The pixel under the pointer stayed under it.
  expect(Math.abs(zoomed.x + 90 * (zoomed.width / 120) - at.x)).toBeLessThan(1.5);
  expect(Math.abs(zoomed.y + 60 * (zoomed.height / 80) - at.y)).toBeLessThan(1.5);
  // The plain wheel pans 10 px a tick while zoomed.
  await page.mouse.wheel(0, 100);
  await expect.poll(async () => Math.round((await canvas.boundingBox()).y - zoomed.y)).toBe(-10);
  await expect(page.getByLabel("Seen")).toHaveValue(/^120x80x4 mid 60,40,7,255 /); // the view moved, no pixel did
  await page.keyboard.down("Alt");
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 100);
  await page.keyboard.up("Alt");
  await expect(zoom).toHaveText("100%");
  expect(await canvas.boundingBox()).toEqual(fit);
});
