// gr.AnnotatedImage in the page: Gradio's postprocess of boxes and masks into coloured mask
// images, its legend colours and hue rotation, the drawn DOM and the legend's select.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { boxMask, arrayMask, colorMask, hexToRgb, maskColor, maskFilter, legendColor, toWire, toArgument, sizeOf } from "../../js-shim/components/annotatedimage/helpers.js";

installDom();
const { default: ai } = await import("../../js-shim/components/annotatedimage/index.js");

// A file store recording what it was given (blob URLs need no browser here).
function fakeFiles() {
  const added = [];
  return {
    added,
    add(blob, name) {
      added.push({ blob, name });
      return { path: `blob:${added.length}`, url: `blob:${added.length}`, orig_name: name, meta: { _type: "gradio.FileData" } };
    },
    fromReturn(v) {
      if (v instanceof Blob) return this.add(v, "file");
      return typeof v === "string" ? { path: v, url: v } : { ...v, url: v.url ?? v.path };
    },
  };
}

const file = (url) => ({ path: url, url });
const value = { image: file("base.png"), annotations: [{ image: file("m0.png"), label: "cat" }, { image: file("m1.png"), label: "dog" }] };

test("a box is a 0.5 fill inside a 3-pixel border of 1, as Gradio draws it", () => {
  const m = boxMask(10, 8, [1, 1, 9, 8]);
  const at = (x, y) => m[y * 10 + x];
  assert.equal(at(0, 0), 0);
  assert.equal(at(1, 1), 1);
  assert.equal(at(3, 3), 1);
  assert.equal(at(4, 4), 0.5);
  assert.equal(at(5, 4), 0.5);
  assert.equal(at(6, 4), 1); // x2 - 3
  assert.equal(at(4, 5), 1); // y2 - 3
  assert.equal(at(9, 4), 0);
});

test("a box beyond the image is clamped to it", () => {
  const m = boxMask(4, 4, [-5, -5, 50, 50]);
  assert.equal(m.length, 16);
  assert.ok(m.every((v) => v === 1));
});

