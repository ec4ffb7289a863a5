// gr.Dropdown in the page: Gradio's combobox names and test ids, filtering and keyboard picking,
// the events it fires with their EventData, multiselect chips, and the function edge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import * as h from "../../js-shim/components/dropdown/helpers.js";

installDom();
const dropdown = (await import("../../js-shim/components/dropdown/index.js")).default;

const fruit = [["Apple", "apple"], ["Banana", "banana"], ["Cherry", "cherry"], ["Blueberry", "blueberry"]];
const key = (el, k, type = "keydown") => el.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true }));
const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
const type = (input, text) => { input.value = text; fire(input, "input"); };
const options = (el) => [...el.querySelectorAll('[data-testid="dropdown-option"]')];
const events = (ctx, name) => ctx.calls.filter((c) => c[0] === "emit" && c[1] === name).map((c) => c[2]);
const values = (ctx) => ctx.calls.filter((c) => c[0] === "setValue").map((c) => c[1]);

test("choices given as plain strings are their own display text; [display, value] pairs are kept", () => {
  assert.deepEqual(h.normalizeChoices(["a", 2]), [["a", "a"], ["2", 2]]);
  assert.deepEqual(h.normalizeChoices([["One", 1]]), [["One", 1]]);
  assert.deepEqual(h.normalizeChoices(null), []);
});

test("filtering matches display text case-insensitively anywhere in the word", () => {
  assert.deepEqual(h.filterChoices(fruit, "BERRY"), [3]);
  assert.deepEqual(h.filterChoices(fruit, "an"), [1]);
  assert.deepEqual(h.filterChoices(fruit, ""), [0, 1, 2, 3]);
});

test("arrow keys move through the shown options and wrap at either end", () => {
  assert.equal(h.moveActive(null, [0, 2, 3], "ArrowDown"), 0);
  assert.equal(h.moveActive(null, [0, 2, 3], "ArrowUp"), 3);
  assert.equal(h.moveActive(3, [0, 2, 3], "ArrowDown"), 0);
  assert.equal(h.moveActive(0, [0, 2, 3], "ArrowUp"), 3);
  assert.equal(h.moveActive(2, [], "ArrowDown"), null);
});

test("the combobox is named by the label, or 'Dropdown' / 'Multiselect' when unlabelled", () => {
  const a = mount(dropdown, { label: "Fruit", choices: fruit, value: "apple" });
  const input = a.el.querySelector('input[role="combobox"]');
  assert.equal(input.getAttribute("aria-label"), "Fruit");
  assert.equal(input.getAttribute("aria-expanded"), "false");
  assert.equal(input.getAttribute("aria-autocomplete"), "list");
  assert.ok(input.getAttribute("aria-controls"));
  assert.equal(input.value, "Apple");
  assert.equal(a.el.querySelector('[data-testid="block-info"]').textContent, "Fruit");
  const b = mount(dropdown, { choices: fruit });
  assert.equal(b.el.querySelector("input").getAttribute("aria-label"), "Dropdown");
  const c = mount(dropdown, { choices: fruit, multiselect: true, value: [] });
  assert.equal(c.el.querySelector("input").getAttribute("aria-label"), "Multiselect");
});

test("options exist only while the field has focus, with the chosen one marked selected", () => {
  const { el, ctx } = mount(dropdown, { label: "Fruit", choices: fruit, value: "banana" });
  const input = el.querySelector("input");
  assert.equal(el.querySelector('[role="listbox"]'), null);
  fire(input, "focus");
  assert.deepEqual(events(ctx, "focus"), [null]);
  const list = el.querySelector('ul[role="listbox"]');
  assert.equal(list.id, input.getAttribute("aria-controls"));
  assert.equal(input.getAttribute("aria-expanded"), "true");
  const opts = options(el);
  assert.deepEqual(opts.map((o) => o.getAttribute("aria-label")), ["Apple", "Banana", "Cherry", "Blueberry"]);
  assert.deepEqual(opts.map((o) => o.getAttribute("aria-selected")), ["false", "true", "false", "false"]);
  assert.ok(opts.every((o) => o.getAttribute("role") === "option"));
});

test("typing filters the options and Enter picks the first match, firing select then leaving the field", () => {
  const { el, ctx } = mount(dropdown, { label: "Fruit", choices: fruit, value: "apple" });
  const input = el.querySelector("input");
  fire(input, "focus");
  type(input, "ch");
  assert.deepEqual(options(el).map((o) => o.getAttribute("aria-label")), ["Cherry"]);
  assert.equal(input.getAttribute("aria-activedescendant"), options(el)[0].id);
  key(input, "Enter");
  assert.equal(values(ctx)[0], "cherry");
  assert.deepEqual(events(ctx, "select"), [{ index: 2, value: "cherry", selected: true }]);
  assert.equal(input.value, "Cherry");
  assert.equal(el.querySelector('[role="listbox"]'), null);
  assert.deepEqual(events(ctx, "blur"), [null]);
});

