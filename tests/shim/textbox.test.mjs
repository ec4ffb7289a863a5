// gr.Textbox as Gradio draws it: a textarea unless lines and max_lines are both 1, Enter or
// Shift+Enter submitting, the title naming the field, and user edits reaching the core.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { fieldKind, submitsOn, rowsFor, textOutput } from "../../js-shim/components/textbox/helpers.js";

installDom();
const textbox = (await import("../../js-shim/components/textbox/index.js")).default;

test("a default Textbox is a textarea; one line with max_lines 1 is an input; password and email are inputs", () => {
  assert.equal(fieldKind({}).tag, "textarea");
  assert.equal(fieldKind({ lines: 1, max_lines: 1 }).tag, "input");
  assert.deepEqual(fieldKind({ type: "password" }), { tag: "input", type: "password", testid: "password" });
  assert.equal(fieldKind({ type: "email" }).type, "email");
});

test("Enter submits a one-line box, Shift+Enter a multi-line one", () => {
  const one = { lines: 1, max_lines: 1 };
  assert.equal(submitsOn(one, { key: "Enter", shiftKey: false }), true);
  assert.equal(submitsOn({ lines: 3 }, { key: "Enter", shiftKey: false }), false);
  assert.equal(submitsOn({ lines: 3 }, { key: "Enter", shiftKey: true }), true);
  assert.equal(submitsOn(one, { key: "Enter", isComposing: true }), false);
});

test("a textarea grows with its text between lines and max_lines", () => {
  assert.equal(rowsFor("a", { lines: 2 }), 2);
  assert.equal(rowsFor("a\nb\nc", { lines: 2 }), 3);
  assert.equal(rowsFor("1\n2\n3\n4\n5", { lines: 1, max_lines: 4 }), 4);
});

test("an unlabelled Textbox is named Textbox by its title, and typing sets the value", () => {
  const { el, ctx } = mount(textbox, { placeholder: "name" });
  const field = el.querySelector("[data-testid=textbox]");
  assert.equal(field.tagName, "TEXTAREA");
  const title = el.querySelector(`#${field.getAttribute("aria-labelledby")}`);
  assert.equal(title.textContent, "Textbox");
  field.value = "Ada";
  field.dispatchEvent(new Event("input"));
  assert.deepEqual(ctx.calls[0], ["setValue", "Ada", null]);
});

test("a value from a function replaces the text without firing anything", () => {
  const { el, ctx, patch } = mount(textbox, { label: "Out" });
  patch({ value: "Hello" });
  assert.equal(el.querySelector("textarea").value, "Hello");
  assert.equal(ctx.calls.length, 0);
});

test("a function returning an object for a Textbox fails, naming what was expected", () => {
  assert.throws(() => textOutput({ a: 1 }), /Textbox expects a string/);
  assert.equal(textOutput(42), "42");
});
