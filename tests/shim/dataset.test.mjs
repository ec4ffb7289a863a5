// gr.Dataset / Examples in the page: Gradio's gallery and table layouts, paging, click and
// select with their EventData, sample cells as text or images, and the function edge by type.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import * as h from "../../js-shim/components/dataset/helpers.js";

installDom();
const { default: dataset } = await import("../../js-shim/components/dataset/index.js");

const texts = (els) => [...els].map((e) => e.textContent.trim());
const textSamples = (n) => Array.from({ length: n }, (_, i) => [`sample ${i}`]);

test("one component's samples are a gallery of buttons under the 'Examples' label", () => {
  const { el } = mount(dataset, { components: ["textbox"], samples: [["Hello"], ["Bonjour"]] });
  assert.equal(el.querySelector("div.label").textContent.trim(), "Examples");
  assert.deepEqual(texts(el.querySelectorAll("div.gallery > button.gallery-item")), ["Hello", "Bonjour"]);
  assert.equal(el.querySelector("table"), null);
  assert.equal(mount(dataset, { label: "Try these", components: ["textbox"], samples: [["a"]] }).el.querySelector(".label").textContent.trim(), "Try these");
  assert.equal(mount(dataset, { show_label: false, components: ["textbox"], samples: [["a"]] }).el.querySelector(".label").hidden, true);
});

test("several components are a table[role=grid] with header cells and one tr.tr-body per sample", () => {
  const { el } = mount(dataset, {
    components: [{ name: "textbox", class_id: "x" }, { name: "number", class_id: "y" }],
    headers: ["Name", "Age"],
    samples: [["Ada", 36], ["Alan", 41]],
  });
  const table = el.querySelector("table[role=grid]");
  assert.deepEqual(texts(table.querySelectorAll("tr.tr-head th")), ["Name", "Age"]);
  const rows = table.querySelectorAll("tr.tr-body");
  assert.deepEqual([...rows].map((r) => texts(r.querySelectorAll("td"))), [["Ada", "36"], ["Alan", "41"]]);
  assert.equal(rows[0].querySelector("td").className, "textbox");
});

test("without headers the table is headed by the components' labels, else their type names", () => {
  assert.deepEqual(h.headersOf({ components: ["textbox", "checkboxgroup"], component_props: [{ label: "Text" }, {}] }), ["Text", "Checkbox Group"]);
  assert.deepEqual(h.headersOf({ components: ["textbox"], headers: [] }), []);
});

test("layout 'table' draws one component as a table; sample_labels make a gallery of labels", () => {
  assert.ok(mount(dataset, { components: ["textbox"], samples: [["a"]], layout: "table" }).el.querySelector("table tr.tr-body"));
  const { el } = mount(dataset, { components: ["textbox", "number"], samples: [["a", 1], ["b", 2]], sample_labels: ["First", "Second"] });
  assert.deepEqual(texts(el.querySelectorAll("button.gallery-item")), ["First", "Second"]);
});

test("clicking a row sets the value to its index and fires click, then select {index, value: row}", () => {
  const { el, ctx } = mount(dataset, { components: ["textbox", "number"], samples: [["Ada", 36], ["Alan", 41]] });
  el.querySelectorAll("tr.tr-body")[1].click();
  assert.deepEqual(ctx.calls, [["setValue", 1, null], ["emit", "click", null], ["emit", "select", { index: 1, value: ["Alan", 41] }]]);
});

test("Enter on a focused row chooses it, as a click does", () => {
  const { el, ctx } = mount(dataset, { components: ["textbox", "number"], samples: [["Ada", 36]] });
  el.querySelector("tr.tr-body").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
  assert.deepEqual(ctx.calls[0], ["setValue", 0, null]);
});

