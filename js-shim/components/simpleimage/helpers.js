// gr.SimpleImage's pure logic (Node-tested): the upload check, and the function edge — a page
// function receives the image's filepath (its URL) as SimpleImage.preprocess gives a path, and
// may return what SimpleImage.postprocess takes: a path or URL string, or a FileData.
import { checkUpload } from "../../file-store.js";

// Gradio's Upload is given filetype "image/*"; its refusal names the file and that type.
export function uploadRefusal(file, maxFileSize) {
  try {
    checkUpload(file, { file_types: ["image/*"], max_file_size: maxFileSize });
    return null;
  } catch (err) {
    return err.message;
  }
}

// The URL to draw for a value, or null when there is nothing to show (Gradio draws an empty
// state for a FileData without a url; a bare path string from a builder is drawn as given).
export function srcOf(value) {
  if (typeof value === "string") return value || null;
  return value?.url ?? value?.path ?? null;
}

export function toArgument(value) {
  return value == null ? null : srcOf(value);
}

const EXPECTED = "a path or URL string, or a FileData ({path, url, orig_name, …})";

export function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === "string") return JSON.stringify(v.slice(0, 60));
  if (typeof v === "object") return JSON.stringify(v)?.slice(0, 60) ?? "an object";
  return `${typeof v} ${String(v)}`;
}

const isFileData = (v) => v != null && typeof v === "object" && !Array.isArray(v) && (typeof v.path === "string" || typeof v.url === "string");

// A function's return → the FileData the core takes (a prop update's value likewise). A held
// blob: URL (the filepath the function was given) keeps its file's name and size.
export function toOutput(value, files) {
  if (value == null) return null;
  if (typeof value === "object" && value.__type__ === "update") {
    return "value" in value ? { ...value, value: toOutput(value.value, files) } : value;
  }
  if (!(typeof value === "string" && value) && !isFileData(value)) throw new Error(`SimpleImage expects ${EXPECTED}; got ${describe(value)}`);
  return files.fromReturn(value);
}

export const RECEIVES = "a URL string (the image's filepath), or null";
