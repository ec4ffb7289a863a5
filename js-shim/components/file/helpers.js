// gr.File's pure logic (Node-tested), shared with UploadButton and DownloadButton: the accept
// attribute, Gradio's upload checks and messages, how an upload joins the value, the file list's
// text, and the function edge (what a page function receives by `type`, what it may return).
import { checkUpload } from "../../file-store.js";
import { fileTypeAllowed, formatSize, sizeLimitMessage } from "../../file-checks.js";

const describe = (v) => {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return JSON.stringify(v)?.slice(0, 60) ?? "an object";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
};

// "multiple" and "directory" hold a list of FileData; "single" (the default) one FileData.
export const isMulti = (props) => props.file_count === "multiple" || props.file_count === "directory";

// The value as a list of FileData (null → [], one FileData → [it]).
export function fileList(value) {
  if (value == null) return [];
  return (Array.isArray(value) ? value : [value]).filter((f) => f && typeof f === "object");
}

export const isEmpty = (value) => fileList(value).length === 0;

// The input's accept attribute as Gradio's Upload writes it: ".csv" stays, a group ("image")
// becomes "image/*", an exact MIME type stays; "file"/"*" accept anything, so they add nothing.
export function acceptOf(fileTypes) {
  if (!Array.isArray(fileTypes)) return "";
  return fileTypes
    .map((t) => String(t))
    .filter((t) => t && t !== "file" && t !== "*" && t !== "*/*")
    .map((t) => (t.startsWith(".") || t.includes("/") ? t : `${t}/*`))
    .join(", ");
}

// FilePreview's name cell: the stem (ellipsised in CSS) and the extension (always shown).
export function splitName(name) {
  const s = String(name ?? "");
  const dot = s.lastIndexOf(".");
  return dot <= 0 ? [s, ""] : [s.slice(0, dot), s.slice(dot)];
}

// The download link's text: "12.3 kB ⇣", or Gradio's "(size unknown)" when the size is not known.
export function sizeText(file) {
  return `${file?.size != null ? formatSize(file.size) : "(size unknown)"}\u00a0\u21e3`;
}

// The name a download is saved under: orig_name, else the URL's last segment (Gradio's rule).
export function downloadName(file) {
  if (file?.orig_name) return file.orig_name;
  const url = String(file?.url ?? file?.path ?? "");
  const last = url.split(/[?#]/)[0].split("/").pop();
  return last || "file";
}

// gr.File's refusal of a chosen file (Gradio's message naming it), or null when it may be kept.
export function fileRefusal(file, props, maxFileSize) {
  try {
    checkUpload(file, { file_types: props.file_types, max_file_size: maxFileSize });
    return null;
  } catch (err) {
    return err.message;
  }
}

// gr.UploadButton's refusal: Gradio's Upload says "Invalid file type only <types> allowed.";
// Graft adds which file it was, so a user picking several knows which one was refused.
export function buttonRefusal(file, props, maxFileSize) {
  if (!fileTypeAllowed(file, props.file_types)) {
    return `Invalid file type only ${(props.file_types ?? []).join(", ")} allowed. ${file.name} was not uploaded.`;
  }
  return sizeLimitMessage(file, maxFileSize);
}

// The files of one pick or drop that the component takes: "single" takes the first (Gradio's
// Upload keeps files[0]); the first refusal stops the upload so the previous value stays.
export function chooseFiles(files, props, maxFileSize, refusal = fileRefusal) {
  const list = Array.from(files ?? []);
  const taken = isMulti(props) ? list : list.slice(0, 1);
  for (const file of taken) {
    const message = refusal(file, props, maxFileSize);
    if (message) return { files: [], error: message };
  }
  return { files: taken, error: null };
}

// gr.File's new value after an upload (FileUpload.handle_upload): a list grows, a single value
// becomes a list when a file is added to it, an empty value becomes what was uploaded.
export function joinUpload(value, uploaded, props) {
  const added = isMulti(props) ? uploaded : uploaded[0];
  if (Array.isArray(value)) return [...value, ...uploaded];
  if (value) return [value, ...uploaded];
  return added;
}

// Removing one file from a list (FilePreview.remove_file): the new list and Gradio's
// DeletedFileData-shaped event data.
export function removeAt(value, index) {
  const list = fileList(value);
  const removed = list[index];
  return { value: list.filter((_, i) => i !== index), data: { file: removed, index } };
}

// ---- The function edge ----

// What a page function receives, by Gradio's `type`: "filepath" (default) → the URL string,
// "binary" → a Promise of a Uint8Array of the bytes; a list of them for multiple/directory.
export function toArgument(value, props, app) {
  if (value == null) return null;
  const files = fileList(value);
  const one = (fd) => (props.type === "binary" ? app.files.bytes(fd) : fd.url ?? fd.path);
  if (!isMulti(props)) return files.length ? one(files[0]) : null;
  const out = files.map(one);
  return props.type === "binary" ? Promise.all(out) : out;
}

const EXPECTED = 'a path or URL string, bytes with a name ({data: Uint8Array, name}), a Blob or File, or a FileData';

// What a function returned → FileData through the app's file store: a list of them when `list`
// (file_count "multiple"/"directory"; one file is wrapped), else exactly one, as the core's File
// codec takes them. A prop update's value is converted the same way. `kind` names the component.
export function toOutput(value, props, app, { kind = "File", list = isMulti(props) } = {}) {
  if (value == null) return null;
  if (typeof value === "object" && value.__type__ === "update") {
    return "value" in value ? { ...value, value: toOutput(value.value, props, app, { kind, list }) } : value;
  }
  const one = (v) => {
    if (v == null) throw new Error(`${kind} expects ${EXPECTED}; got ${describe(v)} in the list`);
    if (!isFileLike(v)) throw new Error(`${kind} expects ${EXPECTED}${list ? ", or a list of them" : ""}; got ${describe(v)}`);
    try {
      // The store names a URL it holds (a filepath the function was given) by its file.
      return app.files.fromReturn(v);
    } catch (err) {
      throw new Error(`${kind} expects ${EXPECTED}; ${err.message}`);
    }
  };
  if (Array.isArray(value)) {
    const why = props.file_count ? ` (file_count is "${props.file_count}")` : "";
    if (!list) throw new Error(`${kind} expects one file${why}: ${EXPECTED}; got a list`);
    return value.map(one);
  }
  return list ? [one(value)] : one(value);
}

function isFileLike(v) {
  if (typeof v === "string") return v.length > 0;
  if (typeof v !== "object") return false;
  if (typeof Blob !== "undefined" && v instanceof Blob) return true;
  if (v.data instanceof Uint8Array || v.data instanceof ArrayBuffer) return true;
  return typeof v.path === "string" || typeof v.url === "string" || v.meta?._type === "gradio.FileData";
}

export const RECEIVES = 'by `type`: filepath → a URL string; binary → a Uint8Array of the bytes (a Promise the call awaits); a list of them when file_count is "multiple" or "directory"';
