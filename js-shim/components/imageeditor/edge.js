// ImageEditor's function edge: what a page function receives (Gradio's preprocess: a dict of
// images each converted as gr.Image converts for `type`, in `image_mode`) and what it may return
// (Gradio's postprocess: a dict of images, or one image that becomes the background). Images go
// through gr.Image's store (app.images), so every image type gr.Image takes works here too.
import { checkLayerSizes, composite, editorShape, fileDataOf, isFileData, pixelSize } from "./helpers.js";

const EMPTY = () => ({ background: null, layers: [], composite: null });

// Gradio's frontend always sends the editor's state, so a function never receives None: an
// empty editor is a dict of Nones. A composite the value lacks (a function set only the
// background and layers) is rendered as Gradio's canvas renders it.
export async function argument(value, props, app) {
  if (!value) return EMPTY();
  const want = { type: props.type ?? "numpy", image_mode: props.image_mode ?? "RGBA" };
  const one = (fd) => (fd ? convert(fd, want, app) : null);
  const layers = value.layers ?? [];
  let made = value.composite;
  if (!made && (value.background || layers.length)) made = await renderComposite(value.background, layers, app);
  const [background, composite_, ...rest] = await Promise.all([one(value.background), one(made), ...layers.map(one)]);
  return { background, layers: rest.filter((l) => l != null), composite: composite_ };
}

// One image → what gr.Image hands a function for `want`. The editor's own PNGs (in the file
// store) go through gr.Image's upload path, as Gradio's preprocess opens the uploaded PNG; the
// pixels made here for a numpy or pil call are dropped from the store once converted.
async function convert(fd, want, app) {
  const store = app.images;
  if (app.files?.holds(fd)) {
    const bytes = await app.files.bytes(fd);
    const file = new File([bytes], fd.orig_name ?? "image.png", { type: fd.mime_type ?? "image/png" });
    const held = await store.upload(file, want);
    const out = await store.argument(held, want);
    if (want.type !== "filepath") store.forget(held);
    return out;
  }
  return store.argument(fd, want);
}

// The composite of a value a function returned: RGBA pixels of each image (as numpy RGBA),
// the layers over the background over white. Layers of another size are refused by name.
async function renderComposite(background, layers, app) {
  const rgba = { type: "numpy", image_mode: "RGBA" };
  const [bg, ...ls] = await Promise.all([background, ...layers].map((fd) => (fd ? app.images.argument(fd, rgba) : null)));
  const size = (a) => (a ? [a.shape[1], a.shape[0]] : null);
  checkLayerSizes(size(bg), ls.map(size));
  const [width, height] = size(bg) ?? size(ls.find(Boolean));
  const pixels = composite(width, height, bg?.data, ls.filter(Boolean).map((l) => l.data));
  return app.images.output({ width, height, mode: "RGBA", pixels }, {});
}

// A function's return value → the EditorData the core takes. Pixels (arrays, GraftImages,
// ImageData, canvases) become gr.Image store entries; URLs and FileData pass as files.
export function output(value, props, app) {
  if (value && value.__type__ === "update") return "value" in value ? { ...value, value: output(value.value, props, app) } : value;
  const shape = editorShape(value, (v) => typeof v === "string" || isFileData(v) || looksLikePixels(v));
  if (!shape) return null;
  checkLayerSizes(pixelSize(shape.background), shape.layers.map(pixelSize));
  const file = (v) => {
    if (v == null) return null;
    if (typeof v === "string") return fileDataOf(v);
    if (isFileData(v)) return v;
    const fd = app.images.output(v, {});
    if (fd === v) throw new Error(`ImageEditor cannot use this as an image: ${Object.keys(v).join(", ")}`);
    return fd;
  };
  const background = file(shape.background);
  // A single image is both the background and the composite, one file.
  const composite_ = shape.composite === shape.background ? background : file(shape.composite);
  return { background, layers: shape.layers.map(file), composite: composite_ };
}

// What gr.Image's store turns into pixels: an array {shape, data}, a GraftImage (or its JSON),
// ImageData, a canvas or ImageBitmap.
function looksLikePixels(v) {
  if (!v || typeof v !== "object") return false;
  if (Array.isArray(v.shape) && ArrayBuffer.isView(v.data)) return true;
  if (typeof v.mode === "string" && v.pixels instanceof Uint8Array) return true;
  if (typeof ImageData !== "undefined" && v instanceof ImageData) return true;
  return ["HTMLCanvasElement", "OffscreenCanvas", "ImageBitmap"].some((n) => typeof globalThis[n] === "function" && v instanceof globalThis[n]);
}
