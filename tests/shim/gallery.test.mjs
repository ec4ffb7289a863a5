// gr.Gallery in the page: Gradio's thumbnail names, preview with keys, select/preview/delete/
// upload/clear events with their EventData, and what functions return and receive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inflateSync } from "node:zlib";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";
import * as h from "../../js-shim/components/gallery/helpers.js";
import { pixelsToPng } from "../../js-shim/components/gallery/png.js";

installDom();
const { default: gallery } = await import("../../js-shim/components/gallery/index.js");

const fd = (name) => ({ path: `https://example.com/${name}`, url: `https://example.com/${name}`, orig_name: name, meta: { _type: "gradio.FileData" } });
const img = (name, caption = null) => ({ image: fd(`${name}.png`), caption });
const vid = (name) => ({ video: fd(`${name}.mp4`), caption: null });
const three = [img("img1", "A cute cat"), img("img2", "A good dog"), img("img3")];

// Mounts with a file store and a setValue that also records its EventData.
function setup(props) {
  const m = mount(gallery, props);
  m.ctx.files = new FileStore();
  m.ctx.setValue = (value, event = null, data = null) => m.ctx.calls.push(["setValue", value, event, data]);
  return m;
}
// Named as Gradio names it (the name may go on with the words a button shows).
const named = (el, name) => [...el.querySelectorAll("button")].filter((b) => b.getAttribute("aria-label") === name || b.getAttribute("aria-label")?.startsWith(`${name} (`));
const key = (el, k) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
const detail = (el) => el.querySelector('[data-testid="detailed-image"]');

test("thumbnails are buttons named 'Thumbnail i of N' showing the image with its caption as alt text", () => {
  const { el } = setup({ value: three });
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Gallery");
  const grid = el.querySelector("div.grid-wrap > div.grid-container");
  const buttons = grid.querySelectorAll("div.gallery-item > button.thumbnail-item.thumbnail-lg");
  assert.deepEqual([...buttons].map((b) => b.getAttribute("aria-label")), ["Thumbnail 1 of 3", "Thumbnail 2 of 3", "Thumbnail 3 of 3"]);
  assert.equal(buttons[0].querySelector("img").getAttribute("alt"), "A cute cat");
  assert.equal(buttons[0].querySelector("img").getAttribute("src"), "https://example.com/img1.png");
  // The caption sits beside the button (its name stays Gradio's, WCAG 2.5.3), in the same item.
  assert.equal(buttons[0].parentElement.querySelector(".caption-label").textContent, "A cute cat");
  assert.equal(buttons[2].parentElement.querySelector(".caption-label"), null);
});

test("a caption is shown as text, never as markup", () => {
  const { el } = setup({ value: [img("a", "<img src=x onerror=alert(1)>")] });
  const caption = el.querySelector(".caption-label");
  assert.equal(caption.textContent, "<img src=x onerror=alert(1)>");
  assert.equal(caption.querySelector("img"), null);
});

test("video items are drawn as <video> thumbnails", () => {
  const { el } = setup({ value: [vid("clip"), img("a")] });
  const first = named(el, "Thumbnail 1 of 2")[0];
  assert.equal(first.querySelector("video").getAttribute("src"), "https://example.com/clip.mp4");
  assert.equal(first.querySelector("video").dataset.testid, "thumbnail 1");
});

test("columns sets --grid-cols (the first of a list), capped at the item count unless fit_columns is false", () => {
  const cols = (props) => setup(props).el.querySelector(".grid-container").style.getPropertyValue("--grid-cols");
  assert.equal(cols({ value: three, columns: 3 }), "3");
  assert.equal(cols({ value: three }), "2");
  assert.equal(cols({ value: three, columns: [1, 2, 3] }), "1");
  assert.equal(cols({ value: [img("a")], columns: 3 }), "1");
  assert.equal(cols({ value: [img("a")], columns: 3, fit_columns: false }), "3");
  assert.equal(setup({ value: three, object_fit: "contain" }).el.querySelector(".grid-container").style.getPropertyValue("--object-fit"), "contain");
});

test("no value shows Empty when static and the 'Drop Media Here' upload area when interactive", () => {
  const stat = setup({ value: null, interactive: false }).el;
  assert.ok(stat.querySelector('.empty[aria-label="Empty value"]'));
  assert.equal(stat.querySelector('[data-testid="file-upload"]'), null);
  const inter = setup({ value: null }).el;
  const area = named(inter, "Click to upload or drop files")[0];
  assert.match(area.textContent, /Drop Media Here/);
  const input = inter.querySelector('input[type="file"][data-testid="file-upload"]');
  assert.equal(input.getAttribute("aria-label"), "File upload");
  assert.equal(input.accept, "image/*,video/*");
});

