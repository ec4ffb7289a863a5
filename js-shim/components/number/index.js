// gr.Number in the page: Gradio's Block > label.block > BlockTitle + <input type=number>,
// named by aria-label (label, else "Number"); input/change through the core, submit on
// Enter, focus and blur; precision is applied where Gradio applies it (pre/postprocess).
import { block, applyBlock, blockTitle, updateTitle } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { roundToPrecision, boundsError, parseNumber, outputNumber, boxNeedsText } from "./helpers.js";

function create(props, ctx) {
  const el = block(props, { kind: "number" });
  const label = document.createElement("label");
  label.className = "block";
  const title = blockTitle(props, "Number");
  const input = document.createElement("input");
  input.type = "number";
  label.append(title.el, input);
  el.append(label);
  const view = { el, label, title, input };
  const on = (type, fn) => input.addEventListener(type, fn, { signal: ctx.signal });
  on("input", () => ctx.setValue(parseNumber(input.value)));
  on("keydown", (e) => {
    if (e.key !== "Enter" || e.isComposing) return;
    e.preventDefault();
    ctx.emit("submit", null);
  });
  on("focus", () => ctx.emit("focus", null));
  on("blur", () => ctx.emit("blur", null));
  // Gradio's Index does `value ??= 0` at mount: an empty Number shows 0 (later nulls show an
  // empty box). Only the display changes here; the core keeps its value until an edit.
  const first = { ...props, value: props.value ?? 0 };
  update(view, first, first, ctx);
  return view;
}

function setAttr(input, name, value) {
  if (value == null || value === "") input.removeAttribute(name);
  else input.setAttribute(name, String(value));
}

function update(view, props, patch) {
  const { el, label, title, input } = view;
  const changed = changedIn(props, patch);
  applyBlock(el, props);
  label.classList.toggle("container", props.container !== false);
  if (changed("label") || changed("show_label") || changed("info")) {
    updateTitle(title, { ...props, label: props.label || undefined }, "Number");
    input.setAttribute("aria-label", props.label || "Number");
  }
  if (changed("minimum")) setAttr(input, "min", props.minimum);
  if (changed("maximum")) setAttr(input, "max", props.maximum);
  if (changed("step")) setAttr(input, "step", props.step);
  if (changed("placeholder")) setAttr(input, "placeholder", props.placeholder);
  if (changed("interactive")) input.disabled = props.interactive === false;
  if (changed("value") && boxNeedsText(input.value, props.value)) input.value = props.value == null ? "" : String(props.value);
}

// Gradio's preprocess: out-of-bounds values fail the event with its message (a rejected
// promise, so the app reports it as the event's error); others are rounded to precision.
function argument(value, props) {
  if (value == null) return null;
  const error = boundsError(value, props.minimum, props.maximum);
  if (error) return Promise.reject(new Error(error));
  return roundToPrecision(value, props.precision);
}

const css = `
.graft-number > label.block { display: block; border: 0; margin: 0; padding: 0; background: none; box-shadow: none; }
.graft-number .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.graft-number [data-testid="block-info"] { display: block; margin-bottom: var(--spacing-lg); color: var(--block-title-text-color); font-size: var(--block-title-text-size); }
.graft-number input[type="number"] {
  display: block; box-sizing: border-box; width: 100%; margin: 0; padding: var(--input-padding);
  font: inherit; font-size: var(--input-text-size); color: var(--body-text-color);
  background: var(--input-background-fill); border: 0; border-radius: var(--input-radius); outline: none;
}
.graft-number label.container > input[type="number"] { border: 1px solid var(--input-border-color); }
.graft-number input[type="number"]:focus { border-color: var(--input-border-color-focus); box-shadow: var(--input-shadow-focus); }
.graft-number input[type="number"]:focus-visible { outline: 2px solid var(--input-border-color-focus); outline-offset: 1px; }
.graft-number input[type="number"]::placeholder { color: var(--block-title-text-color); }
.graft-number input[type="number"]:disabled { opacity: 1; -webkit-text-fill-color: var(--body-text-color); cursor: not-allowed; }
.graft-number input[type="number"]:out-of-range { border-color: var(--error-text-color); }
`;

export default {
  receives: "number | null (an integer when precision is 0)",
  create,
  update,
  css,
  edge: { argument, output: (value, props) => outputNumber(value, props.precision, "Number") },
};
