// gr.HighlightedText (static): Gradio's Block tid=highlighted-text > legend > div.textfield of
// token spans; labelled tokens are buttons firing select {index, value: [token, label]}. Tokens
// and labels are text nodes and colours pass safeColor, so a value can neither run nor style.
import { block, applyBlock, blockLabel, updateBlockLabel, empty, make } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { modeOf, resolveColors, chipColor, scoreColor, scoreOf, mergeEqual, isTransparent, displayValue, toWire } from "./helpers.js";

function create(props, ctx) {
  const el = block(props, { kind: "highlightedtext", testid: "highlighted-text" });
  const label = blockLabel(props, "");
  const body = make("div", "container");
  el.append(label, body);
  const view = { el, label, body, tokens: [], active: "" };
  // Delegated listeners, bound once: redraws replace the tokens without adding listeners.
  const on = (type, fn) => body.addEventListener(type, fn, { signal: ctx.signal });
  const tokenOf = (e) => view.tokens[e.target.closest?.("[data-token]")?.dataset.token];
  const select = (t) => ctx.emit("select", { index: t.index, value: [t.token, t.c] });
  on("click", (e) => {
    const t = tokenOf(e);
    if (t?.button) select(t);
  });
  on("keydown", (e) => {
    const t = tokenOf(e);
    if (!t?.button || (e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    select(t);
  });
  const hover = (e, entering) => {
    const item = e.target.closest?.(".legend-item");
    if (!item) return;
    view.active = entering ? item.dataset.category : "";
    paint(view);
  };
  for (const t of ["mouseover", "focusin"]) on(t, (e) => hover(e, true));
  for (const t of ["mouseout", "focusout"]) on(t, (e) => hover(e, false));
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch, ctx) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  view.el.dir = props.rtl ? "rtl" : "";
  if (changed("label") || changed("show_label")) {
    // Gradio draws the BlockLabel only when a label is set.
    updateBlockLabel(view.label, props, "");
    view.label.hidden = !props.label || props.show_label === false;
  }
  const keys = ["value", "color_map", "show_legend", "show_inline_category", "combine_adjacent", "show_whitespaces"];
  if (keys.some(changed)) draw(view, props, ctx);
}

function draw(view, props, ctx) {
  const { body } = view;
  body.replaceChildren();
  view.tokens = [];
  view.active = "";
  let value = displayValue(props.value);
  if (value === null) return body.append(empty());
  if (props.combine_adjacent) value = mergeEqual(value);
  const mode = modeOf(value);
  const colors = resolveColors(props.color_map, value);
  if (props.show_legend) body.append(mode === "categories" ? legend(colors) : scoreLegend());
  const field = make("div", "textfield");
  field.dataset.testid = "highlighted-text:textfield";
  const inline = !props.show_legend && props.show_inline_category !== false;
  value.forEach(({ token, class_or_confidence: c }, index) => {
    if (props.show_whitespaces === false && !token.trim()) return;
    const labelled = c !== null && c !== undefined;
    const wrap = make("span", "token-container");
    const span = make("span", "token");
    const text = make("span", labelled ? "text" : "text unlabeled", token);
    span.append(text);
    if (mode === "scores") {
      span.classList.add("score-token");
      span.classList.toggle("highlighted", scoreOf(c) !== null);
      span.style.backgroundColor = scoreColor(scoreOf(c));
    } else if (labelled) {
      span.classList.add("highlighted");
      if (inline) {
        const chip = make("span", "label", String(c));
        chip.id = ctx.uid("hl-category");
        chip.style.backgroundColor = chipColor(colors[c]?.primary);
        span.setAttribute("aria-describedby", chip.id);
        span.append(chip);
      }
    }
    // Gradio: labelled tokens (every token when scores) are buttons. The name is the token's
    // text; the inline category is its description (beyond Gradio, which names it "token CAT").
    const button = labelled || mode === "scores";
    if (button) {
      span.setAttribute("role", "button");
      span.tabIndex = 0;
      span.setAttribute("aria-label", token.trim() || token);
    }
    span.dataset.token = String(view.tokens.length);
    wrap.append(span);
    field.append(wrap);
    view.tokens.push({ span, index, token, c: c ?? null, button, colors, mode });
  });
  body.append(field);
  paint(view);
}

// Category colours; hovering or focusing a legend entry dims the other categories (Gradio).
function paint(view) {
  for (const { span, c, colors, mode } of view.tokens) {
    if (mode !== "categories" || c === null || c === undefined) continue;
    const dimmed = view.active !== "" && view.active !== c;
    const bg = dimmed ? "" : colors[c]?.secondary ?? "";
    span.classList.toggle("dimmed", dimmed);
    span.classList.toggle("transparent", isTransparent(colors[c]?.secondary));
    span.style.backgroundColor = isTransparent(bg) ? "" : bg;
    span.style.color = isTransparent(bg) ? "" : "black";
  }
}

function legend(colors) {
  const box = make("div", "legend");
  box.dataset.testid = "highlighted-text:category-legend";
  for (const [category, { secondary }] of Object.entries(colors)) {
    const item = make("button", "legend-item", category);
    item.type = "button";
    item.dataset.category = category;
    if (!isTransparent(secondary)) item.style.backgroundColor = secondary;
    box.append(item);
  }
  return box;
}

function scoreLegend() {
  const box = make("div", "score-legend");
  box.dataset.testid = "highlighted-text:color-legend";
  box.append(make("span", "", "-1"), make("span", "", "0"), make("span", "", "+1"));
  return box;
}

const css = `
.graft-highlightedtext .container { display: flex; flex-direction: column; gap: var(--spacing-sm); padding: var(--block-padding); }
.graft-highlightedtext .legend, .graft-highlightedtext .score-legend { display: flex; flex-wrap: wrap; gap: var(--spacing-sm); }
.graft-highlightedtext .legend-item { cursor: pointer; border: none; border-radius: var(--radius-sm); padding: 0 var(--spacing-md); font: inherit; font-weight: 600; color: black; background: var(--background-fill-secondary); }
.graft-highlightedtext .legend-item:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 1px; }
.graft-highlightedtext .score-legend { justify-content: space-between; border-radius: var(--radius-sm); padding: var(--spacing-sm) var(--spacing-md); font-weight: 600; color: var(--body-text-color);
  background: linear-gradient(to right, rgba(128, 90, 213, 0.6), transparent, rgba(239, 68, 60, 0.6)); }
.graft-highlightedtext .textfield { display: flex; flex-wrap: wrap; line-height: 2; word-break: break-all; color: var(--body-text-color); font-size: var(--text-md); }
.graft-highlightedtext .token-container { position: relative; }
.graft-highlightedtext .token { transition: 150ms; border-radius: var(--radius-sm); }
.graft-highlightedtext .token.highlighted { cursor: pointer; padding: 2px var(--spacing-sm); margin-left: var(--spacing-sm); margin-right: var(--spacing-md); }
.graft-highlightedtext .token.highlighted.transparent { padding: 2px; margin: 0; outline: 1px solid transparent; }
.graft-highlightedtext .token.highlighted.transparent:hover { outline-color: var(--border-color-primary); }
.graft-highlightedtext .token[role="button"]:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 1px; }
.graft-highlightedtext .token.dimmed, .graft-highlightedtext .text.unlabeled, .graft-highlightedtext .score-token .text { color: var(--body-text-color); }
.graft-highlightedtext .text { white-space: pre-wrap; }
.graft-highlightedtext .label { margin-left: 4px; border-radius: var(--radius-sm); padding: 1px 5px; color: white; font-weight: 700; text-transform: uppercase; font-size: 70%; vertical-align: middle; position: relative; bottom: 1px; background: #3f3f46; }
`;

export default {
  receives: "[{token, class_or_confidence}]", create, update, css, edge: { output: (value, props) => toWire(value, props) } };
