// gr.Dataframe in the page: Gradio's DOM names and test ids, the virtual body (a 100,000-row
// table keeps few row elements), selecting and editing with Gradio's keys and EventData,
// sorting, search/filter, CSV/TSV import, sanitised Markdown/HTML cells, and the value edges.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import * as h from "../../js-shim/components/dataframe/helpers.js";

installDom();
const { default: dataframe } = await import("../../js-shim/components/dataframe/index.js");

const copied = [];
Object.defineProperty(globalThis, "navigator", { configurable: true, value: { clipboard: { writeText: async (t) => copied.push(t) } } });

const table = (data, headers) => ({ headers, data, metadata: null });
const people = () => table([["Ada", 36], ["Grace", 85], ["Alan", 41]], ["name", "age"]);
const tick = () => new Promise((r) => setTimeout(r, 5));
const cell = (el, r, c) => el.querySelector(`[data-testid="cell-${r}-${c}"]`);
const rowIds = (el) => [...el.querySelectorAll(".virtual-body .virtual-row")].map((row) => row.querySelector(".body-cell").dataset.row);
function fire(target, type, init = {}) {
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.assign(e, { shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...init });
  target.dispatchEvent(e);
  return e;
}
const key = (target, k, init = {}) => fire(target, "keydown", { key: k, ...init });
const grid = (el) => el.querySelector(".table-wrap");
const editorOf = (el) => el.querySelector('textarea[aria-label="Edit cell"]');
const events = (ctx, name) => ctx.calls.filter(([kind, e]) => kind === "emit" && e === name).map(([, , d]) => d);
const values = (ctx) => ctx.calls.filter(([kind]) => kind === "setValue").map(([, v]) => v);

// ---- helpers: value shapes ----

test("a function's 2-D array becomes Gradio's {headers, data} with headers numbered from 1", () => {
  assert.deepEqual(h.outputValue([[1, 2], [3, 4]]), { headers: ["1", "2"], data: [[1, 2], [3, 4]] });
  assert.deepEqual(h.outputValue([[1, 2]], { headers: ["x", "y"] }), { headers: ["x", "y"], data: [[1, 2]] });
  assert.deepEqual(h.outputValue([5, 6]), { headers: ["1"], data: [[5], [6]] }, "a list of values is one column");
});

test("{headers, data} and {data, headers, metadata} are kept, metadata included", () => {
  const meta = { display_value: [["one"]], styling: [["color: red"]] };
  assert.deepEqual(h.outputValue({ headers: ["a"], data: [[1]], metadata: meta }), { headers: ["a"], data: [[1]], metadata: meta });
  assert.deepEqual(h.outputValue({ data: [[1, 2]] }, { headers: ["p"] }), { headers: ["p", "2"], data: [[1, 2]] });
});

test("rows shorter than the table are padded with null, as pandas pads with NaN", () => {
  assert.deepEqual(h.outputValue({ headers: ["a", "b", "c"], data: [[1], [2, 3], [4, 5, 6]] }).data, [[1, null, null], [2, 3, null], [4, 5, 6]]);
  assert.deepEqual(h.outputValue([[1], [2, 3]]).data, [[1, null], [2, 3]]);
});

test("cells JSON cannot carry become null (NaN, undefined, Infinity) and Dates ISO strings", () => {
  const out = h.outputValue([[NaN, undefined, Infinity, new Date("2024-05-01T00:00:00Z"), 7n]]);
  assert.deepEqual(out.data, [[null, null, null, "2024-05-01T00:00:00.000Z", 7]]);
});

test("a value of another shape is refused naming what the Dataframe expects", () => {
  assert.throws(() => h.outputValue("a.csv"), /^Error: Dataframe expects a 2-D array or \{headers, data\}, got "a.csv"$/);
  assert.throws(() => h.outputValue({ rows: [] }), /Dataframe expects a 2-D array or \{headers, data\}, got \{"rows":\[\]\}/);
  assert.throws(() => h.outputValue([[1], 2]), /row 1 is 2, not a list/);
  assert.throws(() => h.outputValue({ headers: ["a"], data: [[1, 2]] }), /at most 1 cells \(one per header\), row 0 has 2/);
  assert.throws(() => h.outputValue({ headers: "a", data: [] }), /headers must be a list/);
  assert.equal(h.outputValue(null), null);
});

