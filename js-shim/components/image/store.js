// gr.Image in the page: an uploaded file is checked and preprocessed in WebAssembly (decode,
// EXIF orientation, image_mode) once, when it is chosen; a function then receives it as its
// `type` says. Images a function returns as pixels stay pixels (drawn on a canvas) until a
// download or a remote upload needs a file. One store per app; it owns the blob URLs it makes.

const FILE_META = { _type: "gradio.FileData" };
const PIXELS = "graft-pixels/"; // FileData.path of an image held as pixels in the store
const MAX_BYTES = 256 * 1024 * 1024;

// The image pipeline (decode, EXIF, image_mode, encode: libjpeg-turbo and LittleCMS in wasm) is
// its own module beside graft.js, fetched the first time a page handles an image.
let imageRuntime = null;
function loadImageRuntime() {
  // Beside the chunk that holds this code (dist/graft/ is flat); a URL, so the bundler leaves it.
  imageRuntime ??= import(new URL("./graft-image.js", import.meta.url).href).then(({ default: createGraftModule }) =>
    createGraftModule({ locateFile: (path) => new URL(path, import.meta.url).href }),
  );
  return imageRuntime;
}

export class ImageStore {
  #module = null;
  #entries = new Map(); // FileData url or path -> entry
  #next = 0;
  #bytes = 0;
  #marks = new Map(); // watermark URL → decoded mark, an Error, or null while loading
  #limit;

  constructor({ limit = 64 } = {}) {
    this.#limit = limit;
  }

  // The image functions live in the shared runtime (a C++ app's own module has none): loaded
  // once, and only by apps that have an image component.
  async load() {
    this.#module ??= await loadImageRuntime();
  }

  // A file the user chose → the FileData the component takes as its value. Throws an Error
  // naming the file and what is wrong with it (too big, not an image, corrupt, too many pixels).
  // The file is prepared for the component's image_mode and type now, so a bad file is refused
  // before anything uses it.
  async upload(file, props, { maxFileSize = null } = {}) {
    await this.load();
    const name = file.name || "image";
    if (maxFileSize != null && file.size > maxFileSize) {
      throw new Error(`${name} is ${formatBytes(file.size)}; this app accepts files up to ${formatBytes(maxFileSize)}`);
    }
    const url = URL.createObjectURL(file);
    const entry = { blob: file, name, prepared: new Map(), revoke: [url], maxFileSize };
    try {
      await this.#prepared(entry, props);
    } catch (err) {
      URL.revokeObjectURL(url);
      throw err;
    }
    this.#put(url, entry);
    return { path: null, url, orig_name: name, size: file.size, mime_type: file.type || null, meta: FILE_META };
  }

  // What a local function receives for an Image input holding `value`, by `type`:
  // numpy → {shape, dtype, data}; pil → a GraftImage; filepath → a URL. A Promise when the
  // image must first be fetched (a URL or a server file) or encoded (pixels as a filepath).
  argument(value, props) {
    if (value == null) return null;
    const url = value.url ?? value.path ?? (typeof value === "string" ? value : null);
    const entry = this.#entries.get(url);
    const type = props.type ?? "numpy";
    if (!entry) return type === "filepath" ? url : this.#fetched(url, value.orig_name, props);
    if (entry.image) {
      // Pixels a function returned: image_mode applies as when Gradio reopens the saved file.
      if (type === "filepath") return this.#fileUrl(entry);
      const image = this.#inMode(entry, props.image_mode);
      return type === "pil" ? new GraftImage(image) : toArray(image);
    }
    const key = preparedKey(props);
    const ready = entry.prepared.get(key);
    const pick = (p) => (type === "filepath" ? p.fileUrl ?? url : type === "pil" ? new GraftImage(p.image) : toArray(p.image));
    return ready && !ready.then ? pick(ready) : this.#prepared(entry, props).then(pick);
  }

