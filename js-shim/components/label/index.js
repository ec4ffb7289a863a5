// gr.Label: Gradio's Block tid=label > BlockLabel > <h2 tid=label-output-value> (top class) and
// one button.confidence-set per class (a <meter> named by the class and "NN%"); clicking one
// fires select {index, value: class}. Class names are only ever text nodes.
import { block, applyBlock, blockLabel, updateBlockLabel, empty, make } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { toWire, toArgument, displayValue, percent, meterValue, safeColor } from "./helpers.js";

function create(props, ctx) {
  const el = block(props, { kind: "label", testid: "label" });
  const label = blockLabel(props, "Label");
  const body = make("div", "container");
  el.append(label, body);
  const view = { el, label, body, shown: null };
  // One delegated listener: redraws replace the buttons without adding listeners.
  body.addEventListener("click", (e) => {
    const button = e.target.closest?.("button.confidence-set");
    const index = button ? Number(button.dataset.index) : -1;
    const c = view.shown?.confidences?.[index];
    if (c) ctx.emit("select", { index, value: c.label });
  }, { signal: ctx.signal });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  if (changed("label") || changed("show_label")) {
    updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "Label");
  }
  view.label.classList.toggle("float", props.show_heading !== false);
  view.body.classList.toggle("selectable", props._selectable === true);
  if (["value", "num_top_classes", "show_heading", "color"].some(changed)) draw(view, props);
}

function draw(view, props) {
  const { body } = view;
  body.replaceChildren();
  const value = displayValue(props.value, props.num_top_classes);
  view.shown = value;
  if (!value) return body.append(empty());
  // Gradio: the heading stays when there are no confidences, even with show_heading false.
  if (props.show_heading !== false || !value.confidences) {
    const h2 = make("h2", "output-class", value.label);
    h2.dataset.testid = "label-output-value";
    h2.classList.toggle("no-confidence", !("confidences" in value));
    const color = safeColor(props.color);
    if (color) h2.style.backgroundColor = color;
    body.append(h2);
  }
  (value.confidences ?? []).forEach(({ label, confidence }, index) => {
    const button = make("button", "confidence-set group");
    button.type = "button";
    button.dataset.testid = `${label}-confidence-set`;
    button.dataset.index = String(index);
    const wrap = make("div", "inner-wrap");
    const meter = make("meter", "bar");
    meter.setAttribute("aria-label", label);
    meter.setAttribute("min", "0");
    meter.setAttribute("max", "1");
    meter.setAttribute("value", String(meterValue(confidence)));
    meter.style.width = `${meterValue(confidence) * 100}%`;
    const dl = make("dl", "label");
    dl.append(make("dt", "text", label), make("div", "line"), make("dd", "confidence", percent(confidence)));
    wrap.append(meter, dl);
    button.append(wrap);
    body.append(button);
  });
}

// graft.css has an older `.graft-label` rule (a textbox caption's font and colour); the Block
// of gr.Label, which shares that class name, resets it.
const css = `
.block.graft-label { font-size: inherit; color: var(--body-text-color); }
.graft-label .container { padding: var(--block-padding); }
.graft-label .output-class { display: flex; justify-content: center; align-items: center; margin: 0; padding: var(--spacing-xl) var(--spacing-lg); color: var(--body-text-color); font-weight: 700; font-size: var(--text-xxl, 26px); }
.graft-label .confidence-set { display: flex; justify-content: space-between; align-items: flex-start; width: 100%; margin: 0 0 var(--spacing-md); padding: 0; border: 0; background: none; font: inherit; font-family: var(--font-mono); color: var(--body-text-color); line-height: 1; text-align: left; cursor: pointer; }
.graft-label .confidence-set:last-child { margin-bottom: 0; }
.graft-label .confidence-set:hover .label, .graft-label .confidence-set:focus-visible .label { text-decoration: underline; }
.graft-label .confidence-set:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-label .inner-wrap { flex: 1 1 0%; display: flex; flex-direction: column; }
.graft-label .bar { appearance: none; -webkit-appearance: none; align-self: flex-start; height: 4px; margin-bottom: var(--spacing-sm); border: none; border-radius: var(--radius-md); background: var(--color-accent); }
.graft-label .bar::-webkit-meter-bar { border: none; border-radius: var(--radius-md); background: var(--color-accent); }
.graft-label .bar::-webkit-meter-optimum-value, .graft-label .bar::-webkit-meter-suboptimum-value, .graft-label .bar::-webkit-meter-even-less-good-value { border-radius: var(--radius-md); background: var(--color-accent); }
.graft-label .bar::-moz-meter-bar { border-radius: var(--radius-md); background: var(--color-accent); }
.graft-label .label { display: flex; align-items: baseline; margin: 0; }
.graft-label .label > * + * { margin-left: var(--spacing-md); }
.graft-label .text { line-height: 1.5; }
.graft-label .line { flex: 1 1 0%; border: 1px dashed var(--border-color-primary); }
.graft-label dd.confidence { margin-left: auto; text-align: right; }
`;

export default {
  receives: "the top class (str), or {class: confidence} when there are confidences",
  create,
  update,
  css,
  edge: {
    argument: (value) => toArgument(value),
    output: (value, props) => toWire(value, props),
  },
};