test("a page function receives {headers, data} for pandas/polars and the rows for array/numpy", () => {
  const v = { headers: ["a"], data: [[1], [2]], metadata: null };
  assert.deepEqual(h.argumentValue(v, {}), { headers: ["a"], data: [[1], [2]] });
  assert.deepEqual(h.argumentValue(v, { type: "polars" }), { headers: ["a"], data: [[1], [2]] });
  assert.deepEqual(h.argumentValue(v, { type: "array" }), [[1], [2]]);
  assert.deepEqual(h.argumentValue([[1], [2]], { type: "numpy" }), [[1], [2]], "the core's preprocessed rows pass through");
  assert.equal(h.argumentValue(null, {}), null);
});

test("the edge refuses a wrong output and gives each type its argument", () => {
  assert.throws(() => dataframe.edge.output(42, {}), /Dataframe expects a 2-D array or \{headers, data\}, got 42/);
  assert.deepEqual(dataframe.edge.output([[1, 2], [3]], { headers: ["a", "b"] }), { headers: ["a", "b"], data: [[1, 2], [3, null]] });
  assert.deepEqual(dataframe.edge.argument(people(), { type: "array" }), people().data);
  assert.match(dataframe.receives, /\{headers, data\} \(type pandas\/polars\); the rows \(type array\/numpy\)/);
});

// ---- helpers: sorting, search, text ----

test("number columns sort numerically, descending reverses, empty cells stay last", () => {
  const data = [[10], [9], [null], [100], [""]];
  const types = ["number"];
  assert.deepEqual(h.viewOrder(data, { sort: { col: 0, direction: "asc" }, types }), [1, 0, 3, 2, 4]);
  assert.deepEqual(h.viewOrder(data, { sort: { col: 0, direction: "desc" }, types }), [3, 0, 1, 2, 4]);
  assert.deepEqual(h.viewOrder([["b"], ["a"], ["b"], ["C"]], { sort: { col: 0, direction: "asc" }, types: ["str"] }), [3, 1, 0, 2], "stable, code-unit order as Gradio compares");
  assert.equal(h.viewOrder(data, {}), null, "no sort and no search: the rows as they are");
});

test("a header click cycles ascending, descending, unsorted", () => {
  let s = h.nextSort(null, 1);
  assert.deepEqual(s, { col: 1, direction: "asc" });
  s = h.nextSort(s, 1);
  assert.deepEqual(s, { col: 1, direction: "desc" });
  assert.equal(h.nextSort(s, 1), null);
  assert.deepEqual(h.nextSort(s, 0), { col: 0, direction: "asc" });
});

test("search keeps rows with the text in any cell, case-insensitively", () => {
  const data = [["Ada", 36], ["Grace", 85], ["alan", 41]];
  assert.deepEqual(h.viewOrder(data, { query: "a", types: ["str", "number"] }), [0, 1, 2]);
  assert.deepEqual(h.viewOrder(data, { query: "AL", types: ["str", "number"] }), [2]);
  assert.deepEqual(h.viewOrder(data, { query: "85", types: ["str", "number"] }), [1]);
});

test("typed text is coerced by the column's datatype; invalid numbers are refused", () => {
  assert.deepEqual(h.coerceInput("42", "number"), { ok: true, value: 42 });
  assert.deepEqual(h.coerceInput(" -1.5e3 ", "number"), { ok: true, value: -1500 });
  assert.deepEqual(h.coerceInput("", "number"), { ok: true, value: null });
  assert.equal(h.coerceInput("abc", "number").ok, false);
  assert.deepEqual(h.coerceInput("True", "bool"), { ok: true, value: true });
  assert.equal(h.coerceInput("2024-13-45", "date").ok, false);
  assert.deepEqual(h.coerceInput("x,y", "str"), { ok: true, value: "x,y" });
});

test("date cells show a bare date as it is and other dates as ISO 8601", () => {
  assert.equal(h.cellText("2024-05-01", "date"), "2024-05-01");
  assert.equal(h.cellText(Date.UTC(2024, 4, 1), "date"), "2024-05-01");
  assert.equal(h.cellText("2024-05-01T10:30:00Z", "date"), "2024-05-01T10:30:00Z");
  assert.equal(h.cellText("soon", "date"), "soon");
  assert.equal(h.truncate("abcdefgh", 3, "str"), "abc...");
});

