// gr.Dialogue: Gradio's Block > div.container > Copy button, BlockTitle, the "Plain Text" switch
// (ui_mode "both") and either the lines view (div.dialogue-container[tid=dialogue-container]:
// per line a speaker, a textarea and "Add new line"/"Remove current line") or the plain-text
// textarea[tid=textbox]; then the submit button [tid=dialogue-submit-button]. Typing ":" in a
// line offers the `tags` ([tid=dialogue-tag-menu]). A user's edit sets the value (the core fires
// input/change); the submit button fires submit. Gradio's server format/unformat run here.
import { applyBlock, block, blockTitle, customButtons, iconButton, make, redrawSignal, updateTitle } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { icon, svgPath } from "../atoms/icons.js";
import { place, renderListbox } from "../dropdown/listbox.js";
import * as h from "./helpers.js";

const PLUS = "M12 5v14M5 12h14";
const TRASH = "M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3";
const SEND = "M22 2L11 13M22 2l-7 20-4-9-9-4z";

const titleProps = (props) => ({ ...props, label: props.label || undefined });
const disabledOf = (props) => props.interactive === false;

function create(props, ctx) {
  const el = block(props, { kind: "dialogue" });
  const box = make("div");
  const tools = make("div", "icon-button-wrapper");
  const copy = iconButton("Copy", "copy", () => copyValue(view), ctx.signal);
  tools.append(copy);
  const title = blockTitle(titleProps(props), "Dialogue");
  title.title.id = ctx.uid("dialogue-title");
  // Gradio's Switch: a role=switch button beside its "Plain Text" text (which names it here).
  const switchWrap = make("div", "switch-container top-switch");
  const slider = make("div", "s s--slider");
  const toggle = make("button");
  toggle.type = "button";
  toggle.setAttribute("role", "switch");
  const toggleText = make("span", "", "Plain Text");
  toggleText.id = ctx.uid("dialogue-switch");
  toggle.setAttribute("aria-labelledby", toggleText.id);
  slider.append(toggle, toggleText);
  switchWrap.append(slider);
  const linesBox = make("div", "dialogue-container");
  linesBox.dataset.testid = "dialogue-container";
  const textWrap = make("div", "textarea-container");
  const textarea = make("textarea");
  textarea.dataset.testid = "textbox";
  textarea.rows = 5;
  textarea.setAttribute("aria-labelledby", title.title.id);
  textWrap.append(textarea);
  const submitWrap = make("div", "submit-container");
  const submit = make("button", "submit-button");
  submit.type = "button";
  submit.dataset.testid = "dialogue-submit-button";
  submitWrap.append(submit);
  box.append(tools, title.el, switchWrap, linesBox, textWrap, submitWrap);
  el.append(box);
  const menu = make("div", "tag-menu");
  menu.dataset.testid = "dialogue-tag-menu";
  const view = {
    el, box, tools, copy, title, switchWrap, toggle, linesBox, textWrap, textarea, submitWrap, submit, ctx,
    lines: [], rows: [], text: "", checked: false, wire: undefined, received: false, hovered: null, copied: 0,
    // The open tag menu, in dropdown/listbox.js's terms: `wrap` holds the list.
    menu: { wrap: menu, list: null, listboxId: ctx.uid("dialogue-tags"), label: "Tags", field: null, line: -1, shown: [], active: null },
  };
  const on = (target, type, fn, opts = {}) => target.addEventListener(type, fn, { signal: ctx.signal, ...opts });
  on(toggle, "click", () => flip(view));
  on(submit, "click", () => {
    const p = ctx.props();
    if (disabledOf(p)) return;
    // Gradio parses the plain text into lines first, so the function reads the dialogue.
    if (view.checked) {
      const parsed = h.unformat(view.text, p.separator ?? "\n", p.speakers ?? []);
      view.lines = h.linesOf(parsed, p.speakers);
      drawLines(view, p);
      setWire(view, parsed);
    }
    ctx.emit("submit");
  });
  on(textarea, "input", () => {
    view.text = textarea.value;
    setWire(view, view.text);
    offerTags(view, textarea, -1);
  });
  listenForTags(view, textarea, -1);
  // Options are placed with position:fixed (as Gradio's): they follow the field when it moves.
  on(window, "resize", () => place(view.menu));
  on(window, "scroll", () => place(view.menu), { capture: true, passive: true });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  view.box.classList.toggle("container", props.container !== false);
  if (changed("label", "show_label", "info")) updateTitle(view.title, titleProps(props), "Dialogue");
  view.copy.hidden = !h.showsCopy(props);
  view.tools.hidden = view.copy.hidden && !customButtons(props.buttons).length;
  if (changed("value") && (!view.received || !sameValue(props.value, view.wire))) receive(view, props.value, props);
  else if (changed("speakers", "interactive", "max_lines", "placeholder", "color_map", "tags")) drawLines(view, props);
  const disabled = disabledOf(props);
  view.textarea.disabled = disabled;
  view.textarea.placeholder = props.placeholder ?? "";
  if (changed("submit_btn")) {
    view.submit.replaceChildren(typeof props.submit_btn === "string" ? props.submit_btn : svgPath(SEND, { size: 22 }));
    if (typeof props.submit_btn === "string") view.submit.removeAttribute("aria-label");
    else view.submit.setAttribute("aria-label", "Submit"); // Gradio's icon has no name
  }
  view.submitWrap.hidden = !props.submit_btn || disabled;
  show(view, props);
}

