// gr.Checkbox in the page: Gradio's Block > label.checkbox-container > input[data-testid=checkbox]
// + span.label-text, info below outside the label; a click sets the value through the core
// and fires select {index: 0, value, selected}; Enter toggles too, as in Gradio.
import { block, applyBlock } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { labelText, selectData, truthy } from "./helpers.js";

function create(props, ctx) {
  const el = block(props, { kind: "checkbox" });
  const label = document.createElement("label");
  label.className = "checkbox-container";
  const input = document.createElement("input");
  input.type = "checkbox";
  input.name = "test";
  input.dataset.testid = "checkbox";
  const text = document.createElement("span");
  text.className = "label-text";
  label.append(input, text);
  const info = document.createElement("div");
  info.className = "info-text";
  el.append(label, info);
  const view = { el, label, input, text, info };
  const pick = (checked) => {
    input.checked = checked;
    ctx.setValue(checked);
    ctx.emit("select", selectData(checked));
  };
  input.addEventListener("change", () => pick(input.checked), { signal: ctx.signal });
  // Gradio toggles on Enter and reads `checked` before its DOM catches up, so its payload
  // carries the old state; here it carries the new one, the state the user now sees. The
  // core also fires input here, which Gradio's Enter path does not.
  input.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || input.disabled) return;
    e.preventDefault();
    pick(!input.checked);
  }, { signal: ctx.signal });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  if (changed("label") || changed("show_label")) {
    view.text.textContent = labelText(props.label);
    // Gradio drops the span when show_label=False, leaving the box unnamed; it stays here,
    // visually hidden, so the checkbox keeps an accessible name.
    view.text.classList.toggle("sr-only", props.show_label === false);
  }
  if (changed("info")) {
    view.info.textContent = props.info ?? "";
    view.info.hidden = !props.info;
  }
  if (changed("interactive")) {
    view.input.disabled = props.interactive === false;
    view.label.classList.toggle("disabled", props.interactive === false);
  }
  if (changed("value")) view.input.checked = props.value === true;
}

const css = `
.graft-checkbox .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.graft-checkbox .checkbox-container { display: flex; align-items: center; gap: var(--spacing-lg); cursor: pointer; color: var(--body-text-color); font-size: var(--text-md); line-height: 1.5; }
.graft-checkbox input[type="checkbox"] {
  width: 16px; height: 16px; margin: 0; flex: none; cursor: pointer;
  accent-color: var(--checkbox-background-color-selected); border: 1px solid var(--checkbox-border-color); border-radius: var(--checkbox-border-radius);
}
.graft-checkbox input[type="checkbox"]:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-checkbox .disabled, .graft-checkbox input:disabled { cursor: not-allowed; }
.graft-checkbox .info-text { margin-top: var(--spacing-sm); color: var(--block-title-text-color); font-size: var(--block-info-text-size); }
`;

export default {
  receives: "boolean",
  create,
  update,
  css,
  edge: { argument: (value) => value, output: (value) => truthy(value) },
};