test("datatype lists follow the columns by header name, and auto reads numbers and booleans from the values", () => {
  assert.deepEqual(h.columnTypes(["str", "number"], ["age", "name"], ["name", "age"]), ["number", "str"]);
  assert.deepEqual(h.columnTypes("number", ["a", "b"]), ["number", "number"]);
  assert.deepEqual(h.columnTypes(["bogus"], ["a", "b"]), ["str", "str"]);
  assert.deepEqual(h.columnTypes("auto", ["n", "b", "s"], null, [[1, true, "x"], [2.5, false, 3]]), ["number", "bool", "str"]);
});

test("CSV and TSV are told apart and parsed with quoted fields; anything else is refused", () => {
  assert.equal(h.guessDelimiter("a,b\n1,2\n"), ",");
  assert.equal(h.guessDelimiter("a\tb\n1\t2"), "\t");
  assert.equal(h.guessDelimiter("just text\nmore"), null);
  assert.deepEqual(h.parseDsv('a,"b ""q"", c"\r\n1,"x\ny"\n'), [["a", 'b "q", c'], ["1", "x\ny"]]);
  assert.deepEqual(h.parseTable("name,age\nAda,36\nAlan,\n", { types: ["str", "number"] }), { headers: ["name", "age"], data: [["Ada", 36], ["Alan", ""]] });
  assert.deepEqual(h.parseTable("a,b,c\n1,2,3", { fixedCols: 2 }), { headers: ["a", "b"], data: [["1", "2"]] });
  assert.equal(h.parseTable("hello"), null);
});

test("copying quotes fields with commas, quotes or newlines, as Gradio's copy_table_data", () => {
  const data = [["a,b", 'say "hi"'], ["line\nbreak", 3]];
  assert.equal(h.copyText(data), '"a,b","say ""hi"""\n"line\nbreak",3');
  assert.equal(h.copyText(data, [[1, 1]]), "3");
});

test("the window covers the viewport plus the overscan and stops at the last row", () => {
  assert.deepEqual(h.visibleRange({ scrollTop: 0, viewportHeight: 350, rowHeight: 35, count: 100000, overscan: 10 }), { start: 0, end: 21 });
  const end = h.visibleRange({ scrollTop: 35 * 100000 - 350, viewportHeight: 350, rowHeight: 35, count: 100000, overscan: 10 });
  assert.equal(end.end, 100000);
  assert.ok(end.end - end.start < 40);
  assert.deepEqual(h.visibleRange({ scrollTop: 0, viewportHeight: 0, rowHeight: 35, count: 0 }), { start: 0, end: 0 });
});

test("styling keeps harmless declarations and image sources refuse script URLs", () => {
  assert.equal(h.safeStyle("background-color: yellow; background: url(http://x/y.png); color: red"), "background-color: yellow; color: red");
  assert.equal(h.safeStyle("x</style><script>"), "");
  assert.equal(h.imageSource("javascript:alert(1)"), null);
  assert.equal(h.imageSource("data:text/html,<script>"), null);
  assert.equal(h.imageSource({ url: "blob:http://x/1", path: "p" }), "blob:http://x/1");
  assert.equal(h.imageSource("cat.png"), "cat.png");
});

// ---- the component ----

test("the table is drawn with Gradio's names: toolbar, grid, header cells and body cells with test ids", () => {
  const { el } = mount(dataframe, { value: people(), label: "People", show_search: "search" });
  assert.ok(el.classList.contains("graft-dataframe"));
  assert.equal(el.querySelector(".header-row .label p").textContent, "People");
  const toolbar = el.querySelector('[role="toolbar"][aria-label="Table actions"]');
  assert.ok(toolbar);
  assert.equal(toolbar.querySelector("input.search-input").placeholder, "Search...");
  assert.ok(toolbar.querySelector('button[aria-label="Copy table data"]'));
  assert.ok(toolbar.querySelector('button[aria-label="Fullscreen"]'));
  assert.equal(el.querySelector("div.table-wrap").getAttribute("role"), "grid");
  const ths = [...el.querySelectorAll("table.header-table th.header-cell")];
  assert.deepEqual(ths.map((th) => [th.dataset.heading, th.title]), [["0", "name"], ["1", "age"]]);
  const rows = el.querySelectorAll("div.virtual-body > div.virtual-row");
  assert.deepEqual([...rows].map((r) => r.dataset.index), ["0", "1", "2"]);
  const c = cell(el, 1, 0);
  assert.equal(c.className.split(" ")[0], "body-cell");
  assert.deepEqual([c.dataset.row, c.dataset.col, c.textContent], ["1", "0", "Grace"]);
});

