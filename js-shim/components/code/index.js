// gr.Code: Gradio's Block > BlockLabel ("Code") > "Download"/"Copy" buttons > CodeMirror 6
// editor (.cm-content named "Code input container"), or Empty when static with no value.
// CodeMirror is editor.js, imported on first need, so only apps drawing a Code load it; until
// it arrives the text shows read-only in a <pre>. User edits set the value (the core fires
// input/change); focus and blur are events; a value from a function never reports an edit.
import { applyBlock, block, blockLabel, customButtons, empty, iconButton, updateBlockLabel, make } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { buttonsOf, downloadName, heightStyle, languageKey, showsEmpty, toWire } from "./helpers.js";
import { checkIcon, codeIcon, copyIcon, downloadIcon } from "./icons.js";

let loadEditor = () => import("./editor.js");
// Node tests have no layout engine for CodeMirror: they swap in a fake editor module.
export function setEditorLoader(load) {
  loadEditor = load;
}

function create(props, ctx) {
  const el = block(props, { kind: "code" });
  const label = blockLabel(props, "Code");
  label.id = ctx.uid("code-label");
  const tools = make("div", "icon-button-wrapper");
  const download = iconButton("Download", "", () => save(view), ctx.signal);
  const copy = iconButton("Copy", "", () => copyText(view), ctx.signal);
  download.append(downloadIcon());
  copy.append(copyIcon());
  tools.append(download, copy);
  const wrap = make("div", "codemirror-wrapper");
  const pending = make("pre", "graft-code-pending");
  wrap.append(pending);
  const none = empty();
  none.append(codeIcon(32));
  el.append(label, tools, wrap, none);
  const view = { el, label, tools, copy, download, wrap, pending, none, editor: null, loading: null, props, ctx, timer: 0 };
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch, ctx) {
  const changed = changedIn(props, patch);
  view.props = props;
  applyBlock(view.el, props);
  if (changed("label") || changed("show_label")) {
    updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "Code");
    view.label.prepend(codeIcon(12));
  }
  const isEmpty = showsEmpty(props);
  const buttons = buttonsOf(props.buttons);
  view.none.hidden = !isEmpty;
  view.wrap.hidden = isEmpty;
  view.tools.hidden = isEmpty || (!buttons.copy && !buttons.download && !customButtons(props.buttons).length);
  view.copy.hidden = !buttons.copy;
  view.download.hidden = !buttons.download;
  if (isEmpty) return;
  if (view.editor) {
    if (changed("value")) view.editor.setDoc(props.value ?? "");
    view.editor.configure(editorOptions(view, props));
  } else {
    view.pending.textContent = String(props.value ?? "");
    Object.assign(view.pending.style, heightStyle(props.lines, props.max_lines));
    startEditor(view, ctx);
  }
}

function editorOptions(view, props) {
  return {
    language: languageKey(props.language),
    readOnly: props.interactive === false,
    lineNumbers: props.show_line_numbers !== false,
    wrap: props.wrap_lines === true,
    describedBy: view.label.hidden ? undefined : view.label.id,
    ...heightStyle(props.lines, props.max_lines),
  };
}

function startEditor(view, ctx) {
  if (view.loading) return;
  view.el.setAttribute("aria-busy", "true");
  view.loading = loadEditor()
    .then(({ createEditor }) => {
      if (ctx.signal.aborted) return;
      view.pending.remove();
      view.editor = createEditor(view.wrap, { ...editorOptions(view, view.props), doc: String(view.props.value ?? "") }, {
        onEdit: (text) => ctx.setValue(text),
        onFocus: () => ctx.emit("focus", null),
        onBlur: () => ctx.emit("blur", null),
      });
    })
    .catch((err) => console.warn("gr.Code: the editor did not load; showing the text read-only", err))
    .finally(() => view.el.removeAttribute("aria-busy"));
}

const currentText = (view) => (view.editor ? view.editor.text() : String(view.props.value ?? ""));

function copyText(view) {
  navigator.clipboard?.writeText(currentText(view)).then(() => {
    view.copy.replaceChildren(checkIcon());
    clearTimeout(view.timer);
    view.timer = setTimeout(() => view.copy.replaceChildren(copyIcon()), 2000);
  }, () => {});
}

// Gradio's Download is a link to a Blob of the text named file.<ext>.
function save(view) {
  const url = URL.createObjectURL(new Blob([currentText(view)], { type: "text/plain" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: downloadName(view.props.language) });
  a.hidden = true;
  view.el.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function destroy(view) {
  clearTimeout(view.timer);
  view.editor?.destroy();
}

// Token colours for editor.js's highlight style: AA (≥ 4.5:1) on --code-background-fill.
const css = `
.graft-code { position: relative; display: flex; flex-direction: column; overflow: hidden;
  --graft-code-keyword: #7e22ce; --graft-code-string: #166534; --graft-code-number: #9a3412; --graft-code-comment: #52525b;
  --graft-code-function: #1d4ed8; --graft-code-type: #0e7490; --graft-code-tag: #b91c1c; --graft-code-attribute: #92400e;
  --graft-code-invalid: #b91c1c; --graft-code-selection: rgba(37, 99, 235, 0.22); }
.dark .graft-code {
  --graft-code-keyword: #c4b5fd; --graft-code-string: #86efac; --graft-code-number: #fdba74; --graft-code-comment: #a1a1aa;
  --graft-code-function: #93c5fd; --graft-code-type: #67e8f9; --graft-code-tag: #fca5a5; --graft-code-attribute: #fcd34d;
  --graft-code-invalid: #fca5a5; --graft-code-selection: rgba(147, 197, 253, 0.28); }
.block.graft-code { padding: 0; } /* Gradio's Code block has padding={false} */
.graft-code > .graft-block-label { position: static; align-self: flex-start; }
.graft-code > .graft-block-label svg { flex: none; }
.graft-code > .icon-button-wrapper { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 3; display: flex; gap: var(--spacing-sm); }
.graft-code > .icon-button-wrapper[hidden], .graft-code .icon-button[hidden], .graft-code > [hidden] { display: none; }
.graft-code .codemirror-wrapper { flex-grow: 1; display: flex; flex-direction: column; min-height: 0; overflow: auto; background: var(--code-background-fill); }
.graft-code .codemirror-wrapper .cm-editor { flex-grow: 1; }
.graft-code .graft-code-pending { margin: 0; padding: 5px 8px; font-family: var(--font-mono); font-size: var(--text-sm); line-height: 1.4; white-space: pre; overflow: auto; color: var(--body-text-color); box-sizing: content-box; }
.graft-code > .empty { min-height: 160px; }
`;

export default { receives: "str", create, update, destroy, css, toolbar: (view) => view.tools, edge: { output: (value) => toWire(value) } };
