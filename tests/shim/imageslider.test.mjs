// gr.ImageSlider in the page: the divider's position rules, the view each value gets, the
// DOM (Gradio's test ids, a keyboard-operable slider), the events, and the function edge that
// converts each of the two images with gr.Image's store.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import {
  sliderProps, clampPosition, stepPosition, positionAt, pairOf, viewOf, withUpload, toArgument, toOutput, NO_ZOOM, zoomAbout, panBy,
} from "../../js-shim/components/imageslider/helpers.js";

installDom();
const { default: imageSlider } = await import("../../js-shim/components/imageslider/index.js");

const fd = (url, name = "a.png") => ({ path: url, url, orig_name: name, meta: { _type: "gradio.FileData" } });

// gr.Image's store as the edge and the view use it: argument by type, output of pixels, uploads.
function fakeImages() {
  const seen = [];
  return {
    seen,
    argument: (v, props) => (seen.push(props), props.type === "filepath" ? v.url : props.type === "pil" ? Promise.resolve({ pil: v.url }) : { shape: [1, 1, 3], url: v.url }),
    output: (v) => (v && typeof v === "object" && Array.isArray(v.shape) && ArrayBuffer.isView(v.data) ? { path: "graft-pixels/1", url: null, meta: {} } : v),
    pixels: () => null,
    upload: async (file) => fd(`blob:${file.name}`, file.name),
    forget: () => {},
  };
}

// The view reads the store from ctx.app: mount with it in place.
function mountWith(props) {
  const images = fakeImages();
  const orig = imageSlider.create;
  const m = mount({ ...imageSlider, create: (p, ctx) => orig({ ...p }, Object.assign(ctx, { app: { ...ctx.app, images } })) }, props);
  return { ...m, images };
}

test("slider_position is clamped to 0–100 and defaults to 50, as Gradio's Index normalises it", () => {
  assert.equal(clampPosition(undefined), 50);
  assert.equal(clampPosition("x"), 50);
  assert.equal(clampPosition(-5), 0);
  assert.equal(clampPosition(130), 100);
  assert.equal(clampPosition(33.3), 33.3);
  const p = sliderProps({ label: "L" });
  assert.deepEqual([p.type, p.image_mode, p.slider_position, p.max_height], ["numpy", "RGB", 50, 500]);
  assert.equal(sliderProps({ image_mode: null }).image_mode, null); // None: the file's own mode
});

test("the slider keys move the divider: arrows by 1, Shift or Page keys by 10, Home and End to the ends", () => {
  assert.equal(stepPosition(50, "ArrowLeft"), 49);
  assert.equal(stepPosition(50, "ArrowRight", true), 60);
  assert.equal(stepPosition(95, "PageUp"), 100);
  assert.equal(stepPosition(50, "Home"), 0);
  assert.equal(stepPosition(50, "End"), 100);
  assert.equal(stepPosition(0.5, "ArrowDown"), 0);
  assert.equal(stepPosition(50, "Enter"), null);
});

test("a pointer's x over the image is the position in percent, clamped to the image", () => {
  assert.equal(positionAt(150, { left: 100, width: 200 }), 25);
  assert.equal(positionAt(50, { left: 100, width: 200 }), 0);
  assert.equal(positionAt(400, { left: 100, width: 200 }), 100);
  assert.equal(positionAt(10, { left: 0, width: 0 }), 50);
});

test("each value gets Gradio's view: preview, empty, upload or half", () => {
  const a = fd("blob:a");
  const b = fd("blob:b");
  assert.equal(viewOf([a, b], false), "preview");
  assert.equal(viewOf([a, b], true), "preview");
  assert.equal(viewOf([a, null], false), "empty");
  assert.equal(viewOf(null, false), "empty");
  assert.equal(viewOf(null, true), "upload");
  assert.equal(viewOf([null, b], true), "upload");
  assert.equal(viewOf([a, null], true), "half");
  assert.deepEqual(pairOf(null), [null, null]);
  assert.deepEqual(withUpload([null, b], a), [a, b]);
  assert.deepEqual(withUpload(null, a), [a, null]);
});

test("a function receives the pair with each image converted by type; a missing image is null", async () => {
  const images = fakeImages();
  assert.equal(toArgument(null, {}, images), null);
  assert.deepEqual(toArgument([fd("blob:a"), null], { type: "filepath" }, images), ["blob:a", null]);
  assert.deepEqual(toArgument([fd("blob:a"), fd("blob:b")], {}, images), [{ shape: [1, 1, 3], url: "blob:a" }, { shape: [1, 1, 3], url: "blob:b" }]);
  assert.equal(images.seen.at(-1).image_mode, "RGB"); // ImageSlider's default image_mode
  const pil = toArgument([fd("blob:a"), null], { type: "pil" }, images);
  assert.ok(pil instanceof Promise);
  assert.deepEqual(await pil, [{ pil: "blob:a" }, null]);
});