test("without label, search or buttons the header row is hidden; show_search filter says Filter...", () => {
  const bare = mount(dataframe, { value: people(), buttons: [] }).el;
  assert.equal(bare.querySelector(".header-row").hidden, true);
  const filter = mount(dataframe, { value: people(), show_search: "filter" }).el;
  assert.equal(filter.querySelector("input.search-input").placeholder, "Filter...");
});

test("a 100,000-row table keeps fewer than 200 row elements and shows its last row when scrolled to the end", async () => {
  const data = Array.from({ length: 100000 }, (_, i) => [i, `row ${i}`]);
  const { el } = mount(dataframe, { value: table(data, ["n", "text"]), datatype: ["number", "str"] });
  const viewport = el.querySelector(".virtual-table-viewport");
  assert.ok(el.querySelectorAll(".virtual-row").length < 200);
  assert.equal(el.querySelector(".virtual-body").style.minHeight, `${100000 * 36}px`, "the body stands in for every row");
  viewport.scrollTop = 100000 * 36;
  fire(viewport, "scroll");
  await tick();
  assert.ok(cell(el, 99999, 1), "the last row is drawn");
  assert.equal(cell(el, 99999, 1).textContent, "row 99999");
  assert.ok(el.querySelectorAll(".virtual-row").length < 200);
  assert.equal(cell(el, 0, 0), null, "rows scrolled away are gone");
});

test("clicking a cell selects it and fires select with Gradio's SelectData, even when not interactive", () => {
  for (const interactive of [true, false]) {
    const { el, ctx } = mount(dataframe, { value: people(), interactive });
    fire(cell(el, 1, 1), "mousedown");
    assert.deepEqual(events(ctx, "select"), [{ index: [1, 1], value: 85, row_value: ["Grace", 85], col_value: [36, 85, 41] }]);
    assert.ok(cell(el, 1, 1).classList.contains("selected"));
    assert.equal(cell(el, 1, 1).getAttribute("aria-selected"), "true");
    assert.equal(values(ctx).length, 0, "a click does not edit");
  }
});

test("double-click opens the Edit cell editor; Enter commits the full value, fires edit and moves down", () => {
  const { el, ctx } = mount(dataframe, { value: people() });
  fire(cell(el, 0, 0), "mousedown");
  fire(cell(el, 0, 0), "dblclick");
  const editor = editorOf(el);
  assert.equal(editor.value, "Ada");
  editor.value = "Ada L.";
  key(editor, "Enter");
  assert.equal(editorOf(el), null);
  assert.deepEqual(values(ctx), [{ headers: ["name", "age"], data: [["Ada L.", 36], ["Grace", 85], ["Alan", 41]], metadata: null }]);
  assert.deepEqual(events(ctx, "edit"), [{ index: [0, 0], value: "Ada L.", previous_value: "Ada" }]);
  assert.equal(cell(el, 0, 0).textContent, "Ada L.");
  assert.ok(cell(el, 1, 0).classList.contains("selected"), "Enter moved the selection down");
});

test("Enter or a printable key on a selected cell opens the editor; the key starts the new text", () => {
  const { el } = mount(dataframe, { value: people() });
  fire(cell(el, 2, 0), "mousedown");
  key(grid(el), "Enter");
  assert.equal(editorOf(el).value, "Alan");
  key(editorOf(el), "Escape");
  key(grid(el), "Z");
  assert.equal(editorOf(el).value, "Z");
  assert.ok(cell(el, 2, 0).contains(editorOf(el)));
});

test("Escape cancels an edit without firing anything", () => {
  const { el, ctx } = mount(dataframe, { value: people() });
  fire(cell(el, 0, 0), "dblclick");
  editorOf(el).value = "changed";
  key(editorOf(el), "Escape");
  assert.equal(editorOf(el), null);
  assert.equal(values(ctx).length, 0);
  assert.equal(cell(el, 0, 0).textContent, "Ada");
});

test("blur commits the edit, and an unchanged cell fires nothing", () => {
  const { el, ctx } = mount(dataframe, { value: people() });
  fire(cell(el, 1, 0), "dblclick");
  fire(editorOf(el), "blur");
  assert.equal(values(ctx).length, 0);
  fire(cell(el, 1, 0), "dblclick");
  editorOf(el).value = "G";
  fire(editorOf(el), "blur");
  assert.deepEqual(events(ctx, "edit"), [{ index: [1, 0], value: "G", previous_value: "Grace" }]);
});

