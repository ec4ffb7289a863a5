// gr.Dialogue in the page: Gradio's formatter and unformatter, what a function receives by
// `type`, the postprocess of what it returns, speaker tints, the ":" tags, and the lines view's
// edits reaching the core.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import * as h from "../../js-shim/components/dialogue/helpers.js";

installDom();
const dialogue = (await import("../../js-shim/components/dialogue/index.js")).default;

const two = [
  { speaker: "Speaker 1", text: "Hello, how are you?" },
  { speaker: "Speaker 2", text: "I'm fine, thank you!" },
];

test("format is Gradio's default formatter joined by the separator; one empty line is empty", () => {
  assert.equal(h.format(two), "[Speaker 1] Hello, how are you?\n[Speaker 2] I'm fine, thank you!");
  assert.equal(h.format(two, " | "), "[Speaker 1] Hello, how are you? | [Speaker 2] I'm fine, thank you!");
  assert.equal(h.format([{ speaker: "A", text: "" }]), "");
  assert.equal(h.format([]), "");
  assert.equal(h.format("already text"), "already text");
});

test("unformat parses [speaker] text lines, gives bare lines to the first speaker and skips blanks", () => {
  assert.deepEqual(h.unformat(h.format(two)), two);
  assert.deepEqual(h.unformat("hi there\n\n  [B]   yes  ", "\n", ["A", "B"]), [
    { speaker: "A", text: "hi there" },
    { speaker: "B", text: "yes" },
  ]);
  assert.deepEqual(h.unformat("no speakers"), [{ speaker: "Unknown", text: "no speakers" }]);
  assert.deepEqual(h.unformat("[A] one\t[B] two", "\t"), [{ speaker: "A", text: "one" }, { speaker: "B", text: "two" }]);
  assert.deepEqual(h.unformat("   "), []);
  assert.deepEqual(h.unformat("[]"), []);
});

test("a function receives the formatted string by default, the lines with type list, null for none", () => {
  assert.equal(h.toArgument(two, {}), "[Speaker 1] Hello, how are you?\n[Speaker 2] I'm fine, thank you!");
  assert.equal(h.toArgument(two, { separator: "\t" }), "[Speaker 1] Hello, how are you?\t[Speaker 2] I'm fine, thank you!");
  assert.deepEqual(h.toArgument(two, { type: "list" }), two);
  assert.equal(h.toArgument("plain", { type: "list" }), "plain");
  assert.equal(h.toArgument([{ speaker: "A", text: "" }], {}), "");
  assert.equal(h.toArgument(null, {}), null);
});