// A value from the app (initial, or a function's output): a string opens the plain text (Gradio
// checks the switch), a list draws its lines; the plain text follows either way.
function receive(view, value, props) {
  view.received = true;
  view.wire = value;
  closeMenu(view);
  if (typeof value === "string") {
    view.text = value;
    view.checked = true;
  } else {
    view.lines = h.linesOf(value, props.speakers);
    view.text = h.format(value, props.separator ?? "\n");
  }
  view.textarea.value = view.text;
  drawLines(view, props);
}

const sameValue = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

// A user's edit: kept as the current wire value, so the core's echo does not redraw the lines.
function setWire(view, value) {
  view.wire = value;
  view.ctx.setValue(value);
}

const copyLines = (view) => view.lines.map((l) => ({ ...l }));

// The lines view shows unless the plain text is checked or ui_mode is "text" (Gradio's rule).
function show(view, props) {
  const mode = props.ui_mode ?? "both";
  const plain = view.checked || mode === "text";
  view.switchWrap.hidden = mode !== "both";
  view.toggle.setAttribute("aria-checked", String(view.checked));
  view.linesBox.hidden = plain;
  view.textWrap.hidden = !plain;
}

// The "Plain Text" switch: on, the lines are formatted into the textarea; off, plain text that
// was edited (or came as a string) is parsed back into lines and becomes the value.
function flip(view) {
  const props = view.ctx.props();
  closeMenu(view);
  view.checked = !view.checked;
  if (view.checked) {
    view.text = h.format(view.lines, props.separator ?? "\n");
    view.textarea.value = view.text;
  } else if (typeof view.wire === "string") {
    const parsed = h.unformat(view.text, props.separator ?? "\n", props.speakers ?? []);
    view.lines = h.linesOf(parsed, props.speakers);
    drawLines(view, props);
    setWire(view, parsed);
  }
  show(view, props);
}

function drawLines(view, props) {
  // Each drawing of the lines gets its own signal, so the rows it replaces drop their listeners.
  view.rowSignal = redrawSignal(view, "rowsDrawn", view.ctx.signal);
  const disabled = disabledOf(props);
  const speakers = props.speakers ?? [];
  // Without speakers to choose or show, a line is its text alone (Gradio's docstring).
  const withSpeakers = speakers.length > 0 || view.lines.some((l) => l.speaker);
  view.rows = view.lines.map((line, i) => lineRow(view, props, line, i, { disabled, speakers, withSpeakers }));
  view.linesBox.replaceChildren(...view.rows.map((r) => r.el));
  paint(view, props);
}