  // An image the page does not hold yet (a URL a function returned, a server's file): fetched
  // once, then prepared like an upload.
  async #fetched(url, name, props) {
    if (!url) throw new Error("the image has no URL to read it from");
    let entry = this.#entries.get(url);
    if (!entry) {
      const response = await fetch(url).catch((err) => {
        throw new Error(`could not fetch the image ${url}: ${err.message}`);
      });
      if (!response.ok) throw new Error(`could not fetch the image ${url}: HTTP ${response.status}`);
      const blob = await response.blob();
      entry = { blob, name: name ?? url.split("/").pop() ?? "image", prepared: new Map(), revoke: [], maxFileSize: null, fetched: true };
      this.#put(url, entry);
    }
    return this.argument({ url }, props);
  }

  // The entry prepared for (image_mode, type), computed once: the pixels, and for filepath a
  // URL of the converted file when Gradio would save one (the mode differs or EXIF applies).
  #prepared(entry, props) {
    const key = preparedKey(props);
    let p = entry.prepared.get(key);
    if (!p) {
      p = (async () => {
        await this.load();
        const bytes = new Uint8Array(await entry.blob.arrayBuffer());
        let prepared;
        try {
          prepared = await this.#prepare(bytes, entry.blob, props, entry.maxFileSize);
        } catch (err) {
          throw new Error(`${entry.name}: ${err.message}`);
        }
        if ((props.type ?? "numpy") === "filepath" && !prepared.originalFile) {
          // Gradio saves the converted image under the file's own format; so does Graft.
          prepared.fileUrl = URL.createObjectURL(await this.#encode(prepared.image, prepared.suffix));
          entry.revoke.push(prepared.fileUrl);
        }
        entry.prepared.set(key, prepared);
        return prepared;
      })();
      p.catch(() => entry.prepared.delete(key));
      entry.prepared.set(key, p);
    }
    return p;
  }

  #inMode(entry, mode) {
    if (!mode || entry.image.mode === mode) return entry.image;
    entry.modes ??= new Map();
    if (!entry.modes.has(mode)) entry.modes.set(mode, this.#module.imageConvert(entry.image, mode));
    return entry.modes.get(mode);
  }

  // gr.Image's `watermark` (a URL; Gradio 5 writes {watermark, position}): fetched and decoded
  // once, when the app mounts, so a returned image is marked as soon as it is drawn. A mark
  // that cannot be loaded is remembered with its reason, which the outputs it marks report.
  async loadWatermark(prop) {
    const url = watermarkUrl(prop);
    if (!url || this.#marks.has(url)) return;
    this.#marks.set(url, null);
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.#marks.set(url, this.#module.imageDecode(new Uint8Array(await response.arrayBuffer()), -1, 0));
    } catch (err) {
      this.#marks.set(url, new Error(`the watermark ${url} could not be loaded: ${err.message}`));
    }
  }

  // A function's return value for an Image output → something the core takes (FileData,
  // path or URL). Pixel arrays, GraftImages, ImageData and canvases become store entries,
  // with the output's watermark applied as Gradio's postprocess applies it.
  output(value, props = {}) {
    let image = this.#asImage(value);
    if (!image) return value;
    // Gradio 6 writes every Image's watermark as {watermark: null, position}: no mark then.
    if (watermarkUrl(props?.watermark)) image = this.#module.imageWatermark(image, this.#mark(props.watermark));
    const path = `${PIXELS}${++this.#next}`;
    this.#put(path, { image, name: "image", revoke: [] });
    return { path, url: null, orig_name: "image.webp", mime_type: null, meta: FILE_META };
  }

  // An image whose pixels came from elsewhere (a C++ function's result) under its FileData path.
  adopt(path, image) {
    this.#put(path, { image, name: "image", revoke: [] });
  }

  // A video frame (ImageData) under a fixed key — a streaming webcam's latest frame replaces
  // the one before, so a stream costs one frame of memory.
  frame(key, imageData) {
    const path = `${PIXELS}${key}`;
    this.#put(path, { image: rgbaOf(imageData), name: "webcam", revoke: [] });
    return { path, url: null, orig_name: "webcam.png", mime_type: null, meta: FILE_META };
  }

  // The pixels to draw for a value, as RGBA ImageData; null when the value is a plain URL.
  pixels(value) {
    const entry = value && this.#entries.get(value.url ?? value.path);
    if (!entry?.image) return null;
    entry.rgba ??= this.#module.imageConvert(entry.image, "RGBA");
    const { width, height, pixels } = entry.rgba;
    return new ImageData(new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length), width, height);
  }

  // The value as a file (uploads keep their original bytes; pixels are encoded in `format`).
  async file(value, format = "webp") {
    const entry = value && this.#entries.get(value.url ?? value.path);
    if (!entry) return null;
    if (entry.blob) return entry.blob;
    const fmt = ["png", "jpeg", "bmp", "webp"].includes(format) ? format : "webp";
    const blob = await this.#encode(entry.image, fmt);
    return new File([blob], `image.${fmt === "jpeg" ? "jpg" : fmt}`, { type: blob.type });
  }

  // Whether only this page has the value's file (an upload, or pixels): a server needs a copy.
  heldHere(value) {
    const entry = value && typeof value === "object" && this.#entries.get(value.url ?? value.path);
    return Boolean(entry && !entry.fetched);
  }

  clear() {
    for (const entry of this.#entries.values()) entry.revoke.forEach((u) => URL.revokeObjectURL(u));
    this.#entries.clear();
    this.#bytes = 0;
  }

  // An image nothing will show any more (its upload finished after the app was removed).
  forget(value) {
    const key = value?.url ?? value?.path;
    if (key) this.#drop(key);
  }

  #put(key, entry) {
    this.#drop(key);
    entry.bytes = entry.image?.pixels.length ?? entry.blob?.size ?? 0;
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    // Oldest first: a long session keeps its latest images (at most `limit` of them and about
    // 256 MB), not every image it ever saw.
    while (this.#entries.size > 1 && (this.#entries.size > this.#limit || this.#bytes > MAX_BYTES)) this.#drop(this.#entries.keys().next().value);
  }

  #drop(key) {
    const gone = this.#entries.get(key);
    if (!gone) return;
    gone.revoke.forEach((u) => URL.revokeObjectURL(u));
    this.#bytes -= gone.bytes;
    this.#entries.delete(key);
  }

  async #prepare(bytes, file, props, maxFileSize) {
    const m = this.#module;
    const mode = props.image_mode ?? "";
    const info = m.imageProbe(bytes, maxFileSize ?? -1, 0); // throws on what is not an image
    if (info.format !== "WEBP") return m.imageInput(bytes, mode, props.type ?? "numpy", file.name ?? "image", maxFileSize ?? -1, 0);
    // WebP: the browser decodes it (DESIGN: no libwebp in the wasm), then the core converts.
    const bitmap = await createImageBitmap(file).catch(() => {
      throw new Error("cannot decode WEBP file: the browser rejected it (corrupt or truncated)");
    });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const rgba = { width: bitmap.width, height: bitmap.height, mode: "RGBA", pixels: new Uint8Array(data.buffer) };
    const opaque = data.every((v, i) => (i & 3) !== 3 || v === 255);
    const own = opaque ? "RGB" : "RGBA"; // Pillow opens a WebP without alpha as RGB
    const target = mode || own;
    if (props.type === "filepath" && target === own) return { originalFile: true, orientation: 1, suffix: "webp", image: null };
    return { originalFile: false, orientation: 1, suffix: "webp", image: target === "RGBA" ? rgba : m.imageConvert(rgba, target) };
  }

  // A pixel image handed to a filepath function: encoded once (webp, Gradio's default format).
  async #fileUrl(entry) {
    entry.converted ??= this.#encode(entry.image, "webp").then((blob) => {
      const url = URL.createObjectURL(blob);
      entry.revoke.push(url);
      return url;
    });
    return entry.converted;
  }

  #mark(prop) {
    const position = typeof prop === "object" ? prop.position ?? "bottom-right" : "bottom-right";
    if (position !== "bottom-right")
      throw new Error(`watermark position "${position}" is not supported (Graft places the mark bottom-right, Gradio's default)`);
    const url = watermarkUrl(prop);
    const mark = this.#marks.get(url);
    if (mark instanceof Error) throw mark;
    if (!mark) throw new Error(`the watermark ${url} is still loading`);
    return mark;
  }

  #asImage(value) {
    if (value == null || typeof value !== "object") return null;
    if (value instanceof GraftImage) return value.toJSON();
    if (typeof ImageData !== "undefined" && value instanceof ImageData) return rgbaOf(value);
    if (isCanvasLike(value)) {
      const canvas = new OffscreenCanvas(value.width, value.height);
      const ctx = canvas.getContext("2d");
      ctx.drawImage(value, 0, 0);
      return rgbaOf(ctx.getImageData(0, 0, value.width, value.height));
    }
    if (Array.isArray(value.shape) && ArrayBuffer.isView(value.data)) {
      const dtype = value.dtype ?? dtypeOf(value.data);
      const bytes = new Uint8Array(value.data.buffer, value.data.byteOffset, value.data.byteLength);
      return this.#module.imageFromArray(bytes, value.shape, dtype);
    }
    if (typeof value.mode === "string" && value.pixels instanceof Uint8Array) return value;
    return null;
  }

  async #encode(image, format) {
    if (format === "webp") {
      // The wasm has no WebP encoder: the browser's canvas encodes it (DESIGN).
      const canvas = new OffscreenCanvas(image.width, image.height);
      const rgba = image.mode === "RGBA" ? image : this.#module.imageConvert(image, "RGBA");
      canvas.getContext("2d").putImageData(new ImageData(new Uint8ClampedArray(rgba.pixels), image.width, image.height), 0, 0);
      return canvas.convertToBlob({ type: "image/webp" });
    }
    const fmt = ["png", "jpeg", "bmp"].includes(format) ? format : "png";
    // The encoder takes bare pixels: a P image goes expanded through its palette, as Graft
    // writes P to png/jpeg/bmp anyway.
    const src = image.mode === "P" ? this.#module.imageConvert(image, "RGB") : image;
    const bytes = this.#module.imageEncode(src.pixels, src.width, src.height, src.mode, fmt, 75);
    return new Blob([bytes], { type: `image/${fmt}` });
  }
}

