// gr.ImageSlider's pure logic (Node-tested): its Python defaults, the slider position (clamping,
// keys, pointer), which of Gradio's views a value gets, and the function edge — each of the two
// images converted by gr.Image's store as `type` says, both ways. No DOM here.

// ImageSlider's constructor defaults that change behaviour, for configs that leave them out
// (a builder's): Gradio preprocesses in RGB as numpy, places the divider at 50 %, caps 500 px.
export function sliderProps(props) {
  return {
    ...props,
    type: props.type ?? "numpy",
    image_mode: "image_mode" in props ? props.image_mode : "RGB",
    slider_position: clampPosition(props.slider_position),
    max_height: props.max_height ?? 500,
  };
}

// slider_position as Gradio's Index clamps it: 0–100; what is not a number is the default 50.
export function clampPosition(p) {
  const n = Number(p);
  if (p == null || p === "" || !Number.isFinite(n)) return 50;
  return Math.min(100, Math.max(0, n));
}

// The position after a key on the handle (the WAI-ARIA slider keys), or null for other keys:
// arrows move 1 (10 with Shift), Page keys 10, Home/End go to the ends.
export function stepPosition(position, key, shift = false) {
  const step = shift ? 10 : 1;
  const moves = { ArrowLeft: -step, ArrowDown: -step, ArrowRight: step, ArrowUp: step, PageDown: -10, PageUp: 10 };
  if (key === "Home") return 0;
  if (key === "End") return 100;
  if (!(key in moves)) return null;
  return clampPosition(Math.round((position + moves[key]) * 100) / 100);
}

// A pointer at clientX over an image box {left, width} → the position there, in percent.
export function positionAt(clientX, box) {
  if (!box || !(box.width > 0)) return 50;
  return clampPosition(Math.round(((clientX - box.left) / box.width) * 10000) / 100);
}

// The value as its two slots; Gradio treats a null value as [null, null].
export function pairOf(value) {
  if (!Array.isArray(value)) return [null, null];
  return [value[0] ?? null, value[1] ?? null];
}

// Which of Gradio's views draws the value:
//   "preview" — both images layered under the divider (static, or interactive with both);
//   "empty"   — static with an image missing (Gradio's Empty);
//   "upload"  — interactive with no first image: the upload area beside an empty half;
//   "half"    — interactive with only the first image: the right of the divider is veiled.
export function viewOf(value, interactive) {
  const [a, b] = pairOf(value);
  if (a && b) return "preview";
  if (!interactive) return "empty";
  return a ? "half" : "upload";
}

// An upload fills the first image and keeps the second (Gradio's upload_count 1).
export const withUpload = (value, file) => [file, pairOf(value)[1]];

export function describe(v) {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === "string") return JSON.stringify(v.slice(0, 60));
  if (typeof v === "object") return JSON.stringify(v)?.slice(0, 60) ?? "an object";
  return `${typeof v} ${String(v)}`;
}

// ---- The function edge ----

// What a page function receives: null, or the pair, each image as gr.Image gives it for
// `type` (numpy {shape, dtype, data}, pil GraftImage, filepath URL) and null for a missing one.
// A Promise when either image must first be read or encoded.
export function toArgument(value, props, images) {
  if (value == null) return null;
  const p = sliderProps(props);
  const pair = pairOf(value).map((v) => (v == null ? null : images.argument(v, p)));
  return pair.some((v) => typeof v?.then === "function") ? Promise.all(pair) : pair;
}

const EXPECTED = "a pair [image, image] (a tuple of two: pixels {shape, data}, a GraftImage, ImageData or canvas, a path or URL string, a FileData, or null)";

// A function's return → the pair the core takes: pixels become store entries (FileData), a
// string or FileData passes on. Anything else throws, naming the slot and what came.
export function toOutput(value, props, images) {
  if (value == null) return null;
  if (typeof value === "object" && value.__type__ === "update") {
    return "value" in value ? { ...value, value: toOutput(value.value, props, images) } : value;
  }
  if (!Array.isArray(value)) throw new Error(`ImageSlider expects ${EXPECTED}; got ${describe(value)}`);
  if (value.length !== 2) throw new Error(`ImageSlider expects a pair of two images; got a list of ${value.length}`);
  return value.map((v, i) => {
    if (v == null) return null;
    const out = isImageLike(v) ? images.output(v, props) : v;
    if (typeof out === "string" ? out !== "" : isFileData(out)) return out;
    throw new Error(`ImageSlider expects ${EXPECTED}; image ${i + 1} is ${describe(v)}`);
  });
}

const isFileData = (v) => v != null && typeof v === "object" && !Array.isArray(v) && (typeof v.path === "string" || typeof v.url === "string");

// What gr.Image's store turns into pixels: an object that is not a FileData or a list.
const isImageLike = (v) => typeof v === "object" && !Array.isArray(v) && !isFileData(v);

export const RECEIVES = "a pair [image, image] (or null), each by `type`: numpy → {shape, dtype, data}; pil → a GraftImage; filepath → a URL string; null when missing";

// Zoom, as Gradio's ZoomableImage: the wheel scales by 1.05 a step between 1 and 15 about the
// cursor (a point of the frame, in CSS pixels), and a drag pans; the picture always covers the
// frame. `t` is {scale, x, y}: the images are drawn translated by (x, y), then scaled.
export const ZOOM_STEP = 1.05;
export const MAX_ZOOM = 15;
export const NO_ZOOM = Object.freeze({ scale: 1, x: 0, y: 0 });

export function zoomAbout(t, zoomIn, [cx, cy], [width, height]) {
  const scale = zoomIn ? Math.min(MAX_ZOOM, t.scale * ZOOM_STEP) : Math.max(1, t.scale / ZOOM_STEP);
  if (scale === t.scale) return t;
  const k = scale / t.scale;
  return coverFrame({ scale, x: cx - (cx - t.x) * k, y: cy - (cy - t.y) * k }, [width, height]);
}

export function panBy(t, dx, dy, size) {
  return coverFrame({ ...t, x: t.x + dx, y: t.y + dy }, size);
}

// Keeps the scaled picture over the whole frame (no gap at any side); at scale 1, no offset.
export function coverFrame({ scale, x, y }, [width, height]) {
  if (scale <= 1) return NO_ZOOM;
  const clamp = (v, size) => Math.min(0, Math.max(size - size * scale, v));
  return { scale, x: clamp(x, width), y: clamp(y, height) };
}