test("a returned list or string becomes the wire value; other shapes are refused naming Dialogue", () => {
  assert.deepEqual(h.toWire([{ speaker: "A", text: "x", extra: 1 }]), [{ speaker: "A", text: "x" }]);
  assert.equal(h.toWire("text"), "text");
  assert.equal(h.toWire(null), null);
  assert.deepEqual(h.toWire({ __type__: "update", value: [{ speaker: "A", text: "y" }] }), { __type__: "update", value: [{ speaker: "A", text: "y" }] });
  assert.throws(() => h.toWire(42), /Dialogue expects a list of \{speaker, text\} dictionaries or a string, got 42/);
  assert.throws(() => h.toWire([["A", "hi"]]), /Dialogue expects each line to be a \{speaker, text\} dictionary, got \["A","hi"\] at index 0/);
  assert.throws(() => h.toWire([{ speaker: "A" }]), /Dialogue expects line 0's "text" to be a string, got undefined/);
  assert.throws(() => h.toWire([{ speaker: 1, text: "x" }]), /"speaker" to be a string, got 1/);
});

test("speakers get Gradio's tints in order; a color_map's theme names too, other colours half white", () => {
  assert.deepEqual(h.speakerColors({ speakers: ["A", "B"] }), { A: h.TINTS.red, B: h.TINTS.green });
  assert.deepEqual(h.speakerColors({ speakers: ["A"], color_map: { A: "blue", B: "#ffee22", C: "url(x)" } }), {
    A: h.TINTS.blue,
    B: "color-mix(in srgb, #ffee22 50%, white)",
  });
});

test("':' before the cursor opens the tags, filtered by what follows it; picking one replaces it", () => {
  assert.equal(h.tagQuery("Hello :", 7), "");
  assert.equal(h.tagQuery("Hello :la", 9), "la");
  assert.equal(h.tagQuery("Hello :la ugh", 13), null);
  assert.equal(h.tagQuery("Hello", 5), null);
  assert.deepEqual(h.filterTags(["(laughs)", "(sighs)", "(clears throat)"], "S"), ["(laughs)", "(sighs)", "(clears throat)"]);
  assert.deepEqual(h.filterTags(["(laughs)", "(sighs)"], "la"), ["(laughs)"]);
  assert.deepEqual(h.insertTag("Hello :la", 9, "(laughs)"), { text: "Hello (laughs) ", cursor: 15 });
  assert.deepEqual(h.insertTag("a :x b", 4, "(t)"), { text: "a (t)  b", cursor: 6 });
});

test("Add new line shows while the dialogue is under max_lines", () => {
  assert.equal(h.canAdd(5, 9, undefined), true);
  assert.equal(h.canAdd(0, 1, 2), true);
  assert.equal(h.canAdd(1, 2, 2), false);
  assert.equal(h.canAdd(0, 2, 2), false);
});

const lines = (el) => [...el.querySelectorAll(".dialogue-line")];

test("each line shows its speaker and text; interactive lines choose a speaker and add or remove lines", () => {
  const { el, ctx } = mount(dialogue, { value: two, speakers: ["Speaker 1", "Speaker 2"], interactive: true }, { type: "dialogue" });
  assert.equal(el.querySelector('[data-testid="block-info"]').textContent, "Dialogue");
  assert.equal(el.querySelector('[data-testid="dialogue-container"]').hidden, false);
  assert.equal(el.querySelector('[data-testid="textbox"]').parentElement.hidden, true);
  assert.equal(lines(el).length, 2);
  const [first, second] = lines(el);
  assert.equal(second.querySelector("select").value, "Speaker 2");
  assert.equal(first.querySelector(".text-column textarea").value, "Hello, how are you?");
  // Line 0 has no delete button shown (Gradio).
  assert.equal(el.querySelector('[data-testid="dialogue-delete-button-0"]').parentElement.hidden, true);
  const field = second.querySelector(".text-column textarea");
  field.value = "Great!";
  field.dispatchEvent(new Event("input"));
  assert.deepEqual(ctx.calls.at(-1), ["setValue", [two[0], { speaker: "Speaker 2", text: "Great!" }], null]);
  const staleField = second.querySelector(".text-column textarea");
  el.querySelector('[data-testid="dialogue-add-button-0"]').click();
  assert.equal(lines(el).length, 3);
  assert.deepEqual(ctx.calls.at(-1)[1][1], { speaker: "Speaker 1", text: "" });
  // A redraw replaces the rows; the replaced rows' listeners are gone (they would edit the
  // wrong line now), not kept alive until the component is torn down.
  const before = ctx.calls.length;
  staleField.value = "stale";
  staleField.dispatchEvent(new Event("input"));
  assert.equal(ctx.calls.length, before);
  el.querySelector('[data-testid="dialogue-delete-button-1"]').click();
  assert.deepEqual(ctx.calls.at(-1)[1], [two[0], { speaker: "Speaker 2", text: "Great!" }]);
  const select = lines(el)[1].querySelector("select");
  Object.defineProperty(select, "value", { value: "Speaker 1" }); // linkedom's select cannot be chosen
  select.dispatchEvent(new Event("change"));
  assert.equal(ctx.calls.at(-1)[1][1].speaker, "Speaker 1");
});

test("a static dialogue has disabled lines tinted by speaker and no add, remove or submit", () => {
  const { el } = mount(dialogue, { value: two, speakers: ["Speaker 1", "Speaker 2"], interactive: false, submit_btn: true }, { type: "dialogue" });
  const [first] = lines(el);
  assert.equal(first.querySelector(".speaker-column textarea").value, "Speaker 1");
  assert.equal(first.querySelector(".text-column textarea").disabled, true);
  assert.equal(first.style.getPropertyValue("--speaker-bg-color"), h.TINTS.red);
  assert.equal(el.querySelector('[data-testid="dialogue-add-button-0"]').parentElement.hidden, true);
  assert.equal(el.querySelector(".submit-container").hidden, true);
});

test("the Plain Text switch shows the formatted lines; edits there send a string, switching back parses it", () => {
  const { el, ctx } = mount(dialogue, { value: two, speakers: ["Speaker 1", "Speaker 2"], interactive: true }, { type: "dialogue" });
  const toggle = el.querySelector('[role="switch"]');
  toggle.click();
  assert.equal(toggle.getAttribute("aria-checked"), "true");
  const plain = el.querySelector('[data-testid="textbox"]');
  assert.equal(plain.value, h.format(two));
  assert.equal(ctx.calls.length, 0); // switching alone edits nothing
  plain.value = "[Speaker 2] Bye";
  plain.dispatchEvent(new Event("input"));
  assert.deepEqual(ctx.calls.at(-1), ["setValue", "[Speaker 2] Bye", null]);
  toggle.click();
  assert.deepEqual(ctx.calls.at(-1), ["setValue", [{ speaker: "Speaker 2", text: "Bye" }], null]);
  assert.equal(lines(el).length, 1);
});

test("submit parses the plain text first, then fires submit", () => {
  const { el, ctx } = mount(dialogue, { value: "[A] hi", speakers: ["A"], interactive: true, submit_btn: "Send" }, { type: "dialogue" });
  assert.equal(el.querySelector('[role="switch"]').getAttribute("aria-checked"), "true");
  const submit = el.querySelector('[data-testid="dialogue-submit-button"]');
  assert.equal(submit.textContent, "Send");
  submit.click();
  assert.deepEqual(ctx.calls, [["setValue", [{ speaker: "A", text: "hi" }], null], ["emit", "submit", null]]);
});

test("a value from a function redraws the lines, but the echo of the user's own edit does not", () => {
  const { el, ctx, patch } = mount(dialogue, { value: two, speakers: ["Speaker 1", "Speaker 2"], interactive: true }, { type: "dialogue" });
  const field = lines(el)[0].querySelector(".text-column textarea");
  field.value = "Hi";
  field.dispatchEvent(new Event("input"));
  patch({ value: ctx.calls.at(-1)[1] });
  assert.equal(lines(el)[0].querySelector(".text-column textarea"), field);
  patch({ value: [{ speaker: "Speaker 2", text: "New" }] });
  assert.equal(lines(el).length, 1);
  assert.equal(lines(el)[0].querySelector(".text-column textarea").value, "New");
  patch({ value: "plain now" });
  assert.equal(el.querySelector('[data-testid="textbox"]').value, "plain now");
  assert.equal(el.querySelector('[data-testid="dialogue-container"]').hidden, true);
});

test("ui_mode text shows only the textarea; dialogue only the lines; max_lines limits Add new line", () => {
  const text = mount(dialogue, { value: two, ui_mode: "text", interactive: true }, { type: "dialogue" }).el;
  assert.equal(text.querySelector(".switch-container").hidden, true);
  assert.equal(text.querySelector('[data-testid="textbox"]').value, h.format(two));
  const lined = mount(dialogue, { value: two, ui_mode: "dialogue", max_lines: 2, interactive: true }, { type: "dialogue" }).el;
  assert.equal(lined.querySelector(".switch-container").hidden, true);
  assert.equal(lined.querySelectorAll('[data-testid^="dialogue-add-button-"]').length, 0);
});

test("an empty or unset value gives one empty line for the first speaker", () => {
  const { el } = mount(dialogue, { speakers: ["Ann", "Bob"], interactive: true }, { type: "dialogue" });
  assert.equal(lines(el).length, 1);
  assert.equal(lines(el)[0].querySelector("select").value, "Ann");
});

test("typing ':' in a line lists the tags; Enter inserts the active one", () => {
  const { el, ctx } = mount(dialogue, { value: [{ speaker: "A", text: "" }], speakers: ["A"], tags: ["(laughs)", "(sighs)"], interactive: true }, { type: "dialogue" });
  const field = lines(el)[0].querySelector(".text-column textarea");
  field.value = "Hello :s";
  field.dispatchEvent(new Event("input"));
  const menu = el.querySelector('[data-testid="dialogue-tag-menu"]');
  assert.ok(menu);
  assert.deepEqual([...menu.querySelectorAll('[role="option"]')].map((o) => o.getAttribute("aria-label")), ["(laughs)", "(sighs)"]);
  field.dispatchEvent(Object.assign(new Event("keydown"), { key: "ArrowDown" }));
  field.dispatchEvent(Object.assign(new Event("keydown"), { key: "Enter" }));
  assert.equal(field.value, "Hello (sighs) ");
  assert.deepEqual(ctx.calls.at(-1)[1], [{ speaker: "A", text: "Hello (sighs) " }]);
  assert.equal(el.querySelector('[data-testid="dialogue-tag-menu"]'), null);
});