test("a number column stores typed numbers and keeps invalid text open, marked aria-invalid", () => {
  const { el, ctx } = mount(dataframe, { value: people(), datatype: ["str", "number"] });
  fire(cell(el, 0, 1), "dblclick");
  editorOf(el).value = "abc";
  key(editorOf(el), "Enter");
  assert.ok(editorOf(el), "the editor stays open");
  assert.equal(editorOf(el).getAttribute("aria-invalid"), "true");
  assert.equal(values(ctx).length, 0);
  editorOf(el).value = "37";
  key(editorOf(el), "Enter");
  assert.equal(values(ctx)[0].data[0][1], 37);
  assert.deepEqual(events(ctx, "edit"), [{ index: [0, 1], value: 37, previous_value: 36 }]);
});

test("Tab commits and keeps editing in the next cell to the right", () => {
  const { el, ctx } = mount(dataframe, { value: people() });
  fire(cell(el, 0, 0), "mousedown");
  fire(cell(el, 0, 0), "dblclick");
  const first = editorOf(el);
  first.value = "A";
  key(first, "Tab");
  assert.equal(values(ctx).length, 1);
  assert.ok(cell(el, 0, 1).contains(editorOf(el)));
  assert.equal(editorOf(el).value, "36");
  // Each edit has its own textarea, whose listeners go when it closes: the first one's Enter
  // would commit the editor now open in the next cell.
  editorOf(el).value = "37";
  key(first, "Enter");
  assert.equal(values(ctx).length, 1);
  assert.ok(cell(el, 0, 1).contains(editorOf(el)));
});

test("arrow keys move the selection and Delete empties the selected cells without an edit event", () => {
  const { el, ctx } = mount(dataframe, { value: people(), datatype: ["str", "number"] });
  fire(cell(el, 0, 0), "mousedown");
  key(grid(el), "ArrowRight");
  key(grid(el), "ArrowDown");
  assert.ok(cell(el, 1, 1).classList.contains("selected"));
  fire(cell(el, 1, 0), "mousedown", { shiftKey: true });
  key(grid(el), "Delete");
  assert.deepEqual(values(ctx)[0].data, [["Ada", 36], ["", null], ["Alan", 41]]);
  assert.deepEqual(events(ctx, "edit"), []);
});

test("Ctrl+C copies the selected cell and Copy table data copies the table as CSV", async () => {
  copied.length = 0;
  const { el } = mount(dataframe, { value: people() });
  fire(cell(el, 1, 0), "mousedown");
  key(grid(el), "c", { ctrlKey: true });
  el.querySelector('button[aria-label="Copy table data"]').click();
  await tick();
  assert.deepEqual(copied, ["Grace", "Ada,36\nGrace,85\nAlan,41"]);
  assert.ok(el.querySelector('button[aria-label="Copied to clipboard"]'));
});

test("static columns and non-interactive tables open no editor and offer no Add row", () => {
  const fixed = mount(dataframe, { value: people(), static_columns: [0] });
  fire(cell(fixed.el, 0, 0), "dblclick");
  assert.equal(editorOf(fixed.el), null);
  fire(cell(fixed.el, 0, 1), "dblclick");
  assert.ok(editorOf(fixed.el), "other columns still edit");
  const off = mount(dataframe, { value: people(), interactive: false });
  fire(cell(off.el, 0, 1), "dblclick");
  fire(cell(off.el, 0, 1), "mousedown");
  key(grid(off.el), "x");
  key(grid(off.el), "Delete");
  assert.equal(editorOf(off.el), null);
  assert.equal(values(off.ctx).length, 0);
  assert.equal(off.el.querySelector('button[aria-label="Add row"]').hidden, true);
});

test("Add row appears only for a dynamic row count and appends an empty row", () => {
  assert.equal(mount(dataframe, { value: people(), row_count: [3, "fixed"] }).el.querySelector('[aria-label="Add row"]').hidden, true);
  const { el, ctx } = mount(dataframe, { value: people(), row_count: 3, datatype: ["str", "number"] });
  const add = el.querySelector('button[aria-label="Add row"]');
  assert.equal(add.hidden, false);
  add.click();
  assert.deepEqual(values(ctx)[0].data.at(-1), ["", null]);
  assert.ok(cell(el, 3, 0), "the new row is drawn");
});

