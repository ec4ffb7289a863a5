// gr.JSON in the page: Gradio's test id, Copy button, collapsible tree and postprocess.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { toWire, displayValue, isEmpty, lineCount, preview, startsCollapsed, showsCopy } from "../../js-shim/components/json/helpers.js";

installDom();
const { default: json } = await import("../../js-shim/components/json/index.js");

const toggles = (el) => [...el.querySelectorAll("button.toggle")];
const shownPreviews = (el) => [...el.querySelectorAll("button.preview:not([hidden])")].map((b) => b.textContent);

test("a JSON value is drawn as numbered json-node lines inside the json test id, with a Copy button", () => {
  const { el } = mount(json, { value: { name: "Ada", tags: ["x", 1, true, null] } });
  assert.equal(el.dataset.testid, "json");
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "JSON");
  assert.ok(el.querySelector('button[aria-label="Copy"]'));
  assert.ok(el.querySelector("div.json-node.root"));
  const lines = [...el.querySelectorAll(".line")];
  assert.deepEqual(lines.map((l) => l.querySelector(".line-number").dataset.pseudoContent), ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  const text = el.textContent;
  assert.match(text, /"name": "Ada"/);
  assert.match(text, /"tags": \[/);
});

test("array items show no index keys unless show_indices is set", () => {
  const plain = mount(json, { value: ["a", "b"] }).el;
  assert.equal(plain.querySelectorAll(".key").length, 0);
  const indexed = mount(json, { value: ["a", "b"], show_indices: true }).el;
  assert.deepEqual([...indexed.querySelectorAll(".key")].map((k) => k.textContent), ['"0"', '"1"']);
});

test("nodes three levels deep start collapsed with an Array(n) preview, and Expand opens them", () => {
  const { el } = mount(json, { value: { a: { b: { c: [1, 2, 3] } } } });
  const deep = toggles(el)[3];
  assert.equal(deep.getAttribute("aria-label"), "Expand");
  assert.deepEqual(shownPreviews(el), ["Array(3)"]);
  assert.equal(el.querySelectorAll(".value.number").length, 0, "collapsed children are not built yet");
  deep.click();
  assert.equal(deep.getAttribute("aria-label"), "Collapse");
  assert.equal(el.querySelectorAll(".value.number").length, 3);
  assert.deepEqual(shownPreviews(el), []);
  deep.click();
  assert.equal(deep.getAttribute("aria-label"), "Expand");
});

test("open=true starts every node expanded", () => {
  const { el } = mount(json, { value: { a: { b: { c: { d: 1 } } } }, open: true });
  assert.ok(toggles(el).every((t) => t.getAttribute("aria-label") === "Collapse"));
});

test("lines after a collapsed node keep Gradio's numbering, counting its hidden lines", () => {
  const { el } = mount(json, { value: { a: { b: { c: [1, 2] } }, z: 0 } });
  const zLine = [...el.querySelectorAll(".line")].find((l) => l.textContent.includes('"z"'));
  // 1 {, 2 "a": {, 3 "b": {, 4 "c": [, 5 1, 6 2, 7 ], 8 }, 9 }, 10 "z": 0
  assert.equal(zLine.querySelector(".line-number").dataset.pseudoContent, "10");
});

test("clicking the preview of a collapsed node expands it too", () => {
  const { el } = mount(json, { value: { a: { b: { c: { d: 1 } } } } });
  el.querySelector("button.preview:not([hidden])").click();
  assert.ok(toggles(el).every((t) => t.getAttribute("aria-label") === "Collapse"));
});

test("null, an empty object and an empty string show Empty and no Copy button", () => {
  for (const value of [null, {}, ""]) {
    const { el } = mount(json, { value });
    assert.ok(el.querySelector('.empty[aria-label="Empty value"]'), JSON.stringify(value));
    assert.equal(el.querySelector(".icon-button-wrapper").hidden, true);
  }
});

test("a new value from a function replaces the tree without firing any event", () => {
  const { el, ctx, patch } = mount(json, { value: null });
  patch({ value: { ok: 1 } });
  assert.match(el.textContent, /"ok": 1/);
  assert.deepEqual(ctx.calls, []);
});

test("Copy writes the value as indented JSON to the clipboard and says Copied", async () => {
  let written = null;
  Object.defineProperty(globalThis, "navigator", { value: { clipboard: { writeText: async (t) => { written = t; } } }, configurable: true });
  const { el } = mount(json, { value: '{"a": [1]}' });
  const copy = el.querySelector('button[aria-label="Copy"]');
  copy.click();
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(written, JSON.stringify({ a: [1] }, null, 2));
  assert.equal(copy.getAttribute("aria-label"), "Copied");
});

test("strings are drawn as text, never as markup", () => {
  const { el } = mount(json, { value: { x: "<img src=x onerror=alert(1)>" } });
  assert.equal(el.querySelector("img"), null);
  assert.match(el.querySelector(".value.string").textContent, /<img/);
});

test("buttons without 'copy' hide the Copy button", () => {
  assert.equal(showsCopy(undefined), true);
  assert.equal(showsCopy(["copy"]), true);
  assert.equal(showsCopy([]), false);
});

test("a function's JSON text is parsed, other values pass through JSON, bad text fails naming JSON", () => {
  assert.deepEqual(toWire('{"a": 1}'), { a: 1 });
  assert.deepEqual(toWire({ d: new Date(0), u: undefined }), { d: "1970-01-01T00:00:00.000Z" });
  assert.equal(toWire(undefined), null);
  assert.throws(() => toWire("{oops"), /JSON expects valid JSON text/);
  assert.throws(() => toWire({ n: 1n }), /JSON expects a JSON-serialisable value/);
  const cyclic = {};
  cyclic.self = cyclic;
  assert.throws(() => toWire(cyclic), /JSON expects/);
});

test("helpers: JSON text is drawn parsed, empties, previews, line counts and the depth rule", () => {
  assert.deepEqual(displayValue("[1,2]"), [1, 2]);
  assert.equal(displayValue("not json"), "not json");
  assert.equal(isEmpty('""'), true);
  assert.equal(isEmpty(0), false);
  assert.equal(isEmpty([]), false);
  assert.equal(preview([1, 2]), "Array(2)");
  assert.equal(preview({ a: 1 }), "Object(1)");
  assert.equal(lineCount({ a: [1, 2], b: {} }), 8);
  assert.equal(startsCollapsed(3, false), true);
  assert.equal(startsCollapsed(2, false), false);
  assert.equal(startsCollapsed(5, true), false);
});
