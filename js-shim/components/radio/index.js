// gr.Radio in the page: Gradio's fieldset.block > BlockTitle > div.wrap of
// label[data-testid="<display>-radio-label"] > input type=radio + span; picking a choice sets
// the value through the core and fires select {value, index}.
import { block, applyBlock, blockTitle, updateTitle } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { normaliseChoices, selectData, outputChoice, argumentChoice } from "./helpers.js";

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

// Like Gradio's, the fieldset has no legend or group name: a group name would also match
// Playwright's substring getByLabel and make Gradio-written locators ambiguous.
function create(props, ctx) {
  const el = block(props, { tag: "fieldset", kind: "radio" });
  const title = blockTitle(props, "Radio");
  const wrap = make("div", { className: "wrap" });
  el.append(title.el, wrap);
  // Gradio gives every input its own name, so its radios form no group. One name per Radio
  // here makes them a native radio group: Tab stops once, arrow keys move the choice (and
  // fire change, so input/select follow as for a click).
  const view = { el, title, wrap, name: ctx.uid("radio"), choices: [] };
  wrap.addEventListener("change", (e) => {
    const i = Number(e.target.dataset?.index);
    if (!e.target.checked || !(i in view.choices)) return;
    view.value = view.choices[i][1];
    sync(view, ctx.props());
    ctx.setValue(view.value);
    ctx.emit("select", selectData(view.choices, i));
  }, { signal: ctx.signal });
  update(view, props, props, ctx);
  return view;
}

function drawChoices(view, props) {
  view.choices = normaliseChoices(props.choices);
  view.wrap.replaceChildren(
    ...view.choices.map(([display, value], i) => {
      const input = make("input", { type: "radio" });
      input.dataset.index = String(i);
      input.setAttribute("name", view.name);
      input.setAttribute("value", String(value));
      const label = make("label");
      label.dataset.testid = `${display}-radio-label`;
      label.append(input, make("span", { textContent: display }));
      return label;
    }),
  );
}

function sync(view, props) {
  const disabled = props.interactive === false;
  for (const input of view.wrap.querySelectorAll("input")) {
    const on = view.choices[Number(input.dataset.index)][1] === view.value;
    input.checked = on;
    input.disabled = disabled;
    input.setAttribute("aria-checked", String(on));
    input.parentNode.classList.toggle("selected", on);
    input.parentNode.classList.toggle("disabled", disabled);
  }
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  if (changed("rtl")) {
    if (props.rtl) view.el.setAttribute("dir", "rtl");
    else view.el.removeAttribute("dir");
  }
  if (["label", "show_label", "info"].some(changed)) updateTitle(view.title, { ...props, label: props.label || undefined }, "Radio");
  if (changed("choices")) drawChoices(view, props);
  if (changed("value")) view.value = props.value ?? null;
  if (["choices", "value", "interactive"].some(changed)) sync(view, props);
}

const css = `
.graft-radio { min-width: 0; margin: 0; }
.graft-radio .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.graft-radio [data-testid="block-info"] { display: block; margin-bottom: var(--spacing-lg); color: var(--block-title-text-color); font-size: var(--block-title-text-size); }
.graft-radio .wrap { display: flex; flex-wrap: wrap; gap: var(--checkbox-label-gap); }
.graft-radio .wrap > label {
  display: flex; align-items: center; gap: var(--spacing-md); cursor: pointer;
  padding: var(--checkbox-label-padding); border: 1px solid var(--border-color-primary); border-radius: var(--radius-md);
  background: var(--checkbox-label-background-fill); color: var(--body-text-color); font-size: var(--text-md); line-height: 1.5;
}
.graft-radio .wrap > label.selected { background: var(--color-accent-soft); border-color: var(--color-accent); }
.graft-radio .wrap > label:hover:not(.disabled) { border-color: var(--color-accent); }
.graft-radio .wrap > label.disabled { cursor: not-allowed; }
.graft-radio input[type="radio"] { width: 16px; height: 16px; margin: 0; flex: none; cursor: inherit; accent-color: var(--checkbox-background-color-selected); }
.graft-radio input[type="radio"]:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
`;

export default {
  receives: "choice value | null (`type` \"index\": int)", create, update, css, edge: { argument: argumentChoice, output: outputChoice } };