// type="pil": the image with its mode, size and pixel access, as a Gradio user knows PIL's.
export class GraftImage {
  constructor({ width, height, mode, pixels, palette = null }) {
    Object.assign(this, { width, height, mode, pixels, palette });
  }
  get size() {
    return [this.width, this.height];
  }
  // A pixel's value: a number for one-band modes, an array for the others (as PIL's getpixel).
  getpixel(x, y) {
    if (Array.isArray(x)) [x, y] = x;
    if (!(x >= 0 && x < this.width && y >= 0 && y < this.height)) throw new RangeError(`pixel (${x}, ${y}) is outside the ${this.width}x${this.height} image`);
    const a = toArray(this);
    const c = a.shape[2] ?? 1;
    const i = (y * this.width + x) * c;
    const v = Array.from(a.data.subarray(i, i + c));
    return c === 1 ? v[0] : v;
  }
  toJSON() {
    return { width: this.width, height: this.height, mode: this.mode, pixels: this.pixels, palette: this.palette };
  }
}

// type="numpy": numpy's shape and dtype for the mode (bool for "1", int32 for I, float32 for F).
function toArray(image) {
  const { width, height, mode, pixels } = image;
  const channels = { RGB: 3, YCbCr: 3, LAB: 3, HSV: 3, RGBA: 4, CMYK: 4 }[mode] ?? 1;
  const shape = channels === 1 ? [height, width] : [height, width, channels];
  if (mode === "I") return { shape, dtype: "int32", data: new Int32Array(pixels.buffer, pixels.byteOffset, width * height) };
  if (mode === "F") return { shape, dtype: "float32", data: new Float32Array(pixels.buffer, pixels.byteOffset, width * height) };
  if (mode === "1") return { shape, dtype: "bool", data: pixels.map((v) => (v ? 1 : 0)) };
  return { shape, dtype: "uint8", data: pixels };
}

