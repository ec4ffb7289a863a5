// gr.Dataframe in the page: Gradio 6's Block > div.table-container > header row (label,
// toolbar) > div.table-wrap[role=grid] holding the virtualised table (body.js), cell editing
// and keys (editor.js), header-click sorting, search/filter, CSV/TSV drop and "Add row".
// Values are Gradio's wire value {headers, data, metadata}; edits go through ctx.setValue.
import { applyBlock, block } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { createBody } from "./body.js";
import { createEditor } from "./editor.js";
import { createToolbar } from "./toolbar.js";
import { css } from "./style.js";
import * as h from "./helpers.js";

// Props that change what the table draws (any of them redraws the rows).
const DRAWN = ["value", "headers", "datatype", "col_count", "column_count", "column_widths", "show_row_numbers",
  "pinned_columns", "interactive", "static_columns", "wrap", "max_chars", "line_breaks", "latex_delimiters", "label"];

function create(props, ctx) {
  const el = block(props, { kind: "dataframe" });
  const container = document.createElement("div");
  container.className = "table-container";
  const s = {
    props, table: { headers: [], data: [], metadata: null }, types: [], order: null, sort: null, query: "",
    selected: null, cells: [], editing: null, widths: [], pinned: 0, pinLeft: [], rowNumWidth: "48px",
    totalWidth: "100%", uid: ctx.uid("df"), cellOptions: {}, maxHeightPx: 500, fullscreen: false,
    isStatic: (c) => h.isStaticColumn(s.props, c, s.table.headers[c]),
  };
  const view = { el, s, ctx };
  const wrap = document.createElement("div");
  wrap.className = "table-wrap";
  wrap.setAttribute("role", "grid");
  wrap.tabIndex = 0;
  const body = createBody(s, ctx, { beforeWindow: (range) => view.editor?.beforeWindow(range) });
  wrap.append(body.el);
  const addRow = Object.assign(document.createElement("button"), { type: "button", className: "add-row-button", textContent: "+" });
  addRow.setAttribute("aria-label", "Add row"); // Gradio's EmptyRowButton
  const toolbar = createToolbar(ctx, {
    onSearch: (q) => { s.query = q; redraw(view, { scroll: true }); },
    onApplyFilter: () => applyFilter(view),
    onCopy: () => view.editor.copy(s.cells.length > 1 ? s.cells : null),
    onFullscreen: () => setFullscreen(view, !s.fullscreen),
  });
  container.append(toolbar.el, wrap, addRow);
  el.append(container);
  Object.assign(view, { body, wrap, toolbar, addRow });
  view.editor = createEditor(s, ctx, body, wrap, (table, edit, opts) => change(view, table, edit, opts));

  const on = (target, type, fn) => target.addEventListener(type, fn, { signal: ctx.signal });
  // Header click (or Enter/Space on a focused header) sorts: ascending, descending, unsorted.
  const sortBy = (th) => {
    s.sort = h.nextSort(s.sort, Number(th.dataset.heading));
    redraw(view);
  };
  on(body.headerTable, "click", (e) => { const th = e.target.closest?.("th.header-cell"); if (th) sortBy(th); });
  on(body.headerTable, "keydown", (e) => {
    const th = e.target.closest?.("th.header-cell");
    if (!th || (e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    sortBy(th);
    body.headerTable.querySelector(`th[data-heading="${th.dataset.heading}"]`)?.focus();
  });
  on(addRow, "click", () => {
    change(view, h.withRow(s.table, s.types), null, { rows: true });
    const r = s.table.data.length - 1;
    const v = s.order ? s.order.indexOf(r) : r;
    if (v >= 0) body.reveal(v);
    view.editor.setSelected(r, 0);
    wrap.focus();
  });
  on(el, "keydown", (e) => { if (e.key === "Escape" && s.fullscreen && !s.editing) setFullscreen(view, false); });
  // A CSV or TSV file dropped on an interactive table replaces its data (Gradio's Upload
  // "Drop CSV or TSV files here to import data into dataframe").
  on(wrap, "dragover", (e) => {
    if (s.props.interactive === false) return;
    e.preventDefault();
    wrap.classList.add("dragging");
  });
  on(wrap, "dragleave", () => wrap.classList.remove("dragging"));
  // Gradio's Upload keeps a hidden file input (no click opens it; scripts set its files).
  const picker = document.createElement("input");
  Object.assign(picker, { type: "file", hidden: true, accept: ".csv,.tsv,text/csv,text/tab-separated-values" });
  picker.dataset.testid = "file-upload";
  picker.setAttribute("aria-label", "File upload");
  wrap.append(picker);
  on(picker, "change", () => {
    if (picker.files?.[0] && s.props.interactive !== false) importFile(view, picker.files[0]);
    picker.value = "";
  });
  on(wrap, "drop", (e) => {
    wrap.classList.remove("dragging");
    if (s.props.interactive === false) return;
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file) importFile(view, file);
  });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  const { el, s, body, toolbar, addRow, wrap } = view;
  const changed = changedIn(props, patch);
  applyBlock(el, props);
  el.classList.add("hide-container"); // Gradio's Dataframe Block has no container frame
  s.props = props;
  toolbar.update(props, s.fullscreen);
  wrap.setAttribute("aria-label", props.label || "Dataframe");
  if (props.interactive === false) wrap.removeAttribute("aria-description");
  else wrap.setAttribute("aria-description", "Drop CSV or TSV files here to import data into dataframe");
  if (changed("max_height")) {
    body.el.style.maxHeight = h.cssSize(props.max_height ?? 500);
    s.maxHeightPx = typeof props.max_height === "number" ? props.max_height : 500;
  }
  el.classList.toggle("wrap-cells", props.wrap === true);
  addRow.hidden = props.interactive === false || h.rowCount(props)[1] === "fixed";
  if (!DRAWN.some(changed)) return;
  if (changed("value") || changed("headers") || changed("col_count") || changed("column_count")) {
    view.editor.reset();
    s.table = h.tableOf(props.value, props);
  }
  redraw(view);
}

// Recomputes types, order and widths from s.table and s.props and draws the table again.
function redraw(view, { scroll = false } = {}) {
  const { s, body } = view;
  const { props, table } = s;
  s.types = h.columnTypes(props.datatype, table.headers, props.headers, table.data);
  if (s.sort && s.sort.col >= table.headers.length) s.sort = null;
  s.order = h.viewOrder(table.data, { sort: s.sort, query: s.query, types: s.types });
  const sample = (s.order ? s.order.slice(0, 50) : table.data.slice(0, 50).map((_, i) => i)).map((r) => table.data[r]);
  const widths = props.column_widths ?? [];
  s.widths = table.headers.map((name, c) => h.columnWidth(widths[c], [name, ...sample.map((row) => h.truncate(h.cellText(row[c], s.types[c]), props.max_chars, s.types[c]))]));
  s.rowNumWidth = props.show_row_numbers ? `max(48px, ${String(table.data.length).length + 2}ch)` : "0px";
  s.pinned = Math.max(0, Math.min(Number(props.pinned_columns) || 0, table.headers.length));
  const before = props.show_row_numbers ? [s.rowNumWidth] : [];
  s.pinLeft = table.headers.map((_, c) => `calc(${[...before, ...s.widths.slice(0, c)].join(" + ") || "0px"})`);
  s.totalWidth = `max(100%, calc(${[...before, ...s.widths].join(" + ") || "0px"}))`;
  s.cellOptions = { lineBreaks: props.line_breaks !== false, latexDelimiters: props.latex_delimiters, maxChars: props.max_chars };
  if (scroll) body.el.scrollTop = 0;
  body.reset();
  // The grid's size for assistive technology: only a window of its rows exists.
  view.wrap.setAttribute("aria-rowcount", String(body.count() + 1));
  view.wrap.setAttribute("aria-colcount", String(table.headers.length));
}

// A user edit: the core stores the value and fires input/change; edit fires with EditData.
function change(view, table, edit, { cells = [], rows = false, defer = false } = {}) {
  const { s, ctx, body } = view;
  s.table = table;
  ctx.setValue(h.wireValue(table));
  if (edit) ctx.emit("edit", edit);
  const draw = () => {
    if (rows || s.sort || s.query) redraw(view);
    else cells.forEach(([r, c]) => body.refreshCell(r, c));
  };
  if (defer) queueMicrotask(draw);
  else draw();
}

// Filter mode's check button: the rows the filter shows become the value (Gradio's commit_filter).
function applyFilter(view) {
  const { s, toolbar } = view;
  if (!s.query || !s.order) return;
  const data = s.order.map((r) => s.table.data[r]);
  s.query = "";
  toolbar.clear();
  view.editor.reset();
  change(view, { headers: s.table.headers, data, metadata: null }, null, { rows: true });
}

async function importFile(view, file) {
  const { s, ctx } = view;
  const fixed = h.colCount(s.props)[1] === "fixed" ? h.colCount(s.props)[0] : null;
  const table = h.parseTable(await file.text(), { types: s.types, fixedCols: fixed });
  if (!table) {
    ctx.toast({ level: "error", title: "Error", message: "Incorrect format, only CSV and TSV files are supported" });
    return;
  }
  view.editor.reset();
  change(view, { ...table, metadata: null }, null, { rows: true });
}

function setFullscreen(view, on) {
  view.s.fullscreen = on;
  view.el.classList.toggle("fullscreen", on);
  view.toolbar.update(view.s.props, on);
}

export default {
  // pandas and polars DataFrames have no JS equivalent: those types receive the same table
  // as Gradio's {headers, data}; numpy/array receive its rows, a 2-D array.
  receives: "{headers, data} (type pandas/polars); the rows (type array/numpy)",
  create,
  update,
  destroy: (view) => view.body.destroy(),
  css,
  edge: {
    argument: (value, props) => h.argumentValue(value, props),
    output: (value, props) => h.outputValue(value, props),
  },
};
