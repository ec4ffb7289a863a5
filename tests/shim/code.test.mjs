// gr.Code in the page: BlockLabel, Copy/Download buttons, Empty when static and empty, the
// editor wiring (user edits -> setValue, focus/blur, function values replace the text silently)
// and the helpers. CodeMirror itself needs a browser: a fake editor module stands in here and
// records what the component asks of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { buttonsOf, downloadName, heightBounds, heightStyle, languageKey, showsEmpty, toWire } from "../../js-shim/components/code/helpers.js";

installDom();
const mod = await import("../../js-shim/components/code/index.js");
const code = mod.default;

// A stand-in for editor.js: the same createEditor shape, driven by the test.
const editors = [];
let loads = 0;
mod.setEditorLoader(async () => {
  loads++;
  return {
    createEditor(parent, options, handlers) {
      const content = document.createElement("div");
      content.className = "cm-content";
      content.setAttribute("aria-label", "Code input container");
      parent.append(content);
      const ed = {
        doc: options.doc, options: { ...options }, handlers, setDocs: [], configures: [], destroyed: false,
        text: () => ed.doc,
        setDoc(text) { ed.setDocs.push(text); ed.doc = text; },
        configure(o) { ed.configures.push(o); ed.options = { ...ed.options, ...o }; },
        destroy() { ed.destroyed = true; },
        type(text) { ed.doc = text; handlers.onEdit(text); },
      };
      editors.push(ed);
      return ed;
    },
  };
});
const settle = () => new Promise((r) => setTimeout(r, 0));
const lastEditor = () => editors[editors.length - 1];

test("an unlabelled Code shows the BlockLabel 'Code' and Download then Copy buttons", async () => {
  const { el } = mount(code, { value: "print(1)", language: "python" });
  assert.ok(el.classList.contains("graft-code"));
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Code");
  const names = [...el.querySelectorAll("button.icon-button:not([hidden])")].map((b) => b.getAttribute("aria-label"));
  assert.deepEqual(names, ["Download", "Copy"]);
  await settle();
});

test("a label replaces 'Code', and show_label=false hides it", async () => {
  const { el, patch } = mount(code, { value: "x", label: "Snippet" });
  const label = el.querySelector('[data-testid="block-label"]');
  assert.equal(label.textContent, "Snippet");
  patch({ show_label: false });
  assert.equal(label.hidden, true);
  await settle();
});

test("buttons=['copy'] shows only Copy, and buttons=[] shows none", async () => {
  const { el, patch } = mount(code, { value: "x", buttons: ["copy"] });
  const shown = () => [...el.querySelectorAll("button.icon-button")].filter((b) => !b.hidden && !b.parentNode.hidden).map((b) => b.getAttribute("aria-label"));
  assert.deepEqual(shown(), ["Copy"]);
  patch({ buttons: [] });
  assert.deepEqual(shown(), []);
  await settle();
});

test("a static Code with no value shows Empty and never loads the editor", async () => {
  const before = loads;
  const { el } = mount(code, { value: "", interactive: false });
  await settle();
  const none = el.querySelector('.empty[aria-label="Empty value"]');
  assert.ok(none && !none.hidden);
  assert.equal(el.querySelector(".codemirror-wrapper").hidden, true);
  assert.equal(el.querySelector(".icon-button-wrapper").hidden, true);
  assert.equal(loads, before, "CodeMirror is not fetched for an empty output");
});

test("an interactive Code with no value shows the editor, not Empty", async () => {
  const { el } = mount(code, { value: "" });
  await settle();
  assert.equal(el.querySelector(".empty").hidden, true);
  assert.ok(el.querySelector('.cm-content[aria-label="Code input container"]'));
});

test("a static Code that receives a value from a function leaves Empty for the editor, firing nothing", async () => {
  const { el, patch, ctx } = mount(code, { value: null, interactive: false });
  patch({ value: "SELECT 1" });
  await settle();
  assert.equal(el.querySelector(".empty").hidden, true);
  assert.equal(lastEditor().doc, "SELECT 1");
  assert.equal(lastEditor().options.readOnly, true);
  assert.deepEqual(ctx.calls, []);
});

test("the text is visible before the editor arrives, and the editor starts from the latest value", async () => {
  const { el, patch } = mount(code, { value: "a = 1" });
  assert.equal(el.querySelector("pre.graft-code-pending").textContent, "a = 1");
  patch({ value: "a = 2" });
  await settle();
  assert.equal(el.querySelector("pre.graft-code-pending"), null);
  assert.equal(lastEditor().doc, "a = 2");
});

test("typing in the editor sets the value through the core and emits no change/input itself", async () => {
  const { ctx } = mount(code, { value: "x = 1", language: "python" });
  await settle();
  lastEditor().type("x = 12");
  assert.deepEqual(ctx.calls, [["setValue", "x = 12", null]]);
});

test("a value from a function replaces the document without calling setValue", async () => {
  const { ctx, patch } = mount(code, { value: "one" });
  await settle();
  patch({ value: "two" });
  assert.deepEqual(lastEditor().setDocs, ["two"]);
  assert.deepEqual(ctx.calls, []);
});