test("clicking a header sorts ascending, descending, then unsorted; numbers sort numerically", () => {
  const value = table([["a", 10], ["b", 9], ["c", 100]], ["k", "n"]);
  const { el, ctx } = mount(dataframe, { value, datatype: ["str", "number"] });
  const th = () => el.querySelector('th.header-cell[data-heading="1"]');
  th().click();
  assert.deepEqual(rowIds(el), ["1", "0", "2"]);
  assert.equal(th().getAttribute("aria-sort"), "ascending");
  assert.ok(th().querySelector('[aria-label="Sorted ascending"]'));
  th().click();
  assert.deepEqual(rowIds(el), ["2", "0", "1"]);
  assert.ok(th().querySelector('[aria-label="Sorted descending"]'));
  th().click();
  assert.deepEqual(rowIds(el), ["0", "1", "2"]);
  assert.equal(th().getAttribute("aria-sort"), "none");
  assert.equal(values(ctx).length, 0, "sorting changes the view, not the value");
});

test("in a sorted table the test ids and EventData name the value's rows, and Enter moves down the view", () => {
  const value = table([["a", 10], ["b", 9], ["c", 100]], ["k", "n"]);
  const { el, ctx } = mount(dataframe, { value, datatype: ["str", "number"] });
  el.querySelector('th.header-cell[data-heading="1"]').click();
  fire(cell(el, 1, 0), "mousedown"); // "b", 9: first in view
  assert.deepEqual(events(ctx, "select")[0].index, [1, 0]);
  key(grid(el), "Enter");
  editorOf(el).value = "B";
  key(editorOf(el), "Enter");
  assert.deepEqual(events(ctx, "edit")[0].index, [1, 0]);
  assert.ok(cell(el, 0, 0).classList.contains("selected"), "the next row in view is the value's row 0");
});

test("search shows only matching rows; filter mode's check button makes them the value", () => {
  const { el, ctx } = mount(dataframe, { value: people(), show_search: "filter" });
  const input = el.querySelector("input.search-input");
  const apply = el.querySelector('button[aria-label="Apply filter and update dataframe values"]');
  assert.equal(apply.hidden, true);
  input.value = "al";
  fire(input, "input");
  assert.deepEqual(rowIds(el), ["2"]);
  assert.equal(apply.hidden, false);
  assert.equal(values(ctx).length, 0, "searching does not change the value");
  apply.click();
  assert.deepEqual(values(ctx)[0], { headers: ["name", "age"], data: [["Alan", 41]], metadata: null });
  assert.equal(input.value, "");
  assert.deepEqual(rowIds(el), ["0"]);
});

test("a new value from a function is drawn without firing any event", () => {
  const { el, ctx, patch } = mount(dataframe, { value: people() });
  patch({ value: table([["Linus", 55]], ["name", "age"]) });
  assert.equal(cell(el, 0, 0).textContent, "Linus");
  assert.equal(el.querySelectorAll(".virtual-row").length, 1);
  patch({ value: [[1, 2, 3]] });
  assert.deepEqual([...el.querySelectorAll("th.header-cell")].map((t) => t.title), ["1", "2", "3"]);
  assert.deepEqual(ctx.calls, []);
});

test("bool columns draw named checkboxes whose toggle commits the value and fires edit", () => {
  const { el, ctx } = mount(dataframe, { value: table([["x", true], ["y", false]], ["k", "done"]), datatype: ["str", "bool"] });
  const box = cell(el, 1, 1).querySelector('input[type="checkbox"]');
  assert.equal(box.getAttribute("aria-label"), "done, row 2");
  assert.equal(box.checked, false);
  box.checked = true;
  fire(box, "change");
  assert.deepEqual(values(ctx)[0].data, [["x", true], ["y", true]]);
  assert.deepEqual(events(ctx, "edit"), [{ index: [1, 1], value: true, previous_value: false }]);
  const off = mount(dataframe, { value: table([[true]], ["b"]), datatype: "bool", interactive: false });
  assert.equal(cell(off.el, 0, 0).querySelector("input").disabled, true);
});