test("clicking a thumbnail opens the preview: preview_open, then select {index, value: item}", () => {
  const { el, ctx } = setup({ value: three });
  assert.equal(el.querySelector("span.preview"), null);
  named(el, "Thumbnail 2 of 3")[0].click();
  assert.deepEqual(ctx.calls, [["emit", "preview_open", null], ["emit", "select", { index: 1, value: three[1] }]]);
  const preview = el.querySelector("span.preview");
  const media = named(preview, "detailed view of selected image")[0];
  assert.equal(media.className, "media-button with-caption");
  assert.equal(detail(el).getAttribute("src"), "https://example.com/img2.png");
  assert.equal(detail(el).getAttribute("alt"), "A good dog");
  assert.equal(preview.querySelector(".caption").textContent, "A good dog");
  const small = preview.querySelectorAll("button.thumbnail-small");
  assert.equal(small[1].getAttribute("aria-label"), "Thumbnail 2 of 3");
  assert.ok(small[1].classList.contains("selected"));
  assert.ok(small[2].querySelector('img[data-testid="thumbnail 3"]'));
  assert.equal(named(preview, "Close").length, 1);
  assert.equal(named(preview, "Download").length, 1);
});

test("ArrowRight and ArrowLeft move through the preview (wrapping) and fire select; Escape closes with preview_close", () => {
  const { el, ctx } = setup({ value: three, selected_index: 0 });
  const media = () => named(el, "detailed view of selected image")[0];
  key(media(), "ArrowLeft");
  assert.equal(detail(el).getAttribute("src"), "https://example.com/img3.png");
  key(media(), "ArrowRight");
  key(media(), "ArrowRight");
  assert.equal(detail(el).getAttribute("src"), "https://example.com/img2.png");
  assert.deepEqual(ctx.calls.map((c) => c[2].index), [2, 0, 1]);
  key(media(), "Escape");
  assert.equal(el.querySelector("span.preview"), null);
  assert.deepEqual(ctx.calls.at(-1), ["emit", "preview_close", null]);
});

test("the Close button closes the preview and fires preview_close; a small thumbnail selects its item", () => {
  const { el, ctx } = setup({ value: three, selected_index: 2 });
  named(el.querySelector(".preview"), "Thumbnail 1 of 3")[0].click();
  assert.deepEqual(ctx.calls, [["emit", "select", { index: 0, value: three[0] }]]);
  named(el, "Close")[0].click();
  assert.equal(el.querySelector(".preview"), null);
  assert.deepEqual(ctx.calls.at(-1), ["emit", "preview_close", null]);
});

test("clicking the detailed image's left half shows the previous item, its right half the next", () => {
  const { el, ctx } = setup({ value: three, selected_index: 1 });
  const clickAt = (x) => {
    const media = named(el, "detailed view of selected image")[0];
    media.getBoundingClientRect = () => ({ left: 0, top: 0, width: 100, height: 100 });
    const e = new Event("click", { bubbles: true });
    Object.assign(e, { clientX: x, detail: 1 });
    media.querySelector("img").dispatchEvent(e);
  };
  clickAt(20);
  assert.equal(detail(el).getAttribute("src"), "https://example.com/img1.png");
  clickAt(80);
  clickAt(80);
  assert.equal(detail(el).getAttribute("src"), "https://example.com/img3.png");
  assert.deepEqual(ctx.calls.map((c) => c[2].index), [0, 1, 2]);
});

test("with allow_preview false a click selects without a preview or preview_open", () => {
  const { el, ctx } = setup({ value: three, allow_preview: false });
  named(el, "Thumbnail 3 of 3")[0].click();
  assert.equal(el.querySelector(".preview"), null);
  assert.ok(named(el, "Thumbnail 3 of 3")[0].classList.contains("selected"));
  assert.deepEqual(ctx.calls, [["emit", "select", { index: 2, value: three[2] }]]);
});

test("selected_index from a function opens, moves and clears the preview without firing select", () => {
  const { el, ctx, patch } = setup({ value: three });
  patch({ selected_index: 2 });
  assert.equal(detail(el).getAttribute("src"), "https://example.com/img3.png");
  patch({ value: [img("x"), img("y")] });
  assert.equal(detail(el).getAttribute("src"), "https://example.com/y.png"); // clamped to the new length
  patch({ selected_index: null });
  assert.equal(el.querySelector(".preview"), null);
  assert.deepEqual(ctx.calls, []);
});