function preparedKey(props) {
  return `${props.image_mode ?? ""}|${props.type ?? "numpy"}`;
}

// The mark's URL from gr.Image's `watermark` prop: a URL or path string, a FileData, or
// Gradio 5's {watermark, position}; relative to the page.
function watermarkUrl(prop) {
  const mark = prop && typeof prop === "object" && "watermark" in prop ? prop.watermark : prop;
  const url = typeof mark === "string" ? mark : mark?.url ?? mark?.path;
  return typeof url === "string" && url ? new URL(url, document.baseURI).href : null;
}

function rgbaOf(imageData) {
  const { width, height, data } = imageData;
  return { width, height, mode: "RGBA", pixels: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

function isCanvasLike(v) {
  return (typeof HTMLCanvasElement !== "undefined" && v instanceof HTMLCanvasElement) ||
    (typeof OffscreenCanvas !== "undefined" && v instanceof OffscreenCanvas) ||
    (typeof ImageBitmap !== "undefined" && v instanceof ImageBitmap);
}

function dtypeOf(data) {
  const names = { Uint8Array: "uint8", Uint8ClampedArray: "uint8", Int8Array: "int8", Uint16Array: "uint16", Int16Array: "int16",
    Uint32Array: "uint32", Int32Array: "int32", Float32Array: "float32", Float64Array: "float64" };
  const name = names[data.constructor.name];
  if (!name) throw new TypeError(`an image array's data must be a typed array, got ${data.constructor.name}`);
  return name;
}

export function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