test("Markdown and HTML cells are rendered through the sanitiser, never as raw markup", async () => {
  const value = table([["**bold** <img src=x onerror=alert(1)>", "<b>hi</b><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>"]], ["md", "html"]);
  const { el } = mount(dataframe, { value, datatype: ["markdown", "html"] });
  for (let i = 0; i < 100 && !cell(el, 0, 1).querySelector("b"); i++) await tick();
  const md = cell(el, 0, 0);
  assert.ok(md.querySelector("strong"));
  assert.equal(md.querySelector("[onerror]"), null);
  const html = cell(el, 0, 1);
  assert.ok(html.querySelector("b"));
  assert.equal(html.querySelector("script"), null);
  assert.equal(html.querySelector("a").getAttribute("href"), null);
});

test("image cells show an <img> with alt text for a URL or FileData, and nothing for a script URL", () => {
  const value = table([["cat.png", { url: "blob:x/1", orig_name: "dog.png" }, "javascript:alert(1)"]], ["a", "b", "c"]);
  const { el } = mount(dataframe, { value, datatype: "image" });
  assert.deepEqual([cell(el, 0, 0).querySelector("img").getAttribute("src"), cell(el, 0, 0).querySelector("img").alt], ["cat.png", "a, row 1"]);
  assert.equal(cell(el, 0, 1).querySelector("img").alt, "dog.png");
  assert.equal(cell(el, 0, 2).querySelector("img"), null);
});

test("row numbers, pinned columns and column widths are drawn as asked", () => {
  const { el } = mount(dataframe, { value: people(), show_row_numbers: true, pinned_columns: 1, column_widths: [120, "30%"] });
  assert.deepEqual([...el.querySelectorAll(".row-number-cell")].map((n) => n.textContent), ["1", "2", "3"]);
  assert.ok(cell(el, 0, 0).classList.contains("pinned-column"));
  assert.ok(!cell(el, 0, 1).classList.contains("pinned-column"));
  assert.equal(el.querySelector('th[data-heading="0"]').style.width, "120px");
  assert.match(cell(el, 0, 1).style.width, /var\(--df-vw, 800px\) \* 0\.3/);
});

test("metadata display_value is shown when not interactive, and styling is applied safely", () => {
  const value = { headers: ["p"], data: [[0.123456]], metadata: { display_value: [["12.3%"]], styling: [["color: red; background: url(http://evil/x)"]] } };
  const { el } = mount(dataframe, { value, interactive: false });
  assert.equal(cell(el, 0, 0).textContent, "12.3%");
  assert.match(cell(el, 0, 0).getAttribute("style"), /color: ?red/);
  assert.doesNotMatch(cell(el, 0, 0).getAttribute("style"), /url/);
  const editable = mount(dataframe, { value }).el;
  assert.equal(cell(editable, 0, 0).textContent, "0.123456");
});

test("a CSV dropped on an interactive table replaces its data; other files get Gradio's error toast", async () => {
  const { el, ctx } = mount(dataframe, { value: people(), datatype: ["str", "number"] });
  const drop = (text) => fire(grid(el), "drop", { dataTransfer: { files: [{ name: "f.csv", text: async () => text }] } });
  drop("name,age\nLinus,55\n");
  await tick();
  assert.deepEqual(values(ctx)[0], { headers: ["name", "age"], data: [["Linus", 55]], metadata: null });
  assert.equal(cell(el, 0, 0).textContent, "Linus");
  drop("not a table");
  await tick();
  assert.deepEqual(ctx.calls.at(-1), ["toast", { level: "error", title: "Error", message: "Incorrect format, only CSV and TSV files are supported" }]);
  const picker = el.querySelector('input[type="file"][data-testid="file-upload"]');
  Object.defineProperty(picker, "files", { configurable: true, value: [{ name: "g.tsv", text: async () => "a\tb\nx\ty" }] });
  fire(picker, "change");
  await tick();
  assert.deepEqual(values(ctx).at(-1).data, [["x", "y"]], "files set on Gradio's hidden input are imported too");
  const off = mount(dataframe, { value: people(), interactive: false });
  fire(grid(off.el), "drop", { dataTransfer: { files: [{ name: "f.csv", text: async () => "a,b\n1,2" }] } });
  await tick();
  assert.equal(values(off.ctx).length, 0);
});

test("Fullscreen toggles the fullscreen class and its name", () => {
  const { el } = mount(dataframe, { value: people() });
  el.querySelector('button[aria-label="Fullscreen"]').click();
  assert.ok(el.classList.contains("fullscreen"));
  el.querySelector('button[aria-label="Exit fullscreen mode"]').click();
  assert.ok(!el.classList.contains("fullscreen"));
});