function lineRow(view, props, line, i, { disabled, speakers, withSpeakers }) {
  const { ctx } = view;
  const on = (target, type, fn) => target.addEventListener(type, fn, { signal: view.rowSignal });
  const el = make("div", "dialogue-line");
  const speaker = make("div", "speaker-column");
  speaker.hidden = !withSpeakers;
  if (disabled) {
    const box = make("textarea");
    box.value = line.speaker;
    box.rows = 1;
    box.readOnly = box.disabled = true;
    box.setAttribute("aria-label", `Speaker of line ${i + 1}`);
    speaker.append(box);
    // Hovering a speaker keeps only its lines tinted (Gradio).
    on(speaker, "mouseenter", () => ((view.hovered = line.speaker), paint(view, ctx.props())));
    on(speaker, "mouseleave", () => ((view.hovered = null), paint(view, ctx.props())));
  } else {
    const wrap = make("div", "speaker-select");
    const select = make("select");
    select.setAttribute("aria-label", `Speaker of line ${i + 1}`);
    const names = speakers.includes(line.speaker) || !line.speaker ? speakers : [line.speaker, ...speakers];
    for (const name of names) {
      const option = make("option", "", name);
      option.value = name;
      option.selected = name === line.speaker;
      select.append(option);
    }
    on(select, "change", () => {
      view.lines[i].speaker = select.value;
      setWire(view, copyLines(view));
    });
    const arrow = make("span", "icon-wrap", "▾");
    arrow.setAttribute("aria-hidden", "true");
    wrap.append(select, arrow);
    speaker.append(wrap);
  }
  const textColumn = make("div", "text-column");
  const inputs = make("div", "input-container");
  const field = make("textarea");
  field.rows = 1;
  field.value = line.text;
  field.placeholder = props.placeholder ?? "";
  field.disabled = disabled;
  field.setAttribute("aria-label", `Text of line ${i + 1}`);
  on(field, "input", () => {
    view.lines[i].text = field.value;
    setWire(view, copyLines(view));
    offerTags(view, field, i);
  });
  listenForTags(view, field, i);
  inputs.append(field);
  textColumn.append(inputs);
  el.append(speaker, textColumn);
  if (h.canAdd(i, view.lines.length, props.max_lines)) {
    const cell = make("div", i === 0 ? "action-column" : "");
    cell.hidden = disabled;
    const add = actionButton("add-button", `dialogue-add-button-${i}`, "Add new line", PLUS, 16);
    on(add, "click", () => {
      view.lines.splice(i + 1, 0, { speaker: speakers[0] ?? "", text: "" });
      drawLines(view, ctx.props());
      view.rows[i + 1]?.field.focus();
      setWire(view, copyLines(view));
    });
    cell.append(add);
    el.append(cell);
  }
  const cell = make("div", "action-column");
  cell.hidden = disabled || i === 0;
  const remove = actionButton("delete-button", `dialogue-delete-button-${i}`, "Remove current line", TRASH, 14);
  on(remove, "click", () => {
    view.lines.splice(i, 1);
    drawLines(view, ctx.props());
    setWire(view, copyLines(view));
  });
  cell.append(remove);
  el.append(cell);
  return { el, field, line };
}

function actionButton(className, testid, name, path, size) {
  const b = make("button", className);
  b.type = "button";
  b.dataset.testid = testid;
  b.setAttribute("aria-label", name);
  b.title = name;
  b.append(svgPath(path, { size }));
  return b;
}

// Speaker tints, only while the dialogue is not interactive (Gradio); a hovered speaker's alone.
function paint(view, props) {
  const colors = h.speakerColors(props);
  const disabled = disabledOf(props);
  for (const { el, line } of view.rows) {
    const bg = disabled && (view.hovered === null || view.hovered === line.speaker) ? colors[line.speaker] ?? "" : "";
    el.style.setProperty("--speaker-bg-color", bg || "transparent");
    el.classList.toggle("tinted", Boolean(bg));
  }
}

async function copyValue(view) {
  const props = view.ctx.props();
  const text = h.format(view.wire ?? view.lines, props.separator ?? "\n");
  await navigator.clipboard?.writeText(text).catch(() => {});
  view.copy.replaceChildren(icon("check"));
  view.copy.setAttribute("aria-label", "Copied");
  clearTimeout(view.copied);
  view.copied = setTimeout(() => {
    view.copy.replaceChildren(icon("copy"));
    view.copy.setAttribute("aria-label", "Copy");
  }, 1000);
}

// ":" in a field opens the tags menu (Gradio also checks on focus); arrows move through it,
// Enter or a click inserts the tag, Escape or leaving the field closes it.
function listenForTags(view, field, line) {
  const on = (type, fn) => field.addEventListener(type, fn, { signal: line < 0 ? view.ctx.signal : view.rowSignal });
  on("focus", () => offerTags(view, field, line));
  on("blur", () => closeMenu(view));
  on("keydown", (e) => {
    const m = view.menu;
    if (m.field !== field || !m.shown.length) return;
    if (e.key === "Escape") closeMenu(view);
    else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const at = Math.max(0, m.shown.indexOf(m.active));
      m.active = m.shown[Math.min(Math.max(at + (e.key === "ArrowDown" ? 1 : -1), 0), m.shown.length - 1)];
      drawMenu(view);
    } else if (e.key === "Enter") pickTag(view, m.active);
    else return;
    e.preventDefault();
  });
}

