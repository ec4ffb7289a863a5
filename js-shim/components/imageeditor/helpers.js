// gr.ImageEditor's pure logic, Node-tested: the props with Gradio's defaults, the brush's
// colours, where a background sits on the canvas, source-over compositing of RGBA pixels, the
// undo history, and the shapes a function may return. No DOM, no canvases here.

// Gradio 6's constructor defaults (gradio/components/image_editor.py): Python writes them into
// its configs; a config built in JS may leave them out.
const DEFAULT_COLORS = ["rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)", "rgb(50, 112, 204)", "rgb(173, 50, 204)"];
export const DEFAULT_SIZE = 25; // the frontend's radius for default_size "auto"
const MAX_SIZE = 100; // the size slider's range is 1..100, as Gradio's BrushSize

// The editor's settings from its props. brush: false hides the Brush (and its options);
// eraser: false hides Erase; layers: false hides the layer menu (Gradio's LayerOptions).
export function editorOptions(props = {}) {
  const brush = props.brush === false ? null : brushOptions(props.brush ?? {});
  const eraser = props.eraser === false ? null : { size: sizeOf(props.eraser?.default_size) };
  const layers = layerOptions(props.layers);
  const size = Array.isArray(props.canvas_size) && props.canvas_size.length === 2 ? props.canvas_size.map((n) => Math.max(1, Math.round(Number(n) || 1))) : [800, 800];
  const sources = props.sources === null ? [] : asList(props.sources ?? ["upload", "webcam", "clipboard"]);
  const transforms = props.transforms === null ? [] : asList(props.transforms ?? ["crop", "resize"]);
  return { brush, eraser, layers, canvasSize: size, fixedCanvas: props.fixed_canvas === true, sources, transforms };
}

function asList(v) {
  return Array.isArray(v) ? v : [v];
}

function sizeOf(size) {
  return typeof size === "number" && size > 0 ? Math.min(Math.round(size), MAX_SIZE) : DEFAULT_SIZE;
}

// gr.Brush: colours are CSS strings or [colour, opacity] pairs; default_color names one (or is
// "auto": the first); color_mode "fixed" offers only these colours.
export function brushOptions(brush) {
  const raw = brush.colors == null ? DEFAULT_COLORS : asList(brush.colors);
  const colors = raw.filter((c) => c != null).map(swatch);
  const wanted = brush.default_color == null || brush.default_color === "auto" ? colors[0] ?? swatch("black") : swatch(brush.default_color);
  return { colors, color: wanted, size: sizeOf(brush.default_size), fixed: brush.color_mode === "fixed" };
}

function swatch(c) {
  if (Array.isArray(c)) return { color: String(c[0]), opacity: clamp01(Number(c[1] ?? 1)) };
  return { color: String(c), opacity: 1 };
}

function clamp01(n) {
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 1;
}

export function layerOptions(layers) {
  if (layers === false) return { disabled: true, allowAdditional: false, names: ["Layer 1"] };
  const o = layers && typeof layers === "object" ? layers : {};
  const names = Array.isArray(o.layers) && o.layers.length ? o.layers.map(String) : ["Layer 1"];
  return { disabled: o.disabled === true, allowAdditional: o.allow_additional_layers !== false, names };
}

// Where an image goes on the canvas: without fixed_canvas the canvas takes the image's size;
// with it the image is scaled to fit the canvas (up or down, keeping its aspect) and centred,
// as Gradio's fit_image_to_canvas places it.
export function placeImage(imageW, imageH, canvasW, canvasH, fixed) {
  if (!fixed) return { canvas: [imageW, imageH], x: 0, y: 0, width: imageW, height: imageH };
  const wide = imageW / imageH > canvasW / canvasH;
  const width = wide ? canvasW : (canvasH * imageW) / imageH;
  const height = wide ? (canvasW * imageH) / imageW : canvasH;
  return {
    canvas: [canvasW, canvasH],
    x: Math.round((canvasW - width) / 2),
    y: Math.round((canvasH - height) / 2),
    width: Math.round(width),
    height: Math.round(height),
  };
}

// Source-over of straight-alpha RGBA `src` onto `dst` (same size), in place: how the canvas
// lays each layer over the background to make the composite. Rounded to 8 bits per channel.
export function sourceOver(dst, src) {
  for (let i = 0; i < dst.length; i += 4) {
    const sa = src[i + 3] / 255;
    if (sa === 0) continue;
    const da = dst[i + 3] / 255;
    const oa = sa + da * (1 - sa);
    for (let c = 0; c < 3; c++) dst[i + c] = Math.round((src[i + c] * sa + dst[i + c] * da * (1 - sa)) / oa);
    dst[i + 3] = Math.round(oa * 255);
  }
  return dst;
}

