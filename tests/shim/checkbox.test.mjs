// gr.Checkbox in the page: Gradio's DOM contract, select EventData and its edge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { truthy, selectData } from "../../js-shim/components/checkbox/helpers.js";

installDom();
const { default: checkbox } = await import("../../js-shim/components/checkbox/index.js");

const box = (el) => el.querySelector('input[type=checkbox][data-testid="checkbox"]');
const key = (node, k) => node.dispatchEvent(Object.assign(new Event("keydown", { bubbles: true, cancelable: true }), { key: k }));

test("the checkbox sits inside label.checkbox-container with its label text, 'Checkbox' when unlabelled", () => {
  const { el, patch } = mount(checkbox, { value: false });
  const label = box(el).closest("label.checkbox-container");
  assert.ok(label);
  assert.equal(label.querySelector("span.label-text").textContent, "Checkbox");
  patch({ label: "I agree" });
  assert.equal(label.querySelector("span.label-text").textContent, "I agree");
});

test("show_label=False hides the text visually but keeps the box named", () => {
  const { el } = mount(checkbox, { value: false, label: "Terms", show_label: false });
  const span = el.querySelector("span.label-text");
  assert.equal(span.textContent, "Terms");
  assert.ok(span.classList.contains("sr-only"));
});

test("info is shown below the checkbox, outside its label", () => {
  const { el, patch } = mount(checkbox, { value: false, label: "x", info: "More about x" });
  const info = el.querySelector(".info-text");
  assert.equal(info.textContent, "More about x");
  assert.equal(info.closest("label"), null);
  patch({ info: null });
  assert.equal(info.hidden, true);
});

test("clicking sets the value through the core and fires select {index: 0, value, selected}", () => {
  const { el, ctx } = mount(checkbox, { value: false });
  const input = box(el);
  input.checked = true;
  input.dispatchEvent(new Event("change", { bubbles: true }));
  input.checked = false;
  input.dispatchEvent(new Event("change", { bubbles: true }));
  assert.deepEqual(ctx.calls, [
    ["setValue", true, null],
    ["emit", "select", { index: 0, value: true, selected: true }],
    ["setValue", false, null],
    ["emit", "select", { index: 0, value: false, selected: false }],
  ]);
});

test("Enter toggles the checkbox and its select carries the new state", () => {
  const { el, ctx } = mount(checkbox, { value: false });
  key(box(el), "Enter");
  assert.equal(box(el).checked, true);
  assert.deepEqual(ctx.calls, [["setValue", true, null], ["emit", "select", selectData(true)]]);
});

test("a value from a function ticks the box without firing events; interactive=false disables it", () => {
  const { el, ctx, patch } = mount(checkbox, { value: false, elem_id: "cb", elem_classes: ["k"] });
  patch({ value: true, interactive: false });
  assert.equal(box(el).checked, true);
  assert.equal(box(el).disabled, true);
  assert.deepEqual(ctx.calls, []);
  assert.equal(el.id, "cb");
  assert.ok(el.classList.contains("k"));
});

test("a function's output becomes Python's bool() of it", () => {
  const out = checkbox.edge.output;
  assert.equal(out(null), false);
  assert.equal(out(0), false);
  assert.equal(out(""), false);
  assert.equal(out([]), false);
  assert.equal(out({}), false);
  assert.equal(out("no"), true);
  assert.equal(out([0]), true);
  assert.equal(truthy(2), true);
});
