// gr.DateTime's picker popover (after Gradio's DateTimePicker.svelte): month navigation, a
// grid of day buttons, Hour/Min/Sec boxes when include_time, and Clear / Now / Done. Hours are
// 0-23 here rather than Gradio's 12-hour box with an AM/PM toggle: one box, no mode to misread.
import { MONTHS, calendarDays } from "./helpers.js";

function el(tag, className, attrs = {}, text = "") {
  const e = document.createElement(tag);
  if (className) e.className = className;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

// `act`: { pick(wall), now(), clear(), done() }. `state`: { year, month, sel, includeTime }.
export function buildPicker(state, act, signal) {
  const on = (t, type, fn) => t.addEventListener(type, fn, { signal });
  const root = el("div", "picker-container", { role: "dialog", "aria-label": "Choose date" });
  const head = el("div", "picker-header");
  const prev = el("button", "nav-button", { type: "button", "aria-label": "Previous month" }, "‹");
  const title = el("div", "month-year", { "aria-live": "polite" });
  const next = el("button", "nav-button", { type: "button", "aria-label": "Next month" }, "›");
  head.append(prev, title, next);
  const weekdays = el("div", "weekdays", { "aria-hidden": "true" });
  for (const d of ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"]) weekdays.append(el("div", "weekday", {}, d));
  const days = el("div", "days");
  const time = el("div", "time-inputs");
  const boxes = {};
  for (const [key, name, max] of [["hour", "Hour", 23], ["minute", "Min", 59], ["second", "Sec", 59]]) {
    const label = el("label", "time-input-group", {}, name);
    const input = el("input", "", { type: "number", min: "0", max: String(max) });
    on(input, "input", () => {
      const n = Number(input.value);
      if (input.value === "" || !Number.isInteger(n) || n < 0 || n > max) return;
      act.pick({ ...state.sel, [key]: n });
    });
    label.append(input);
    time.append(label);
    boxes[key] = input;
  }
  const actions = el("div", "picker-actions");
  const buttons = ["Clear", "Now", "Done"].map((t) => el("button", "action-button", { type: "button" }, t));
  actions.append(...buttons);
  root.append(head, weekdays, days, time, actions);

  const render = () => {
    title.textContent = `${MONTHS[state.month - 1]} ${state.year}`;
    const s = state.sel;
    days.replaceChildren(...calendarDays(state.year, state.month).map((d) => {
      const iso = `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
      const selected = d.year === s.year && d.month === s.month && d.day === s.day;
      const b = el("button", `day${d.current ? "" : " other-month"}${selected ? " selected" : ""}`,
        { type: "button", "aria-label": iso, "aria-pressed": String(selected), "data-day": iso }, String(d.day));
      return b;
    }));
    time.hidden = !state.includeTime;
    for (const [k, input] of Object.entries(boxes)) input.value = String(s[k]);
  };
  const shift = (delta) => {
    const m = state.month - 1 + delta;
    state.year += Math.floor(m / 12);
    state.month = ((m % 12) + 12) % 12 + 1;
    render();
  };
  on(prev, "click", () => shift(-1));
  on(next, "click", () => shift(1));
  on(days, "click", (e) => {
    const iso = e.target.closest?.("[data-day]")?.dataset.day;
    if (!iso) return;
    const [year, month, day] = iso.split("-").map(Number);
    act.pick({ ...state.sel, year, month, day });
  });
  on(buttons[0], "click", act.clear);
  on(buttons[1], "click", act.now);
  on(buttons[2], "click", act.done);
  return { el: root, render };
}
