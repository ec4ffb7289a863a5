// gr.DateTime in the page: text validation, "now - 2d" forms, time zones through Intl, the
// calendar grid, what the box commits and fires, and the function edge by `type`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import * as h from "../../js-shim/components/datetime/helpers.js";

installDom();
const datetime = (await import("../../js-shim/components/datetime/index.js")).default;

const fire = (el, type, init = {}) => {
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.assign(e, init);
  el.dispatchEvent(e);
  return e;
};
const type = (input, text) => { input.value = text; fire(input, "input"); };
const events = (ctx, name) => ctx.calls.filter((c) => c[0] === "emit" && c[1] === name).map((c) => c[2]);
const values = (ctx) => ctx.calls.filter((c) => c[0] === "setValue").map((c) => c[1]);
const NOW = Date.UTC(2024, 0, 10, 12, 0, 0); // 2024-01-10 12:00:00 UTC

test("text must match the mode's format and be a real date and time", () => {
  assert.equal(h.isValidText("2024-02-29 23:59:59", true), true);
  assert.equal(h.isValidText("2023-02-29 10:00:00", true), false, "no 29 February in 2023");
  assert.equal(h.isValidText("2024-01-01 24:00:00", true), false);
  assert.equal(h.isValidText("2024-01-01", true), false, "time is required when include_time");
  assert.equal(h.isValidText("2024-01-01", false), true);
  assert.equal(h.isValidText("2024-01-01 10:00:00", false), false);
  assert.equal(h.isValidText("01/02/2024", true), false);
  assert.equal(h.isValidText("", true), true, "an empty box clears the value");
});

test("'now' and 'now - <n><unit>' resolve against the clock passed in, in s, m, h, d and w", () => {
  assert.equal(h.parseRelative("now", NOW), NOW);
  assert.equal(h.parseRelative(" now - 2d ", NOW), NOW - 2 * 86400e3);
  assert.equal(h.parseRelative("now-30m", NOW), NOW - 30 * 60e3);
  assert.equal(h.parseRelative("now - 5 s", NOW), NOW - 5e3);
  assert.equal(h.parseRelative("now - 3h", NOW), NOW - 3 * 3600e3);
  assert.equal(h.parseRelative("now - 1w", NOW), NOW - 7 * 86400e3);
  assert.equal(h.parseRelative("now + 2d", NOW), null);
  assert.equal(h.parseRelative("now - 2y", NOW), null);
  assert.equal(h.isValidText("now - 2d", true), true);
});

test("a timestamp is shown as wall-clock time in the component's IANA time zone", () => {
  assert.equal(h.formatInstant(0, true, "UTC"), "1970-01-01 00:00:00");
  assert.equal(h.formatInstant(0, true, "Asia/Tokyo"), "1970-01-01 09:00:00");
  assert.equal(h.formatInstant(0, false, "America/Los_Angeles"), "1969-12-31");
  assert.equal(h.displayText(1720000000, { timezone: "Europe/Paris" }), "2024-07-03 11:46:40");
  assert.equal(h.displayText(1720000000, { timezone: "Europe/Paris", include_time: false }), "2024-07-03");
  assert.throws(() => h.formatInstant(0, true, "Mars/Olympus"), /"Mars\/Olympus" is not an IANA time zone/);
});

test("wall-clock text is read in the time zone, across daylight-saving changes", () => {
  const at = (text, tz) => new Date(h.wallToInstant(h.parseWall(text), tz)).toISOString();
  assert.equal(at("2024-01-01 12:00:00", "America/New_York"), "2024-01-01T17:00:00.000Z");
  assert.equal(at("2024-07-01 12:00:00", "America/New_York"), "2024-07-01T16:00:00.000Z");
  assert.equal(at("2024-03-10 01:59:59", "America/New_York"), "2024-03-10T06:59:59.000Z");
  assert.equal(at("2024-03-10 03:00:00", "America/New_York"), "2024-03-10T07:00:00.000Z");
  assert.equal(at("2024-06-01 00:00:00", "Asia/Kolkata"), "2024-05-31T18:30:00.000Z");
});

