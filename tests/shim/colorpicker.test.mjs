// gr.ColorPicker in the page: the colour maths, Gradio's swatch and slider names, and the events
// a user's drags, keys and typing fire.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import * as h from "../../js-shim/components/colorpicker/helpers.js";

installDom();
const colorpicker = (await import("../../js-shim/components/colorpicker/index.js")).default;

const fire = (el, type, init = {}) => {
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.assign(e, init);
  el.dispatchEvent(e);
  return e;
};
const key = (el, k, shiftKey = false) => fire(el, "keydown", { key: k, shiftKey });
const events = (ctx, name) => ctx.calls.filter((c) => c[0] === "emit" && c[1] === name).map((c) => c[2]);
const values = (ctx) => ctx.calls.filter((c) => c[0] === "setValue").map((c) => c[1]);
const slider = (el, name) => el.querySelector(`[role="slider"][aria-label="${name}"]`);
function openPicker(props) {
  const m = mount(colorpicker, props);
  fire(m.el.querySelector("button.dialog-button"), "click");
  return m;
}

test("hex text parses in short, long and alpha forms, with or without '#'", () => {
  assert.deepEqual(h.parseHex("#f80"), { r: 255, g: 136, b: 0 });
  assert.deepEqual(h.parseHex("FF8800"), { r: 255, g: 136, b: 0 });
  assert.deepEqual(h.parseHex("#ff880080"), { r: 255, g: 136, b: 0 });
  assert.deepEqual(h.parseHex("#ff88"), { r: 255, g: 255, b: 136 });
  assert.equal(h.parseHex("#ggg"), null);
  assert.equal(h.parseHex("#12345"), null);
});

test("rgb() and hsl() text in every mode's format becomes the same #rrggbb", () => {
  assert.equal(h.normalizeColor("rgb(255, 136, 0)"), "#ff8800");
  assert.equal(h.normalizeColor("rgba(255,136,0,0.5)"), "#ff8800");
  assert.equal(h.normalizeColor("rgb(100% 0% 0%)"), "#ff0000");
  assert.equal(h.normalizeColor("hsl(120, 100%, 25%)"), "#008000");
  assert.equal(h.normalizeColor("hsl(240deg 100% 50%)"), "#0000ff");
  assert.equal(h.normalizeColor("  Red "), "#ff0000");
  assert.equal(h.normalizeColor("rgb(1, 2)"), null);
  assert.equal(h.normalizeColor("hsl(x, 1%, 2%)"), null);
  assert.equal(h.normalizeColor("not a colour"), null);
  assert.equal(h.normalizeColor(42), null);
});

test("the Hex, RGB and HSL modes format a value as tinycolor does for Gradio", () => {
  assert.equal(h.formatColor("#ff8800", "hex"), "#ff8800");
  assert.equal(h.formatColor("#ff8800", "rgb"), "rgb(255, 136, 0)");
  assert.equal(h.formatColor("#ff8800", "hsl"), "hsl(32, 100%, 50%)");
  assert.equal(h.formatColor("#808080", "hsl"), "hsl(0, 0%, 50%)");
});

test("rgb, hsv and hsl conversions round-trip every primary, secondary and grey", () => {
  for (const hex of ["#000000", "#ffffff", "#ff0000", "#00ff00", "#0000ff", "#ffff00", "#00ffff", "#ff00ff", "#808080", "#123456", "#fedcba"]) {
    const rgb = h.parseHex(hex);
    assert.equal(h.rgbToHex(h.hsvToRgb(h.rgbToHsv(rgb))), hex, `hsv ${hex}`);
    assert.equal(h.rgbToHex(h.hslToRgb(h.rgbToHsl(rgb))), hex, `hsl ${hex}`);
  }
  assert.deepEqual(h.rgbToHsv({ r: 255, g: 0, b: 0 }), { h: 0, s: 1, v: 1 });
  assert.deepEqual(h.rgbToHsv({ r: 0, g: 0, b: 255 }), { h: 240, s: 1, v: 1 });
  const hsl = h.rgbToHsl({ r: 0, g: 128, b: 0 });
  assert.equal(hsl.h, 120);
  assert.equal(hsl.s, 1);
  assert.equal(Math.round(hsl.l * 100), 25);
  assert.equal(h.hsvToHex({ h: 360, s: 1, v: 1 }), "#ff0000");
});

