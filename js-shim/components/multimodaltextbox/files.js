// MultimodalTextbox's files: adding them (checked against file_types and max_file_size as
// Gradio's upload checks them, kept in the app's file store) and drawing them as Gradio's
// thumbnails, each with "Remove file".
import { checkUpload } from "../../file-store.js";
import { redrawSignal } from "../atoms/block.js";
import * as h from "./helpers.js";
import { svgIcon } from "./icons.js";

export const tag = (name, cls, attrs = {}) => {
  const el = document.createElement(name);
  if (cls) el.className = cls;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};
export const button = (cls, label, icon, testid) => {
  const b = tag("button", cls, { type: "button", "aria-label": label, title: label, ...(testid ? { "data-testid": testid } : {}) });
  if (icon) b.append(svgIcon(icon));
  return b;
};

// The value changed by the user: stored by the core (input/change), then `event` if any.
export function commit(view, ctx, next, event, data) {
  view.value = next;
  drawFiles(view, ctx.props(), ctx);
  ctx.setValue(next, event ?? null, data ?? null);
}

export function addFiles(view, ctx, files) {
  const props = ctx.props();
  if (props.interactive === false || !files.length) return;
  const accepted = files.filter((file) => {
    try {
      checkUpload(file, { file_types: props.file_types, max_file_size: ctx.app?.maxFileSize });
      return true;
    } catch (err) {
      ctx.toast({ level: "error", title: "Error", message: err.message });
      return false;
    }
  });
  if (!accepted.length) return;
  const added = accepted.slice(0, h.fileCount(props) === "single" ? 1 : accepted.length).map((f) => ctx.files.add(f, f.name));
  commit(view, ctx, h.withFiles(view.value, added, h.fileCount(props)), "upload", h.fileCount(props) === "single" ? added[0] : added);
}

// Thumbnails of the files held (an image shows itself), each with "Remove file"; the upload
// button sits first among them, or before the textarea when there are none (Gradio).
export function drawFiles(view, props, ctx) {
  const { files } = view.value;
  const off = props.interactive === false;
  // Every commit (each keystroke too) redraws the thumbnails: the replaced ones' listeners go.
  const signal = redrawSignal(view, "filesDrawn", ctx.signal);
  view.list.replaceChildren();
  files.forEach((file, i) => {
    const item = tag("span", "thumbnail-wrapper", { role: "listitem", "aria-label": "File thumbnail", title: file.orig_name ?? "" });
    const box = tag("div", "thumbnail-item thumbnail-small");
    const kind = h.thumbKind(file);
    if (kind === "image") box.append(tag("img", "thumbnail-image", { src: file.url ?? file.path, alt: "", loading: "lazy" }));
    else box.append(svgIcon(kind === "audio" ? "music" : kind, 20));
    const remove = button("delete-button", "Remove file", "close");
    remove.disabled = off;
    remove.addEventListener("click", (e) => {
      e.stopPropagation();
      commit(view, ctx, h.withoutFile(view.value, i));
    }, { signal });
    box.append(remove);
    item.append(box);
    view.list.append(item);
  });
  const has = files.length > 0;
  view.thumbs.hidden = !has;
  view.wrapper.classList.toggle("has-files", has);
  view.upload.hidden = !h.showsUpload(props, view.value);
  view.upload.classList.toggle("thumbnail-add", has);
  view.upload.classList.toggle("icon-button", !has);
  if (has) view.thumbs.prepend(view.upload);
  else view.row.prepend(view.upload);
}