test("a page function gets a timestamp by default, a Date for type 'datetime', resolved text for 'string'", () => {
  const utc = { timezone: "UTC" };
  assert.equal(h.toArgument("2024-01-01 00:00:00", utc, NOW), 1704067200);
  assert.equal(h.toArgument("2024-01-01", { ...utc, include_time: false }, NOW), 1704067200);
  assert.equal(h.toArgument("now - 1d", utc, NOW), (NOW - 86400e3) / 1000);
  assert.equal(h.toArgument("2024-01-01 09:00:00", { timezone: "Asia/Tokyo" }, NOW), 1704067200);
  assert.equal(h.toArgument("2024-01-01 00:00:00", { ...utc, type: "datetime" }, NOW).toISOString(), "2024-01-01T00:00:00.000Z");
  assert.equal(h.toArgument("2024-01-01 00:00:00", { ...utc, type: "string" }, NOW), "2024-01-01 00:00:00");
  assert.equal(h.toArgument("now - 2d", { ...utc, type: "string" }, NOW), "2024-01-08 12:00:00");
  assert.equal(h.toArgument(null, utc, NOW), null);
  assert.equal(h.toArgument("", utc, NOW), null);
  assert.throws(() => h.toArgument("yesterday", utc, NOW), /DateTime got "yesterday"/);
});

test("a function's timestamp or Date output is formatted in the zone; malformed text fails the output", () => {
  const { output } = datetime.edge;
  assert.equal(output(0, { timezone: "Asia/Tokyo" }), "1970-01-01 09:00:00");
  assert.equal(output(new Date(0), { timezone: "UTC", include_time: false }), "1970-01-01");
  assert.equal(output("2024-05-06 07:08:09", {}), "2024-05-06 07:08:09");
  assert.equal(output("now - 3h", {}), "now - 3h");
  assert.equal(output(null, {}), null);
  assert.throws(() => output("tomorrow", {}), /DateTime expects "YYYY-MM-DD HH:MM:SS".*got "tomorrow"/);
  assert.throws(() => output({ when: 1 }, {}), /DateTime expects/);
});

test("the picker's month grid starts on the Sunday before the 1st and holds 42 days", () => {
  const days = h.calendarDays(2024, 2);
  assert.equal(days.length, 42);
  assert.deepEqual(days[0], { year: 2024, month: 1, day: 28, current: false });
  assert.deepEqual(days[4], { year: 2024, month: 2, day: 1, current: true });
  assert.equal(days.filter((d) => d.current).length, 29);
  assert.deepEqual(days[41], { year: 2024, month: 3, day: 9, current: false });
});

test("the text box is named by the label ('Date' unlabelled) with Gradio's placeholder and class", () => {
  const a = mount(datetime, { label: "When", value: "2024-01-02 03:04:05" });
  const input = a.el.querySelector(".timebox input.time");
  assert.equal(input.getAttribute("aria-label"), "When");
  assert.equal(input.placeholder, "YYYY-MM-DD HH:MM:SS");
  assert.equal(input.value, "2024-01-02 03:04:05");
  assert.equal(a.el.querySelector('[data-testid="block-info"]').textContent, "When");
  const b = mount(datetime, { include_time: false });
  assert.equal(b.el.querySelector("input.time").getAttribute("aria-label"), "Date");
  assert.equal(b.el.querySelector("input.time").placeholder, "YYYY-MM-DD");
  assert.equal(b.el.querySelector("button.calendar").getAttribute("aria-label"), "Open date picker");
});

test("Enter commits valid text (change through setValue) and fires submit", () => {
  const { el, ctx } = mount(datetime, { value: "2024-01-02 03:04:05" });
  const input = el.querySelector("input.time");
  type(input, "2024-12-31 23:59:59");
  fire(input, "keydown", { key: "Enter" });
  assert.deepEqual(values(ctx), ["2024-12-31 23:59:59"]);
  assert.deepEqual(events(ctx, "submit"), [null]);
  fire(input, "blur");
  assert.equal(values(ctx).length, 1, "blur with the same text commits nothing new");
});