function offerTags(view, field, line) {
  const tags = view.ctx.props().tags ?? [];
  const query = tags.length && !field.disabled ? h.tagQuery(field.value, field.selectionStart ?? field.value.length) : null;
  const found = query === null ? [] : h.filterTags(tags, query);
  if (!found.length) return closeMenu(view);
  const m = view.menu;
  m.field = field;
  m.line = line;
  m.shown = found.map((t) => tags.indexOf(t));
  m.active = m.shown[0];
  field.parentElement.append(m.wrap);
  drawMenu(view);
}

function drawMenu(view) {
  const m = view.menu;
  const tags = view.ctx.props().tags ?? [];
  renderListbox(m, { choices: tags.map((t) => [t, t]), shown: m.shown, selected: [], active: m.active, open: true });
  for (const li of m.list.children) {
    // mousedown keeps the field focused (and the menu open) until the click picks the tag.
    li.onmousedown = (e) => e.preventDefault();
    li.onclick = () => pickTag(view, Number(li.dataset.index));
  }
}

function closeMenu(view) {
  const m = view.menu;
  renderListbox(m, { open: false });
  m.wrap.remove();
  m.field = null;
  m.shown = [];
}

function pickTag(view, index) {
  const m = view.menu;
  const { field, line } = m;
  const tag = (view.ctx.props().tags ?? [])[index];
  if (!field || tag === undefined) return closeMenu(view);
  const next = h.insertTag(field.value, field.selectionStart ?? field.value.length, tag);
  closeMenu(view);
  if (!next) return;
  field.value = next.text;
  if (line < 0) {
    view.text = next.text;
    setWire(view, next.text);
  } else {
    view.lines[line].text = next.text;
    setWire(view, copyLines(view));
  }
  field.focus();
  field.setSelectionRange?.(next.cursor, next.cursor);
}

