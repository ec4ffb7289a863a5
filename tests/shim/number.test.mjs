// gr.Number in the page: Gradio's names and events, and its precision/bounds rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { roundToPrecision, boundsError, parseNumber, boxNeedsText } from "../../js-shim/components/number/helpers.js";

installDom();
const { default: number } = await import("../../js-shim/components/number/index.js");

const key = (el, k) => el.dispatchEvent(Object.assign(new Event("keydown", { bubbles: true, cancelable: true }), { key: k }));

test("precision 0 rounds to an integer with Python's ties-to-even, and None leaves the value alone", () => {
  assert.equal(roundToPrecision(2.5, 0), 2);
  assert.equal(roundToPrecision(3.5, 0), 4);
  assert.equal(roundToPrecision(-2.5, 0), -2);
  assert.equal(roundToPrecision(2.7, 0), 3);
  assert.equal(Object.is(roundToPrecision(-0.4, 0), 0), true);
  assert.equal(roundToPrecision(1.23456, null), 1.23456);
});

test("precision n rounds the exact binary value as Python's round does", () => {
  assert.equal(roundToPrecision(0.125, 2), 0.12); // exact tie -> even
  assert.equal(roundToPrecision(0.375, 2), 0.38);
  assert.equal(roundToPrecision(2.675, 2), 2.67); // 2.675 is just below the tie in binary
  assert.equal(roundToPrecision(1.005, 2), 1); // likewise
  assert.equal(roundToPrecision(3.14159, 3), 3.142);
  assert.equal(roundToPrecision(-3.14159, 1), -3.1);
  assert.equal(roundToPrecision(1250, -2), 1200);
});

test("values outside minimum/maximum get Gradio's preprocess message", () => {
  assert.equal(boundsError(5, 0, 10), null);
  assert.equal(boundsError(-1, 0, null), "Value -1 is less than minimum value 0.");
  assert.equal(boundsError(11, null, 10), "Value 11 is greater than maximum value 10.");
});

test("an empty or unparsable number box is null", () => {
  assert.equal(parseNumber(""), null);
  assert.equal(parseNumber("abc"), null);
  assert.equal(parseNumber("-1.5"), -1.5);
  assert.equal(boxNeedsText("1.50", 1.5), false);
  assert.equal(boxNeedsText("1", 2), true);
});

test("the input is named by its label, 'Number' when unlabelled, and the title says the same", () => {
  const { el, patch } = mount(number, { value: 3 });
  const input = el.querySelector("input[type=number]");
  assert.equal(input.getAttribute("aria-label"), "Number");
  assert.equal(el.querySelector('[data-testid="block-info"]').textContent, "Number");
  patch({ label: "Age", info: "in years" });
  assert.equal(input.getAttribute("aria-label"), "Age");
  assert.equal(el.querySelector('[data-testid="block-info"]').textContent, "Age");
  assert.equal(el.querySelector(".info-text").textContent, "in years");
  assert.ok(input.closest("label").contains(el.querySelector('[data-testid="block-info"]')));
});

test("a null value shows 0 at mount, but a later null from a function empties the box", () => {
  const { el, patch } = mount(number, { value: null, label: "n" });
  const input = el.querySelector("input");
  assert.equal(input.value, "0");
  patch({ value: 7 });
  assert.equal(input.value, "7");
  patch({ value: null });
  assert.equal(input.value, "");
});

test("minimum, maximum, step and placeholder reach the input; interactive=false disables it", () => {
  const { el, patch } = mount(number, { value: 1, minimum: 0, maximum: 10, step: 0.5, placeholder: "How many?" });
  const input = el.querySelector("input");
  assert.equal(input.getAttribute("min"), "0");
  assert.equal(input.getAttribute("max"), "10");
  assert.equal(input.getAttribute("step"), "0.5");
  assert.equal(input.getAttribute("placeholder"), "How many?");
  assert.equal(input.disabled, false);
  patch({ interactive: false, maximum: null });
  assert.equal(input.disabled, true);
  assert.equal(input.hasAttribute("max"), false);
});

test("typing sets the value through the core; Enter submits; focus and blur fire with no data", () => {
  const { el, ctx } = mount(number, { value: 0 });
  const input = el.querySelector("input");
  input.value = "42";
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.value = "";
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("focus"));
  key(input, "Enter");
  key(input, "a");
  input.dispatchEvent(new Event("blur"));
  assert.deepEqual(ctx.calls, [
    ["setValue", 42, null],
    ["setValue", null, null],
    ["emit", "focus", null],
    ["emit", "submit", null],
    ["emit", "blur", null],
  ]);
});

test("a value echoed back while typing does not rewrite the box", () => {
  const { el, patch } = mount(number, { value: 0 });
  const input = el.querySelector("input");
  input.value = "1.50";
  patch({ value: 1.5 });
  assert.equal(input.value, "1.50");
});

test("elem_id and elem_classes land on the Block, and a value from a function fires no event", () => {
  const { el, ctx, patch } = mount(number, { value: 1, elem_id: "qty", elem_classes: ["a"] });
  assert.equal(el.id, "qty");
  assert.ok(el.classList.contains("a") && el.classList.contains("graft-number"));
  patch({ value: 9 });
  assert.deepEqual(ctx.calls, []);
});

test("a function's output is rounded to precision and non-numbers are refused by name", () => {
  const out = number.edge.output;
  assert.equal(out(3.7, { precision: 0 }), 4);
  assert.equal(out(null, { precision: 0 }), null);
  assert.throws(() => out("abc", {}), /Number expects a finite number, got "abc"/);
  assert.throws(() => out(true, {}), /Number expects a finite number, got true/);
});

test("a function receives its argument rounded, and an out-of-bounds value fails the event", async () => {
  const arg = number.edge.argument;
  assert.equal(arg(2.5, { precision: 0 }), 2);
  assert.equal(arg(null, { minimum: 0 }), null);
  await assert.rejects(arg(-3, { minimum: 0 }), /Value -3 is less than minimum value 0\./);
});