test("preview=true opens the first item when nothing is selected", () => {
  assert.equal(detail(setup({ value: three, preview: true }).el).getAttribute("src"), "https://example.com/img1.png");
  assert.equal(setup({ value: three, preview: false }).el.querySelector(".preview"), null);
});

test("a video item's preview is a video with controls", () => {
  const video = setup({ value: [vid("clip")], selected_index: 0 }).el.querySelector('video[data-testid="detailed-video"]');
  assert.equal(video.getAttribute("src"), "https://example.com/clip.mp4");
  assert.equal(video.controls, true);
});

test("Delete image removes that item and fires delete with {file, index}", () => {
  const { el, ctx } = setup({ value: three });
  const del = named(el, "Delete image");
  assert.equal(del.length, 3);
  del[1].click();
  assert.deepEqual(ctx.calls, [["setValue", [three[0], three[2]], "delete", { file: three[1].image, index: 1 }]]);
  assert.equal(named(el, "Thumbnail 2 of 2").length, 1);
  assert.equal(named(setup({ value: three, interactive: false }).el, "Delete image").length, 0);
});

test("Clear empties the gallery and fires clear", () => {
  const { el, ctx } = setup({ value: three });
  named(el, "Clear")[0].click();
  assert.deepEqual(ctx.calls, [["setValue", null, "clear", null]]);
  assert.equal(named(el, "Click to upload or drop files").length, 1);
});

test("chosen files are added as image and video items and fire upload", () => {
  const { el, ctx } = setup({ value: [img("a")] });
  const input = el.querySelector('[data-testid="file-upload"]');
  const files = [new File([new Uint8Array(4)], "cat.png", { type: "image/png" }), new File([new Uint8Array(4)], "clip.webm", { type: "video/webm" })];
  Object.defineProperty(input, "files", { value: files, configurable: true });
  input.dispatchEvent(new Event("change"));
  const [call] = ctx.calls;
  assert.equal(call[0], "setValue");
  assert.equal(call[2], "upload");
  assert.equal(call[1].length, 3);
  assert.equal(call[1][1].image.orig_name, "cat.png");
  assert.match(call[1][1].image.url, /^blob:/);
  assert.equal(call[1][2].video.orig_name, "clip.webm");
  assert.deepEqual(call[3], call[1].slice(1));
  assert.equal(named(el, "Thumbnail 3 of 3").length, 1);
});

test("a file of the wrong type is refused with Gradio's error and the value is kept", () => {
  const { el, ctx } = setup({ value: null });
  const drop = new Event("drop", { bubbles: true, cancelable: true });
  drop.dataTransfer = { files: [new File(["x"], "notes.txt", { type: "text/plain" })] };
  named(el, "Click to upload or drop files")[0].dispatchEvent(drop);
  assert.deepEqual(ctx.calls, [["toast", { level: "error", title: "Error", message: "Invalid file type: notes.txt. Only image, video allowed." }]]);
  assert.equal(named(el, "Click to upload or drop files").length, 1);
});

test("a file over the app's max_file_size is refused naming the file", () => {
  const { el, ctx } = setup({ value: null });
  ctx.app.maxFileSize = "1kb";
  const input = el.querySelector('[data-testid="file-upload"]');
  Object.defineProperty(input, "files", { value: [new File([new Uint8Array(2000)], "big.png", { type: "image/png" })] });
  input.dispatchEvent(new Event("change"));
  assert.match(ctx.calls[0][1].message, /File big\.png exceeds the maximum allowed size of 1\.0 kB/);
});

test("show_label false hides the block label; a label replaces 'Gallery'", () => {
  assert.equal(setup({ value: three, show_label: false }).el.querySelector('[data-testid="block-label"]').hidden, true);
  assert.equal(setup({ value: three, label: "Pets" }).el.querySelector('[data-testid="block-label"]').textContent, "Pets");
});

