// gr.AnnotatedImage's pure logic (Node-tested): AnnotatedImage.postprocess of what a page
// function returns (boxes and 0..1 masks become coloured RGBA mask images, as Gradio's Python
// makes them), the legend and mask colours Gradio's frontend draws, and the preprocess a
// function receiving the component gets. No DOM here.
import { pixelsToPng } from "../gallery/png.js";
import { safeColor } from "../highlightedtext/helpers.js";

const BORDER = 3; // Gradio draws a box as a 0.5 fill inside a 3-pixel border of 1

const describe = (v) => {
  if (v === null) return "null";
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === "object") return "an object";
  return JSON.stringify(v) ?? String(v);
};

// The width and height of a base image given as pixels (numpy-like {shape, dtype, data},
// ImageData, a canvas, a GraftImage); null for a URL or FileData, whose size the page only
// learns by loading it.
export function sizeOf(image) {
  if (!image || typeof image !== "object") return null;
  if (Array.isArray(image.shape) && image.shape.length >= 2) return { height: image.shape[0], width: image.shape[1] };
  if (image.width > 0 && image.height > 0 && (image.data || image.pixels || typeof image.getContext === "function")) {
    return { width: image.width, height: image.height };
  }
  return null;
}

// Gradio's box mask: zeros, 0.5 inside [y1:y2, x1:x2], 1 on its 3-pixel border. Coordinates
// are clamped to the image as numpy's slices clamp them.
export function boxMask(width, height, box) {
  if (!Array.isArray(box) || box.length !== 4 || !box.every(Number.isFinite)) {
    throw new Error(`a box must be [x1, y1, x2, y2] of numbers, got ${describe(box)}`);
  }
  const clampX = (v) => Math.max(0, Math.min(width, Math.round(v)));
  const clampY = (v) => Math.max(0, Math.min(height, Math.round(v)));
  const [x1, y1, x2, y2] = [clampX(box[0]), clampY(box[1]), clampX(box[2]), clampY(box[3])];
  const mask = new Float32Array(width * height);
  for (let y = y1; y < y2; y++) {
    for (let x = x1; x < x2; x++) {
      const edge = x < x1 + BORDER || x >= x2 - BORDER || y < y1 + BORDER || y >= y2 - BORDER;
      mask[y * width + x] = edge ? 1 : 0.5;
    }
  }
  return mask;
}

// A confidence mask: {shape: [h, w], data} (numpy-like, flat) or rows of numbers, values 0..1.
// Gradio requires the base image's shape; so does the page, when it knows that shape.
export function arrayMask(mask, size) {
  let height, width, data;
  if (Array.isArray(mask) && mask.every(Array.isArray)) {
    height = mask.length;
    width = mask[0]?.length ?? 0;
    if (!mask.every((row) => row.length === width)) throw new Error("a mask's rows must all have the same length");
    data = mask.flat();
  } else if (mask && Array.isArray(mask.shape) && (Array.isArray(mask.data) || ArrayBuffer.isView(mask.data))) {
    [height, width] = mask.shape;
    if (mask.shape.length !== 2) throw new Error(`a mask must have shape [height, width], got [${mask.shape.join(", ")}]`);
    data = mask.data;
  } else {
    throw new Error(`an annotation must be a box [x1, y1, x2, y2] or a mask {shape: [height, width], data}, got ${describe(mask)}`);
  }
  if (!(height > 0 && width > 0) || data.length !== height * width) {
    throw new Error(`a mask of shape [${height}, ${width}] needs ${height * width} values, got ${data.length}`);
  }
  if (size && (size.width !== width || size.height !== height)) {
    throw new Error(`a mask must have the base image's shape [${size.height}, ${size.width}], got [${height}, ${width}]`);
  }
  const out = new Float32Array(width * height);
  for (let i = 0; i < out.length; i++) {
    const v = mask.dtype === "bool" || typeof data[i] === "boolean" ? Number(Boolean(data[i])) : Number(data[i]);
    out[i] = Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
  }
  return { width, height, mask: out };
}

