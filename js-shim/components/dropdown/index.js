// gr.Dropdown, single and multiselect (Gradio's Dropdown.svelte / Multiselect.svelte): BlockTitle
// and an <input role=combobox> that filters its options as the user types; multiselect adds
// chips with remove controls. Picks go through ctx.setValue; select, focus, blur and key_up are
// emitted with Gradio's EventData.
import { applyBlock, block, blockTitle, updateTitle } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import * as h from "./helpers.js";
import { place, renderListbox } from "./listbox.js";
import { div, removeControl, renderTokens } from "./tokens.js";
import { css } from "./style.js";

const fallback = (props) => (props.multiselect ? "Multiselect" : "Dropdown");
const multi = (view) => !!view.props.multiselect;
const entries = (view) => h.selectedEntries(view.value, view.choices, !!view.props.allow_custom_value);
const redraw = (view) => renderTokens(view, multi(view) ? entries(view) : []);

function sync(view) {
  const open = view.open && view.props.interactive !== false;
  const selected = multi(view)
    ? entries(view).filter((e) => typeof e === "number")
    : [h.indexOfValue(view.choices, view.value)].filter((i) => i >= 0);
  renderListbox(view, { choices: view.choices, shown: view.shown, selected, active: view.active, open });
  const { input } = view;
  input.setAttribute("aria-expanded", String(open));
  if (open && view.active !== null) input.setAttribute("aria-activedescendant", `${view.listboxId}-option-${view.active}`);
  else input.removeAttribute("aria-activedescendant");
  const atMax = multi(view) && entries(view).length === view.props.max_choices;
  input.classList.toggle("subdued", atMax || (!view.props.allow_custom_value && h.indexOfDisplay(view.choices, input.value) === -1));
}

function setValue(view, ctx, value) {
  view.value = value;
  ctx.setValue(value);
  redraw(view);
}

// Single: a pick shows the choice's text, stores its value, fires select, and leaves the field.
function pick(view, ctx, index) {
  const [display, value] = view.choices[index];
  Object.assign(view, { open: false, active: null, typed: display });
  view.input.value = display;
  setValue(view, ctx, value);
  ctx.emit("select", { index, value, selected: true });
  sync(view);
  view.input.blur();
}

// Multiselect: typed text as an entry — the choice it names exactly, else (with custom values
// allowed) the text itself; null when nothing should be added.
function typed(view, text) {
  if (text === "") return null;
  const c = h.commitText(text, view.choices, !!view.props.allow_custom_value);
  return c === null ? null : c.index >= 0 ? c.index : c.value;
}

function add(view, ctx, entry) {
  const ents = entries(view);
  if (!h.canAdd(ents.length, view.props.max_choices) || ents.includes(entry)) return;
  setValue(view, ctx, [...ents, entry].map((e) => h.entryValue(e, view.choices)));
  ctx.emit("select", h.selectData(entry, view.choices, true));
  if (ents.length + 1 === view.props.max_choices) {
    Object.assign(view, { open: false, active: null });
    sync(view);
    view.input.blur();
  }
}

function remove(view, ctx, entry) {
  setValue(view, ctx, entries(view).filter((e) => e !== entry).map((e) => h.entryValue(e, view.choices)));
  ctx.emit("select", h.selectData(entry, view.choices, false));
}

function onKeydown(view, ctx, e) {
  const { input } = view;
  const filtering = multi(view) || input.value !== view.typed;
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    view.shown = h.filterChoices(view.choices, filtering ? input.value : "");
    if (!view.shown.includes(view.active)) view.active = null;
    view.active = h.moveActive(view.active, view.shown, e.key);
    view.open = true;
  } else if (e.key === "Escape") {
    view.open = false;
  } else if (e.key === "Enter" && !multi(view)) {
    e.preventDefault();
    view.typed = input.value;
    const c = view.active !== null ? { index: view.active } : h.commitText(input.value, view.choices, !!view.props.allow_custom_value);
    if (c && c.index >= 0) return pick(view, ctx, c.index);
    if (c) {
      Object.assign(view, { open: false, active: null });
      setValue(view, ctx, c.value);
      sync(view);
      return input.blur();
    }
  } else if (e.key === "Enter") {
    e.preventDefault();
    const entry = view.active !== null ? view.active : typed(view, input.value);
    if (entry !== null) {
      input.value = "";
      view.shown = h.filterChoices(view.choices, "");
      if (entries(view).includes(entry)) remove(view, ctx, entry);
      else add(view, ctx, entry);
    }
  } else if (e.key === "Backspace" && multi(view) && input.value === "") {
    const ents = entries(view);
    if (ents.length) remove(view, ctx, ents[ents.length - 1]);
  }
  if (multi(view) && entries(view).length === view.props.max_choices) Object.assign(view, { open: false, active: null });
  sync(view);
}