test("a mask comes as {shape, data} or rows, clamped to 0..1, and must match the base image", () => {
  assert.deepEqual([...arrayMask({ shape: [1, 3], data: [0, 0.5, 2] }).mask], [0, 0.5, 1]);
  assert.deepEqual([...arrayMask([[0, 1], [1, 0]]).mask], [0, 1, 1, 0]);
  assert.throws(() => arrayMask({ shape: [2, 2], data: [1, 2, 3] }), /needs 4 values, got 3/);
  assert.throws(() => arrayMask([[0, 1]], { width: 3, height: 1 }), /base image's shape \[1, 3\], got \[1, 2\]/);
  assert.throws(() => arrayMask("mask"), /box \[x1, y1, x2, y2\] or a mask/);
});

test("mask pixels take the label's colour where the mask is set, alpha mask × 255", () => {
  const rgba = colorMask(new Float32Array([0, 0.5, 1]), [10, 20, 30]);
  assert.deepEqual([...rgba], [0, 0, 0, 0, 10, 20, 30, 127, 10, 20, 30, 255]);
});

test("colours: color_map hex codes, red for the rest (the frontend rotates its hue)", () => {
  assert.deepEqual(hexToRgb("#00ff80"), [0, 255, 128]);
  assert.deepEqual(hexToRgb("#0f8"), [0, 255, 136]);
  assert.deepEqual(maskColor("cat", { cat: "#0000ff" }), [0, 0, 255]);
  assert.deepEqual(maskColor("dog", { cat: "#0000ff" }), [255, 0, 0]);
  assert.throws(() => maskColor("cat", { cat: "blue" }), /hex codes/);
  assert.equal(maskFilter("dog", 1, 3, {}), "hue-rotate(120deg)");
  assert.equal(maskFilter("cat", 1, 3, { cat: "#0000ff" }), "");
  assert.equal(legendColor("dog", 1, 4, null), "hsla(90, 100%, 50%, 0.3)");
  assert.equal(legendColor("cat", 0, 4, { cat: "#0000ff" }), "#0000ff88");
  assert.equal(legendColor("cat", 0, 4, { cat: "x;background:url(evil)" }), "hsla(0, 100%, 50%, 0.3)");
});

test("a function's [pixels, [[box, label], [mask, label]]] becomes the wire value of PNG files", () => {
  const files = fakeFiles();
  const base = { shape: [4, 5, 3], dtype: "uint8", data: new Uint8Array(60) };
  const mask = { shape: [4, 5], data: new Array(20).fill(1) };
  const wire = toWire([base, [[[0, 0, 2, 2], "box"], [mask, "blob"]]], { color_map: { blob: "#00ff00" } }, files);
  assert.deepEqual(wire.annotations.map((a) => a.label), ["box", "blob"]);
  assert.equal(wire.image.url, "blob:1");
  assert.deepEqual(files.added.map((f) => f.name), ["image.png", "mask-0.png", "mask-1.png"]);
  assert.equal(files.added[1].blob.type, "image/png");
  assert.deepEqual(sizeOf(base), { width: 5, height: 4 });
});

test("a URL base takes its size from a mask, or else from the loaded image; one that fails to load names itself", async () => {
  const files = fakeFiles();
  const wire = toWire(["https://x/cat.png", [[[[0, 1], [1, 0]], "cat"], [[0, 0, 1, 1], "box"]]], {}, files);
  assert.equal(wire.image.url, "https://x/cat.png");
  assert.equal(wire.annotations.length, 2);
  const asked = [];
  const measure = (url) => (asked.push(url), Promise.resolve({ width: 6, height: 3 }));
  const pending = toWire(["https://x/cat.png", [[[1, 0, 4, 2], "box"]]], {}, files, measure);
  assert.equal(typeof pending.then, "function", "boxes alone over a URL wait for its size");
  const boxed = await pending;
  assert.deepEqual(asked, ["https://x/cat.png"]);
  assert.equal(boxed.annotations[0].label, "box");
  assert.equal(files.added.at(-1).blob.type, "image/png");
  const broken = toWire(["https://x/gone.png", [[[0, 0, 1, 1], "box"]]], {}, files, () => Promise.reject(new Error("404")));
  await assert.rejects(broken, /needs the base image's size to draw boxes, and https:\/\/x\/gone.png could not be loaded \(404\)/);
  assert.throws(() => toWire(["https://x/cat.png", [[[0, 0, 1], "box"]]], {}, files, measure), /annotation 0 \("box"\): an annotation must be a box/);
});

test("a returned Blob joins the file store only once its size is known, with the masks", async () => {
  const files = fakeFiles();
  const blob = new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" });
  const pending = toWire([blob, [[[0, 0, 2, 2], "box"]]], {}, files, (url) => {
    assert.match(url, /^blob:/, "measured from its own URL");
    assert.equal(files.added.length, 0, "nothing held while measuring: a sweep cannot release it");
    return Promise.resolve({ width: 4, height: 4 });
  });
  const wire = await pending;
  assert.equal(files.added.length, 2);
  assert.equal(files.added[0].blob, blob);
  assert.equal(wire.annotations.length, 1);
});

test("a gr.update carrying boxes over a URL resolves to the update with its wire value", async () => {
  const { default: mod } = await import("../../js-shim/components/annotatedimage/index.js");
  const files = fakeFiles();
  const out = mod.edge.output({ __type__: "update", label: "x", value: ["data:image/png;base64,AA==", [[[0, 0, 1, 1], "box"]]] }, {}, { files });
  assert.equal(typeof out.then, "function", "the update waits for the value, not a Promise inside it");
  // Node has no image decoder, so here the wait ends in the error naming the image.
  await assert.rejects(out, /needs the base image's size to draw boxes, and data:image\/png;base64,AA== could not be loaded/);
});

test("the ready wire value is taken as it is; wrong shapes say what was expected", () => {
  const files = fakeFiles();
  assert.deepEqual(toWire(value, {}, files).annotations.map((a) => a.image.url), ["m0.png", "m1.png"]);
  assert.equal(toWire(null, {}, files), null);
  assert.throws(() => toWire("cat.png", {}, files), /expects \[image, \[\[box or mask, label\], \.\.\.\]\] or \{image, annotations\}/);
  assert.throws(() => toWire(["a.png", [["x", "cat"]]], {}, files), /annotation 0 \("cat"\): an annotation must be a box/);
  assert.throws(() => toWire([{ shape: [2, 2], data: [0, 0, 0, 0] }, [[{ shape: [3, 3], data: new Array(9).fill(0) }, "m"]]], {}, files), /base image's shape \[2, 2\]/);
  assert.throws(() => toWire(["a.png", [[[0, 0, 1, 1]]]], {}, files), /annotation 0 must be a \[box or mask, label\] pair/);
});

test("a function receiving the component gets (base URL, [(mask URL, label)])", () => {
  assert.deepEqual(toArgument(value), ["base.png", [["m0.png", "cat"], ["m1.png", "dog"]]]);
  assert.equal(toArgument(null), null);
});

test("the base image, a mask per annotation with its hue, and a legend button per label are drawn", () => {
  const { el } = mount(ai, { value, label: "Pets" });
  assert.equal(el.querySelector("img.base-image").getAttribute("alt"), "the base file that is annotated");
  const masks = [...el.querySelectorAll("img.mask")];
  assert.deepEqual(masks.map((m) => m.getAttribute("src")), ["m0.png", "m1.png"]);
  assert.match(masks[1].getAttribute("style"), /hue-rotate\(180deg\)/);
  assert.deepEqual([...el.querySelectorAll(".legend .legend-item")].map((b) => b.textContent), ["cat", "dog"]);
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Pets");
});

test("show_legend false hides the legend; no value draws Empty", () => {
  assert.equal(mount(ai, { value, show_legend: false }).el.querySelector(".legend"), null);
  const { el } = mount(ai, { value: null });
  assert.ok(el.querySelector(".empty"));
  assert.equal(el.querySelector("img"), null);
});

test("hovering a legend entry shows its mask and hides the others; leaving restores them", () => {
  const { el } = mount(ai, { value });
  const [cat] = el.querySelectorAll(".legend-item");
  cat.dispatchEvent(new Event("mouseover", { bubbles: true }));
  const masks = [...el.querySelectorAll("img.mask")];
  assert.deepEqual(masks.map((m) => m.className), ["mask fit-height active", "mask fit-height inactive"]);
  cat.dispatchEvent(new Event("mouseout", { bubbles: true }));
  assert.deepEqual(masks.map((m) => m.className), ["mask fit-height", "mask fit-height"]);
});

test("clicking a legend entry fires select with its index and label", () => {
  const { el, ctx } = mount(ai, { value });
  el.querySelectorAll(".legend-item")[1].click();
  assert.deepEqual(ctx.calls, [["emit", "select", { index: 1, value: "dog" }]]);
});

test("the edge converts a gr.update's value with the update's color_map", () => {
  const files = fakeFiles();
  const base = { shape: [2, 2, 3], dtype: "uint8", data: new Uint8Array(12) };
  const out = ai.edge.output({ __type__: "update", value: [base, [[[0, 0, 2, 2], "a"]]], color_map: { a: "#0000ff" } }, {}, { files });
  assert.equal(out.annotations, undefined);
  assert.equal(out.value.annotations[0].label, "a");
  assert.throws(() => ai.edge.output(42, {}, { files }), /AnnotatedImage expects/);
});