// color_map's colours are hex codes (Gradio's hex_to_rgb); unmapped labels are red, which the
// frontend turns a label's own hue with a hue-rotate filter.
export function hexToRgb(color) {
  const m = typeof color === "string" && /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) throw new Error(`color_map colours must be hex codes such as "#ff0000", got ${describe(color)}`);
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

export function maskColor(label, colorMap) {
  return colorMap && Object.hasOwn(colorMap, label) ? hexToRgb(colorMap[label]) : [255, 0, 0];
}

// Gradio's coloured mask: the colour wherever the mask is above 0, alpha = mask · 255 (floored).
export function colorMask(mask, rgb) {
  const out = new Uint8Array(mask.length * 4);
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] <= 0) continue;
    out.set(rgb, i * 4);
    out[i * 4 + 3] = Math.floor(mask[i] * 255);
  }
  return out;
}

// The mask's filter and the legend entry's background, as Gradio's Index.svelte draws them: a
// label in color_map keeps its colour (the legend at alpha 0x88); others spread round the hue
// circle, the i-th of n turned i·360/n degrees, its legend entry hsla(that, 100%, 50%, 0.3).
export function hueOf(index, count) {
  return Math.round((index * 360) / (count || 1));
}

export function maskFilter(label, index, count, colorMap) {
  return colorMap && Object.hasOwn(colorMap, label) ? "" : `hue-rotate(${hueOf(index, count)}deg)`;
}

export function legendColor(label, index, count, colorMap) {
  if (colorMap && Object.hasOwn(colorMap, label)) {
    const safe = safeColor(colorMap[label]);
    if (safe && /^#[0-9a-f]{6}$/i.test(safe)) return `${safe}88`;
    if (safe && /^#[0-9a-f]{3}$/i.test(safe)) return `#${[...safe.slice(1)].map((c) => c + c).join("")}88`;
    if (safe) return `color-mix(in srgb, ${safe} 53%, transparent)`;
  }
  return `hsla(${hueOf(index, count)}, 100%, 50%, 0.3)`;
}

const isFileLike = (v) => v && typeof v === "object" && (typeof v.url === "string" || typeof v.path === "string");

// The wire value {image: FileData, annotations: [{image: FileData, label}]} for what a page
// function returns: that value itself, or Gradio's (base image, [(box | mask, label)]). Pixel
// images and masks are encoded to PNG and kept in the app's file store (`files`).
// Boxes over a base image given as a URL or FileData wait for its size: the result is then a
// Promise (the page awaits it before the value reaches the core); `measure(url)` resolves to
// {width, height} (in the page: the image loaded in an <img>).
export function toWire(value, props = {}, files, measure = imageSize) {
  if (value === null || value === undefined) return null;
  if (value && typeof value === "object" && !Array.isArray(value) && "image" in value && "annotations" in value) {
    return fromWire(value, files);
  }
  if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[1])) {
    throw new Error(`AnnotatedImage expects [image, [[box or mask, label], ...]] or {image, annotations}, got ${describe(value)}`);
  }
  const [base, annotations] = value;
  let size = sizeOf(base);
  // A Blob whose size must be measured joins the store only once it is known: the store
  // releases URLs no value names, and the value names it only when it is ready.
  const unsized = typeof Blob !== "undefined" && base instanceof Blob && !size;
  let image = unsized ? null : baseFile(base, files);
  // A URL's size is unknown until it loads; a mask has the base image's shape, so the first
  // mask gives it. Boxes over a URL with no mask wait for the image to load.
  const pairs = annotations.map((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new Error(`annotation ${i} must be a [box or mask, label] pair, got ${describe(pair)}`);
    if (typeof pair[1] !== "string" && typeof pair[1] !== "number") throw new Error(`annotation ${i}'s label must be a string, got ${describe(pair[1])}`);
    return [pair[0], String(pair[1])];
  });
  const named = (i, fn) => {
    try {
      return fn();
    } catch (err) {
      throw new Error(`annotation ${i} ("${pairs[i][1]}"): ${err.message}`);
    }
  };
  if (!size) {
    const first = pairs.findIndex(([m]) => !isBox(m));
    if (first >= 0) size = named(first, () => arrayMask(pairs[first][0]));
  }
  const masks = (size) => ({ image: (image ??= baseFile(base, files)), annotations: pairs.map(([m, label], i) => {
    const mask = named(i, () => (isBox(m) ? boxMask(size.width, size.height, m) : arrayMask(m, size).mask));
    const rgba = colorMask(mask, maskColor(label, props.color_map));
    const png = pixelsToPng({ shape: [size.height, size.width, 4], dtype: "uint8", data: rgba });
    return { image: files.add(new Blob([png], { type: "image/png" }), `mask-${i}.png`), label };
  }) });
  if (size || !pairs.length) return masks(size);
  const url = image ? urlOf(image) : `the returned ${base.type || "file"} Blob`;
  const own = image ? null : URL.createObjectURL(base); // the Blob's URL while it is measured
  return Promise.resolve(measure(own ?? url)).finally(() => own && URL.revokeObjectURL(own)).then((measured) => {
    if (!(measured?.width > 0 && measured?.height > 0)) throw new Error(`the base image ${url} has no size`);
    return masks({ width: measured.width, height: measured.height });
  }, (err) => {
    throw new Error(`AnnotatedImage needs the base image's size to draw boxes, and ${url} could not be loaded (${err?.message ?? err}); return the image as pixels ({shape, dtype, data}) or give a mask`);
  });
}

