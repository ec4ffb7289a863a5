// gr.File: BlockLabel ("File"), Gradio's upload area (click or drop) while empty and
// interactive, the file list (preview.js) with download links, "Remove this file", a toolbar
// (Upload for lists, Clear), Empty when static and empty. Files stay in the page (ctx.files).
import { block, applyBlock, blockLabel, updateBlockLabel, iconButton, empty, make, customButtons } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { fileList, isEmpty, isMulti, chooseFiles, joinUpload, removeAt, toArgument, toOutput, RECEIVES } from "./helpers.js";
import { fileInput, configureInput, openPicker, onPicked } from "./input.js";
import { drawPreview } from "./preview.js";
import { svgPath } from "../atoms/icons.js";

function create(props, ctx) {
  const { signal } = ctx;
  const el = block(props, { kind: "file" });
  const label = blockLabel(props, "File");
  const tools = make("div", "icon-button-wrapper");
  // Gradio names this button by the i18n key "common.upload", which en.json lacks; Graft says "Upload".
  const more = iconButton("Upload", "", (e) => e.target !== input && openPicker(input), signal);
  more.append(uploadIcon());
  const clear = iconButton("Clear", "close", (e) => {
    e.stopPropagation();
    show(view, null);
    ctx.setValue(null, "clear");
  }, signal);
  tools.append(more, clear);
  const holder = make("div", "file-preview-holder");
  const table = make("table", "file-preview");
  const tbody = make("tbody");
  table.append(tbody);
  holder.append(table);
  // Gradio's Upload: a button named "Click to upload or drop files" holding the hidden input.
  const area = make("button", "upload-area");
  area.type = "button";
  // Gradio's name for scripts, then the words shown (WCAG 2.5.3: the label is in the name).
  area.setAttribute("aria-label", "Click to upload or drop files (Drop File Here - or - Click to Upload)");
  area.setAttribute("aria-dropeffect", "copy");
  const text = make("span", "upload-text");
  // Spaces between the parts, so the words read (and match the name) as one phrase.
  text.append(make("span", "", "Drop File Here"), " ", make("span", "or", "- or -"), " ", make("span", "", "Click to Upload"));
  area.append(text);
  const input = fileInput({ "aria-label": "File upload", "data-testid": "file-upload" });
  input.hidden = true;
  const none = empty();
  el.append(label, tools, holder, area, none);
  const view = { el, label, tools, more, clear, holder, tbody, area, input, none, ctx, shown: null };

  const upload = (files) => {
    const current = ctx.props();
    const { files: taken, error } = chooseFiles(files, current, ctx.app?.maxFileSize);
    if (error) return ctx.toast({ level: "error", title: "Error", message: error });
    if (!taken.length) return;
    const added = taken.map((f) => ctx.files.add(f));
    const value = joinUpload(current.value, added, current);
    show(view, value);
    ctx.setValue(value, "upload", value);
  };
  onPicked(input, upload, signal);
  area.addEventListener("click", (e) => {
    if (e.target !== input) openPicker(input);
  }, { signal });
  // Dropping files on the upload area (or on the toolbar's Upload) uploads them.
  for (const target of [area, more]) {
    for (const type of ["dragenter", "dragover"]) {
      target.addEventListener(type, (e) => {
        e.preventDefault();
        el.classList.add("dragging");
      }, { signal });
    }
    target.addEventListener("dragleave", () => el.classList.remove("dragging"), { signal });
    target.addEventListener("drop", (e) => {
      e.preventDefault();
      e.stopPropagation();
      el.classList.remove("dragging");
      upload(Array.from(e.dataTransfer?.files ?? []));
    }, { signal });
  }
  // One delegated listener for the rows: remove, download, select (FilePreview's rules).
  tbody.addEventListener("click", (e) => {
    const tr = e.target.closest?.("tr.file");
    const index = tr ? Number(tr.dataset.index) : -1;
    const files = fileList(view.shown);
    const file = files[index];
    if (!file) return;
    if (e.target.closest("button.label-clear-button")) {
      const { value, data } = removeAt(view.shown, index);
      show(view, value);
      ctx.setValue(value, "delete", data);
    } else if (e.target.closest("td.download a")) {
      ctx.emit("download", { file, index });
    } else if (e.target === tr || e.target.closest("td.filename")) {
      ctx.emit("select", { index, value: file.orig_name });
    }
  }, { signal });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  if (changed("label") || changed("show_label")) updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "File");
  if (changed("file_types") || changed("file_count")) configureInput(view.input, props);
  view.props = props;
  show(view, changed("value") ? props.value : view.shown);
}

