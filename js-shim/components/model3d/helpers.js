// gr.Model3D's pure logic (no DOM, no three.js; Node-tested): which 3D format a file is, the
// camera Gradio's camera_position describes, the clear colour and control speeds, reading a
// .splat file's points, and the function edge (a URL string in; a path, FileData or bytes out).

// Gradio's Upload filetype list for Model3D, in its order (the input's accept and the check).
export const FILE_TYPES = [".stl", ".obj", ".gltf", ".glb", "model/obj", ".splat", ".ply"];

export const FORMATS = ["glb", "gltf", "obj", "stl", "ply", "splat"];

// MIME types some systems give these files; a blob: URL carries no extension, so the FileData's
// name or type is all there is to go on.
const MIME = {
  "model/gltf-binary": "glb",
  "model/gltf+json": "gltf",
  "model/obj": "obj",
  "model/stl": "stl",
  "model/x.stl-binary": "stl",
  "model/x.stl-ascii": "stl",
  "application/sla": "stl",
  "application/vnd.ms-pki.stl": "stl",
  "model/ply": "ply",
  "application/ply": "ply",
};

const extOf = (name) => {
  const base = String(name ?? "").split(/[?#]/)[0].split("/").pop();
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
};

// The format of a FileData, a File or a path/URL string: the first name that has an extension
// decides (orig_name, name, path, url), then the MIME type; null when nothing says, "?ext" when
// a name says it is something else (so callers can name what was refused).
export function formatOf(file) {
  if (file == null) return null;
  const f = typeof file === "string" ? { path: file } : file;
  for (const name of [f.orig_name, f.name, f.path, f.url]) {
    if (typeof name !== "string" || /^(blob|data):/.test(name)) continue;
    const ext = extOf(name);
    if (ext) return FORMATS.includes(ext) ? ext : `?${ext}`;
  }
  return MIME[String(f.mime_type ?? f.type ?? "").toLowerCase()] ?? null;
}

export const isModelFormat = (format) => FORMATS.includes(format);

// ---- The camera ----

// Gradio's camera_position is Babylon's ArcRotateCamera (alpha, beta, radius): alpha the angle
// round the vertical axis, beta the angle down from the top (both in degrees), radius the
// distance to the model's centre; an unset one keeps the viewer's own. The viewer's defaults
// are a front view from a little above, as the Babylon viewer frames a model.
export const DEFAULT_ALPHA = 90;
export const DEFAULT_BETA = 75;

// The orbit for `camera_position` ([alpha, beta, radius], any of them null) around a model
// whose framing distance is `fit`: angles in radians, beta kept off the poles as Babylon does.
export function orbitOf(cameraPosition, fit) {
  const [a, b, r] = Array.isArray(cameraPosition) ? cameraPosition : [];
  const num = (v, d) => (typeof v === "number" && Number.isFinite(v) ? v : d);
  const beta = Math.min(Math.max(num(b, DEFAULT_BETA) * (Math.PI / 180), 1e-4), Math.PI - 1e-4);
  const radius = num(r, fit);
  return { alpha: num(a, DEFAULT_ALPHA) * (Math.PI / 180), beta, radius: radius > 0 ? radius : fit };
}

// Where the camera sits relative to the target for an orbit (Babylon's formula; three.js and
// Babylon's right-handed mode share the axes: y up).
export function orbitOffset({ alpha, beta, radius }) {
  const s = Math.sin(beta);
  return [radius * Math.cos(alpha) * s, radius * Math.cos(beta), radius * Math.sin(alpha) * s];
}

// The distance at which a sphere of `radius` fills a camera of vertical field of view `fovDeg`
// and `aspect` (width/height), with a small margin: the narrower side decides.
export function fitDistance(radius, fovDeg, aspect = 1) {
  const v = (fovDeg * Math.PI) / 360;
  const h = Math.atan(Math.tan(v) * (aspect > 0 ? aspect : 1));
  const r = radius > 0 ? radius : 1;
  return (r / Math.sin(Math.min(v, h))) * 1.1;
}

// clear_color: Gradio's RGBA floats in 0..1 (default transparent black) → a clamped colour.
export function clearColorOf(value) {
  const ok = Array.isArray(value) && value.length >= 3 && value.slice(0, 4).every((v) => typeof v === "number" && Number.isFinite(v));
  const c = ok ? value : [0, 0, 0, 0];
  const clamp = (v) => Math.min(Math.max(v, 0), 1);
  return { rgb: [clamp(c[0]), clamp(c[1]), clamp(c[2])], alpha: clamp(c[3] ?? 1) };
}

// zoom_speed and pan_speed scale the controls' own speeds (Gradio scales Babylon's wheel and
// panning sensibility by them); anything but a positive number is the default 1.
export function controlSpeeds(props) {
  const pos = (v) => (typeof v === "number" && v > 0 && Number.isFinite(v) ? v : 1);
  return { zoomSpeed: pos(props.zoom_speed), panSpeed: pos(props.pan_speed) };
}

// ---- Gaussian splats ----

// A .splat file (antimatter15's layout, which Gradio's gsplat renderer reads): 32 bytes per
// splat — position 3×float32, scale 3×float32, colour RGBA 4×uint8, rotation 4×uint8. Graft has
// no splat renderer, so it draws each splat's centre in its colour (a point cloud).
export function parseSplat(buffer) {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const ROW = 32;
  if (bytes.length === 0 || bytes.length % ROW !== 0) {
    throw new Error(`a .splat file holds 32 bytes per splat; this one has ${bytes.length} bytes`);
  }
  const count = bytes.length / ROW;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const positions = new Float32Array(count * 3);
  const colors = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const o = i * ROW;
    for (let k = 0; k < 3; k++) {
      positions[i * 3 + k] = view.getFloat32(o + k * 4, true);
      colors[i * 3 + k] = bytes[o + 24 + k] / 255;
    }
  }
  return { count, positions, colors };
}

// A PLY holding a Gaussian splat declares its colour as spherical-harmonics DC terms (f_dc_0..2).
export const isSplatPly = (headerText) => /^property\s+\S+\s+f_dc_0\s*$/m.test(headerText) && /^property\s+\S+\s+scale_0\s*$/m.test(headerText);

// The colour of a splat's DC term (0.5 + SH_C0 · f_dc, clamped), as splat renderers show it.
export const shColor = (fdc) => Math.min(Math.max(0.5 + 0.28209479177387814 * fdc, 0), 1);

// The ASCII header of a PLY file (up to end_header), or "" when it is not one.
export function plyHeader(bytes) {
  const head = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  const end = /(?:^|\n)end_header[ \t]*\r?\n/.exec(head);
  return head.startsWith("ply") && end ? head.slice(0, end.index + end[0].length) : "";
}

// ---- The function edge ----

export const RECEIVES = "a URL string (Gradio's filepath)";

const EXPECTED = "a path or URL string of a .obj, .glb, .gltf, .stl, .ply or .splat file, a FileData, a Blob or File, or bytes with a name ({data: Uint8Array, name})";

const describe = (v) => {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return JSON.stringify(v)?.slice(0, 60) ?? "an object";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
};

function isFileLike(v) {
  if (typeof v === "string") return v.length > 0;
  if (!v || typeof v !== "object" || Array.isArray(v)) return false;
  if (typeof Blob !== "undefined" && v instanceof Blob) return true;
  if (v.data instanceof Uint8Array || v.data instanceof ArrayBuffer) return true;
  return typeof v.path === "string" || typeof v.url === "string";
}

// What a page function receives: the file's URL (Gradio passes payload.path).
export function toArgument(value) {
  if (value == null) return null;
  if (typeof value === "string") return value;
  return value.url ?? value.path ?? null;
}

// What a function returned → the wire FileData through the app's file store. A file named as
// something other than a 3D model is refused here, where the app can name the component.
export function toOutput(value, files) {
  if (value == null) return null;
  if (typeof value === "object" && value.__type__ === "update") {
    return "value" in value ? { ...value, value: toOutput(value.value, files) } : value;
  }
  if (!isFileLike(value)) throw new Error(`Model3D expects ${EXPECTED}; got ${describe(value)}`);
  let fd;
  try {
    fd = files.fromReturn(value);
  } catch (err) {
    throw new Error(`Model3D expects ${EXPECTED}; ${err.message}`);
  }
  const format = formatOf(fd);
  if (format?.startsWith("?")) {
    throw new Error(`Model3D expects a .obj, .glb, .gltf, .stl, .ply or .splat file; got ${JSON.stringify(fd.orig_name ?? fd.path)}`);
  }
  return fd;
}
