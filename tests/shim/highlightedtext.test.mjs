// gr.HighlightedText in the page: Gradio's test ids, token buttons, select, colours, postprocess.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { toWire, resolveColors, safeColor, mergeEqual, modeOf, scoreColor, chipColor } from "../../js-shim/components/highlightedtext/helpers.js";

installDom();
const { default: ht } = await import("../../js-shim/components/highlightedtext/index.js");

const value = [
  { token: "The ", class_or_confidence: null },
  { token: "quick", class_or_confidence: "adj" },
  { token: " fox", class_or_confidence: "noun" },
];
const buttons = (el) => [...el.querySelectorAll('[data-testid="highlighted-text:textfield"] [role="button"]')];

test("tokens are drawn in the highlighted-text textfield; labelled ones are buttons named by their text", () => {
  const { el } = mount(ht, { value });
  assert.equal(el.dataset.testid, "highlighted-text");
  const field = el.querySelector('div.textfield[data-testid="highlighted-text:textfield"]');
  assert.equal(field.querySelectorAll(".token").length, 3);
  assert.deepEqual(buttons(el).map((b) => b.getAttribute("aria-label")), ["quick", "fox"]);
  assert.equal(field.querySelector(".label").textContent, "adj");
});

test("clicking a labelled token fires select with its index and [token, label]", () => {
  const { el, ctx } = mount(ht, { value });
  buttons(el)[1].click();
  assert.deepEqual(ctx.calls, [["emit", "select", { index: 2, value: [" fox", "noun"] }]]);
});

test("Enter on a focused labelled token selects it too", () => {
  const { el, ctx } = mount(ht, { value });
  buttons(el)[0].dispatchEvent(Object.assign(new Event("keydown", { bubbles: true }), { key: "Enter" }));
  assert.deepEqual(ctx.calls, [["emit", "select", { index: 1, value: ["quick", "adj"] }]]);
});

test("clicking an unlabelled token fires nothing", () => {
  const { el, ctx } = mount(ht, { value });
  el.querySelector(".token").click();
  assert.deepEqual(ctx.calls, []);
});

test("show_legend draws the category legend and drops the inline categories", () => {
  const { el } = mount(ht, { value, show_legend: true });
  const legend = el.querySelector('[data-testid="highlighted-text:category-legend"]');
  assert.deepEqual([...legend.querySelectorAll("button")].map((b) => b.textContent), ["adj", "noun"]);
  assert.equal(el.querySelectorAll(".textfield .label").length, 0);
  assert.equal(mount(ht, { value }).el.querySelector('[data-testid="highlighted-text:category-legend"]'), null);
});

test("show_inline_category false hides the category next to the token", () => {
  const { el } = mount(ht, { value, show_inline_category: false });
  assert.equal(el.querySelectorAll(".textfield .label").length, 0);
});

test("hovering a legend entry dims the other categories", () => {
  const { el } = mount(ht, { value, show_legend: true });
  el.querySelector(".legend-item").dispatchEvent(new Event("mouseover", { bubbles: true }));
  const [adj, noun] = buttons(el);
  assert.equal(adj.classList.contains("dimmed"), false);
  assert.equal(noun.classList.contains("dimmed"), true);
});

