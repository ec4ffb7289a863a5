// gr.Radio in the page: Gradio's DOM contract, one radio group per component, select EventData, its edge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { selectData } from "../../js-shim/components/radio/helpers.js";

installDom();
const { default: radio } = await import("../../js-shim/components/radio/index.js");

const choices = [["Small", "s"], ["Medium", "m"], ["Large", 3]];
const radios = (el) => [...el.querySelectorAll("input[type=radio]")];
const pick = (input) => {
  input.checked = true;
  input.dispatchEvent(new Event("change", { bubbles: true }));
};

test("each choice is a label with test id '<display>-radio-label' around its radio and text", () => {
  const { el } = mount(radio, { choices, value: null });
  for (const [display] of choices) {
    const label = el.querySelector(`[data-testid="${display}-radio-label"]`);
    assert.equal(label.textContent, display);
    assert.ok(label.querySelector("input[type=radio]"));
  }
  assert.deepEqual(radios(el).map((i) => i.getAttribute("value")), ["s", "m", "3"]);
});

test("a fieldset.block titled by the label, 'Radio' when unlabelled, with info", () => {
  const { el, patch } = mount(radio, { choices, value: null });
  assert.equal(el.tagName, "FIELDSET");
  assert.ok(el.classList.contains("block"));
  assert.equal(el.querySelector('[data-testid="block-info"]').textContent, "Radio");
  patch({ label: "Size", info: "Pick one" });
  assert.equal(el.querySelector('[data-testid="block-info"]').textContent, "Size");
  assert.equal(el.querySelector(".info-text").textContent, "Pick one");
});

test("all radios of one component share a page-unique name, so they form one native group for arrow keys", () => {
  const { el, patch } = mount(radio, { choices, value: null });
  const names = () => new Set(radios(el).map((i) => i.getAttribute("name")));
  assert.deepEqual([...names()], ["t-radio-1"]); // from ctx.uid, unique in the page
  patch({ choices: ["x", "y"] });
  assert.deepEqual([...names()], ["t-radio-1"]);
});

test("picking a choice sets its value through the core and fires select {value, index}", () => {
  const { el, ctx } = mount(radio, { choices, value: "s" });
  pick(radios(el)[2]);
  assert.deepEqual(ctx.calls, [["setValue", 3, null], ["emit", "select", { value: 3, index: 2 }]]);
  assert.deepEqual(selectData(choices, 1), { value: "m", index: 1 });
  const label = el.querySelector('[data-testid="Large-radio-label"]');
  assert.ok(label.classList.contains("selected"));
  assert.equal(radios(el)[2].getAttribute("aria-checked"), "true");
  assert.equal(radios(el)[0].getAttribute("aria-checked"), "false");
});

test("a value from a function checks its choice without events; interactive=false disables every radio", () => {
  const { el, ctx, patch } = mount(radio, { choices, value: null, elem_id: "size", elem_classes: ["r"] });
  assert.ok(radios(el).every((i) => !i.checked));
  patch({ value: "m", interactive: false });
  assert.deepEqual(radios(el).map((i) => i.checked), [false, true, false]);
  assert.ok(radios(el).every((i) => i.disabled));
  assert.deepEqual(ctx.calls, []);
  assert.equal(el.id, "size");
  assert.ok(el.classList.contains("r"));
});

test("plain string choices are their own display and value; new choices redraw the group", () => {
  const { el, patch } = mount(radio, { choices: ["red", "blue"], value: "blue" });
  assert.equal(radios(el)[1].checked, true);
  patch({ choices: ["green", "blue", "red"] });
  assert.ok(el.querySelector('[data-testid="green-radio-label"]'));
  assert.deepEqual(radios(el).map((i) => i.checked), [false, true, false]);
});

test("a function's output passes choice values through and refuses lists and objects", () => {
  const out = radio.edge.output;
  assert.equal(out("s"), "s");
  assert.equal(out(null), null);
  assert.throws(() => out(["s"]), /Radio expects a choice value \(a string or number\), got a list/);
});

test("a function receives the value, or its index for type='index'; a non-choice fails with Gradio's message", async () => {
  const arg = radio.edge.argument;
  assert.equal(arg("m", { choices }), "m");
  assert.equal(arg(3, { choices, type: "index" }), 2);
  assert.equal(arg(null, { choices }), null);
  await assert.rejects(arg("xl", { choices }), /Value: 'xl' \(type: <class 'str'>\) is not in the list of choices: \['s', 'm', 3\]/);
});
