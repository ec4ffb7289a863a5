// gr.Label in the page: Gradio's test ids, meters named by class, select on click, postprocess.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { toWire, toArgument, displayValue, percent, meterValue, safeColor } from "../../js-shim/components/label/helpers.js";

installDom();
const { default: label } = await import("../../js-shim/components/label/index.js");

const wire = { label: "Good", confidences: [{ label: "Good", confidence: 0.9 }, { label: "Bad", confidence: 0.1 }] };

test("the top class is the label-output-value heading and each class a confidence set with its percentage", () => {
  const { el } = mount(label, { value: wire, label: "My Label" });
  assert.equal(el.dataset.testid, "label");
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "My Label");
  const h2 = el.querySelector('h2[data-testid="label-output-value"]');
  assert.equal(h2.textContent, "Good");
  const good = el.querySelector('button.confidence-set[data-testid="Good-confidence-set"]');
  assert.match(good.textContent, /Good.*90%/);
  assert.match(el.querySelector('[data-testid="Bad-confidence-set"]').textContent, /10%/);
  const meter = good.querySelector("meter");
  assert.equal(meter.getAttribute("aria-label"), "Good");
  assert.equal(meter.getAttribute("value"), "0.9");
});

test("an unlabelled Label's block label reads Label, and show_label=false hides it", () => {
  assert.equal(mount(label, { value: wire }).el.querySelector('[data-testid="block-label"]').textContent, "Label");
  assert.equal(mount(label, { value: wire, show_label: false }).el.querySelector('[data-testid="block-label"]').hidden, true);
});

test("clicking a confidence set fires select with its index and class", () => {
  const { el, ctx } = mount(label, { value: wire });
  el.querySelector('[data-testid="Bad-confidence-set"]').click();
  assert.deepEqual(ctx.calls, [["emit", "select", { index: 1, value: "Bad" }]]);
});

test("a plain label shows the heading only, even with show_heading false", () => {
  const { el } = mount(label, { value: { label: "Cat" }, show_heading: false });
  assert.equal(el.querySelector('[data-testid="label-output-value"]').textContent, "Cat");
  assert.equal(el.querySelectorAll("button.confidence-set").length, 0);
});

test("show_heading false drops the heading when confidences are shown", () => {
  const { el } = mount(label, { value: wire, show_heading: false });
  assert.equal(el.querySelector('[data-testid="label-output-value"]'), null);
  assert.equal(el.querySelectorAll("button.confidence-set").length, 2);
});

test("an empty value shows Empty, and a later value replaces it without firing events", () => {
  const { el, ctx, patch } = mount(label, { value: {} });
  assert.ok(el.querySelector('.empty[aria-label="Empty value"]'));
  patch({ value: { cat: 0.2, dog: 0.8 } });
  assert.equal(el.querySelector('[data-testid="label-output-value"]').textContent, "dog");
  assert.deepEqual(ctx.calls, []);
});

test("num_top_classes caps the classes drawn", () => {
  const { el } = mount(label, { value: { a: 0.5, b: 0.3, c: 0.2 }, num_top_classes: 2 });
  assert.deepEqual([...el.querySelectorAll("button.confidence-set")].map((b) => b.dataset.testid), ["a-confidence-set", "b-confidence-set"]);
});

test("class names are drawn as text and a colour that is not a colour is ignored", () => {
  const { el } = mount(label, { value: { "<b>x</b>": 1 }, color: "red; background-image: url(x)" });
  assert.equal(el.querySelector("b"), null);
  assert.equal(el.querySelector("h2").textContent, "<b>x</b>");
  assert.equal(el.querySelector("h2").getAttribute("style") ?? "", "");
  const ok = mount(label, { value: "x", color: "#ff0000" }).el;
  assert.match(ok.querySelector("h2").getAttribute("style"), /#ff0000/i);
});

test("a function's dict is sorted by confidence, capped, and its top class becomes the label", () => {
  assert.deepEqual(toWire({ cat: 0.1, dog: 0.7, fox: 0.2 }, { num_top_classes: 2 }), {
    label: "dog",
    confidences: [{ label: "dog", confidence: 0.7 }, { label: "fox", confidence: 0.2 }],
  });
});

test("a function's string or number becomes the label alone; None and {} are empty", () => {
  assert.deepEqual(toWire("cat"), { label: "cat" });
  assert.deepEqual(toWire(3.5), { label: "3.5" });
  assert.deepEqual(toWire(null), {});
  assert.deepEqual(toWire({}), {});
  assert.deepEqual(toWire({ label: 0.9 }), { label: "label", confidences: [{ label: "label", confidence: 0.9 }] });
});

test("the wire shape passes through postprocess", () => {
  assert.deepEqual(toWire(wire), wire);
  assert.deepEqual(toWire({ label: "x", confidences: null }), { label: "x" });
});

test("wrong shapes fail naming Label", () => {
  assert.throws(() => toWire([1, 2]), /Label expects/);
  assert.throws(() => toWire({ cat: "high" }), /Label expects each confidence to be a number/);
  assert.throws(() => toWire({ label: "x", confidences: [{ label: "x" }] }), /Label expects confidences/);
});

test("a function receives the class, or {class: confidence} when there are confidences", () => {
  assert.equal(toArgument({ label: "cat" }), "cat");
  assert.deepEqual(toArgument(wire), { Good: 0.9, Bad: 0.1 });
  assert.equal(toArgument(null), null);
});

test("helpers: empty values, percentages, meter bounds and colours", () => {
  assert.equal(displayValue({}), null);
  assert.equal(displayValue([1]), null);
  assert.equal(percent(0.876), "88%");
  assert.equal(meterValue(1.5), 1);
  assert.equal(meterValue(-1), 0);
  assert.equal(safeColor("rgb(1, 2, 3)"), "rgb(1, 2, 3)");
  assert.equal(safeColor("url(javascript:x)"), null);
  assert.equal(safeColor("red;x:y"), null);
});