test("ArrowDown and ArrowUp move the active option (aria-activedescendant) and Escape closes the list", () => {
  const { el, ctx } = mount(dropdown, { choices: fruit, value: null });
  const input = el.querySelector("input");
  fire(input, "focus");
  key(input, "ArrowDown");
  key(input, "ArrowDown");
  assert.equal(input.getAttribute("aria-activedescendant"), options(el)[1].id);
  assert.ok(options(el)[1].classList.contains("active"));
  key(input, "ArrowUp");
  assert.equal(input.getAttribute("aria-activedescendant"), options(el)[0].id);
  key(input, "Escape");
  assert.equal(el.querySelector('[role="listbox"]'), null);
  assert.equal(input.getAttribute("aria-expanded"), "false");
  assert.equal(values(ctx).length, 0);
});

test("clicking an option picks it", () => {
  const { el, ctx } = mount(dropdown, { choices: fruit, value: "apple" });
  const input = el.querySelector("input");
  fire(input, "focus");
  fire(options(el)[3], "mousedown");
  assert.equal(values(ctx)[0], "blueberry");
  assert.deepEqual(events(ctx, "select")[0], { index: 3, value: "blueberry", selected: true });
});

test("on blur typed text snaps back to the chosen choice unless custom values are allowed", () => {
  const a = mount(dropdown, { choices: fruit, value: "banana" });
  const input = a.el.querySelector("input");
  fire(input, "focus");
  type(input, "zzz");
  fire(input, "blur");
  assert.equal(input.value, "Banana");
  assert.deepEqual(values(a.ctx), ["banana"]); // Gradio fires input on every blur; the value is unchanged
  const b = mount(dropdown, { choices: fruit, value: "banana", allow_custom_value: true });
  const free = b.el.querySelector("input");
  fire(free, "focus");
  type(free, "Durian");
  fire(free, "blur");
  assert.deepEqual(values(b.ctx), ["Durian"]);
  assert.equal(free.value, "Durian");
  assert.equal(events(b.ctx, "select").length, 0);
});

test("Enter commits typed text as a custom value only when allow_custom_value is set", () => {
  const a = mount(dropdown, { choices: fruit, value: "apple", allow_custom_value: true });
  const input = a.el.querySelector("input");
  fire(input, "focus");
  type(input, "kiwi");
  key(input, "ArrowDown"); // no option matches, so nothing becomes active
  key(input, "Enter");
  assert.equal(values(a.ctx)[0], "kiwi");
  const b = mount(dropdown, { choices: fruit, value: "apple" });
  const strict = b.el.querySelector("input");
  fire(strict, "focus");
  type(strict, "kiwi");
  key(strict, "Enter");
  assert.equal(values(b.ctx).length, 0);
});

test("key_up reports the key and the text in the field", () => {
  const { el, ctx } = mount(dropdown, { choices: fruit });
  const input = el.querySelector("input");
  input.value = "ba";
  key(input, "a", "keyup");
  assert.deepEqual(events(ctx, "key_up"), [{ key: "a", input_value: "ba" }]);
});

test("filterable=false makes the field readonly and interactive=false disables it", () => {
  const { el, patch } = mount(dropdown, { choices: fruit, filterable: false });
  const input = el.querySelector("input");
  assert.ok(input.hasAttribute("readonly"));
  assert.equal(input.getAttribute("aria-autocomplete"), "none");
  patch({ interactive: false });
  assert.equal(input.disabled, true);
});

test("a value set by a function updates the text without firing any event", () => {
  const { el, ctx, patch } = mount(dropdown, { choices: fruit, value: "apple" });
  patch({ value: "cherry" });
  assert.equal(el.querySelector("input").value, "Cherry");
  patch({ choices: [["Kirsche", "cherry"]] });
  assert.equal(el.querySelector("input").value, "Kirsche");
  assert.equal(ctx.calls.length, 0);
});

test("multiselect shows a chip per value with a 'Remove <value>' control that fires select selected:false", () => {
  const { el, ctx } = mount(dropdown, { label: "Fruit", choices: fruit, multiselect: true, value: ["apple", "cherry"] });
  const tokens = [...el.querySelectorAll("div.token")];
  assert.deepEqual(tokens.map((t) => t.querySelector("span").textContent), ["Apple", "Cherry"]);
  const remove = tokens[1].querySelector('div[role="button"]');
  assert.equal(remove.getAttribute("title"), "Remove Cherry");
  assert.equal(remove.getAttribute("aria-label"), "Remove Cherry");
  fire(remove, "click");
  assert.deepEqual(values(ctx), [["apple"]]);
  assert.deepEqual(events(ctx, "select"), [{ index: 2, value: "cherry", selected: false }]);
  assert.equal(el.querySelectorAll("div.token").length, 1);
});