test("grey and black keep the hue (and black the saturation) the picker already showed", () => {
  assert.deepEqual(h.hsvForValue("#808080", { h: 200, s: 0.5, v: 0.5 }), { h: 200, s: 0, v: h.rgbToHsv({ r: 128, g: 128, b: 128 }).v });
  assert.deepEqual(h.hsvForValue("#000000", { h: 200, s: 0.7, v: 0.4 }), { h: 200, s: 0.7, v: 0 });
  assert.equal(Math.round(h.hsvForValue("#00ff00").h), 120);
  assert.deepEqual(h.hsvForValue("nonsense", { h: 5, s: 0, v: 0 }), { h: 5, s: 0, v: 0 });
});

test("pointer positions and keyboard steps are clamped to the area and the hue range", () => {
  const rect = { left: 10, top: 20, width: 100, height: 50 };
  assert.deepEqual(h.svFromPoint(60, 20, rect), { s: 0.5, v: 1 });
  assert.deepEqual(h.svFromPoint(500, 500, rect), { s: 1, v: 0 });
  assert.equal(h.hueFromX(-50, rect), 0);
  assert.equal(h.hueFromX(35, rect), 90);
  assert.deepEqual(h.stepSv({ s: 1, v: 0.5 }, "ArrowRight"), { s: 1, v: 0.5 });
  assert.deepEqual(h.stepSv({ s: 0.5, v: 0.5 }, "ArrowUp", true), { s: 0.5, v: 0.6 });
  assert.equal(h.stepSv({ s: 0.5, v: 0.5 }, "a"), null);
  assert.equal(h.stepHue(355, "ArrowRight", true), 360);
  assert.equal(h.stepHue(100, "Home"), 0);
  assert.equal(h.stepHue(100, "x"), null);
});

test("the swatch is named by the label ('Color Picker' unlabelled) and shows the value, black by default", () => {
  const a = mount(colorpicker, { label: "Tint", value: "#ff8800" });
  const swatch = a.el.querySelector("button.dialog-button");
  assert.equal(swatch.getAttribute("aria-label"), "Tint");
  assert.equal(swatch.style.background, "#ff8800");
  const b = mount(colorpicker, {});
  assert.equal(b.el.querySelector("button.dialog-button").getAttribute("aria-label"), "Color Picker");
  assert.equal(b.el.querySelector("button.dialog-button").style.background, "#000000");
  b.patch({ value: "#00ff00" });
  assert.equal(b.el.querySelector("button.dialog-button").style.background, "#00ff00");
  assert.equal(b.ctx.calls.length, 0, "a value from a function fires nothing");
});

test("clicking the swatch opens the popover with Gradio's sliders, a named text box and mode buttons", () => {
  const { el } = mount(colorpicker, { value: "#ff0000" });
  assert.equal(slider(el, "Hue"), null);
  fire(el.querySelector("button.dialog-button"), "click");
  assert.ok(slider(el, "Saturation and brightness"));
  assert.equal(slider(el, "Hue").getAttribute("aria-valuenow"), "0");
  const text = el.querySelector('input[aria-label="Color value"]');
  assert.equal(text.value, "#ff0000");
  const modes = [...el.querySelectorAll(".buttons button")];
  assert.deepEqual(modes.map((b) => b.textContent), ["Hex", "RGB", "HSL"]);
  fire(modes[1], "click");
  assert.equal(text.value, "rgb(255, 0, 0)");
  assert.equal(modes[1].getAttribute("aria-pressed"), "true");
  fire(el.querySelector("button.dialog-button"), "click");
  assert.equal(slider(el, "Hue"), null);
});

test("dragging in the saturation/brightness area sets the value while moving and fires release on pointer-up", () => {
  const { el, ctx } = openPicker({ value: "#ff0000" });
  const area = slider(el, "Saturation and brightness");
  area.getBoundingClientRect = () => ({ left: 0, top: 0, width: 100, height: 100 });
  fire(area, "pointerdown", { clientX: 100, clientY: 50 });
  fire(window, "pointermove", { clientX: 0, clientY: 0 });
  assert.deepEqual(values(ctx), ["#800000", "#ffffff"]);
  assert.equal(events(ctx, "release").length, 0);
  fire(window, "pointerup");
  assert.deepEqual(events(ctx, "release"), ["#ffffff"]);
  fire(window, "pointerup");
  assert.equal(events(ctx, "release").length, 1, "release fires once per drag");
});