// Draws `value`: the list (with its toolbar) when there are files, else the upload area
// (interactive) or Empty (static). `height` is the empty block's height and the list's maximum.
function show(view, value) {
  const props = view.props;
  const interactive = props.interactive !== false;
  const filled = !isEmpty(value);
  view.shown = value;
  drawPreview(view.tbody, filled ? fileList(value) : [], { interactive, selectable: props._selectable === true });
  view.holder.hidden = !filled;
  view.area.hidden = filled || !interactive;
  view.none.hidden = filled || interactive;
  const editable = filled && interactive;
  view.clear.hidden = !editable;
  view.tools.hidden = !editable && !customButtons(props.buttons).length;
  // A filled single-file input takes no more files until it is cleared (Gradio).
  view.more.hidden = !isMulti(props) || !editable;
  const home = filled ? (isMulti(props) ? view.more : null) : interactive ? view.area : null;
  if (home) home.append(view.input);
  else view.input.remove();
  const h = props.height == null ? "" : typeof props.height === "number" ? `${props.height}px` : String(props.height);
  view.el.style.height = filled ? "" : h;
  view.holder.style.maxHeight = filled ? h : "";
  view.el.classList.toggle("empty-value", !filled);
}

function uploadIcon() {
  return svgPath("M12 21V8m-5 5l5-5 5 5M4 3h16");
}

const css = `
.block.graft-file { display: flex; flex-direction: column; padding: 0; overflow: hidden; min-height: 120px; }
.block.graft-file.empty-value { border-style: dashed; }
.block.graft-file.dragging { border-color: var(--color-accent); border-style: solid; }
.graft-file > .icon-button-wrapper { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 3; display: flex; gap: var(--spacing-sm); }
.graft-file > .icon-button-wrapper .icon-button input { display: none; }
.graft-file .upload-area { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; width: 100%; min-height: 120px; padding: var(--spacing-xl); border: 0; background: transparent; color: var(--body-text-color-subdued); font: inherit; font-size: var(--text-lg); cursor: pointer; }
.graft-file .upload-area:hover, .graft-file.dragging .upload-area { color: var(--body-text-color); }
.graft-file .upload-area:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-file .upload-text { display: flex; flex-direction: column; align-items: center; gap: var(--spacing-sm); }
.graft-file .upload-text .or { font-size: var(--text-md); }
.graft-file .upload-area input { display: none; }
.graft-file .file-preview-holder { overflow: auto; margin-top: calc(var(--text-sm) * 2 + 8px); }
.graft-file .file-preview { table-layout: fixed; width: 100%; border-collapse: collapse; color: var(--body-text-color); font-size: var(--text-md); }
.graft-file tr.file { display: flex; width: 100%; }
.graft-file tr.file > * { padding: var(--spacing-sm) var(--spacing-lg); }
.graft-file tr.file:nth-child(even) { background: var(--block-background-fill); }
.graft-file tr.file:nth-child(odd) { background: var(--table-odd-background-fill); }
.graft-file tr.file.selectable { cursor: pointer; }
.graft-file td.filename { flex-grow: 1; display: flex; overflow: hidden; min-width: 0; }
.graft-file td.filename .stem { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.graft-file td.filename .ext { white-space: nowrap; }
.graft-file td.download { min-width: 8rem; width: 10%; white-space: nowrap; text-align: right; }
.graft-file td.download a { color: var(--link-text-color); }
.graft-file td.download a:hover { text-decoration: underline; }
.graft-file .label-clear-button { border: 0; background: none; color: var(--body-text-color-subdued); font: inherit; font-size: var(--text-lg); line-height: 1; cursor: pointer; }
.graft-file .label-clear-button:hover { color: var(--body-text-color); }
.graft-file > .empty { flex: 1; }
.graft-file [hidden] { display: none !important; }
`;

export default {
  toolbar: (view) => view.tools, // where Gradio 6's custom buttons go
  receives: RECEIVES,
  create,
  update,
  css,
  edge: {
    argument: (value, props, app) => toArgument(value, props, app),
    output: (value, props, app) => toOutput(value, props, app, { kind: "File", list: isMulti(props) }),
  },
};