// The composite Gradio's editor renders: the canvas's white backing, the background, then each
// layer in order. All are width×height RGBA arrays (Uint8Array or Uint8ClampedArray).
export function composite(width, height, background, layers) {
  const out = new Uint8Array(width * height * 4).fill(255);
  if (background) sourceOver(out, background);
  for (const layer of layers) sourceOver(out, layer);
  return out;
}

// Every layer must be the background's size (Graft refuses what Gradio's canvas would fit).
// `sizes` holds [width, height] or null (not known yet); the message names both sizes.
export function checkLayerSizes(background, layers) {
  const base = background ?? layers.find(Boolean);
  if (!base) return;
  layers.forEach((size, i) => {
    if (size && (size[0] !== base[0] || size[1] !== base[1])) {
      const against = background ? "the background" : "layer 1";
      throw new Error(`ImageEditor layer ${i + 1} is ${size[0]}×${size[1]} pixels but ${against} is ${base[0]}×${base[1]}; every layer must be the canvas's size`);
    }
  });
}

// The undo history: states in order and the one shown. A new edit drops what was undone;
// only the last `limit` states are kept (each may hold a canvas of several MB).
// Resize Canvas's anchors, in the order of Gradio's 3 × 3 grid.
export const ANCHORS = ["top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"];

// Where the old canvas goes in a resized one without rescaling (Gradio's calculateOffset): at
// the anchor's side, or centred (rounded down) between the two.
export function anchorOffset(anchor, [oldW, oldH], [newW, newH]) {
  const along = (near, far, delta) => (anchor.includes(near) ? 0 : anchor.includes(far) ? delta : Math.floor(delta / 2));
  return { x: along("left", "right", newW - oldW), y: along("top", "bottom", newH - oldH) };
}

// The size Resize Canvas was asked for, or the reason it cannot be used.
export const MAX_CANVAS = 8192;
export function canvasSizeOf(width, height) {
  const ok = (n) => Number.isInteger(n) && n >= 1 && n <= MAX_CANVAS;
  if (ok(width) && ok(height)) return { width, height };
  return { error: `ImageEditor: the canvas needs a whole width and height from 1 to ${MAX_CANVAS} pixels (got ${Number.isNaN(width) ? "nothing" : width} × ${Number.isNaN(height) ? "nothing" : height})` };
}

// Zoom: null is Gradio's "Fit to screen" (the canvas as large as the stage allows, never
// enlarged); a number is CSS pixels per canvas pixel. In and out step by 1.25 between the fit
// and 8; zooming out to the fit or below returns to it.
export const MAX_ZOOM = 8;
export function zoomStep(current, fit, direction) {
  const from = current ?? fit;
  const to = direction === "in" ? Math.min(from * 1.25, MAX_ZOOM) : from / 1.25;
  return to <= fit + 1e-9 ? null : to;
}

// Zooms by `factor` about a point `offset` CSS pixels from the canvas centre, keeping the
// canvas pixel under it in place (Gradio's zoom_to_point): the new zoom (null at or below the
// fit, at most MAX_ZOOM) and the pan that goes with it.
export function zoomAbout(zoom, fit, factor, pan, offset) {
  const from = zoom ?? fit;
  const to = Math.min(from * factor, MAX_ZOOM);
  if (to <= fit + 1e-9) return { zoom: null, pan: { x: 0, y: 0 } };
  const k = 1 - to / from;
  return { zoom: to, pan: { x: pan.x + offset.x * k, y: pan.y + offset.y * k } };
}

