// Pixels a page function returns to a Gallery, encoded to PNG synchronously (edge.output may
// not wait, and a canvas encodes only asynchronously): 8-bit scanlines in stored (uncompressed)
// deflate blocks. Gradio's postprocess saves arrays as files too; these are larger, not lossy.

const CHANNELS_TO_COLOR_TYPE = { 1: 0, 2: 4, 3: 2, 4: 6 }; // gray, gray+alpha, RGB, RGBA
const MODE_CHANNELS = { L: 1, LA: 2, RGB: 3, RGBA: 4 };

// PNG bytes for pixels ({shape, dtype, data} as numpy gives them, ImageData, a canvas, or a
// GraftImage {width, height, mode, pixels}); null when `value` is not pixels at all.
export function pixelsToPng(value) {
  const image = asImage(value);
  return image ? encodePng(image) : null;
}

function asImage(v) {
  if (!v || typeof v !== "object") return null;
  if (Array.isArray(v.shape) && (ArrayBuffer.isView(v.data) || Array.isArray(v.data))) return fromArray(v);
  if (typeof v.getContext === "function" && v.width > 0 && v.height > 0) {
    const { width, height, data } = v.getContext("2d").getImageData(0, 0, v.width, v.height);
    return { width, height, channels: 4, bytes: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  }
  if (v.data instanceof Uint8ClampedArray && v.width > 0 && v.height > 0 && v.data.length === v.width * v.height * 4) {
    return { width: v.width, height: v.height, channels: 4, bytes: new Uint8Array(v.data.buffer, v.data.byteOffset, v.data.length) };
  }
  if (typeof v.mode === "string" && v.pixels instanceof Uint8Array && v.width > 0 && v.height > 0) {
    const channels = MODE_CHANNELS[v.mode];
    if (!channels) throw new Error(`an image of mode "${v.mode}" cannot be shown yet; convert it to RGB, RGBA or L`);
    return { width: v.width, height: v.height, channels, bytes: v.pixels };
  }
  return null;
}

// numpy-like {shape: [h, w] | [h, w, c], dtype, data} → 8-bit samples as Gradio converts them:
// uint8 as is, bool as 0/255, floats in [0, 1] scaled to 0..255.
function fromArray({ shape, dtype, data }) {
  const [height, width, channels = 1] = shape;
  if (!(shape.length === 2 || shape.length === 3) || !(height > 0 && width > 0) || !(channels in CHANNELS_TO_COLOR_TYPE)) {
    throw new Error(`pixels must have shape [height, width] or [height, width, 1-4], got [${shape.join(", ")}]`);
  }
  const n = height * width * channels;
  if (data.length !== n) throw new Error(`pixels of shape [${shape.join(", ")}] need ${n} values, got ${data.length}`);
  const kind = dtype ?? (data instanceof Float32Array || data instanceof Float64Array ? "float" : "uint8");
  const bytes = new Uint8Array(n);
  if (kind === "uint8" && (data instanceof Uint8Array || data instanceof Uint8ClampedArray)) bytes.set(data);
  else if (kind === "uint8") for (let i = 0; i < n; i++) bytes[i] = Math.max(0, Math.min(255, Math.round(data[i])));
  else if (kind === "bool") for (let i = 0; i < n; i++) bytes[i] = data[i] ? 255 : 0;
  else if (String(kind).startsWith("float")) for (let i = 0; i < n; i++) bytes[i] = Math.round(Math.max(0, Math.min(1, data[i])) * 255);
  else throw new Error(`pixels of dtype "${dtype}" cannot be shown yet; use uint8, bool or float in [0, 1]`);
  return { width, height, channels, bytes };
}

export function encodePng({ width, height, channels, bytes }) {
  const row = width * channels;
  const raw = new Uint8Array((row + 1) * height); // each scanline: filter byte 0, then samples
  for (let y = 0; y < height; y++) raw.set(bytes.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, CHANNELS_TO_COLOR_TYPE[channels], 0, 0, 0], 8);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", zlibStored(raw)), chunk("IEND", new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

// A zlib stream of stored deflate blocks (at most 65535 bytes each) and its Adler-32.
function zlibStored(data) {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + data.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  for (let b = 0; b < blocks; b++) {
    const start = b * 65535;
    const len = Math.min(65535, data.length - start);
    out[at] = b === blocks - 1 ? 1 : 0;
    out[at + 1] = len & 0xff;
    out[at + 2] = len >>> 8;
    out[at + 3] = ~len & 0xff;
    out[at + 4] = (~len >>> 8) & 0xff;
    out.set(data.subarray(start, start + len), at + 5);
    at += 5 + len;
  }
  new DataView(out.buffer).setUint32(at, adler32(data));
  return out;
}

function adler32(data) {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; i += 5552) {
    const end = Math.min(i + 5552, data.length);
    for (let j = i; j < end; j++) {
      a += data[j];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

let table = null;
function crc32(data) {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
