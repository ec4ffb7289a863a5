// The hidden file input gr.File and gr.UploadButton share (Gradio's Upload): accept from
// file_types, multiple / webkitdirectory from file_count, and reading what was picked or dropped.
import { acceptOf } from "./helpers.js";

export function fileInput(attrs = {}) {
  const input = document.createElement("input");
  input.type = "file";
  for (const [k, v] of Object.entries(attrs)) input.setAttribute(k, v);
  return input;
}

export function configureInput(input, props) {
  input.setAttribute("accept", acceptOf(props.file_types));
  input.toggleAttribute("multiple", props.file_count === "multiple");
  // A directory picker (Chromium/WebKit's webkitdirectory; Firefox reads it too).
  input.toggleAttribute("webkitdirectory", props.file_count === "directory");
  input.toggleAttribute("mozdirectory", props.file_count === "directory");
}

// Opens the picker. The value is cleared first so picking the same file again fires change.
export function openPicker(input) {
  input.value = "";
  input.click();
}

// Calls onFiles with the files of each pick.
export function onPicked(input, onFiles, signal) {
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    if (files.length) onFiles(files);
  }, { signal });
}