// Gradio's wheel: with Alt or Meta (and Ctrl, which a trackpad pinch sends) it zooms, by
// -deltaY × 0.001 on a trackpad (small pixel deltas) or × 0.0005 on a mouse wheel; otherwise it
// pans, deltaY / 100 × 30 (trackpad) or × 10 (mouse) pixels. The pan keeps the canvas over the
// stage's centre (it may move by half its size, no further).
export function wheelStep(e, zoom, fit, pan, offset, size) {
  const trackpad = e.deltaMode === 0 && Math.abs(e.deltaY) < 50;
  if (e.altKey || e.metaKey || e.ctrlKey) return zoomAbout(zoom, fit, 1 - e.deltaY * (trackpad ? 0.001 : 0.0005), pan, offset);
  if (zoom === null) return null; // at the fit there is nothing to pan: the page scrolls
  const speed = trackpad ? 30 : 10;
  const clamp = (v, half) => Math.min(Math.max(v, -half), half);
  return { zoom, pan: { x: clamp(pan.x - (e.deltaX / 100) * speed, size.width / 2), y: clamp(pan.y - (e.deltaY / 100) * speed, size.height / 2) } };
}

// Gradio's layer order: a later layer is drawn over an earlier one. "up" moves a layer one place
// earlier in the list (under its neighbour), "down" one place later; at either end, no change.
export function moveInList(list, index, direction) {
  const to = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || to < 0 || to >= list.length) return list;
  const moved = [...list];
  [moved[index], moved[to]] = [moved[to], moved[index]];
  return moved;
}

export class History {
  #states = [];
  #at = -1;
  #limit;

  constructor(limit = 30) {
    this.#limit = limit;
  }
  reset(state) {
    this.#states = [state];
    this.#at = 0;
  }
  push(state) {
    this.#states.splice(this.#at + 1);
    this.#states.push(state);
    if (this.#states.length > this.#limit) this.#states.shift();
    this.#at = this.#states.length - 1;
  }
  get current() {
    return this.#states[this.#at] ?? null;
  }
  get canUndo() {
    return this.#at > 0;
  }
  get canRedo() {
    return this.#at < this.#states.length - 1;
  }
  undo() {
    if (this.canUndo) this.#at--;
    return this.current;
  }
  redo() {
    if (this.canRedo) this.#at++;
    return this.current;
  }
}

const IMAGE_KEYS = ["background", "layers", "composite"];

// A function's return value → {background, layers, composite} before each image is converted,
// as Gradio's postprocess reads it: a dict of images, or one image (then the background and
// the composite). `isImage(v)` says whether `v` is something gr.Image accepts as output.
export function editorShape(value, isImage) {
  if (value == null) return null;
  if (typeof value === "object" && !Array.isArray(value) && !isImage(value) && IMAGE_KEYS.some((k) => k in value)) {
    const extra = Object.keys(value).filter((k) => !IMAGE_KEYS.includes(k) && k !== "id");
    if (extra.length) throw new Error(`ImageEditor expects a dict with keys background, layers and composite; got also ${extra.join(", ")}`);
    const layers = value.layers ?? [];
    if (!Array.isArray(layers)) throw new Error(`ImageEditor expects "layers" to be a list of images; got ${describe(layers)}`);
    const check = (v, where) => {
      if (v != null && !isImage(v)) throw new Error(`ImageEditor expects ${where} to be an image (an array {shape, data}, a GraftImage, ImageData, a canvas, a URL or a FileData); got ${describe(v)}`);
      return v ?? null;
    };
    return {
      background: check(value.background, '"background"'),
      layers: layers.filter((l) => l != null).map((l, i) => check(l, `layer ${i + 1}`)),
      composite: check(value.composite, '"composite"'),
    };
  }
  if (isImage(value)) return { background: value, layers: [], composite: value };
  throw new Error(`ImageEditor expects a dict {background, layers, composite} of images, or a single image; got ${describe(value)}`);
}

export function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === "object") return `an object with keys ${Object.keys(v).slice(0, 5).join(", ") || "(none)"}`;
  return `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;
}

// [width, height] of an image value whose pixels are at hand, else null (a URL, a FileData).
export function pixelSize(v) {
  if (!v || typeof v !== "object") return null;
  if (Array.isArray(v.shape) && v.shape.length >= 2) return [v.shape[1], v.shape[0]];
  if (typeof v.width === "number" && typeof v.height === "number" && !("path" in v) && !("url" in v)) return [v.width, v.height];
  return null;
}

// A FileData for a URL or path string a function returned (Gradio saves it; the page links it).
export function fileDataOf(url) {
  const name = String(url).split(/[?#]/)[0].split("/").pop() || "image";
  return { path: url, url, orig_name: name, size: null, mime_type: null, meta: { _type: "gradio.FileData" } };
}

export function isFileData(v) {
  return Boolean(v && typeof v === "object" && !Array.isArray(v) && (typeof v.url === "string" || typeof v.path === "string"));
}
