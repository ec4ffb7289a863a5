// gr.MultimodalTextbox's logic, pure and Node-tested: its value {text, files}, which sources
// and buttons show, when a key submits, how the textarea grows, the function edge (Gradio's
// preprocess gives paths — here URLs —, its postprocess takes a string or {text, files}).
import { fileTypeAllowed } from "../../file-checks.js";

export const emptyValue = () => ({ text: "", files: [] });

// A value as the component holds it: {text: string, files: [FileData]}.
export function valueOf(v) {
  if (v == null) return emptyValue();
  if (typeof v === "string") return { text: v, files: [] };
  return { text: String(v.text ?? ""), files: Array.isArray(v.files) ? v.files.filter(Boolean) : [] };
}

// Gradio: sources default to ["upload"]; only "upload" and "microphone" mean anything.
export function sourcesOf(props) {
  const list = props.sources == null ? ["upload"] : [].concat(props.sources);
  return list.filter((s) => s === "upload" || s === "microphone");
}

// The upload button goes once a single-file box holds its file.
export function showsUpload(props, value) {
  return sourcesOf(props).includes("upload") && !(fileCount(props) === "single" && value.files.length > 0);
}

export const fileCount = (props) => props.file_count ?? "single";

// Gradio's MultimodalTextbox: Enter submits when lines is 1, Shift+Enter when lines > 1.
export function submitsOn(props, { key, shiftKey, isComposing }) {
  if (key !== "Enter" || isComposing) return false;
  const lines = props.lines ?? 1;
  return lines > 1 ? Boolean(shiftKey) : !shiftKey;
}

// Rows for `text`: its line count within [lines, max_lines] (Gradio: max_lines unset = lines + 1).
export function rowsFor(text, props) {
  const lines = props.lines ?? 1;
  const max = Math.max(lines, props.max_lines || lines + 1);
  return Math.min(Math.max(String(text ?? "").split("\n").length, lines), max);
}

// Gradio turns pasted text longer than max_plain_text_length (1000) into a .txt attachment.
export function pasteBecomesFile(text, props) {
  return typeof text === "string" && text.length > (props.max_plain_text_length ?? 1000);
}

// The file input's accept attribute for Gradio's file_types ("image" -> image/*, ".pdf" as is).
export function acceptAttr(fileTypes) {
  if (!Array.isArray(fileTypes) || !fileTypes.length) return "";
  const groups = { image: "image/*", audio: "audio/*", video: "video/*", text: "text/*" };
  if (fileTypes.some((t) => t === "file" || t === "*" || t === "*/*")) return "";
  return fileTypes.map((t) => groups[t] ?? t).join(",");
}

// Files added: appended; a single-file box holds one (Gradio's upload takes the first given).
export function withFiles(value, added, count) {
  const files = count === "single" ? added.slice(0, 1) : [...value.files, ...added];
  return { text: value.text, files };
}

export function withoutFile(value, index) {
  return { text: value.text, files: value.files.filter((_, i) => i !== index) };
}

// image | audio | video | file, for a thumbnail's picture or icon.
export function thumbKind(file) {
  const mime = String(file?.mime_type ?? "");
  for (const kind of ["image", "audio", "video"]) if (mime.includes(kind)) return kind;
  return "file";
}

// What a page function receives: Gradio's preprocess gives {text, files: [path]}; in the page
// a file's path is its URL. Files outside file_types are refused as Gradio refuses them.
export function argumentOf(value, props = {}) {
  const v = valueOf(value);
  for (const f of v.files) {
    const named = { name: f.orig_name ?? String(f.path ?? f.url ?? ""), type: f.mime_type ?? "" };
    if (!fileTypeAllowed(named, props.file_types))
      throw new Error(`Invalid file type: ${f.mime_type ?? named.name}. Please upload a file that is one of these formats: ${JSON.stringify(props.file_types)}`);
  }
  return { text: v.text, files: v.files.map((f) => f.url ?? f.path) };
}

// What a function returned (Gradio's postprocess): null -> empty, a string -> its text,
// {text?, files?} with files as URLs/paths, Blobs or FileData (through `fileOf`).
export function outputOf(value, fileOf = (f) => f) {
  if (value == null) return emptyValue();
  if (typeof value === "string") return { text: value, files: [] };
  if (typeof value !== "object" || Array.isArray(value)) throw new Error(`MultimodalTextbox expects a string or {text, files}, got ${shown(value)}`);
  const text = value.text ?? "";
  if (typeof text !== "string") throw new Error(`MultimodalTextbox expects "text" to be a string, got ${shown(text)}`);
  if (value.files != null && !Array.isArray(value.files)) throw new Error(`MultimodalTextbox expects "files" to be a list, got ${shown(value.files)}`);
  return { text, files: (value.files ?? []).map((f) => fileOf(f)) };
}

const shown = (v) => {
  try {
    return JSON.stringify(v)?.slice(0, 60) ?? String(v);
  } catch {
    return String(v);
  }
};

const MIME = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", svg: "image/svg+xml",
  wav: "audio/wav", mp3: "audio/mpeg", ogg: "audio/ogg", webm: "video/webm", mp4: "video/mp4", pdf: "application/pdf", txt: "text/plain" };

// A returned file's MIME type by extension when it has none (Gradio's get_mimetype).
export function withMime(file) {
  if (!file || typeof file !== "object" || file.mime_type) return file;
  const name = String(file.orig_name ?? file.path ?? "").split(/[?#]/)[0];
  const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  return MIME[ext] ? { ...file, mime_type: MIME[ext] } : file;
}

// A returned file through the app's FileStore (which names the files it holds), with its type.
export function fileFromStore(store, f) {
  return withMime(store ? store.fromReturn(f) : f);
}

// A recording's file name from its MIME type ("audio/webm;codecs=opus" -> recording.webm).
export function recordingName(mime, now = Date.now()) {
  const sub = String(mime ?? "").split(";")[0].split("/")[1] || "webm";
  const ext = { mpeg: "mp3", "x-wav": "wav", wave: "wav", "mp4a-latm": "m4a" }[sub] ?? sub;
  return `recording-${now}.${ext}`;
}