test("invalid text gets class 'invalid' and is not committed on blur or Enter", () => {
  const { el, ctx } = mount(datetime, { value: "2024-01-02 03:04:05" });
  const input = el.querySelector("input.time");
  type(input, "2024-13-01 00:00:00");
  assert.ok(input.classList.contains("invalid"));
  assert.equal(input.getAttribute("aria-invalid"), "true");
  fire(input, "blur");
  fire(input, "keydown", { key: "Enter" });
  assert.equal(values(ctx).length, 0);
  assert.deepEqual(events(ctx, "submit"), [null], "Gradio still fires submit on Enter");
  type(input, "now - 2d");
  assert.equal(input.classList.contains("invalid"), false);
  fire(input, "blur");
  assert.deepEqual(values(ctx), ["now - 2d"]);
});

test("clearing the box commits null", () => {
  const { el, ctx } = mount(datetime, { value: "2024-01-02 03:04:05" });
  const input = el.querySelector("input.time");
  type(input, "");
  fire(input, "blur");
  assert.deepEqual(values(ctx), [null]);
});

test("a timestamp value from a function is shown in the component's time zone without firing events", () => {
  const { el, ctx, patch } = mount(datetime, { value: null, timezone: "Asia/Tokyo" });
  patch({ value: 0 });
  assert.equal(el.querySelector("input.time").value, "1970-01-01 09:00:00");
  patch({ timezone: "UTC" });
  assert.equal(el.querySelector("input.time").value, "1970-01-01 00:00:00");
  assert.equal(ctx.calls.length, 0);
});

test("the calendar button opens a picker whose day buttons commit the date, keeping the time", () => {
  const { el, ctx } = mount(datetime, { value: "2024-02-10 08:30:00" });
  const calendar = el.querySelector("button.calendar");
  fire(calendar, "click");
  assert.equal(calendar.getAttribute("aria-expanded"), "true");
  const picker = el.querySelector('[role="dialog"]');
  assert.equal(picker.querySelector(".month-year").textContent, "February 2024");
  fire(picker.querySelector('button[aria-label="2024-02-14"]'), "click");
  assert.deepEqual(values(ctx), ["2024-02-14 08:30:00"]);
  assert.equal(el.querySelector("input.time").value, "2024-02-14 08:30:00");
  assert.ok(el.querySelector('[role="dialog"]'), "picking a day keeps the picker open");
  assert.equal(picker.querySelector('button[aria-label="2024-02-14"]').getAttribute("aria-pressed"), "true");
  fire(picker.querySelector('button[aria-label="Next month"]'), "click");
  assert.equal(picker.querySelector(".month-year").textContent, "March 2024");
  const hour = [...picker.querySelectorAll("label")].find((l) => l.textContent.startsWith("Hour")).querySelector("input");
  hour.value = "17";
  fire(hour, "input");
  assert.equal(values(ctx).at(-1), "2024-02-14 17:30:00");
  fire([...picker.querySelectorAll("button")].find((b) => b.textContent === "Done"), "click");
  assert.equal(el.querySelector('[role="dialog"]'), null);
  assert.equal(calendar.getAttribute("aria-expanded"), "false");
});

test("the picker's Clear empties the value; interactive=false disables the box and hides the button", () => {
  const { el, ctx, patch } = mount(datetime, { value: "2024-02-10", include_time: false });
  fire(el.querySelector("button.calendar"), "click");
  assert.equal(el.querySelector(".time-inputs").hidden, true, "no time boxes without include_time");
  fire([...el.querySelectorAll(".picker-actions button")].find((b) => b.textContent === "Clear"), "click");
  assert.deepEqual(values(ctx), [null]);
  patch({ interactive: false });
  assert.equal(el.querySelector("input.time").disabled, true);
  assert.equal(el.querySelector("button.calendar").hidden, true);
});