test("focus and blur in the editor fire focus and blur with no event data", async () => {
  const { ctx } = mount(code, { value: "x" });
  await settle();
  lastEditor().handlers.onFocus();
  lastEditor().handlers.onBlur();
  assert.deepEqual(ctx.calls, [["emit", "focus", null], ["emit", "blur", null]]);
});

test("interactive=false makes the editor read-only, and language/lines/wrap reach the editor", async () => {
  const { patch } = mount(code, { value: "x", language: "sql-pgSQL", lines: 3, max_lines: 6, wrap_lines: true, show_line_numbers: false });
  await settle();
  const ed = lastEditor();
  assert.deepEqual(ed.options.language, { key: "sql", dialect: "PostgreSQL" });
  assert.equal(ed.options.readOnly, false);
  assert.equal(ed.options.wrap, true);
  assert.equal(ed.options.lineNumbers, false);
  assert.equal(ed.options.minHeight, "calc(4 * 1.4em)");
  assert.equal(ed.options.maxHeight, "calc(7 * 1.4em)");
  patch({ interactive: false, language: "brainfuck" });
  assert.equal(ed.options.readOnly, true);
  assert.equal(ed.options.language, null, "an unknown language is plain text");
});

test("the editor is described by the visible label, keeping Gradio's name 'Code input container'", async () => {
  const { el, patch } = mount(code, { value: "x", label: "Query" });
  await settle();
  const label = el.querySelector('[data-testid="block-label"]');
  assert.equal(lastEditor().options.describedBy, label.id);
  patch({ show_label: false });
  assert.equal(lastEditor().options.describedBy, undefined);
});

test("tearing the component down destroys the editor", async () => {
  const { view } = mount(code, { value: "x" });
  await settle();
  code.destroy(view);
  assert.equal(lastEditor().destroyed, true);
});

test("languageKey maps Gradio's language names and aliases, and unknown names to plain text", () => {
  assert.deepEqual(languageKey("python"), { key: "python" });
  assert.deepEqual(languageKey("py"), { key: "python" });
  assert.deepEqual(languageKey("typescript"), { key: "typescript" });
  assert.deepEqual(languageKey("shell"), { key: "shell" });
  assert.deepEqual(languageKey("c"), { key: "c" });
  assert.deepEqual(languageKey("latex"), { key: "latex" });
  assert.deepEqual(languageKey("r"), { key: "r" });
  assert.deepEqual(languageKey("yaml"), { key: "yaml" });
  assert.deepEqual(languageKey("sql"), { key: "sql" });
  assert.deepEqual(languageKey("sql-mySQL"), { key: "sql", dialect: "MySQL" });
  assert.equal(languageKey("sql-oracle"), null);
  assert.equal(languageKey("cobol"), null);
  assert.equal(languageKey(null), null);
  assert.equal(languageKey(""), null);
});

test("Download names the file by language as Gradio does, .txt otherwise", () => {
  assert.equal(downloadName("python"), "file.py");
  assert.equal(downloadName("latex"), "file.tex");
  assert.equal(downloadName("shell"), "file.sh");
  assert.equal(downloadName("sql"), "file.txt");
  assert.equal(downloadName(null), "file.txt");
});

test("heights follow Gradio: lines+1 line heights at least (1 for lines=1), max_lines+1 at most", () => {
  assert.deepEqual(heightBounds(5, null), { minLines: 6, maxLines: null });
  assert.deepEqual(heightBounds(1, 1), { minLines: 1, maxLines: 2 });
  assert.deepEqual(heightBounds(3, 10), { minLines: 4, maxLines: 11 });
  assert.deepEqual(heightBounds(5, 2), { minLines: 6, maxLines: 6 }, "max_lines never below lines");
  assert.deepEqual(heightBounds(undefined, undefined), { minLines: 6, maxLines: null }, "Gradio's default lines=5");
  assert.deepEqual(heightStyle(2, null), { minHeight: "calc(3 * 1.4em)", maxHeight: "" });
});

test("buttons default to copy and download; Empty only when static and empty", () => {
  assert.deepEqual(buttonsOf(undefined), { copy: true, download: true });
  assert.deepEqual(buttonsOf(["download"]), { copy: false, download: true });
  assert.equal(showsEmpty({ value: "", interactive: false }), true);
  assert.equal(showsEmpty({ value: null, interactive: false }), true);
  assert.equal(showsEmpty({ value: "", interactive: undefined }), false);
  assert.equal(showsEmpty({ value: "x", interactive: false }), false);
});

test("a function's output is stripped like Gradio's postprocess; objects, lists and numbers are refused by name", () => {
  assert.equal(toWire("  print(1)\n\n"), "print(1)");
  assert.equal(toWire(null), null);
  assert.equal(toWire(undefined), null);
  assert.deepEqual(toWire({ __type__: "update", value: " x " }), { __type__: "update", value: "x" });
  assert.deepEqual(toWire({ __type__: "update", visible: false }), { __type__: "update", visible: false });
  assert.throws(() => toWire({ code: 1 }), /^Error: Code expects a string, got an object \{"code":1\}/);
  assert.throws(() => toWire(["a.py"]), /Code expects a string, got a list/);
  assert.throws(() => toWire(42), /Code expects a string, got a number/);
  assert.equal(code.edge.output(" y "), "y");
  assert.equal(code.receives, "str");
});