test("a function's return becomes the wire list: URLs, FileData, [item, caption] pairs, {image, caption}, bytes", () => {
  const files = new FileStore();
  const wire = h.toWire([
    "https://example.com/a.png",
    ["https://example.com/b.mp4", "clip"],
    { image: fd("c.png"), caption: "c" },
    { data: new Uint8Array([1, 2]), name: "d.png" },
  ], files);
  assert.equal(wire[0].image.url, "https://example.com/a.png");
  assert.equal(wire[0].caption, null);
  assert.deepEqual(Object.keys(wire[1]), ["video", "caption"]);
  assert.equal(wire[1].caption, "clip");
  assert.equal(wire[2].image.orig_name, "c.png");
  assert.match(wire[3].image.url, /^blob:/);
  assert.equal(h.toWire(null, files), null);
});

test("pixels returned by a function become a PNG the page holds", () => {
  const files = new FileStore();
  const data = new Uint8Array(2 * 3 * 3).fill(200);
  const [item] = h.toWire([[{ shape: [2, 3, 3], dtype: "uint8", data }, "grey"]], files);
  assert.equal(item.image.mime_type, "image/png");
  assert.equal(item.caption, "grey");
  assert.ok(files.holds(item.image));
});

test("the PNG encoder writes a valid image: signature, IHDR size and colour type, inflatable scanlines", () => {
  const png = pixelsToPng({ shape: [2, 2, 4], dtype: "uint8", data: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]) });
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  const v = new DataView(png.buffer);
  assert.equal(String.fromCharCode(...png.subarray(12, 16)), "IHDR");
  assert.deepEqual([v.getUint32(16), v.getUint32(20), png[24], png[25]], [2, 2, 8, 6]);
  const idatLen = v.getUint32(33);
  assert.equal(String.fromCharCode(...png.subarray(37, 41)), "IDAT");
  const raw = inflateSync(png.subarray(41, 41 + idatLen));
  assert.deepEqual([...raw], [0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 9, 10, 11, 12, 13, 14, 15, 16]);
  const gray = pixelsToPng({ shape: [1, 2], dtype: "float32", data: Float32Array.from([0, 1]) });
  assert.equal(gray[25], 0);
  assert.deepEqual([...inflateSync(gray.subarray(41, 41 + new DataView(gray.buffer).getUint32(33)))], [0, 0, 255]);
});

test("wrong returns are refused naming the item", () => {
  const files = new FileStore();
  assert.throws(() => h.toWire("a.png", files), /Gallery expects a list of images, got "a.png"/);
  assert.throws(() => h.toWire(["a.png", 42], files), /Gallery item 1: .*got 42/);
  assert.throws(() => h.toWire([["a.png", { x: 1 }]], files), /Gallery item 0: expected a caption string/);
  assert.throws(() => h.toWire([{ shape: [2, 2], dtype: "int16", data: new Int16Array(4) }], files), /Gallery item 0: pixels of dtype "int16"/);
  assert.throws(() => h.toWire([{ shape: [2, 2, 3], data: new Uint8Array(5) }], files), /need 12 values, got 5/);
});

test("a filepath function receives [url, caption] pairs; numpy and pil are refused", () => {
  const pre = [[fd("a.png"), "cap"], [fd("b.mp4"), null]];
  assert.deepEqual(h.toArgument(pre, {}), [["https://example.com/a.png", "cap"], ["https://example.com/b.mp4", null]]);
  assert.deepEqual(h.toArgument([img("c", "x")], { type: "filepath" }), [["https://example.com/c.png", "x"]]);
  assert.equal(h.toArgument(null, {}), null);
  assert.throws(() => h.toArgument(pre, { type: "numpy" }), /Gallery with type="numpy"/);
});

test("a gr.update carrying a value converts only the value", () => {
  const app = { files: new FileStore() };
  const out = gallery.edge.output({ __type__: "update", value: ["https://example.com/a.png"], columns: 3 }, {}, app);
  assert.equal(out.columns, 3);
  assert.equal(out.value[0].image.url, "https://example.com/a.png");
  assert.deepEqual(gallery.edge.output({ __type__: "update", selected_index: null }, {}, app), { __type__: "update", selected_index: null });
});

test("selection helpers: clamp to the length, wrap arrow steps, start at 0 with preview", () => {
  assert.equal(h.clampIndex(5, 3), 2);
  assert.equal(h.clampIndex(-1, 3), 0);
  assert.equal(h.clampIndex(1, 0), null);
  assert.equal(h.stepIndex(0, 3, -1), 2);
  assert.equal(h.stepIndex(2, 3, 1), 0);
  assert.equal(h.initialSelection({ preview: true }, 3), 0);
  assert.equal(h.initialSelection({ selected_index: 1 }, 3), 1);
  assert.equal(h.acceptOf(["image", ".mp4"]), "image/*,.mp4");
});
