// Gradio's upload checks as pure functions (Node-tested): file_types (extensions such as
// ".nii.gz", MIME groups such as "image", exact MIME types) and max_file_size ("5mb", bytes).

const GROUPS = { image: "image/", audio: "audio/", video: "video/", text: "text/" };

export function fileTypeAllowed(file, fileTypes) {
  if (!Array.isArray(fileTypes) || fileTypes.length === 0) return true;
  const name = String(file.name ?? "").toLowerCase();
  const mime = String(file.type ?? "").toLowerCase();
  return fileTypes.some((t) => {
    const want = String(t).toLowerCase();
    if (want === "file" || want === "*" || want === "*/*") return true;
    if (want.startsWith(".")) return name.endsWith(want);
    if (GROUPS[want]) return mime.startsWith(GROUPS[want]);
    if (want.endsWith("/*")) return mime.startsWith(want.slice(0, -1));
    return mime === want;
  });
}

// Bytes from Gradio's max_file_size: a number of bytes, or "10kb", "5 MB", "1gb".
export function parseSize(limit) {
  if (limit == null) return null;
  if (typeof limit === "number") return limit;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$/i.exec(String(limit));
  if (!m) return null;
  const unit = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 }[(m[2] ?? "b").toLowerCase()];
  return Math.round(Number(m[1]) * unit);
}

// Gradio's message for a file over the app's max_file_size, or null.
export function sizeLimitMessage(file, limit) {
  const max = parseSize(limit);
  if (max == null || file.size <= max) return null;
  return `File ${file.name} exceeds the maximum allowed size of ${formatSize(max)}.`;
}

// "12.3 kB", as Gradio's file list shows sizes.
export function formatSize(bytes) {
  if (bytes == null) return "";
  const units = ["B", "kB", "MB", "GB", "TB"];
  let n = bytes;
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