test("samples beyond samples_per_page are paged: 'Pages:' and page buttons; indices count across pages", () => {
  const { el, ctx } = mount(dataset, { components: ["textbox"], samples: textSamples(25) });
  const pager = el.querySelector("div.paginate");
  assert.match(pager.textContent, /^Pages:/);
  assert.deepEqual(texts(pager.querySelectorAll("button")), ["1", "2", "3"]);
  assert.equal(el.querySelectorAll("button.gallery-item").length, 10);
  pager.querySelectorAll("button")[2].click();
  assert.deepEqual(texts(el.querySelectorAll("button.gallery-item")), ["sample 20", "sample 21", "sample 22", "sample 23", "sample 24"]);
  assert.equal(el.querySelector(".paginate .current-page").textContent, "3");
  el.querySelectorAll("button.gallery-item")[1].click();
  assert.deepEqual(ctx.calls[0], ["setValue", 21, null]);
  assert.equal(mount(dataset, { components: ["textbox"], samples: textSamples(5), samples_per_page: 5 }).el.querySelector(".paginate").hidden, true);
});

test("new samples from a function go back to the first page without firing events", () => {
  const { el, ctx, patch } = mount(dataset, { components: ["textbox"], samples: textSamples(25) });
  el.querySelectorAll(".paginate button")[1].click();
  patch({ samples: textSamples(12) });
  assert.equal(el.querySelector(".gallery-item").textContent, "sample 0");
  assert.deepEqual(ctx.calls, []);
});

test("page buttons skip far pages with '...' as Gradio's do", () => {
  assert.deepEqual(h.visiblePages(0, 20), [0, 1, 2, -1, 17, 18, 19]);
  assert.deepEqual(h.visiblePages(10, 20), [0, 1, 2, -1, 8, 9, 10, 11, 12, -1, 17, 18, 19]);
  assert.deepEqual(h.visiblePages(0, 1), []);
});

test("image samples are small images named by their file; sample text is never markup", () => {
  const { el } = mount(dataset, {
    components: ["image", "textbox"],
    samples: [[{ path: "/f/cat.png", url: "https://example.com/cat.png", orig_name: "cat.png" }, "<b>bold</b>"]],
  });
  const img = el.querySelector("td.image img");
  assert.equal(img.getAttribute("src"), "https://example.com/cat.png");
  assert.equal(img.getAttribute("alt"), "cat.png");
  assert.equal(el.querySelector("td.textbox").textContent, "<b>bold</b>");
  assert.equal(el.querySelector("td.textbox b"), null);
});

test("cells show values as each component's Example does", () => {
  assert.equal(h.cellOf("textbox", "x".repeat(70)).text, `${"x".repeat(60)}...`);
  assert.equal(h.cellOf("checkbox", true).text, "true");
  assert.equal(h.cellOf("dropdown", "b", { choices: [["Alpha", "a"], ["Beta", "b"]] }).text, "Beta");
  assert.equal(h.cellOf("checkboxgroup", ["a", "b"], { choices: [["Alpha", "a"], ["Beta", "b"]] }).text, "Alpha, Beta");
  assert.equal(h.cellOf("file", [{ orig_name: "a.txt" }, "https://x/b.csv"]).text, "a.txt, b.csv");
  assert.equal(h.cellOf("colorpicker", "#ff0000").color, "#ff0000");
  assert.equal(h.cellOf("gallery", [{ image: { url: "u1" }, caption: "one" }, ["u2", null]]).images.length, 2);
  assert.equal(h.cellOf("dataframe", { headers: ["a"], data: [[1, 2], [3, 4]] }).text, "1, 2; 3, 4");
  assert.equal(h.cellOf("number", null).text, "");
});

test("a function may return an index or a sample's values; anything else is refused", () => {
  const props = { samples: [["a", 1], ["b", 2]] };
  assert.equal(h.toWire(1, props), 1);
  assert.equal(h.toWire(["b", 2], props), 1);
  assert.equal(h.toWire(["zzz"], props), null);
  assert.equal(h.toWire(null, props), null);
  assert.throws(() => h.toWire("b", props), /Dataset expects a sample index \(int\) or a sample's values \(list\), got "b"/);
  assert.deepEqual(dataset.edge.output({ __type__: "update", samples: [["c"]] }, props), { __type__: "update", samples: [["c"]] });
});
