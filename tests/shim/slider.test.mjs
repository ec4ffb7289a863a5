// gr.Slider in the page: Gradio's names and test ids, release/reset behaviour, and its edge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { bounds, clamp, showsReset, names, progress } from "../../js-shim/components/slider/helpers.js";

installDom();
const { default: slider } = await import("../../js-shim/components/slider/index.js");

const parts = (el) => ({
  box: el.querySelector('[data-testid="number-input"]'),
  range: el.querySelector('[data-testid="range-input"]'),
  reset: el.querySelector('[data-testid="reset-button"]'),
  min: el.querySelector('[data-testid="min-value"]'),
  max: el.querySelector('[data-testid="max-value"]'),
});
const fire = (node, type) => node.dispatchEvent(new Event(type, { bubbles: true }));

test("a missing step follows gr.Slider's rule: a hundredth of the range's order of magnitude", () => {
  assert.deepEqual(bounds({}), { min: 0, max: 100, step: 1 });
  assert.equal(bounds({ minimum: 0, maximum: 1 }).step, 0.01);
  assert.equal(bounds({ minimum: 0, maximum: 5000 }).step, 10);
  assert.equal(bounds({ minimum: 0, maximum: 10, step: 0.5 }).step, 0.5);
  assert.equal(clamp(12, 0, 10), 10);
  assert.equal(progress(25, 0, 50), 50);
  assert.equal(progress(80, 0, 50), 100);
});

test("the reset button shows unless `buttons` is given without 'reset'", () => {
  assert.equal(showsReset(undefined), true);
  assert.equal(showsReset(null), true);
  assert.equal(showsReset(["reset"]), true);
  assert.equal(showsReset([]), false);
});

test("both inputs are named after the label, and an unlabelled slider says 'Slider', not 'undefined'", () => {
  assert.deepEqual(names(""), { title: "Slider", number: "number input for Slider", range: "range slider for Slider" });
  const { el, patch } = mount(slider, { value: 5 });
  const p = parts(el);
  assert.equal(p.box.getAttribute("aria-label"), "number input for Slider");
  assert.equal(p.range.getAttribute("aria-label"), "range slider for Slider");
  assert.equal(el.querySelector('[data-testid="block-info"]').textContent, "Slider");
  patch({ label: "Volume" });
  assert.equal(p.box.getAttribute("aria-label"), "number input for Volume");
  assert.equal(p.range.getAttribute("aria-label"), "range slider for Volume");
  assert.equal(el.querySelector(`label[for="${p.range.id}"]`).textContent, "Volume");
});

test("min and max are shown beside the range, and both inputs carry minimum, maximum and step", () => {
  const { el, patch } = mount(slider, { value: 5, minimum: -10, maximum: 20, step: 0.5 });
  const p = parts(el);
  assert.equal(p.min.textContent, "-10");
  assert.equal(p.max.textContent, "20");
  for (const input of [p.box, p.range]) {
    assert.equal(input.getAttribute("min"), "-10");
    assert.equal(input.getAttribute("max"), "20");
    assert.equal(input.getAttribute("step"), "0.5");
  }
  assert.equal(p.box.value, "5");
  patch({ maximum: 50 });
  assert.equal(p.max.textContent, "50");
});

test("dragging the range sets the value through the core and fires release with it on pointer-up", () => {
  const { el, ctx } = mount(slider, { value: 5, minimum: 0, maximum: 10, step: 1 });
  const p = parts(el);
  p.range.value = "8";
  fire(p.range, "input");
  fire(p.range, "pointerup");
  assert.deepEqual(ctx.calls, [["setValue", 8, null], ["emit", "release", 8]]);
  assert.equal(p.box.value, "8");
});

test("typing in the number box fires release on blur, clamped to maximum", () => {
  const { el, ctx } = mount(slider, { value: 5, minimum: 0, maximum: 10, step: 1 });
  const p = parts(el);
  p.box.value = "25";
  fire(p.box, "input");
  fire(p.box, "blur");
  assert.deepEqual(ctx.calls, [["setValue", 25, null], ["setValue", 10, null], ["emit", "release", 10]]);
  assert.equal(p.box.value, "10");
});

test("an emptied number box sets nothing and blur restores the slider's value", () => {
  const { el, ctx } = mount(slider, { value: 4, minimum: 0, maximum: 10 });
  const p = parts(el);
  p.box.value = "";
  fire(p.box, "input");
  fire(p.box, "blur");
  assert.deepEqual(ctx.calls, [["emit", "release", 4]]);
  assert.equal(p.box.value, "4");
});

test("reset restores the value the slider was created with and fires release", () => {
  const { el, ctx, patch } = mount(slider, { value: 3, minimum: 0, maximum: 10, label: "Speed" });
  const p = parts(el);
  assert.equal(p.reset.getAttribute("aria-label"), "Reset to default value");
  patch({ value: 9 });
  p.reset.dispatchEvent(new Event("click"));
  assert.deepEqual(ctx.calls, [["setValue", 3, null], ["emit", "release", 3]]);
  assert.equal(p.box.value, "3");
});

test("buttons=[] hides the reset button; interactive=false disables both inputs and reset", () => {
  const { el, patch } = mount(slider, { value: 3, buttons: [] });
  const p = parts(el);
  assert.equal(p.reset.hidden, true);
  patch({ buttons: ["reset"], interactive: false });
  assert.equal(p.reset.hidden, false);
  assert.ok(p.box.disabled && p.range.disabled && p.reset.disabled);
});

test("a value from a function moves both inputs without firing events; elem_id lands on the Block", () => {
  const { el, ctx, patch } = mount(slider, { value: 1, elem_id: "s", elem_classes: "x" });
  const p = parts(el);
  patch({ value: 42 });
  assert.equal(p.box.value, "42");
  assert.equal(p.range.value, "42");
  assert.deepEqual(ctx.calls, []);
  assert.equal(el.id, "s");
  assert.ok(el.classList.contains("x"));
});

test("a null value is drawn as the minimum, as Gradio's postprocess gives it", () => {
  const { el } = mount(slider, { value: null, minimum: 2, maximum: 9 });
  assert.equal(parts(el).box.value, "2");
});

test("a function's output: null becomes the minimum, precision rounds, out-of-range is kept, non-numbers fail", () => {
  const out = slider.edge.output;
  assert.equal(out(null, { minimum: 3 }), 3);
  assert.equal(out(4.6, { precision: 0 }), 5);
  assert.equal(out(500, { minimum: 0, maximum: 100 }), 500);
  assert.throws(() => out("abc", {}), /Slider expects a number, got "abc"/);
});

test("a function's argument outside the range fails the event with Gradio's message", async () => {
  assert.equal(slider.edge.argument(2.4, { precision: 0 }), 2);
  await assert.rejects(slider.edge.argument(120, {}), /Value 120 is greater than maximum value 100\./);
});