test("color_map colours a category; a colour carrying CSS is ignored", () => {
  const { el } = mount(ht, { value, color_map: { adj: "#00ff00", noun: "red; position: fixed" } });
  const [adj, noun] = buttons(el);
  assert.match(adj.getAttribute("style"), /#00ff00/);
  assert.doesNotMatch(noun.getAttribute("style"), /fixed/);
  assert.match(noun.getAttribute("style"), /#dcfce7/i, "falls back to the next theme colour (green: one colour is taken)");
});

test("numeric scores are drawn as red (positive) and purple (negative) tints with the color legend", () => {
  const { el } = mount(ht, { value: [{ token: "good", class_or_confidence: 0.5 }, { token: "bad", class_or_confidence: -1 }], show_legend: true });
  assert.ok(el.querySelector('[data-testid="highlighted-text:color-legend"]'));
  const [good, bad] = buttons(el);
  assert.match(good.getAttribute("style"), /rgba\(239, 68, 60, 0\.3\)/);
  assert.match(bad.getAttribute("style"), /rgba\(128, 90, 213, 0\.6\)/);
});

test("combine_adjacent merges neighbouring tokens of the same class on the page", () => {
  const { el } = mount(ht, { value: [{ token: "a", class_or_confidence: "x" }, { token: "b", class_or_confidence: "x" }], combine_adjacent: true });
  assert.deepEqual(buttons(el).map((b) => b.getAttribute("aria-label")), ["ab"]);
});

test("tokens are text: markup in a token or label is never parsed", () => {
  const { el } = mount(ht, { value: [{ token: "<img src=x onerror=alert(1)>", class_or_confidence: "<b>c</b>" }] });
  assert.equal(el.querySelector("img"), null);
  assert.equal(el.querySelector("b"), null);
  assert.equal(el.querySelector(".label").textContent, "<b>c</b>");
});

test("null shows Empty; a value arriving later is drawn without firing events", () => {
  const { el, ctx, patch } = mount(ht, { value: null });
  assert.ok(el.querySelector('.empty[aria-label="Empty value"]'));
  patch({ value: [["hi", "greet"]] });
  assert.equal(buttons(el)[0].getAttribute("aria-label"), "hi");
  assert.deepEqual(ctx.calls, []);
});

test("a function's [token, label] pairs become the wire's {token, class_or_confidence}", () => {
  assert.deepEqual(toWire([["The", null], ["fox", "noun"], ["ok", 0.5]]), [
    { token: "The", class_or_confidence: null },
    { token: "fox", class_or_confidence: "noun" },
    { token: "ok", class_or_confidence: 0.5 },
  ]);
});

test("a function's {text, entities} is split at the entity offsets, as Gradio's postprocess", () => {
  const out = toWire({ text: "Ada lives in Paris", entities: [{ entity: "LOC", start: 13, end: 18 }, { entity_group: "PER", start: 0, end: 3 }] });
  assert.deepEqual(out.map((t) => [t.token, t.class_or_confidence]), [["", null], ["Ada", "PER"], [" lives in ", null], ["Paris", "LOC"], ["", null]]);
  assert.deepEqual(toWire({ text: "plain", entities: [] }), [{ token: "plain", class_or_confidence: null }]);
});

test("combine_adjacent joins same-class tokens with adjacent_separator and skips empty splits", () => {
  const out = toWire([["New", "LOC"], ["York", "LOC"], ["", null], ["is", null]], { combine_adjacent: true, adjacent_separator: " " });
  assert.deepEqual(out.map((t) => [t.token, t.class_or_confidence]), [["New York", "LOC"], ["is", null]]);
});

test("show_whitespaces false trims each token", () => {
  assert.equal(toWire([[" a ", null]], { show_whitespaces: false })[0].token, "a");
});

test("wrong shapes fail naming HighlightedText", () => {
  assert.throws(() => toWire("text"), /HighlightedText expects/);
  assert.throws(() => toWire([["a", "b", "c"]]), /HighlightedText expects each item/);
  assert.throws(() => toWire([[1, "x"]]), /token to be a string/);
  assert.throws(() => toWire({ text: "x" }), /'text' and 'entities'/);
});

test("helpers: colour sanitising, theme colours in order, merging, modes and tints", () => {
  assert.equal(safeColor(" #ABC "), "#ABC");
  assert.equal(safeColor("hsl(120deg, 50%, 50%)"), "hsl(120deg, 50%, 50%)");
  assert.equal(safeColor("expression(alert(1))"), null);
  assert.equal(safeColor("red}body{x:y"), null);
  assert.deepEqual(resolveColors({}, [{ token: "a", class_or_confidence: "p" }, { token: "b", class_or_confidence: "q" }]), {
    p: { primary: "#dc2626", secondary: "#fee2e2" },
    q: { primary: "#16a34a", secondary: "#dcfce7" },
  });
  assert.deepEqual(resolveColors({ p: "transparent" }, []).p, { primary: "transparent", secondary: "transparent" });
  assert.equal(resolveColors({ p: "#123456" }, []).p.secondary, "color-mix(in srgb, #123456 50%, white)");
  assert.deepEqual(mergeEqual([{ token: "a", class_or_confidence: 1 }, { token: "b", class_or_confidence: 1 }]), [{ token: "ab", class_or_confidence: 1 }]);
  assert.equal(modeOf([{ token: "a", class_or_confidence: 0.2 }]), "scores");
  assert.equal(modeOf([{ token: "a", class_or_confidence: null }]), "categories");
  assert.equal(scoreColor(null), "");
  assert.equal(scoreColor(2), "rgba(239, 68, 60, 0.6)");
  assert.equal(chipColor("transparent"), "");
});
