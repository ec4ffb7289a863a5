// gr.DateTime (Gradio's js/datetime/Index.svelte): BlockTitle, a text box taking
// "YYYY-MM-DD[ HH:MM:SS]" or "now - 2d", and a calendar button opening a picker. Valid text is
// committed through ctx.setValue on Enter or blur (invalid text gets class `invalid` and waits);
// Enter also fires submit. The wire value is Gradio's string; edge.argument gives functions a
// timestamp, Date or string by `type`.
import { applyBlock, block, blockTitle, updateTitle } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import * as h from "./helpers.js";
import { buildPicker } from "./picker.js";
import { css } from "./style.js";

const FALLBACK = "Date";
const CALENDAR_ICON = '<svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" ' +
  'stroke="currentColor" stroke-width="2" stroke-linecap="round"><rect x="3" y="5" width="18" height="16" rx="2"/>' +
  '<path d="M3 10h18M8 3v4M16 3v4"/></svg>';
const includeTime = (view) => view.props.include_time !== false;

function markValidity(view) {
  const bad = !h.isValidText(view.input.value, includeTime(view));
  view.input.classList.toggle("invalid", bad);
  if (bad) view.input.setAttribute("aria-invalid", "true");
  else view.input.removeAttribute("aria-invalid");
}

// Commits the box's text when it is valid and differs from what was last committed or shown.
function commit(view, ctx) {
  const text = view.input.value;
  if (text === view.committed || !h.isValidText(text, includeTime(view))) return;
  view.committed = text;
  view.value = text.trim() === "" ? null : text;
  ctx.setValue(view.value);
}

function pickerActions(view, ctx) {
  const st = view.pickState;
  const set = (text) => {
    view.input.value = text;
    markValidity(view);
    commit(view, ctx);
  };
  const done = () => {
    openPicker(view, ctx, false);
    view.calendar.focus();
  };
  const pick = (wall) => {
    Object.assign(st, { sel: wall, year: wall.year, month: wall.month });
    set(h.formatWall(wall, st.includeTime));
    view.picker.render();
  };
  return {
    pick,
    now: () => pick(h.zonedParts(Date.now(), view.props.timezone)),
    clear: () => (set(""), done()),
    done,
  };
}

// The picker starts at the box's date ("now" forms resolved in the component's zone), else today.
function openPicker(view, ctx, yes) {
  view.calendar.setAttribute("aria-expanded", String(yes));
  if (!yes) return view.picker?.el.remove();
  const tz = view.props.timezone;
  const now = Date.now();
  const rel = h.parseRelative(view.input.value, now);
  const sel = rel !== null ? h.zonedParts(rel, tz) : h.parseWall(view.input.value) ?? h.zonedParts(now, tz);
  Object.assign(view.pickState, { year: sel.year, month: sel.month, sel, includeTime: includeTime(view) });
  view.picker ??= buildPicker(view.pickState, pickerActions(view, ctx), ctx.signal);
  view.timebox.after(view.picker.el);
  view.picker.render();
}

function create(props, ctx) {
  const el = block(props, { kind: "datetime" });
  const head = document.createElement("div");
  head.className = "label-content";
  const title = blockTitle(props, FALLBACK);
  head.append(title.el);
  const timebox = document.createElement("div");
  timebox.className = "timebox";
  const input = document.createElement("input");
  input.type = "text";
  input.className = "time";
  input.setAttribute("autocomplete", "off");
  // Gradio's input has no accessible name; the label (or "Date") names it here.
  input.setAttribute("aria-label", props.label ?? FALLBACK);
  input.placeholder = h.placeholderFor(props.include_time);
  const calendar = document.createElement("button");
  calendar.type = "button";
  calendar.className = "calendar";
  calendar.setAttribute("aria-label", "Open date picker");
  calendar.setAttribute("aria-haspopup", "dialog");
  calendar.setAttribute("aria-expanded", "false");
  calendar.innerHTML = CALENDAR_ICON;
  timebox.append(input, calendar);
  el.append(head, timebox);
  const view = { el, title, input, calendar, timebox, props, picker: null, pickState: {}, value: null, committed: "" };
  const on = (target, type, fn) => target.addEventListener(type, fn, { signal: ctx.signal });
  on(input, "input", () => markValidity(view));
  on(input, "keydown", (e) => {
    if (e.key !== "Enter") return;
    commit(view, ctx);
    ctx.emit("submit", null);
  });
  on(input, "blur", () => commit(view, ctx));
  on(calendar, "click", () => openPicker(view, ctx, !view.picker?.el.isConnected));
  on(el, "keydown", (e) => {
    if (e.key !== "Escape" || !view.picker?.el.isConnected) return;
    openPicker(view, ctx, false);
    view.calendar.focus();
  });
  // A click outside closes the picker. Day buttons are redrawn by their own click, so the
  // event's path (taken when it was dispatched) says where it happened, not the detached target.
  on(document, "click", (e) => {
    const inside = e.composedPath?.().includes(el) ?? el.contains(e.target);
    if (view.picker?.el.isConnected && !inside) openPicker(view, ctx, false);
  });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  applyBlock(view.el, props);
  view.props = props;
  const has = changedIn(props, patch);
  if (has("label", "show_label", "info")) {
    updateTitle(view.title, props, FALLBACK);
    view.input.setAttribute("aria-label", props.label ?? FALLBACK);
  }
  if (has("include_time")) view.input.placeholder = h.placeholderFor(props.include_time);
  if (has("interactive")) {
    view.input.disabled = props.interactive === false;
    view.calendar.hidden = props.interactive === false;
    if (props.interactive === false) openPicker(view, null, false);
  }
  // A value from a function replaces the text (a timestamp is shown in the component's zone).
  if (has("value", "timezone", "include_time")) {
    view.value = props.value ?? null;
    view.input.value = view.committed = h.displayText(view.value, props);
    markValidity(view);
  }
}

export default {
  receives: "by `type`: timestamp → seconds (number); datetime → a Date; string → \"YYYY-MM-DD HH:MM:SS\"",
  create,
  update,
  css,
  edge: {
    argument: (value, props) => h.toArgument(value, props),
    output: (value, props) => h.checkOutput(value, props),
  },
};
