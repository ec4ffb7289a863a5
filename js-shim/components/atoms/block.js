// What every component's DOM shares, after Gradio's atoms: the Block wrapper (elem_id,
// elem_classes, visible "hidden", container, scale, min_width), BlockTitle (label, info),
// BlockLabel (media components), IconButton and Empty. No component-specific code here.
import { blockStyle } from "./props.js";
import { hasIcon, icon } from "./icons.js";

const ownClasses = new WeakMap(); // element -> the elem_classes it carries now

// An element with a class and text (text, never markup) — what most component DOM is made of.
export function make(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

// The signal for listeners on elements a component re-creates (rows, buttons, a replaced
// field): aborted with `signal` (ctx.signal) or by the next call for the same `owner[key]`,
// which replaces them. On ctx.signal alone, each drawing's listeners would stay registered
// until teardown. `owner[key].abort()` drops them when the elements go without a redraw.
export function redrawSignal(owner, key, signal) {
  owner[key]?.abort();
  const drawn = (owner[key] = new AbortController());
  return AbortSignal.any ? AbortSignal.any([signal, drawn.signal]) : drawn.signal;
}

export function block(props, { tag = "div", kind, testid } = {}) {
  const el = document.createElement(tag);
  el.className = `block graft-${kind}`;
  if (testid) el.dataset.testid = testid;
  applyBlock(el, props);
  return el;
}

// Applies the props every Block honours. elem_classes are replaced, never accumulated.
export function applyBlock(el, props) {
  if (props.elem_id) el.id = props.elem_id;
  else el.removeAttribute("id");
  setClasses(el, props.elem_classes);
  const style = blockStyle(props);
  el.classList.toggle("hidden", style.hidden);
  el.classList.toggle("hide-container", style.hideContainer);
  el.style.flexGrow = style.flexGrow ?? "";
  el.style.minWidth = style.minWidth ?? "";
  el.style.height = style.height ?? "";
  el.style.width = style.width ?? "";
}

export function setClasses(el, classes) {
  const list = Array.isArray(classes) ? classes : classes ? [classes] : [];
  for (const c of ownClasses.get(el) ?? []) el.classList.remove(c);
  for (const c of list) el.classList.add(String(c));
  ownClasses.set(el, list.map(String));
}

// BlockTitle: <span data-testid="block-info">label</span> + info text. With show_label false
// the span is visually hidden but stays, so a <label> around it still names its control.
export function blockTitle(props, fallback) {
  const wrap = document.createElement("span");
  wrap.className = "graft-title";
  const title = document.createElement("span");
  title.dataset.testid = "block-info";
  const info = document.createElement("div");
  info.className = "info-text";
  wrap.append(title, info);
  const view = { el: wrap, title, info };
  updateTitle(view, props, fallback);
  return view;
}

export function updateTitle({ title, info }, props, fallback) {
  title.textContent = props.label ?? fallback;
  title.classList.toggle("sr-only", props.show_label === false);
  info.textContent = props.info ?? "";
  info.hidden = !props.info;
}

// BlockLabel: the floating label of media and output components (names no control).
export function blockLabel(props, fallback) {
  const label = document.createElement("label");
  label.dataset.testid = "block-label";
  label.className = "graft-block-label";
  updateBlockLabel(label, props, fallback);
  return label;
}

export function updateBlockLabel(label, props, fallback) {
  label.textContent = props.label ?? fallback;
  label.hidden = props.show_label === false;
}

export function iconButton(name, text, onClick, signal) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "icon-button";
  b.setAttribute("aria-label", name);
  b.title = name;
  // `text` names one of the shared icons ("copy", "download", …) or is the button's text.
  if (hasIcon(text)) b.append(icon(text));
  else b.textContent = text;
  if (onClick) b.addEventListener("click", onClick, { signal });
  return b;
}

export function empty(text = "") {
  const el = document.createElement("div");
  el.className = "empty";
  el.setAttribute("role", "img"); // an aria-label needs a role; Gradio's div has none
  el.setAttribute("aria-label", "Empty value");
  el.textContent = text;
  return el;
}

// Gradio 6's custom buttons: the gr.Button entries of a component's `buttons`, each the
// Button's config with its id (Gradio unrenders the Button itself).
export function customButtons(buttons) {
  return Array.isArray(buttons) ? buttons.filter((b) => b !== null && typeof b === "object" && Number.isInteger(b.id)) : [];
}

// Draws them after the component's own buttons, as Gradio's CustomButton does: the Button's
// value as text, named by it. A click fires that Button's click listeners (Gradio's
// custom_button_click). They go into `toolbar` (the module's own, which decides when it shows)
// or else into a top-right bar of their own, shown with the label as Gradio's IconButtonWrapper.
// The component tree calls this after create and after each update of `buttons`/`show_label`.
export function syncCustomButtons(view, props, ctx, toolbar) {
  const list = customButtons(props.buttons);
  if (!list.length && !view.customButtons) return; // the common case: nothing drawn, nothing to draw
  let bar = toolbar;
  if (bar && view.customBar) view.customBar.hidden = true; // the module's toolbar came back (Gallery's preview)
  if (!bar) {
    if (!view.customBar) {
      view.customBar = make("div", "icon-button-wrapper top-panel graft-custom-buttons");
      view.el.prepend(view.customBar);
    }
    bar = view.customBar;
    bar.hidden = !list.length || props.show_label === false;
  }
  for (const el of view.customButtons ?? []) el.remove();
  const signal = redrawSignal(view, "customDrawn", ctx.signal);
  view.customButtons = list.map((b) => {
    const text = b.value == null ? "" : String(b.value);
    const el = make("button", "custom-button");
    el.type = "button";
    el.title = text;
    el.setAttribute("aria-label", text || "Custom action");
    if (text) el.append(make("span", "custom-button-label", text));
    el.addEventListener("click", () => ctx.emit("custom_button_click", { id: b.id }), { signal });
    bar.append(el);
    return el;
  });
}