const css = `
.graft-dialogue .container { display: block; width: 100%; }
.graft-dialogue .icon-button-wrapper { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 3; display: flex; gap: var(--spacing-sm); }
.graft-dialogue .input-container { display: flex; position: relative; align-items: flex-end; }
.graft-dialogue .dialogue-container { position: relative; border: none; border-radius: var(--input-radius); background: var(--input-background-fill); padding: var(--spacing-md); margin-bottom: var(--spacing-sm); }
.graft-dialogue .dialogue-line { display: flex; align-items: center; margin-bottom: var(--spacing-sm); }
.graft-dialogue .dialogue-line:last-child { margin-bottom: 0; }
.graft-dialogue .speaker-column { flex: 0 0 150px; display: flex; align-items: center; margin-right: var(--spacing-sm); }
.graft-dialogue .text-column { flex: 1; min-width: 0; margin-right: var(--spacing-sm); }
.graft-dialogue .dialogue-line:has(.action-column[hidden]) .text-column { margin-right: 0; }
.graft-dialogue textarea { display: block; flex-grow: 1; width: 100%; box-sizing: border-box; margin: 0; resize: none; outline: none;
  font: inherit; font-weight: var(--input-text-weight, 400); font-size: var(--input-text-size); line-height: var(--line-sm); color: var(--body-text-color);
  background: var(--input-background-fill); padding: var(--input-padding); box-shadow: var(--input-shadow, none);
  border: var(--input-border-width) solid var(--input-border-color); border-radius: var(--input-radius); }
.graft-dialogue .dialogue-line textarea { min-height: 30px; field-sizing: content; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word;
  background: var(--speaker-bg-color); border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm); transition: background-color 0.2s ease; }
.graft-dialogue .dialogue-line.tinted textarea { color: black; -webkit-text-fill-color: black; }
.graft-dialogue textarea:disabled { opacity: 1; -webkit-text-fill-color: var(--body-text-color); cursor: default; }
.graft-dialogue textarea:focus { box-shadow: var(--input-shadow-focus); border-color: var(--input-border-color-focus); background: var(--input-background-fill-focus, var(--input-background-fill)); }
.graft-dialogue textarea::placeholder { color: var(--input-placeholder-color); }
.graft-dialogue .speaker-select { position: relative; display: flex; align-items: center; width: 100%; }
.graft-dialogue select { width: 100%; box-sizing: border-box; appearance: none; cursor: pointer; font: inherit; font-size: var(--input-text-size); line-height: var(--line-sm);
  color: var(--body-text-color); background: var(--input-background-fill); padding: var(--input-padding); padding-right: 24px;
  border: 1px solid var(--input-border-color); border-radius: var(--input-radius); }
.graft-dialogue select:focus { outline: none; box-shadow: var(--input-shadow-focus); border-color: var(--input-border-color-focus); }
.graft-dialogue .speaker-select .icon-wrap { position: absolute; right: var(--spacing-lg); color: var(--body-text-color); pointer-events: none; }
.graft-dialogue .action-column { display: flex; justify-content: center; }
.graft-dialogue .add-button, .graft-dialogue .delete-button { display: flex; justify-content: center; align-items: center; padding: 0; border: none; background: transparent; color: var(--body-text-color); cursor: pointer; }
.graft-dialogue .add-button { width: 25px; height: 25px; }
.graft-dialogue .delete-button { width: 18px; height: 18px; }
.graft-dialogue .add-button:hover, .graft-dialogue .delete-button:hover { color: var(--color-accent); }
.graft-dialogue .switch-container { display: flex; justify-content: flex-end; margin-bottom: var(--spacing-sm); }
.graft-dialogue .s--slider { display: flex; align-items: center; color: var(--body-text-color); font-size: var(--text-md); }
.graft-dialogue .s--slider button { position: relative; width: 3em; height: 1.6em; margin: 0 0.5em 0 0; padding: 0; border: none; border-radius: 1.5em; background: var(--button-secondary-background-fill); cursor: pointer; }
.graft-dialogue .s--slider button::before { content: ""; position: absolute; top: 0.13em; right: 1.5em; width: 1.3em; height: 1.3em; border-radius: 100%; background: #fff; transition: transform 0.3s; }
.graft-dialogue .s--slider button[aria-checked="true"] { background-color: var(--color-accent); }
.graft-dialogue .s--slider button[aria-checked="true"]::before { transform: translateX(1.3em); }
.graft-dialogue .s--slider button:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-dialogue .textarea-container { position: relative; }
.graft-dialogue .submit-container { display: flex; justify-content: flex-end; margin-top: var(--spacing-sm); }
.graft-dialogue .submit-button { display: flex; flex-shrink: 0; justify-content: center; align-items: center; min-width: 30px; height: 30px; padding: 0 var(--spacing-md);
  border: none; border-radius: 15px; font: inherit; font-size: 14px; cursor: pointer; background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); }
.graft-dialogue .submit-button:hover { background: var(--button-secondary-background-fill-hover); }
.graft-dialogue .tag-menu { position: absolute; top: 100%; left: 0; width: 100%; }
.graft-dialogue .options { position: fixed; z-index: 1000; margin: 0; padding: 0; list-style: none; overflow: auto;
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-md); background: var(--background-fill-primary); color: var(--body-text-color);
  box-shadow: 0 10px 15px -3px rgb(0 0 0 / 0.1), 0 4px 6px -4px rgb(0 0 0 / 0.1); }
.graft-dialogue .item { display: flex; cursor: pointer; padding: var(--spacing-md) var(--spacing-lg); font-size: var(--input-text-size); }
.graft-dialogue .item:hover { background: var(--background-fill-secondary); }
.graft-dialogue .item.active { background: var(--color-accent-soft); }
.graft-dialogue .inner-item { padding-right: var(--spacing-sm); }
.graft-dialogue .inner-item.hide { visibility: hidden; }
`;

export default {
  toolbar: (view) => view.tools, // where Gradio 6's custom buttons go
  receives: "by `type`: text → a str, each line \"[speaker] text\" joined by `separator`; list → [{speaker, text}] (a plain-text edit: its string)",
  create,
  update,
  destroy(view) {
    clearTimeout(view.copied);
    closeMenu(view);
  },
  css,
  edge: {
    argument: (value, props) => h.toArgument(value, props),
    output: (value) => h.toWire(value),
  },
};
