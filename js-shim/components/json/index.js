// gr.JSON: Gradio's Block tid=json > BlockLabel, a "Copy" IconButton and a tree of numbered
// div.json-node lines with "Expand"/"Collapse" toggles. Built from text nodes only; a collapsed
// node's children are built when first expanded (line numbers still count them, as Gradio's).
import { block, applyBlock, blockLabel, updateBlockLabel, iconButton, empty, make, customButtons } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { toWire, displayValue, isEmpty, isCollapsible, startsCollapsed, preview, lineCount, leaf, copyText, showsCopy } from "./helpers.js";

// Feather's copy and check icons (as @gradio/icons), built as SVG nodes.
const SVG = "http://www.w3.org/2000/svg";
function icon(shapes) {
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "14", height: "14", fill: "none", stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true" })) svg.setAttribute(k, v);
  for (const [tag, attrs] of shapes) {
    const shape = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
    svg.append(shape);
  }
  return svg;
}
const copyIcon = () => icon([["rect", { x: "9", y: "9", width: "13", height: "13", rx: "2" }], ["path", { d: "M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" }]]);
const checkIcon = () => icon([["polyline", { points: "20 6 9 17 4 12" }]]);
const px = (v) => (v == null ? "" : typeof v === "number" ? `${v}px` : String(v));

function create(props, ctx) {
  const el = block(props, { kind: "json", testid: "json" });
  const label = blockLabel(props, "JSON");
  const tools = make("div", "icon-button-wrapper");
  const copy = iconButton("Copy", "", () => copyValue(view), ctx.signal);
  copy.append(copyIcon());
  tools.append(copy);
  const body = make("div", "json-body");
  el.append(label, tools, body);
  const view = { el, label, tools, copy, body, nodes: new WeakMap(), timer: null, value: null };
  // One delegated listener for every toggle and preview in the tree.
  body.addEventListener("click", (e) => {
    const button = e.target.closest?.("button.toggle, button.preview");
    const state = button && view.nodes.get(button.closest(".json-node"));
    if (!state) return;
    setCollapsed(view, state, !state.collapsed);
    if (button.classList.contains("preview")) state.toggle.focus();
  }, { signal: ctx.signal });
  update(view, props, props);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  view.el.style.minHeight = px(props.min_height);
  view.el.style.maxHeight = px(props.max_height);
  if (changed("label") || changed("show_label")) updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "JSON");
  if (["value", "open", "show_indices", "buttons"].some(changed)) draw(view, props);
}

function draw(view, props) {
  const value = displayValue(props.value);
  view.value = value;
  view.body.replaceChildren();
  view.copy.hidden = !showsCopy(props.buttons);
  view.tools.hidden = isEmpty(value) || (view.copy.hidden && !customButtons(props.buttons).length);
  if (isEmpty(value)) return view.body.append(empty());
  const holder = make("div", "json-holder");
  const options = { open: props.open === true, indices: props.show_indices === true };
  holder.append(node(view, value, { depth: 0, key: null, last: true, line: 1, ...options }));
  view.body.append(holder);
}

function lineNumber(n) {
  const span = make("span", "line-number");
  span.dataset.pseudoContent = String(n);
  span.setAttribute("aria-hidden", "true");
  return span;
}

function bracket(value, closing) {
  const span = make("span", "punctuation bracket", Array.isArray(value) ? (closing ? "]" : "[") : closing ? "}" : "{");
  span.classList.toggle("square-bracket", Array.isArray(value));
  return span;
}

// One JSONNode: its first line, and for arrays/objects a children block ending in a closing line.
function node(view, value, o) {
  const el = make("div", o.depth === 0 ? "json-node root" : "json-node");
  el.style.setProperty("--depth", String(o.depth));
  const head = make("div", "line");
  const content = make("span", "content");
  head.append(lineNumber(o.line), content);
  el.append(head);
  const state = { value, o, head, collapsed: false, built: false };
  const collapsible = isCollapsible(value);
  if (collapsible) {
    state.toggle = make("button", "toggle");
    state.toggle.type = "button";
    content.append(state.toggle);
  }
  if (o.key !== null) content.append(make("span", "key", `"${o.key}"`), make("span", "punctuation colon", ": "));
  if (collapsible) {
    state.preview = make("button", "preview", preview(value));
    state.preview.type = "button";
    state.close = bracket(value, true);
    content.append(bracket(value, false), state.preview, state.close);
  } else {
    const { text, kind } = leaf(value);
    content.append(make("span", kind ? `value ${kind}` : "", text));
  }
  if (!o.last) {
    state.comma = make("span", "punctuation", ",");
    content.append(state.comma);
  }
  if (collapsible) {
    state.children = make("div", "children");
    el.append(state.children);
    view.nodes.set(el, state);
  }
  setCollapsed(view, state, collapsible && startsCollapsed(o.depth, o.open));
  return el;
}

