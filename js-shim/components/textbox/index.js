// gr.Textbox: a <label> around its title and field — an <input> for one line, else a textarea
// that grows up to max_lines — with Gradio's submit/stop/copy buttons. A user's edit sets the
// value (the core fires input/change); submit, focus, blur, select, copy and stop are events.
import { applyBlock, block, blockTitle, iconButton, redrawSignal, updateTitle } from "../atoms/block.js";
import { buttonText, fieldKind, rowsFor, showsCopy, submitsOn, textOutput } from "./helpers.js";

export default {
  receives: "str",
  create(props, ctx) {
    const el = block(props, { kind: "textbox" });
    el.classList.add("padded");
    const label = document.createElement("label");
    label.className = "container";
    const title = blockTitle(props, "Textbox");
    const inputs = document.createElement("div");
    inputs.className = "input-container";
    label.append(title.el, inputs);
    el.append(label);
    const view = { el, label, title, inputs, field: null, kind: null };
    this.update(view, props, props, ctx);
    return view;
  },
  update(view, props, patch, ctx) {
    applyBlock(view.el, props);
    updateTitle(view.title, props, "Textbox");
    const kind = fieldKind(props);
    if (!view.field || kind.tag !== view.kind.tag || kind.type !== view.kind.type) buildField(view, kind, props, ctx);
    const f = view.field;
    if ("value" in patch && f.value !== String(props.value ?? "")) {
      f.value = String(props.value ?? "");
      if (props.autoscroll !== false && f.tagName === "TEXTAREA") f.scrollTop = f.scrollHeight;
    }
    if (f.tagName === "TEXTAREA") f.rows = rowsFor(f.value, props);
    f.placeholder = props.placeholder ?? "";
    f.disabled = props.interactive === false;
    if (props.max_length != null) f.maxLength = props.max_length;
    else f.removeAttribute("maxlength");
    f.dir = props.rtl ? "rtl" : "ltr";
    f.style.textAlign = props.text_align ?? "";
    drawButtons(view, props, ctx);
  },
  edge: { output: (value) => textOutput(value) },
  css: `
.graft-textbox .container { display: block; width: 100%; }
.graft-textbox .input-container { display: flex; position: relative; align-items: flex-end; gap: var(--spacing-sm); }
.graft-textbox input, .graft-textbox textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; font-size: var(--input-text-size); line-height: var(--line-sm); color: var(--body-text-color); background: var(--input-background-fill); border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); padding: var(--input-padding); resize: none; outline: none; }
.graft-textbox input:focus, .graft-textbox textarea:focus { border-color: var(--input-border-color-focus); box-shadow: var(--input-shadow-focus); }
.graft-textbox input::placeholder, .graft-textbox textarea::placeholder { color: var(--input-placeholder-color); }
.graft-textbox input:disabled, .graft-textbox textarea:disabled { -webkit-text-fill-color: var(--body-text-color); opacity: 1; cursor: default; }
.graft-textbox .submit-button, .graft-textbox .stop-button { flex: none; min-width: 40px; height: 40px; border-radius: var(--radius-lg); border: 0; cursor: pointer; font: inherit; font-weight: 600; background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); }
.graft-textbox .stop-button { background: var(--button-cancel-background-fill); color: var(--button-cancel-text-color); }
.graft-textbox .copy-button { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); }
`,
};

function buildField(view, kind, props, ctx) {
  const f = document.createElement(kind.tag);
  if (kind.type) f.type = kind.type;
  f.dataset.testid = kind.testid;
  // Named by the title alone (the <label> around it would also pull in the buttons' text).
  f.setAttribute("aria-labelledby", view.title.title.id ||= ctx.uid("title"));
  if (props.info) f.setAttribute("aria-describedby", view.title.info.id ||= ctx.uid("info"));
  if (props.autofocus) f.autofocus = true;
  view.field?.replaceWith(f);
  if (!view.field) view.inputs.prepend(f);
  // A change of lines or type replaces the field: the replaced one's listeners go, once it has
  // left (a focused field still tells its blur).
  const opts = { signal: redrawSignal(view, "fieldDrawn", ctx.signal) };
  f.addEventListener("input", () => {
    if (f.tagName === "TEXTAREA") f.rows = rowsFor(f.value, ctx.props());
    ctx.setValue(f.value);
  }, opts);
  f.addEventListener("keydown", (e) => {
    if (!submitsOn(ctx.props(), e)) return;
    e.preventDefault();
    ctx.emit("submit");
  }, opts);
  f.addEventListener("focus", () => ctx.emit("focus"), opts);
  f.addEventListener("blur", () => ctx.emit("blur"), opts);
  f.addEventListener("select", () => {
    const [start, end] = [f.selectionStart, f.selectionEnd];
    if (end > start) ctx.emit("select", { value: f.value.slice(start, end), index: [start, end] });
  }, opts);
  f.value = String(props.value ?? "");
  view.field = f;
  view.kind = kind;
}

// submit_btn, stop_btn and the copy button, each created once and shown as props say.
function drawButtons(view, props, ctx) {
  const make = (name, cls, text, event) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = cls;
    b.dataset.testid = cls;
    b.setAttribute("aria-label", name); // Gradio's have no name; a name for every control
    b.textContent = text;
    b.addEventListener("click", () => ctx.emit(event), { signal: ctx.signal });
    view.inputs.append(b);
    return b;
  };
  if (props.submit_btn && !view.submit) view.submit = make("Submit", "submit-button", "", "submit");
  if (view.submit) {
    view.submit.hidden = !props.submit_btn;
    view.submit.textContent = buttonText(props.submit_btn, "➤");
  }
  if (props.stop_btn && !view.stop) view.stop = make("Stop", "stop-button", "", "stop");
  if (view.stop) {
    view.stop.hidden = !props.stop_btn;
    view.stop.textContent = buttonText(props.stop_btn, "■");
  }
  if (showsCopy(props) && !view.copy) {
    view.copy = iconButton("Copy", "copy", async () => {
      const value = view.field.value;
      await navigator.clipboard?.writeText(value).catch(() => {});
      view.copy.setAttribute("aria-label", "Copied");
      setTimeout(() => view.copy?.setAttribute("aria-label", "Copy"), 2000);
      ctx.emit("copy", { value });
    }, ctx.signal);
    view.copy.classList.add("copy-button");
    view.inputs.append(view.copy);
  }
  if (view.copy) view.copy.hidden = !showsCopy(props);
}