test("multiselect options toggle: picking adds a chip, picking it again removes it", () => {
  const { el, ctx } = mount(dropdown, { choices: fruit, multiselect: true, value: [] });
  const input = el.querySelector("input");
  fire(input, "focus");
  fire(options(el)[1], "mousedown");
  assert.deepEqual(values(ctx).at(-1), ["banana"]);
  assert.equal(options(el)[1].getAttribute("aria-selected"), "true");
  fire(options(el)[1], "mousedown");
  assert.deepEqual(values(ctx).at(-1), []);
  assert.deepEqual(events(ctx, "select"), [
    { index: 1, value: "banana", selected: true },
    { index: 1, value: "banana", selected: false },
  ]);
});

test("multiselect stops adding at max_choices and closes the list when it is reached", () => {
  const { el, ctx } = mount(dropdown, { choices: fruit, multiselect: true, value: ["apple"], max_choices: 2 });
  const input = el.querySelector("input");
  fire(input, "focus");
  assert.ok(el.querySelector('[role="listbox"]'));
  fire(options(el)[2], "mousedown");
  assert.deepEqual(values(ctx).at(-1), ["apple", "cherry"]);
  assert.equal(el.querySelector('[role="listbox"]'), null);
  fire(input, "focus");
  assert.equal(el.querySelector('[role="listbox"]'), null, "the list stays closed at the maximum");
  key(input, "ArrowDown");
  key(input, "Enter");
  assert.equal(values(ctx).length, 1, "no third value is added");
});

test("Backspace on an empty multiselect field removes the last chip; Clear removes them all", () => {
  const { el, ctx } = mount(dropdown, { choices: fruit, multiselect: true, value: ["apple", "banana", "cherry"] });
  const input = el.querySelector("input");
  fire(input, "focus");
  key(input, "Backspace");
  assert.deepEqual(values(ctx).at(-1), ["apple", "banana"]);
  assert.deepEqual(events(ctx, "select").at(-1), { index: 2, value: "cherry", selected: false });
  const clear = el.querySelector('div[role="button"][title="Clear"]');
  assert.equal(clear.getAttribute("aria-label"), "Clear");
  fire(clear, "click");
  assert.deepEqual(values(ctx).at(-1), []);
  assert.equal(el.querySelectorAll("div.token").length, 0);
  assert.equal(clear.hidden, true);
});

test("multiselect custom values become chips with select index -1", () => {
  const { el, ctx } = mount(dropdown, { choices: fruit, multiselect: true, value: ["apple"], allow_custom_value: true });
  const input = el.querySelector("input");
  fire(input, "focus");
  type(input, "kiwi");
  key(input, "Enter");
  assert.deepEqual(values(ctx).at(-1), ["apple", "kiwi"]);
  assert.deepEqual(events(ctx, "select"), [{ index: -1, value: "kiwi", selected: true }]);
  assert.equal(input.value, "");
  type(input, "fig");
  fire(input, "blur");
  assert.deepEqual(values(ctx).at(-1), ["apple", "kiwi", "fig"]);
});

test("a function's value outside the choices fails the output unless custom values are allowed", () => {
  const { output } = dropdown.edge;
  assert.equal(output("banana", { choices: fruit }), "banana");
  assert.throws(() => output("kiwi", { choices: fruit }), /Dropdown value "kiwi" is not among the choices \["apple", "banana", "cherry", "blueberry"\]/);
  assert.equal(output("kiwi", { choices: fruit, allow_custom_value: true }), "kiwi");
  assert.deepEqual(output("apple", { choices: fruit, multiselect: true }), ["apple"]);
  assert.deepEqual(output(null, { choices: fruit, multiselect: true }), []);
  assert.equal(output(null, { choices: fruit }), null);
  assert.throws(() => output(["apple", "kiwi"], { choices: fruit, multiselect: true }), /"kiwi"/);
  assert.throws(() => output({ a: 1 }, { choices: fruit, allow_custom_value: true }), /Dropdown expects a choice value/);
});

test("type='index' gives a page function the choice index instead of the value", () => {
  const { argument } = dropdown.edge;
  assert.equal(argument("cherry", { choices: fruit, type: "index" }), 2);
  assert.deepEqual(argument(["banana", "kiwi"], { choices: fruit, type: "index", multiselect: true }), [1, null]);
  assert.equal(argument("cherry", { choices: fruit }), "cherry");
});

test("multiselect text typed as a choice's exact name adds that choice, and blur without custom values adds nothing", () => {
  const a = mount(dropdown, { choices: fruit, multiselect: true, value: [], allow_custom_value: true });
  const input = a.el.querySelector("input");
  fire(input, "focus");
  type(input, "Banana");
  key(input, "Enter");
  assert.deepEqual(events(a.ctx, "select"), [{ index: 1, value: "banana", selected: true }]);
  const b = mount(dropdown, { choices: fruit, multiselect: true, value: [] });
  const strict = b.el.querySelector("input");
  fire(strict, "focus");
  type(strict, "Cherry");
  fire(strict, "blur");
  assert.equal(values(b.ctx).length, 0);
  assert.equal(strict.value, "");
});
