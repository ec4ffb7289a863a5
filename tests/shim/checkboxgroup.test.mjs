// gr.CheckboxGroup in the page: Gradio's DOM contract, select EventData, select-all and its edge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { normaliseChoices, toggle, selectAllState, toggleAll, notAChoice } from "../../js-shim/components/checkboxgroup/helpers.js";

installDom();
const { default: group } = await import("../../js-shim/components/checkboxgroup/index.js");

const choices = [["Apple", "a"], ["Banana", "b"], ["Cherry", "c"]];
const boxes = (el) => [...el.querySelectorAll('[data-testid="checkbox-group"] input[type=checkbox]')];
const click = (input) => {
  input.checked = !input.checked;
  input.dispatchEvent(new Event("change", { bubbles: true }));
};

test("choices may be strings, numbers or [display, value] pairs", () => {
  assert.deepEqual(normaliseChoices(["x", 2, ["Three", 3]]), [["x", "x"], ["2", 2], ["Three", 3]]);
  assert.deepEqual(normaliseChoices(null), []);
});

test("toggling keeps the value in choice order, with non-choice values kept at the end", () => {
  const values = ["a", "b", "c"];
  assert.deepEqual(toggle(["c"], values, "a"), ["a", "c"]);
  assert.deepEqual(toggle(["a", "c"], values, "a"), ["c"]);
  assert.deepEqual(toggle(["zz", "c"], values, "b"), ["b", "c", "zz"]);
  assert.equal(selectAllState([], values), "unchecked");
  assert.equal(selectAllState(["b"], values), "indeterminate");
  assert.equal(selectAllState(["c", "a", "b"], values), "checked");
  assert.deepEqual(toggleAll(["b"], values), values);
  assert.deepEqual(toggleAll(values, values), []);
});

test("a fieldset.block holds the title ('Checkbox Group' when unlabelled) and one named checkbox per choice", () => {
  const { el, patch } = mount(group, { choices, value: [] });
  assert.equal(el.tagName, "FIELDSET");
  assert.ok(el.classList.contains("block"));
  assert.equal(el.querySelector('[data-testid="block-info"]').textContent, "Checkbox Group");
  const inputs = boxes(el);
  assert.deepEqual(inputs.map((i) => i.closest("label").textContent), ["Apple", "Banana", "Cherry"]);
  assert.deepEqual(inputs.map((i) => i.getAttribute("name")), ["a", "b", "c"]);
  assert.deepEqual(inputs.map((i) => i.getAttribute("title")), ["a", "b", "c"]);
  patch({ label: "Fruit", info: "Pick any" });
  assert.equal(el.querySelector('[data-testid="block-info"]').textContent, "Fruit");
  assert.equal(el.querySelector(".info-text").textContent, "Pick any");
});

test("checking a box sets the value in choice order and fires select {index, value, selected}", () => {
  const { el, ctx } = mount(group, { choices, value: ["c"] });
  const inputs = boxes(el);
  click(inputs[0]);
  click(inputs[2]);
  assert.deepEqual(ctx.calls, [
    ["setValue", ["a", "c"], null],
    ["emit", "select", { index: 0, value: "a", selected: true }],
    ["setValue", ["a"], null],
    ["emit", "select", { index: 2, value: "c", selected: false }],
  ]);
  assert.ok(inputs[0].closest("label").classList.contains("selected"));
  assert.equal(inputs[2].closest("label").classList.contains("selected"), false);
});

test("Enter toggles a choice and its select reports the new state", () => {
  const { el, ctx } = mount(group, { choices, value: [] });
  const input = boxes(el)[1];
  input.dispatchEvent(Object.assign(new Event("keydown", { bubbles: true, cancelable: true }), { key: "Enter" }));
  assert.equal(input.checked, true);
  assert.deepEqual(ctx.calls, [["setValue", ["b"], null], ["emit", "select", { index: 1, value: "b", selected: true }]]);
});

test("a value from a function checks its boxes without events; new choices redraw the list", () => {
  const { el, ctx, patch } = mount(group, { choices, value: [] });
  patch({ value: ["b"] });
  assert.deepEqual(boxes(el).map((i) => i.checked), [false, true, false]);
  patch({ choices: ["x", "b"] });
  assert.deepEqual(boxes(el).map((i) => i.checked), [false, true]);
  assert.deepEqual(ctx.calls, []);
});

test("show_select_all draws a 'Select/Deselect All' box and a label button that toggle every choice", () => {
  const { el, ctx, patch } = mount(group, { choices, value: ["a"], label: "Fruit", show_select_all: true });
  const all = el.querySelector('input[title="Select/Deselect All"]');
  const button = el.querySelector('[data-testid="block-info"] button.label-text');
  assert.equal(button.textContent, "Fruit");
  assert.equal(all.indeterminate, true);
  button.dispatchEvent(new Event("click"));
  assert.deepEqual(ctx.calls.at(-1), ["setValue", ["a", "b", "c"], null]);
  assert.equal(all.checked, true);
  all.checked = false;
  all.dispatchEvent(new Event("change"));
  assert.deepEqual(ctx.calls.at(-1), ["setValue", [], null]);
  patch({ show_label: false });
  assert.equal(button.textContent, "Select All");
  patch({ interactive: false });
  assert.equal(el.querySelector('input[title="Select/Deselect All"]'), null);
  assert.ok(boxes(el).every((i) => i.disabled));
});

test("elem_id and elem_classes land on the fieldset", () => {
  const { el } = mount(group, { choices, value: [], elem_id: "fruit", elem_classes: ["p", "q"] });
  assert.equal(el.id, "fruit");
  assert.ok(el.classList.contains("p") && el.classList.contains("q"));
});

test("a function's output: None is [], a single value a list of one, objects are refused", () => {
  const out = group.edge.output;
  assert.deepEqual(out(null), []);
  assert.deepEqual(out("a"), ["a"]);
  assert.deepEqual(out(["a", 2]), ["a", 2]);
  assert.throws(() => out([{ x: 1 }]), /CheckboxGroup expects a list of strings or numbers/);
});

test("a function receives values, or indices for type='index', and a non-choice fails with Gradio's message", async () => {
  const arg = group.edge.argument;
  assert.deepEqual(arg(["a", "c"], { choices }), ["a", "c"]);
  assert.deepEqual(arg(["a", "c"], { choices, type: "index" }), [0, 2]);
  assert.equal(notAChoice("z", ["a", 1]), "Value: 'z' (type: <class 'str'>) is not in the list of choices: ['a', 1]");
  await assert.rejects(arg(["z"], { choices }), /Value: 'z' \(type: <class 'str'>\) is not in the list of choices: \['a', 'b', 'c'\]/);
});