test("dragging the hue slider changes the hue of the colour", () => {
  const { el, ctx } = openPicker({ value: "#ff0000" });
  const hue = slider(el, "Hue");
  hue.getBoundingClientRect = () => ({ left: 0, top: 0, width: 360, height: 10 });
  fire(hue, "pointerdown", { clientX: 120, clientY: 5 });
  fire(window, "pointerup");
  assert.deepEqual(values(ctx), ["#00ff00"]);
  assert.equal(hue.getAttribute("aria-valuenow"), "120");
  assert.deepEqual(events(ctx, "release"), ["#00ff00"]);
});

test("arrow keys on the sliders adjust the colour and each step is released", () => {
  const { el, ctx } = openPicker({ value: "#ff0000" });
  key(slider(el, "Hue"), "ArrowRight", true);
  assert.equal(slider(el, "Hue").getAttribute("aria-valuenow"), "10");
  key(slider(el, "Saturation and brightness"), "ArrowDown", true);
  assert.deepEqual(values(ctx), ["#ff2a00", "#e62600"]);
  assert.deepEqual(events(ctx, "release"), ["#ff2a00", "#e62600"]);
});

test("typing rgb() or hsl() in the text box and pressing Enter sets the hex value and fires submit", () => {
  const { el, ctx } = openPicker({ value: "#000000" });
  const text = el.querySelector('input[aria-label="Color value"]');
  text.value = "rgb(0, 0, 255)";
  key(text, "Enter");
  assert.deepEqual(values(ctx), ["#0000ff"]);
  assert.deepEqual(events(ctx, "submit"), [null]);
  text.value = "hsl(120, 100%, 50%)";
  fire(text, "change");
  assert.deepEqual(values(ctx), ["#0000ff", "#00ff00"]);
  text.value = "bogus";
  key(text, "Enter");
  assert.equal(values(ctx).length, 2, "text that is no colour is not committed");
  assert.equal(text.getAttribute("aria-invalid"), "true");
});

test("focus and blur fire once for the whole widget, not per element inside it", () => {
  const { el, ctx } = openPicker({ value: "#000000" });
  const swatch = el.querySelector("button.dialog-button");
  fire(swatch, "focusin");
  fire(slider(el, "Hue"), "focusin");
  fire(swatch, "focusout", { relatedTarget: slider(el, "Hue") });
  assert.deepEqual(events(ctx, "focus"), [null]);
  assert.equal(events(ctx, "blur").length, 0);
  fire(document.body, "click");
  assert.deepEqual(events(ctx, "blur"), [null]);
  assert.equal(slider(el, "Hue"), null, "a click outside closes the popover");
});

test("interactive=false disables the swatch", () => {
  const { el, patch } = mount(colorpicker, { value: "#000000" });
  patch({ interactive: false });
  assert.equal(el.querySelector("button.dialog-button").disabled, true);
});

test("a function's colour output is normalised to #rrggbb and anything else fails it", () => {
  const { output } = colorpicker.edge;
  assert.equal(output("#ABC"), "#aabbcc");
  assert.equal(output("rgb(1, 2, 3)"), "#010203");
  assert.equal(output(null), null);
  assert.throws(() => output(12), /ColorPicker expects a colour string such as "#ff0000", got 12/);
  assert.throws(() => output("blurple"), /got "blurple"/);
});

test("a drag released outside the picker keeps the popover open", () => {
  const { el } = openPicker({ value: "#ff0000" });
  const area = slider(el, "Saturation and brightness");
  area.getBoundingClientRect = () => ({ left: 0, top: 0, width: 100, height: 100 });
  fire(area, "pointerdown", { clientX: 10, clientY: 10 });
  fire(window, "pointerup");
  fire(document.body, "click");
  assert.ok(slider(el, "Hue"), "still open after the drag's click");
  fire(document.body, "click");
  assert.equal(slider(el, "Hue"), null);
});
