// gr.ImageEditor's pure helpers: Gradio's defaults, where a background goes on the canvas,
// source-over compositing on small RGBA arrays, the undo history, and the shapes a function
// may return (with the errors naming ImageEditor for the ones it may not).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  History, anchorOffset, canvasSizeOf, checkLayerSizes, composite, editorOptions, editorShape, moveInList, pixelSize, placeImage, sourceOver, wheelStep, zoomAbout, zoomStep,
} from "../../js-shim/components/imageeditor/helpers.js";

test("an editor with no options has Gradio's brush colours, radius 25, one layer and an 800×800 canvas", () => {
  const o = editorOptions({});
  assert.deepEqual(o.brush.colors.map((c) => c.color), ["rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)", "rgb(50, 112, 204)", "rgb(173, 50, 204)"]);
  assert.deepEqual(o.brush.color, { color: "rgb(204, 50, 50)", opacity: 1 });
  assert.equal(o.brush.size, 25);
  assert.equal(o.eraser.size, 25);
  assert.deepEqual(o.layers, { disabled: false, allowAdditional: true, names: ["Layer 1"] });
  assert.deepEqual(o.canvasSize, [800, 800]);
  assert.deepEqual(o.sources, ["upload", "webcam", "clipboard"]);
  assert.deepEqual(o.transforms, ["crop", "resize"]);
});

test("gr.Brush's colours may carry an opacity, default_color picks one, and false hides a tool", () => {
  const o = editorOptions({ brush: { colors: ["#ff0000", ["#00ff00", 0.5]], default_color: ["#00ff00", 0.5], default_size: 7, color_mode: "fixed" }, eraser: false, layers: false });
  assert.deepEqual(o.brush.color, { color: "#00ff00", opacity: 0.5 });
  assert.equal(o.brush.size, 7);
  assert.equal(o.brush.fixed, true);
  assert.equal(o.eraser, null);
  assert.equal(o.layers.disabled, true);
  assert.equal(editorOptions({ brush: false }).brush, null);
});

test("a background sets the canvas size, or with fixed_canvas is fitted and centred", () => {
  assert.deepEqual(placeImage(120, 80, 800, 800, false), { canvas: [120, 80], x: 0, y: 0, width: 120, height: 80 });
  assert.deepEqual(placeImage(200, 100, 800, 800, true), { canvas: [800, 800], x: 0, y: 200, width: 800, height: 400 });
  assert.deepEqual(placeImage(100, 400, 300, 300, true), { canvas: [300, 300], x: 113, y: 0, width: 75, height: 300 });
});

test("source-over lays an opaque pixel over, blends a half-transparent one, and skips a clear one", () => {
  const dst = new Uint8Array([10, 20, 30, 255, 100, 100, 100, 255, 50, 60, 70, 255]);
  sourceOver(dst, new Uint8Array([200, 0, 0, 255, 200, 0, 0, 128, 1, 2, 3, 0]));
  assert.deepEqual([...dst], [200, 0, 0, 255, 150, 50, 50, 255, 50, 60, 70, 255]);
  // Onto a transparent pixel the source stays as it is.
  const clear = new Uint8Array([0, 0, 0, 0]);
  assert.deepEqual([...sourceOver(clear, new Uint8Array([9, 8, 7, 100]))], [9, 8, 7, 100]);
});

test("the composite is the layers over the background over white", () => {
  const bg = new Uint8Array([0, 0, 255, 255, 0, 0, 0, 0]); // blue, then transparent
  const layer = new Uint8Array([0, 0, 0, 0, 255, 0, 0, 255]); // clear, then red
  assert.deepEqual([...composite(2, 1, bg, [layer])], [0, 0, 255, 255, 255, 0, 0, 255]);
  assert.deepEqual([...composite(1, 1, null, [])], [255, 255, 255, 255]);
});

test("undo and redo walk the history; a new edit drops what was undone; the oldest go past the limit", () => {
  const h = new History(3);
  h.reset("a");
  assert.equal(h.canUndo, false);
  h.push("b");
  h.push("c");
  assert.equal(h.undo(), "b");
  assert.equal(h.canRedo, true);
  assert.equal(h.redo(), "c");
  h.undo();
  h.push("d");
  assert.equal(h.canRedo, false);
  assert.equal(h.undo(), "b");
  h.redo();
  h.push("e"); // a, b, d, e → keeps the last three
  assert.equal(h.undo(), "d");
  assert.equal(h.undo(), "b");
  assert.equal(h.canUndo, false);
});

const isImage = (v) => typeof v === "string" || Boolean(v && Array.isArray(v.shape));
const arr = (h, w) => ({ shape: [h, w, 4], data: new Uint8Array(h * w * 4) });

test("a returned dict keeps its images; a single image is the background and the composite", () => {
  const bg = arr(2, 2);
  assert.deepEqual(editorShape({ background: bg, layers: null, composite: null }, isImage), { background: bg, layers: [], composite: null });
  assert.deepEqual(editorShape("cat.png", isImage), { background: "cat.png", layers: [], composite: "cat.png" });
  assert.equal(editorShape(null, isImage), null);
});

test("values that are not an editor dict or an image are refused, naming ImageEditor and what came", () => {
  assert.throws(() => editorShape(42, isImage), /^Error: ImageEditor expects a dict \{background, layers, composite\} of images, or a single image; got number 42$/);
  assert.throws(() => editorShape([1, 2], isImage), /ImageEditor expects .* got a list of 2/);
  assert.throws(() => editorShape({ background: 5 }, isImage), /ImageEditor expects "background" to be an image .* got number 5/);
  assert.throws(() => editorShape({ layers: "x.png" }, isImage), /ImageEditor expects "layers" to be a list of images/);
  assert.throws(() => editorShape({ background: null, extra: 1 }, isImage), /got also extra/);
});