function listen(view, ctx) {
  const on = (target, type, fn, opts = {}) => target.addEventListener(type, fn, { ...opts, signal: ctx.signal });
  const { input } = view;
  on(input, "focus", () => {
    const sel = h.indexOfValue(view.choices, view.value);
    Object.assign(view, { focused: true, shown: h.filterChoices(view.choices, "") });
    view.open = multi(view) ? h.canAdd(entries(view).length, view.props.max_choices) : true;
    view.active = !multi(view) && sel >= 0 ? sel : null;
    sync(view);
    ctx.emit("focus", null);
  });
  on(input, "input", () => {
    view.shown = h.filterChoices(view.choices, input.value);
    view.active = multi(view) && view.props.allow_custom_value ? null : view.shown[0] ?? null;
    view.open = !multi(view) || h.canAdd(entries(view).length, view.props.max_choices);
    sync(view);
  });
  on(input, "keydown", (e) => onKeydown(view, ctx, e));
  on(input, "keyup", (e) => ctx.emit("key_up", { key: e.key, input_value: input.value }));
  on(input, "blur", () => {
    if (!view.focused) return;
    Object.assign(view, { focused: false, open: false, active: null });
    const allow = !!view.props.allow_custom_value;
    if (multi(view)) {
      const entry = allow ? typed(view, input.value) : null;
      if (entry !== null) add(view, ctx, entry);
      input.value = "";
    } else {
      let next = view.value;
      if (!allow) input.value = h.displayFor(view.value, view.choices, false);
      else if (input.value !== view.typed) next = h.commitText(input.value, view.choices, true).value;
      view.typed = input.value;
      // Gradio's single dropdown fires input on every blur, changed or not.
      setValue(view, ctx, next);
    }
    sync(view);
    ctx.emit("blur", null);
  });
  // Options are picked on mousedown (default prevented) so the field keeps focus, as in Gradio.
  on(view.wrap, "mousedown", (e) => {
    const li = e.target.closest?.("li[data-index]");
    if (!li) return;
    e.preventDefault();
    const i = Number(li.dataset.index);
    if (!multi(view)) return pick(view, ctx, i);
    input.value = "";
    view.shown = h.filterChoices(view.choices, "");
    if (entries(view).includes(i)) remove(view, ctx, i);
    else add(view, ctx, i);
    sync(view);
  });
  const removeFrom = (e) => {
    const x = e.target.closest?.(".token-remove");
    if (!x || (e.type === "keydown" && e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    if (x === view.clear) setValue(view, ctx, []);
    else remove(view, ctx, entries(view)[view.tokens.indexOf(x.closest(".token"))]);
    sync(view);
  };
  on(view.inner, "click", removeFrom);
  on(view.inner, "keydown", removeFrom);
  on(window, "resize", () => place(view));
  on(window, "scroll", () => place(view), { capture: true, passive: true });
}

function create(props, ctx) {
  const el = block(props, { kind: "dropdown" });
  const title = blockTitle(props, fallback(props));
  const [wrap, inner, secondary] = [div("wrap"), div("wrap-inner"), div("secondary-wrap")];
  const input = document.createElement("input");
  input.setAttribute("role", "combobox");
  input.setAttribute("autocomplete", "off");
  input.className = "border-none";
  const listboxId = ctx.uid("dropdown-options");
  input.setAttribute("aria-controls", listboxId);
  const clear = removeControl("Clear", "remove-all");
  const icon = document.createElement("span");
  icon.className = "icon-wrap";
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = "▾";
  secondary.append(input, clear, icon);
  inner.append(secondary);
  wrap.append(inner);
  el.append(title.el, wrap);
  const view = { el, title, wrap, inner, secondary, input, clear, icon, listboxId, list: null, tokens: [], props, label: props.label ?? fallback(props),
    choices: [], value: null, typed: "", focused: false, open: false, active: null, shown: [] };
  listen(view, ctx);
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  applyBlock(view.el, props);
  view.props = props;
  const has = changedIn(props, patch);
  const { input } = view;
  if (has("choices")) view.choices = h.normalizeChoices(props.choices);
  if (has("label", "show_label", "info", "multiselect")) {
    updateTitle(view.title, props, fallback(props));
    view.label = props.label ?? fallback(props);
    input.setAttribute("aria-label", view.label);
  }
  if (has("filterable")) {
    input.toggleAttribute("readonly", props.filterable === false);
    input.setAttribute("aria-autocomplete", props.filterable === false ? "none" : "list");
  }
  if (has("interactive")) {
    input.disabled = props.interactive === false;
    view.icon.hidden = props.interactive === false;
  }
  if (has("value")) view.value = props.value ?? null;
  // Gradio leaves the text alone while the field has focus; blur snaps it to the value.
  if (has("value", "choices", "allow_custom_value", "multiselect") && !view.focused && !multi(view)) {
    input.value = view.typed = h.displayFor(view.value, view.choices, !!props.allow_custom_value);
  }
  if (has("value", "choices", "allow_custom_value", "multiselect", "interactive")) redraw(view);
  if (has("choices") && view.open) {
    view.shown = h.filterChoices(view.choices, multi(view) || input.value !== view.typed ? input.value : "");
    if (!view.shown.includes(view.active)) view.active = null;
  }
  sync(view);
}

export default {
  receives: "choice value, or [choice value] when multiselect (`type` \"index\": indices); null when empty",
  create,
  update,
  css,
  edge: {
    argument: (value, props) => h.toArgument(value, props),
    output: (value, props) => h.checkOutput(value, props),
  },
};