function setCollapsed(view, state, collapsed) {
  state.collapsed = collapsed;
  state.head.classList.toggle("collapsed", collapsed);
  if (state.comma) state.comma.hidden = !collapsed && isCollapsible(state.value);
  if (!state.toggle) return;
  state.toggle.setAttribute("aria-label", collapsed ? "Expand" : "Collapse");
  state.toggle.setAttribute("aria-expanded", String(!collapsed));
  state.toggle.dataset.pseudoContent = collapsed ? "▶" : "▼";
  state.preview.hidden = !collapsed;
  state.close.hidden = !collapsed;
  state.children.classList.toggle("hidden", collapsed);
  if (!collapsed && !state.built) build(view, state);
}

function build(view, state) {
  state.built = true;
  const { value, o } = state;
  const entries = Object.entries(value);
  let line = o.line + 1;
  entries.forEach(([k, v], i) => {
    const key = Array.isArray(value) && !o.indices ? null : k;
    state.children.append(node(view, v, { ...o, depth: o.depth + 1, key, last: i === entries.length - 1, line }));
    line += lineCount(v);
  });
  const closing = make("div", "line");
  const content = make("span", "content");
  content.append(bracket(value, true));
  if (!o.last) content.append(make("span", "punctuation", ","));
  closing.append(lineNumber(line), content);
  state.children.append(closing);
}

// Gradio copies JSON.stringify(value, null, 2) and shows "Copied" for a second.
async function copyValue(view) {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard) return;
  try {
    await clipboard.writeText(copyText(view.value));
  } catch {
    return; // the page may be denied the clipboard: nothing was copied, so nothing is said
  }
  view.copy.setAttribute("aria-label", "Copied");
  view.copy.title = "Copied";
  view.copy.replaceChildren(checkIcon());
  clearTimeout(view.timer);
  view.timer = setTimeout(() => {
    view.copy.setAttribute("aria-label", "Copy");
    view.copy.title = "Copy";
    view.copy.replaceChildren(copyIcon());
  }, 1000);
}

// Syntax colours chosen for >= 4.5:1 on the block background in light and dark themes
// (Gradio's own JSON colours fall below AA on white).
const css = `
.graft-json { position: relative; overflow: auto; }
.graft-json .icon-button-wrapper { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 1; display: flex; gap: var(--spacing-sm); }
.graft-json .icon-button-wrapper[hidden] { display: none; }
.graft-json .json-holder { padding: var(--spacing-md); overflow-y: auto; }
.graft-json .json-node { font-family: var(--font-mono); font-size: var(--text-sm); color: var(--body-text-color);
  --json-key: #9a3412; --json-string: #a16207; --json-number: #0e7490; --json-bracket: #3f6b6b; --json-square: #b91c1c; --json-punct: #52525b; --json-line: #71717a; }
.dark .graft-json .json-node { --json-key: #fdba74; --json-string: #fcd34d; --json-number: #67e8f9; --json-bracket: #7eb4b3; --json-square: #fca5a5; --json-punct: #a1a1aa; --json-line: #a1a1aa; }
.graft-json .json-node.root { position: relative; padding-left: 56px; }
.graft-json .json-node.root::before { content: ""; position: absolute; top: 0; bottom: 0; left: 44px; width: 1px; background: var(--json-line); }
.graft-json .line { display: flex; align-items: flex-start; margin: 0; padding: 0; line-height: 1.5; }
.graft-json .line-number { position: absolute; left: 0; width: 28px; overflow: hidden; text-align: right; color: var(--json-line); user-select: none; }
.graft-json [data-pseudo-content]::before { content: attr(data-pseudo-content); }
.graft-json .content { flex: 1; display: flex; flex-wrap: wrap; align-items: center; padding-left: calc(var(--depth) * var(--spacing-md)); }
.graft-json .children { padding-left: var(--spacing-xl); }
.graft-json .children.hidden, .graft-json .content [hidden] { display: none; }
.graft-json .key, .graft-json .bool, .graft-json .null { color: var(--json-key); }
.graft-json .string { color: var(--json-string); }
.graft-json .number { color: var(--json-number); }
.graft-json .value { margin-left: var(--spacing-md); overflow-wrap: anywhere; }
.graft-json .punctuation { color: var(--json-punct); }
.graft-json .bracket { margin-left: var(--spacing-sm); color: var(--json-bracket); }
.graft-json .square-bracket { color: var(--json-square); }
.graft-json .toggle, .graft-json .preview { margin: 0; padding: 0; border: none; background: none; color: inherit; font: inherit; cursor: pointer; }
.graft-json .toggle { margin-right: var(--spacing-md); user-select: none; }
.graft-json .preview { margin: 0 var(--spacing-sm) 0 var(--spacing-lg); }
.graft-json .preview:hover { text-decoration: underline; }
.graft-json .toggle:focus-visible, .graft-json .preview:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 1px; }
`;

export default {
  toolbar: (view) => view.tools, // where Gradio 6's custom buttons go
  receives: "any JSON value",
  create,
  update,
  destroy(view) {
    clearTimeout(view.timer);
  },
  css,
  edge: { output: (value) => toWire(value) },
};