test("a layer of another size than the background is refused with both sizes", () => {
  assert.doesNotThrow(() => checkLayerSizes([4, 3], [[4, 3], null]));
  assert.throws(() => checkLayerSizes([4, 4], [[4, 4], [3, 2]]), /^Error: ImageEditor layer 2 is 3×2 pixels but the background is 4×4/);
  assert.throws(() => checkLayerSizes(null, [[4, 4], [3, 2]]), /layer 2 is 3×2 pixels but layer 1 is 4×4/);
  assert.deepEqual(pixelSize(arr(2, 5)), [5, 2]);
  assert.equal(pixelSize({ path: "a.png", width: 3, height: 3 }), null);
});

test("a layer moves up (under the one before) or down (over the one after), never past either end", () => {
  const layers = ["a", "b", "c"];
  assert.deepEqual(moveInList(layers, 2, "up"), ["a", "c", "b"]);
  assert.deepEqual(moveInList(layers, 0, "down"), ["b", "a", "c"]);
  assert.equal(moveInList(layers, 0, "up"), layers);
  assert.equal(moveInList(layers, 2, "down"), layers);
  assert.equal(moveInList(layers, -1, "down"), layers); // an id that is not there
  assert.deepEqual(layers, ["a", "b", "c"]); // the list itself is left as it was
});

test("Resize Canvas without rescaling places the old canvas at its anchor, centred rounding down", () => {
  assert.deepEqual(anchorOffset("top-left", [100, 60], [200, 100]), { x: 0, y: 0 });
  assert.deepEqual(anchorOffset("bottom-right", [100, 60], [200, 100]), { x: 100, y: 40 });
  assert.deepEqual(anchorOffset("center", [100, 60], [201, 101]), { x: 50, y: 20 });
  assert.deepEqual(anchorOffset("top", [100, 60], [50, 30]), { x: -25, y: 0 }); // smaller: cut
  assert.deepEqual(anchorOffset("left", [100, 60], [50, 31]), { x: 0, y: -15 });
});

test("a canvas size must be whole pixels from 1 to 8192; anything else names what came", () => {
  assert.deepEqual(canvasSizeOf(300, 200), { width: 300, height: 200 });
  assert.match(canvasSizeOf(0, 200).error, /^ImageEditor: .*1 to 8192 .*\(got 0 × 200\)/);
  assert.match(canvasSizeOf(10.5, 20).error, /got 10\.5 × 20/);
  assert.match(canvasSizeOf(NaN, 20).error, /got nothing × 20/);
  assert.ok(canvasSizeOf(8193, 1).error);
});

test("zoom steps by 1.25 from the fit up to 8, and zooming out to the fit returns to it", () => {
  assert.equal(zoomStep(null, 0.5, "in"), 0.625);
  assert.equal(zoomStep(2, 0.5, "in"), 2.5);
  assert.equal(zoomStep(7, 0.5, "in"), 8);
  assert.equal(zoomStep(2.5, 0.5, "out"), 2);
  assert.equal(zoomStep(0.625, 0.5, "out"), null); // back at the fit
  assert.equal(zoomStep(null, 1, "out"), null);
});

test("zooming about a point keeps the canvas pixel under it in place; at or below the fit it resets", () => {
  // From the fit (0.5, centred) ×2 about a point 40 px right of centre: that pixel was 80 canvas
  // px right of the middle; at zoom 1 it would be 80 px right, so the canvas moves 40 px left.
  assert.deepEqual(zoomAbout(null, 0.5, 2, { x: 0, y: 0 }, { x: 40, y: -10 }), { zoom: 1, pan: { x: -40, y: 10 } });
  assert.deepEqual(zoomAbout(7, 0.5, 2, { x: 5, y: 5 }, { x: 0, y: 0 }).zoom, 8);
  assert.deepEqual(zoomAbout(0.6, 0.5, 0.5, { x: 9, y: 9 }, { x: 1, y: 1 }), { zoom: null, pan: { x: 0, y: 0 } });
});

test("the wheel zooms with Alt, Meta or Ctrl (a trackpad pinch) and pans otherwise, as Gradio's", () => {
  const size = { width: 200, height: 100 };
  const origin = { x: 0, y: 0 };
  // A mouse tick (deltaY 100) with Alt: × (1 - 0.05); a trackpad's 10 px with Ctrl: × (1 + 0.01).
  assert.equal(wheelStep({ deltaY: -100, deltaMode: 0, altKey: true }, 2, 0.5, origin, origin, size).zoom, 2 * 1.05);
  assert.equal(wheelStep({ deltaY: -10, deltaMode: 0, ctrlKey: true }, 2, 0.5, origin, origin, size).zoom, 2 * 1.01);
  // No modifier at the fit: nothing to pan, the page scrolls.
  assert.equal(wheelStep({ deltaX: 0, deltaY: 100, deltaMode: 0 }, null, 0.5, origin, origin, size), null);
  // Zoomed: a mouse tick pans 10 px, a trackpad's 30 px per 100; never past half the canvas.
  assert.deepEqual(wheelStep({ deltaX: 0, deltaY: 100, deltaMode: 0 }, 2, 0.5, origin, origin, size).pan, { x: 0, y: -10 });
  assert.deepEqual(wheelStep({ deltaX: 20, deltaY: 0, deltaMode: 0 }, 2, 0.5, origin, origin, size).pan, { x: -6, y: 0 });
  assert.deepEqual(wheelStep({ deltaX: -9000, deltaY: 9000, deltaMode: 0 }, 2, 0.5, origin, origin, size).pan, { x: 100, y: -50 });
});