// The natural size of the image at `url`, once it has loaded (at most LOAD_WAIT ms: a stalled
// server fails the job rather than leaving it running).
const LOAD_WAIT = 30000;
function imageSize(url) {
  return new Promise((resolve, reject) => {
    if (typeof Image === "undefined") return reject(new Error("no image decoder here"));
    const img = new Image();
    const timer = setTimeout(() => {
      img.src = "";
      reject(new Error(`the image did not load within ${LOAD_WAIT / 1000} s`));
    }, LOAD_WAIT);
    img.onload = () => (clearTimeout(timer), resolve({ width: img.naturalWidth, height: img.naturalHeight }));
    img.onerror = () => (clearTimeout(timer), reject(new Error("the image did not load")));
    img.src = url;
  });
}

const isBox = (m) => Array.isArray(m) && m.length === 4 && m.every((v) => typeof v === "number");

function baseFile(base, files) {
  if (base === null || base === undefined || base === "") throw new Error("AnnotatedImage expects a base image, got nothing");
  const png = pixelsToPng(base);
  if (png) return files.add(new Blob([png], { type: "image/png" }), "image.png");
  if (typeof base === "string" || isFileLike(base) || (typeof Blob !== "undefined" && base instanceof Blob)) return files.fromReturn(base);
  throw new Error(`AnnotatedImage's base image must be a URL, a FileData or pixels ({shape, dtype, data}), got ${describe(base)}`);
}

function fromWire(value, files) {
  if (!isFileLike(value.image)) throw new Error(`AnnotatedImage's image must be a FileData, got ${describe(value.image)}`);
  if (!Array.isArray(value.annotations)) throw new Error(`AnnotatedImage's annotations must be a list, got ${describe(value.annotations)}`);
  const annotations = value.annotations.map((a, i) => {
    if (!a || !isFileLike(a.image) || typeof a.label !== "string") {
      throw new Error(`annotation ${i} must be {image: FileData, label: string}, got ${describe(a)}`);
    }
    return { image: files.fromReturn(a.image), label: a.label };
  });
  return { image: files.fromReturn(value.image), annotations };
}

// AnnotatedImage.preprocess: (base image path, [(mask path, label)]); here URLs.
export function toArgument(value) {
  if (!value || typeof value !== "object" || !value.image) return null;
  const url = (f) => f?.url ?? f?.path ?? null;
  return [url(value.image), (value.annotations ?? []).map((a) => [url(a.image), a.label])];
}

// What the component draws: the value if it has the wire shape, else null (Empty).
export function displayValue(value) {
  if (!value || typeof value !== "object" || !isFileLike(value.image)) return null;
  const annotations = Array.isArray(value.annotations) ? value.annotations.filter((a) => a && isFileLike(a.image)) : [];
  return { image: value.image, annotations: annotations.map((a) => ({ image: a.image, label: String(a.label ?? "") })) };
}

export const urlOf = (file) => file?.url ?? file?.path ?? "";
