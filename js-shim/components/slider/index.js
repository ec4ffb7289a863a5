// gr.Slider in the page: Gradio's head (title, number box, reset button) over a range input
// between min/max spans, with its aria-labels and test ids. input/change go through the
// core; release fires on pointer-up of either input and on blur of the number box.
import { block, applyBlock, blockTitle, updateTitle } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { roundToPrecision, boundsError, parseNumber, boxNeedsText } from "../number/helpers.js";
import { bounds, clamp, shown, showsReset, names, progress, outputSlider } from "./helpers.js";

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

function create(props, ctx) {
  const el = block(props, { kind: "slider" });
  const wrap = make("div", { className: "wrap" });
  const head = make("div", { className: "head" });
  const range = make("input", { type: "range", id: ctx.uid("range"), name: "cowbell" });
  range.dataset.testid = "range-input";
  const label = make("label");
  label.setAttribute("for", range.id);
  const title = blockTitle(props, "Slider");
  label.append(title.el);
  const tabs = make("div", { className: "tab-like-container" });
  const box = make("input", { type: "number" });
  box.dataset.testid = "number-input";
  const reset = make("button", { type: "button", className: "reset-button", textContent: "↺" });
  reset.dataset.testid = "reset-button";
  reset.setAttribute("aria-label", "Reset to default value");
  reset.title = "Reset to default value";
  tabs.append(box, reset);
  head.append(label, tabs);
  const track = make("div", { className: "slider_input_container" });
  const minSpan = make("span", { className: "min_value" });
  minSpan.dataset.testid = "min-value";
  const maxSpan = make("span", { className: "max_value" });
  maxSpan.dataset.testid = "max-value";
  track.append(minSpan, range, maxSpan);
  wrap.append(head, track);
  el.append(wrap);

  const view = { el, title, box, range, reset, minSpan, maxSpan, initial: shown(props.value, bounds(props).min) };
  const on = (node, type, fn) => node.addEventListener(type, fn, { signal: ctx.signal });
  const edit = (value) => {
    view.value = value;
    draw(view, value, ctx.props());
    ctx.setValue(value);
  };
  on(range, "input", () => edit(Number(range.value)));
  on(box, "input", () => {
    const n = parseNumber(box.value);
    if (n != null) edit(n); // an emptied box waits for blur, which restores a number
  });
  on(range, "pointerup", () => ctx.emit("release", view.value));
  on(box, "pointerup", () => ctx.emit("release", view.value));
  // Gradio sends release with the typed value and then clamps; here release carries the
  // clamped value the slider keeps, so a listener never sees a value outside the range.
  on(box, "blur", () => {
    const { min, max } = bounds(ctx.props());
    const value = clamp(parseNumber(box.value) ?? view.value, min, max);
    box.value = String(value);
    if (value !== view.value) edit(value);
    ctx.emit("release", value);
  });
  // Gradio's reset restores the value the component was created with, then fires release.
  on(reset, "click", () => {
    edit(view.initial);
    ctx.emit("release", view.initial);
  });
  const first = { ...props, value: view.initial };
  update(view, first, first, ctx);
  return view;
}

function draw(view, value, props) {
  const { min, max } = bounds(props);
  view.range.value = String(value);
  view.range.style.setProperty("--range_progress", `${progress(value, min, max)}%`);
  if (boxNeedsText(view.box.value, value)) view.box.value = String(value);
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  const { min, max, step } = bounds(props);
  applyBlock(view.el, props);
  if (changed("label") || changed("show_label") || changed("info")) {
    const name = names(props.label);
    updateTitle(view.title, { ...props, label: name.title }, "Slider");
    view.box.setAttribute("aria-label", name.number);
    view.range.setAttribute("aria-label", name.range);
  }
  if (changed("minimum") || changed("maximum") || changed("step")) {
    for (const input of [view.box, view.range])
      for (const [k, v] of [["min", min], ["max", max], ["step", step]]) input.setAttribute(k, String(v));
    view.minSpan.textContent = String(min);
    view.maxSpan.textContent = String(max);
  }
  if (changed("buttons")) view.reset.hidden = !showsReset(props.buttons);
  if (changed("interactive")) for (const c of [view.box, view.range, view.reset]) c.disabled = props.interactive === false;
  if (changed("value") || changed("minimum") || changed("maximum")) {
    view.value = shown(props.value, min);
    draw(view, view.value, props);
  }
}

// Gradio's preprocess: a value outside [minimum, maximum] fails the event with its message
// (a rejected promise, reported as the event's error); others are rounded to precision.
function argument(value, props) {
  const { min, max } = bounds(props);
  const error = boundsError(value, min, max);
  if (error) return Promise.reject(new Error(error));
  return roundToPrecision(value, props.precision);
}

const css = `
.graft-slider .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.graft-slider .wrap { display: flex; flex-direction: column; width: 100%; }
.graft-slider .head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start; gap: var(--spacing-md); margin-bottom: var(--spacing-md); }
.graft-slider .head > label { flex: 1; color: var(--block-title-text-color); font-size: var(--block-title-text-size); }
.graft-slider .tab-like-container { display: flex; align-items: stretch; margin-left: auto; border: 1px solid var(--input-border-color); border-radius: var(--radius-sm); overflow: hidden; height: 24px; }
.graft-slider input[type="number"] {
  box-sizing: border-box; height: 100%; min-width: 56px; width: 72px; margin: 0; padding: 2px var(--spacing-md);
  border: 0; border-radius: 0; font: inherit; font-size: var(--text-sm); text-align: center;
  color: var(--body-text-color); background: var(--input-background-fill); outline: none;
}
.graft-slider input[type="number"]:focus-visible { box-shadow: inset 0 0 0 2px var(--color-accent); }
.graft-slider .reset-button {
  display: flex; align-items: center; justify-content: center; min-width: 24px; padding: 0 var(--spacing-md);
  border: 0; border-left: 1px solid var(--input-border-color); background: none; cursor: pointer;
  font-size: var(--text-sm); color: var(--body-text-color);
}
.graft-slider .reset-button[hidden] { display: none; }
.graft-slider .reset-button:hover:not(:disabled) { background: var(--background-fill-secondary); }
.graft-slider .reset-button:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-slider .slider_input_container { display: flex; align-items: center; gap: var(--spacing-md); }
.graft-slider input[type="range"] { flex: 1; min-width: 112px; margin: 0; accent-color: var(--slider-color); cursor: pointer; background: transparent; }
.graft-slider input[type="range"]:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-slider .min_value, .graft-slider .max_value { font-size: var(--text-sm); color: var(--block-title-text-color); }
.graft-slider input:disabled, .graft-slider button:disabled { cursor: not-allowed; }
.graft-slider input[type="range"]:disabled, .graft-slider .reset-button:disabled { opacity: 0.6; }
.graft-slider input[type="number"]:disabled { opacity: 1; -webkit-text-fill-color: var(--body-text-color); }
@media (max-width: 480px) { .graft-slider .min_value, .graft-slider .max_value { display: none; } }
`;

export default {
  receives: "number", create, update, css, edge: { argument, output: outputSlider } };
