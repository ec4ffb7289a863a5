// gr.Gallery's pure logic (Node-tested): the items a value holds, the grid's columns, how the
// selected index follows value changes and arrow keys (Gradio 6's Gallery.svelte), the upload
// accept list, and the function edge — Gallery.postprocess of what a function returns and the
// (url, caption) pairs a filepath function receives.
import { pixelsToPng } from "./png.js";

const VIDEO_EXT = /\.(mp4|webm|ogg|ogv|mov|avi|mkv|m4v|wmv|flv|mpeg|mpg)$/i;

const describe = (v) => {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return JSON.stringify(v) ?? String(v);
};

// The items of a wire value, one per entry so indices match the value: {kind, file, caption}.
// An entry of neither shape is kept as {kind: null} (drawn empty) rather than dropped.
export function itemsOf(value) {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const kind = entry && typeof entry === "object" ? ("video" in entry ? "video" : "image" in entry ? "image" : null) : null;
    const file = kind ? entry[kind] : null;
    return { kind: file ? kind : null, file, caption: captionText(entry?.caption) };
  });
}

function captionText(caption) {
  return caption === null || caption === undefined || caption === "" ? null : String(caption);
}

// A FileData's (or Gradio's older bare string's) address.
export function urlOf(file) {
  if (typeof file === "string") return file;
  return file?.url ?? file?.path ?? "";
}

// --grid-cols: `columns` is a number or a list per breakpoint (its first is used); with
// fit_columns (Gradio's default) it is capped at the number of items.
export function gridColumns(columns, count, fitColumns = true) {
  const first = Array.isArray(columns) ? columns[0] : columns;
  const n = Number.isFinite(first) && first > 0 ? Math.floor(first) : 2;
  return fitColumns !== false && count > 0 ? Math.min(n, count) : n;
}

export function gridRows(rows) {
  const first = Array.isArray(rows) ? rows[0] : rows;
  return Number.isFinite(first) && first > 0 ? Math.floor(first) : null;
}

// The index shown when the gallery mounts: selected_index, else 0 when `preview` asks for it.
export function initialSelection(props, count) {
  if (props.selected_index != null) return clampIndex(props.selected_index, count);
  return props.preview && count > 0 ? 0 : null;
}

// Gradio 6 keeps the selection when the value changes, clamped to the new length.
export function clampIndex(index, count) {
  if (index === null || index === undefined || count === 0) return null;
  const n = Math.trunc(Number(index));
  if (!Number.isFinite(n)) return null;
  return Math.max(0, Math.min(n, count - 1));
}

// ArrowLeft/ArrowRight in the preview wrap around, as Gradio's previous/next.
export function stepIndex(index, count, step) {
  if (count === 0) return null;
  return (((index ?? 0) + step) % count + count) % count;
}

// The file input's accept list from file_types: Gradio's groups become MIME wildcards.
export function acceptOf(fileTypes) {
  const list = Array.isArray(fileTypes) && fileTypes.length ? fileTypes : ["image", "video"];
  return list.map((t) => (["image", "video", "audio", "text"].includes(t) ? `${t}/*` : t)).join(",");
}

export function isVideo(file) {
  if (!file) return false;
  if (typeof file.mime_type === "string" && file.mime_type) return file.mime_type.startsWith("video/");
  if (typeof file.type === "string" && file.type) return file.type.startsWith("video/");
  return VIDEO_EXT.test(String(file.orig_name ?? file.name ?? file.path ?? file.url ?? "").split(/[?#]/)[0]);
}

// An uploaded file's FileData as a gallery item (Gradio's process_upload_files).
export function itemFromUpload(file) {
  return isVideo(file) ? { video: file, caption: null } : { image: file, caption: null };
}

// The value with item `index` removed and the DeletedFileData Gradio's delete event carries.
export function withoutItem(value, index) {
  const list = Array.isArray(value) ? value : [];
  const entry = list[index];
  const file = entry?.image ?? entry?.video ?? null;
  return { value: list.filter((_, i) => i !== index), data: { file, index } };
}

// Gallery.postprocess for a page function's return: a list whose items are a URL/path
// string, a FileData, a Blob, bytes {data, name}, pixels ({shape, dtype, data}, ImageData, a
// canvas), an [item, caption] pair or {image|video, caption}. Files the page holds come from
// `files.fromReturn`; pixels are encoded to PNG at once (the edge is synchronous).
export function toWire(value, files) {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw new Error(`Gallery expects a list of images, got ${describe(value)}`);
  return value.map((item, i) => {
    try {
      return wireItem(item, files);
    } catch (err) {
      throw new Error(`Gallery item ${i}: ${err.message}`);
    }
  });
}

function wireItem(item, files) {
  let media = item;
  let caption = null;
  if (Array.isArray(item)) {
    if (item.length !== 2) throw new Error(`expected [image, caption], got a list of ${item.length}`);
    [media, caption] = item;
  } else if (item && typeof item === "object" && !isFileLike(item) && ("image" in item || "video" in item)) {
    media = item.video ?? item.image;
    caption = item.caption ?? null;
    if ("video" in item) return { video: fileOf(media, files), caption: checkedCaption(caption) };
  }
  const file = fileOf(media, files);
  return { [isVideo(file) ? "video" : "image"]: file, caption: checkedCaption(caption) };
}

function checkedCaption(caption) {
  if (caption === null || caption === undefined) return null;
  if (typeof caption === "string" || typeof caption === "number") return String(caption);
  throw new Error(`expected a caption string, got ${describe(caption)}`);
}

const isFileLike = (v) => typeof v.path === "string" || typeof v.url === "string" || "data" in v;

function fileOf(media, files) {
  if (media === null || media === undefined || media === "") throw new Error("expected an image, got nothing");
  const png = pixelsToPng(media);
  if (png) return files.add(new Blob([png], { type: "image/png" }), "image.png");
  if (typeof media === "string" || (typeof Blob !== "undefined" && media instanceof Blob)) return files.fromReturn(media);
  if (typeof media === "object" && (isFileLike(media))) return files.fromReturn(media);
  throw new Error(`Gallery items must be URLs, FileData, {data, name} bytes or pixels ({shape, dtype, data}); got ${describe(media)}`);
}

// Gallery.preprocess with type="filepath": [(url, caption)] pairs. The core hands the value as
// [[FileData, caption]]; with preprocess=false it is the wire list itself.
export function toArgument(value, props = {}) {
  const type = props.type ?? "filepath";
  if (type !== "filepath") throw new Error(`Gallery with type="${type}" needs a conversion the page cannot make yet; use type="filepath"`);
  if (!Array.isArray(value)) return null;
  return value.map((entry) => {
    if (Array.isArray(entry)) return [urlOf(entry[0]), entry[1] ?? null];
    const file = entry?.image ?? entry?.video;
    return [urlOf(file), entry?.caption ?? null];
  });
}
