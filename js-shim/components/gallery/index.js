// gr.Gallery as Gradio 6 draws it: BlockLabel "Gallery" > div.grid-wrap > div.grid-container of
// div.gallery-item > button.thumbnail-item "Thumbnail i of N" (+ "Delete image" when
// interactive), a preview while an item is selected, and an upload area ("Drop Media Here")
// when interactive and empty. Files stay in the page (ctx.files); captions are text only.
import { block, applyBlock, blockLabel, updateBlockLabel } from "../atoms/block.js";
import { checkUpload } from "../../file-store.js";
import * as h from "./helpers.js";
import { draw, paintSelection, toolbar } from "./grid.js";
import { download } from "./preview.js";
import { css } from "./style.js";

// Props whose change redraws the body (label/show_label only touch the BlockLabel).
const DRAWN = ["value", "interactive", "allow_preview", "file_types", "columns", "rows", "object_fit", "height", "show_label", "buttons", "fit_columns"];

function create(props, ctx) {
  const el = block(props, { kind: "gallery" });
  const label = blockLabel({ ...props, label: props.label || undefined }, "Gallery");
  const body = document.createElement("div");
  body.className = "gallery-body";
  // Gradio's hidden upload input (tid file-upload), kept while the gallery is interactive.
  const input = document.createElement("input");
  input.className = "hidden-upload-input";
  input.type = "file";
  input.multiple = true;
  input.dataset.testid = "file-upload";
  input.setAttribute("aria-label", "File upload");
  el.append(label, body);
  const value = props.value ?? null;
  const view = { el, label, body, input, ctx, props, value, selected: h.initialSelection(props, h.itemsOf(value).length) };
  const on = (target, type, fn) => target.addEventListener(type, fn, { signal: ctx.signal });
  on(body, "click", (e) => click(view, e));
  on(body, "keydown", (e) => keydown(view, e));
  on(input, "change", () => {
    upload(view, input.files);
    input.value = ""; // the same files chosen again still upload
  });
  on(body, "dragover", (e) => view.interactive && e.preventDefault());
  on(body, "drop", (e) => {
    if (!view.interactive) return;
    e.preventDefault();
    upload(view, e.dataTransfer?.files);
  });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  applyBlock(view.el, props);
  view.props = props;
  view.interactive = props.interactive !== false;
  if ("label" in patch || "show_label" in patch) updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "Gallery");
  // A value or selected_index from a function changes what is shown without firing select
  // (Gradio 6); the selection follows the value, clamped to its length.
  if (patch !== props && "value" in patch) {
    view.value = props.value ?? null;
    view.selected = h.clampIndex(view.selected, count(view));
  }
  const selecting = patch !== props && "selected_index" in patch;
  if (selecting) view.selected = h.clampIndex(props.selected_index, count(view));
  if (DRAWN.some((k) => k in patch)) draw(view);
  else if (selecting) paintSelection(view);
}

const count = (view) => h.itemsOf(view.value).length;

function click(view, e) {
  const target = e.target.closest?.("button");
  if (!target || !view.body.contains(target)) return;
  const index = Number(target.dataset.index);
  if (target.classList.contains("delete-button")) {
    e.stopPropagation();
    const { value, data } = h.withoutItem(view.value, index);
    return commit(view, value, "delete", data);
  }
  if (target.dataset.action === "upload") return view.input.click();
  if (target.dataset.action === "clear") return commit(view, null, "clear", null);
  if (target.dataset.action === "close") return close(view);
  if (target.dataset.action === "download") return download(h.itemsOf(view.value)[view.selected]?.file);
  if (target.classList.contains("thumbnail-lg")) {
    // Gradio: preview_open when the preview opens from the grid, then select.
    if (view.selected === null && view.props.allow_preview !== false) view.ctx.emit("preview_open", null);
    return select(view, index);
  }
  if (target.classList.contains("thumbnail-small")) return select(view, index);
  if (target.classList.contains("media-button") && target.querySelector("img")) {
    // A click on the image's left half shows the previous item, on its right half the next;
    // Enter or Space (a click with no pointer, detail 0) shows the next.
    const box = target.getBoundingClientRect();
    const left = e.detail !== 0 && e.clientX - box.left < box.width / 2;
    return select(view, h.stepIndex(view.selected, count(view), left ? -1 : 1));
  }
}

function keydown(view, e) {
  if (!e.target.closest?.(".preview")) return;
  const key = e.key || e.code;
  if (key === "Escape") {
    e.preventDefault();
    close(view);
  } else if (key === "ArrowLeft" || key === "ArrowRight") {
    e.preventDefault();
    select(view, h.stepIndex(view.selected, count(view), key === "ArrowLeft" ? -1 : 1));
  }
}

// A user's choice of item: drawn, kept for redraws, and told as select {index, value: item}.
function select(view, index) {
  setSelected(view, index);
  // Gradio focuses the preview's thumbnail, so the arrow keys work at once.
  view.body.querySelector(`.thumbnail-small[data-index="${index}"]`)?.focus();
  view.ctx.emit("select", { index, value: view.value[index] });
}

function close(view) {
  const was = view.selected;
  setSelected(view, null);
  view.body.querySelector(`.thumbnail-lg[data-index="${was}"]`)?.focus();
  view.ctx.emit("preview_close", null);
}

function setSelected(view, index) {
  view.selected = index;
  view.ctx.remember?.({ selected_index: index });
  paintSelection(view);
}

// A user edit of the value: drawn here, then stored by the core, which fires input/change and
// `event` with its EventData.
function commit(view, value, event, data) {
  view.value = value;
  view.selected = h.clampIndex(view.selected, count(view));
  draw(view);
  view.ctx.setValue(value, event, data);
}

// Chosen or dropped files, checked first (file_types, max_file_size): one refused file keeps
// the previous value and shows Gradio's error naming it.
function upload(view, fileList) {
  const files = [...(fileList ?? [])];
  if (!files.length || !view.interactive) return;
  const { ctx, props } = view;
  try {
    for (const f of files) checkUpload(f, { file_types: props.file_types ?? ["image", "video"], max_file_size: ctx.app.maxFileSize });
  } catch (err) {
    return ctx.toast({ level: "error", title: "Error", message: err.message });
  }
  const added = files.map((f) => h.itemFromUpload(ctx.files.add(f, f.name)));
  commit(view, [...(view.value ?? []), ...added], "upload", added);
}

export default {
  receives: "[[url, caption]] (type filepath)",
  create,
  update,
  css,
  toolbar,
  edge: {
    argument: (value, props) => h.toArgument(value, props),
    // A gr.update() may carry the value beside other props; only the value is converted.
    output: (value, props, app) => {
      if (value && value.__type__ === "update") return "value" in value ? { ...value, value: h.toWire(value.value, app.files) } : value;
      return h.toWire(value, app.files);
    },
  },
};