test("a function may return a pair of pixels, URLs, FileData or null", () => {
  const images = fakeImages();
  const out = toOutput([{ shape: [1, 1, 3], data: new Uint8Array(3) }, "https://x.test/b.png"], {}, images);
  assert.equal(out[0].path, "graft-pixels/1");
  assert.equal(out[1], "https://x.test/b.png");
  assert.deepEqual(toOutput([fd("blob:a"), null], {}, images), [fd("blob:a"), null]);
  assert.equal(toOutput(null, {}, images), null);
  const update = toOutput({ __type__: "update", value: ["a.png", "b.png"], label: "L" }, {}, images);
  assert.deepEqual(update.value, ["a.png", "b.png"]);
});

test("a wrong return throws naming ImageSlider, the slot and what came", () => {
  const images = fakeImages();
  assert.throws(() => toOutput("a.png", {}, images), /^Error: ImageSlider expects a pair \[image, image\].*; got "a.png"$/);
  assert.throws(() => toOutput(["a.png"], {}, images), /ImageSlider expects a pair of two images; got a list of 1/);
  assert.throws(() => toOutput(["a.png", 7], {}, images), /ImageSlider expects .*; image 2 is number 7/);
  assert.throws(() => toOutput([{ shape: [1], data: [1] }, null], {}, images), /image 1 is \{"shape"/);
});

test("a static ImageSlider layers both images under a keyboard-operable divider; Empty when one is missing", () => {
  const { el, patch } = mountWith({ value: [fd("https://x.test/a.png"), fd("https://x.test/b.png", "b.png")], interactive: false, label: "Compare", slider_position: 30 });
  const imgs = [...el.querySelectorAll("img[data-testid=imageslider-image]")];
  assert.deepEqual(imgs.map((i) => i.getAttribute("src")), ["https://x.test/a.png", "https://x.test/b.png"]);
  const knob = el.querySelector('[data-testid="slider"][role="slider"]');
  assert.equal(knob.getAttribute("aria-valuenow"), "30");
  knob.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
  assert.equal(knob.getAttribute("aria-valuenow"), "31");
  assert.equal(el.querySelector(".slider-image.top").style.clipPath, "inset(0 0 0 31%)");
  assert.equal(el.querySelector('a[aria-label="Download"]').getAttribute("download"), "b.png");
  assert.ok(el.querySelector('[aria-label="Remove Image"]').hidden);
  patch({ slider_position: 80 });
  assert.equal(knob.getAttribute("aria-valuenow"), "80");
  patch({ value: [fd("https://x.test/a.png"), null] });
  assert.ok(!el.querySelector('.empty[aria-label="Empty value"]').hidden);
  assert.ok(el.querySelector(".slider-wrap").hidden);
});

test("an interactive ImageSlider uploads into the first image, fires upload, and Remove Image fires clear", async () => {
  const { el, ctx } = mountWith({ value: null, label: "In" });
  const area = el.querySelector('button[aria-label^="Click to upload or drop files"]');
  const uploads = area.closest(".upload-wrap");
  assert.ok(!uploads.hidden);
  assert.equal(el.querySelector('[role="slider"]').getAttribute("aria-disabled"), "true");
  const input = area.querySelector('input[type="file"]');
  Object.defineProperty(input, "files", { value: [new File([new Uint8Array(4)], "p.png", { type: "image/png" })], configurable: true });
  input.dispatchEvent(new Event("change"));
  await new Promise((r) => setTimeout(r, 0));
  const [, value, event] = ctx.calls[0];
  assert.equal(event, "upload");
  assert.deepEqual(value, [fd("blob:p.png", "p.png"), null]);
  assert.ok(uploads.hidden);
  assert.ok(!el.querySelector(".veil").hidden);
  assert.equal(el.querySelector('[role="slider"]').getAttribute("aria-disabled"), null);
  el.querySelector('[aria-label="Remove Image"]').click();
  assert.deepEqual(ctx.calls[1], ["setValue", [null, null], "clear"]);
  assert.ok(!uploads.hidden);
});

test("the wheel zooms by 1.05 about the cursor, between 1 and 15, and the picture always covers the frame", () => {
  const frame = [200, 100];
  const t = zoomAbout(NO_ZOOM, true, [50, 50], frame);
  assert.equal(t.scale, 1.05);
  // the point under the cursor stays put: (50 - x) / scale == 50
  assert.ok(Math.abs((50 - t.x) / t.scale - 50) < 1e-9 && Math.abs((50 - t.y) / t.scale - 50) < 1e-9);
  let far = NO_ZOOM;
  for (let i = 0; i < 200; i++) far = zoomAbout(far, true, [0, 0], frame);
  assert.equal(far.scale, 15);
  assert.deepEqual(zoomAbout(zoomAbout(NO_ZOOM, true, [10, 10], frame), false, [190, 90], frame), NO_ZOOM);
  assert.equal(zoomAbout(NO_ZOOM, false, [10, 10], frame), NO_ZOOM); // no zooming out past 1
  // panning stops at the edges: at scale 2 the offset stays within [-200, 0] × [-100, 0]
  const two = { scale: 2, x: -50, y: -50 };
  assert.deepEqual(panBy(two, 500, 500, frame), { scale: 2, x: 0, y: 0 });
  assert.deepEqual(panBy(two, -500, -500, frame), { scale: 2, x: -200, y: -100 });
  assert.deepEqual(panBy(NO_ZOOM, 30, 30, frame), NO_ZOOM); // nothing to pan unzoomed
});
