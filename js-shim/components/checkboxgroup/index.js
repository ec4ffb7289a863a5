// gr.CheckboxGroup in the page: Gradio's fieldset.block > BlockTitle > div.wrap[data-testid=
// checkbox-group] of label > input type=checkbox + span (named by the choice's display text);
// toggles set the value through the core and fire select {index, value, selected}.
import { block, applyBlock, blockTitle, updateTitle } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { normaliseChoices, asList, toggle, selectAllState, toggleAll, outputList, argumentList } from "./helpers.js";

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

// Like Gradio's, the fieldset has no legend or group name: a group name would also match
// Playwright's substring getByLabel and make Gradio-written locators ambiguous.
function create(props, ctx) {
  const el = block(props, { tag: "fieldset", kind: "checkboxgroup" });
  const title = blockTitle(props, "Checkbox Group");
  const wrap = make("div", { className: "wrap" });
  wrap.dataset.testid = "checkbox-group";
  // Gradio's select-all control (show_select_all, interactive only), drawn inside the title.
  const all = make("div", { className: "select-all-container" });
  const allLabel = make("label", { className: "select-all-label" });
  const allBox = make("input", { type: "checkbox", className: "select-all-checkbox", title: "Select/Deselect All" });
  const allButton = make("button", { type: "button", className: "label-text" });
  allLabel.append(allBox);
  all.append(allLabel, allButton);
  el.append(title.el, wrap);
  const view = { el, title, wrap, allBox, allButton, all, choices: [], value: asList(props.value) };

  const values = () => view.choices.map(([, v]) => v);
  const edit = (value) => {
    view.value = value;
    sync(view, ctx.props());
    ctx.setValue(value);
  };
  const pick = (input) => {
    const i = Number(input.dataset.index);
    const value = view.choices[i][1];
    edit(toggle(view.value, values(), value));
    ctx.emit("select", { index: i, value, selected: view.value.includes(value) });
  };
  const on = (node, type, fn) => node.addEventListener(type, fn, { signal: ctx.signal });
  on(wrap, "change", (e) => e.target.dataset?.index != null && pick(e.target));
  // Gradio toggles on Enter as well (its select then reports the state before the toggle;
  // here it reports the state after, which is what the box shows).
  on(wrap, "keydown", (e) => {
    if (e.key !== "Enter" || e.target.dataset?.index == null || e.target.disabled) return;
    e.preventDefault();
    pick(e.target);
  });
  on(allBox, "change", () => edit(toggleAll(view.value, values())));
  on(allButton, "click", () => edit(toggleAll(view.value, values())));
  update(view, props, props, ctx);
  return view;
}

function drawChoices(view, props) {
  view.choices = normaliseChoices(props.choices);
  view.wrap.replaceChildren(
    ...view.choices.map(([display, value], i) => {
      const input = make("input", { type: "checkbox" });
      input.dataset.index = String(i);
      input.setAttribute("name", String(value));
      input.setAttribute("title", String(value));
      const span = make("span", { className: "ml-2", textContent: display });
      const label = make("label");
      label.append(input, span);
      return label;
    }),
  );
}

// Checked state, selected/disabled classes and the select-all box, from view.value.
function sync(view, props) {
  const disabled = props.interactive === false;
  for (const input of view.wrap.querySelectorAll("input")) {
    const on = view.value.includes(view.choices[Number(input.dataset.index)][1]);
    input.checked = on;
    input.disabled = disabled;
    input.parentNode.classList.toggle("selected", on);
    input.parentNode.classList.toggle("disabled", disabled);
  }
  const state = selectAllState(view.value, view.choices.map(([, v]) => v));
  view.allBox.checked = state === "checked";
  view.allBox.indeterminate = state === "indeterminate";
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  if (["label", "show_label", "info", "show_select_all", "interactive"].some(changed)) {
    updateTitle(view.title, { ...props, label: props.label || undefined }, "Checkbox Group");
    if (props.show_select_all === true && props.interactive !== false) {
      // Gradio shows the title while select-all is on; its button carries the label.
      view.title.title.classList.remove("sr-only");
      view.allButton.textContent = props.show_label === false ? "Select All" : props.label || "Checkbox Group";
      view.title.title.replaceChildren(view.all);
    }
  }
  if (changed("choices")) drawChoices(view, props);
  if (changed("value")) view.value = asList(props.value);
  if (["choices", "value", "interactive"].some(changed)) sync(view, props);
}

const css = `
.graft-checkboxgroup { min-width: 0; margin: 0; }
.graft-checkboxgroup .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.graft-checkboxgroup [data-testid="block-info"] { display: block; margin-bottom: var(--spacing-lg); color: var(--block-title-text-color); font-size: var(--block-title-text-size); }
.graft-checkboxgroup .wrap { display: flex; flex-wrap: wrap; gap: var(--checkbox-label-gap); }
.graft-checkboxgroup .wrap > label {
  display: flex; align-items: center; gap: var(--spacing-md); cursor: pointer;
  padding: var(--checkbox-label-padding); border: 1px solid var(--border-color-primary); border-radius: var(--checkbox-border-radius);
  background: var(--checkbox-label-background-fill); color: var(--body-text-color); font-size: var(--text-md); line-height: 1.5;
}
.graft-checkboxgroup .wrap > label.selected { background: var(--color-accent-soft); border-color: var(--color-accent); }
.graft-checkboxgroup .wrap > label:hover:not(.disabled) { border-color: var(--color-accent); }
.graft-checkboxgroup .wrap > label.disabled { cursor: not-allowed; }
.graft-checkboxgroup input[type="checkbox"] { width: 16px; height: 16px; margin: 0; flex: none; cursor: inherit; accent-color: var(--checkbox-background-color-selected); }
.graft-checkboxgroup input[type="checkbox"]:focus-visible, .graft-checkboxgroup .label-text:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-checkboxgroup .select-all-container { display: flex; align-items: center; gap: var(--spacing-md); }
.graft-checkboxgroup .select-all-label { display: flex; }
.graft-checkboxgroup .label-text { border: 0; padding: 0; background: none; font: inherit; color: var(--block-title-text-color); cursor: pointer; }
`;

export default {
  receives: "[choice value] (`type` \"index\": [int])", create, update, css, edge: { argument: argumentList, output: outputList } };
