// Files kept in the page, one store per app: an uploaded or generated file becomes a blob: URL
// with Gradio's FileData. A URL is revoked when no component value names it any more (sweep)
// or the app is removed, so memory holds only live files. Checks uploads against file_types
// and max_file_size as Gradio's upload does, naming the file.
import { fileTypeAllowed, sizeLimitMessage } from "./file-checks.js";

const META = { _type: "gradio.FileData" };

export class FileStore {
  #files = new Map(); // blob URL -> { blob, name }

  get size() {
    return this.#files.size;
  }

  // A File or Blob (with a name) → its FileData, held until swept.
  add(blob, name = blob.name ?? "file") {
    const url = URL.createObjectURL(blob);
    this.#files.set(url, { blob, name });
    return { path: url, url, orig_name: name, size: blob.size, mime_type: blob.type || null, is_stream: false, meta: META };
  }

  // What a function returned for a file output → FileData: a FileData (kept as it is), a URL
  // or path string, a Blob/File, bytes with a name ({data: Uint8Array|ArrayBuffer, name}).
  fromReturn(value) {
    if (value == null) return null;
    if (typeof value === "string") value = { path: value };
    if (typeof Blob !== "undefined" && value instanceof Blob) return this.add(value, value.name ?? "file");
    const key = value.url ?? value.path;
    if (typeof key === "string" && !("data" in value)) {
      // A FileData, or {path|url}: what the caller gave wins; a file this store holds fills in
      // the name, size and type a blob: URL does not carry.
      const held = this.#files.get(key);
      const known = Object.fromEntries(Object.entries(value).filter(([, v]) => v != null));
      const base = held ? { orig_name: held.name, size: held.blob.size, mime_type: held.blob.type || null } : { orig_name: baseName(key), size: null, mime_type: null };
      return { path: key, ...base, is_stream: false, meta: META, ...known, url: key };
    }
    if (value.data instanceof Uint8Array || value.data instanceof ArrayBuffer) {
      const name = value.name ?? value.orig_name ?? "file";
      return this.add(new Blob([value.data], { type: value.mime_type ?? value.type ?? "" }), name);
    }
    throw new Error(`expected a file: a FileData, a URL or path string, a Blob, or {data: bytes, name}; got ${JSON.stringify(value).slice(0, 60)}`);
  }

  // The bytes of a FileData the page holds, or fetched from its URL.
  async bytes(file) {
    const held = this.#files.get(file?.url ?? file?.path);
    const blob = held ? held.blob : await (await fetch(file.url ?? file.path)).blob();
    return new Uint8Array(await blob.arrayBuffer());
  }

  // The name a held file was uploaded or made with (a blob: URL carries none).
  nameOf(url) {
    return this.#files.get(url)?.name ?? null;
  }

  holds(file) {
    return this.#files.has(file?.url ?? file?.path);
  }

  // Keeps the files some live value names (any nesting of FileData in `values`); revokes the rest.
  sweep(values) {
    const live = new Set();
    const walk = (v) => {
      if (!v || typeof v !== "object") return;
      if (Array.isArray(v)) return v.forEach(walk);
      if (typeof v.url === "string") live.add(v.url);
      if (typeof v.path === "string") live.add(v.path);
      Object.values(v).forEach(walk);
    };
    values.forEach(walk);
    for (const url of [...this.#files.keys()]) {
      if (live.has(url)) continue;
      URL.revokeObjectURL(url);
      this.#files.delete(url);
    }
  }

  clear() {
    for (const url of this.#files.keys()) URL.revokeObjectURL(url);
    this.#files.clear();
  }
}

// A user's file for a component: refused (an Error naming it) when its type or size is not
// allowed; Gradio checks the same before any function runs.
export function checkUpload(file, { file_types, max_file_size } = {}) {
  if (!fileTypeAllowed(file, file_types)) {
    const allowed = (file_types ?? []).join(", ");
    throw new Error(`Invalid file type: ${file.name}. Only ${allowed} allowed.`);
  }
  const tooBig = sizeLimitMessage(file, max_file_size);
  if (tooBig) throw new Error(tooBig);
}

function baseName(path) {
  const clean = path.split(/[?#]/)[0];
  return decodeURIComponent(clean.slice(clean.lastIndexOf("/") + 1)) || "file";
}
