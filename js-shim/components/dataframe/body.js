// The Dataframe's scrolling part, as Gradio 6 draws it: div.virtual-table-viewport holding a
// sticky table.header-table (th.header-cell[data-heading][title]) and a virtualised
// div.virtual-body of div.virtual-row[data-index] > div.body-cell[data-row][data-col]
// [data-testid=cell-r-c]. Only the rows in view plus a margin exist: the row height is measured
// once, the body's height stands in for the rest, and scrolling redraws the window in a frame.
import { fillCell } from "./cells.js";
import { safeStyle, visibleRange } from "./helpers.js";

const OVERSCAN = 10;
const DEFAULT_ROW_HEIGHT = 36; // a one-line row (Gradio's --size-9), until a row is measured
const frame = (fn) => (typeof requestAnimationFrame === "function" ? requestAnimationFrame(fn) : setTimeout(fn, 0));
const cancelFrame = (id) => (typeof cancelAnimationFrame === "function" ? cancelAnimationFrame(id) : clearTimeout(id));

export function createBody(s, ctx, hooks) {
  const viewport = document.createElement("div");
  viewport.className = "virtual-table-viewport";
  const caption = document.createElement("span");
  caption.className = "sr-only";
  caption.setAttribute("aria-hidden", "true"); // Gradio's label span; the grid is already named by it
  const headerTable = document.createElement("table");
  headerTable.className = "header-table";
  // The header row belongs to the grid (table-wrap): the <table> itself is presentational.
  headerTable.setAttribute("role", "presentation");
  const thead = document.createElement("thead");
  thead.setAttribute("role", "rowgroup");
  const headRow = document.createElement("tr");
  headRow.setAttribute("role", "row");
  thead.append(headRow);
  headerTable.append(thead);
  const body = document.createElement("div");
  body.className = "virtual-body";
  body.setAttribute("role", "rowgroup");
  viewport.append(caption, headerTable, body);

  let rowHeight = DEFAULT_ROW_HEIGHT;
  let measured = false;
  let range = { start: 0, end: 0 };
  let pending = 0;
  const rows = new Map(); // view index -> div.virtual-row

  const count = () => (s.order ? s.order.length : s.table.data.length);
  const rowAt = (v) => (s.order ? s.order[v] : v);

  function headerCell(name, c) {
    const th = document.createElement("th");
    th.className = "header-cell";
    th.dataset.heading = String(c);
    th.title = name;
    th.tabIndex = 0;
    th.setAttribute("role", "columnheader");
    const sorted = s.sort?.col === c ? s.sort.direction : null;
    th.setAttribute("aria-sort", sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none");
    const wrap = document.createElement("div");
    wrap.className = "cell-wrap";
    const content = document.createElement("div");
    content.className = "header-content";
    const text = document.createElement("span");
    text.className = "header-text";
    text.textContent = name;
    content.append(text);
    if (sorted) {
      // Gradio's indicator: aria-label "Sorted ascending" / "Sorted descending".
      const icons = document.createElement("span");
      icons.className = "header-icons";
      const ind = document.createElement("span");
      ind.className = "sort-indicator";
      ind.setAttribute("aria-label", `Sorted ${sorted}ending`);
      ind.textContent = sorted === "asc" ? "▲" : "▼";
      icons.append(ind);
      content.append(icons);
    }
    wrap.append(content);
    th.append(wrap);
    sizeColumn(th, c);
    return th;
  }

  // Column c's width on a header or body cell; pinned columns stick at the left.
  function sizeColumn(el, c) {
    const w = s.widths[c];
    const last = c === s.table.headers.length - 1;
    el.style.flex = `${last ? 1 : 0} 0 ${w}`;
    el.style.width = w;
    el.style.minWidth = w;
    if (!last) el.style.maxWidth = w;
    if (c < s.pinned) {
      el.classList.add("pinned-column");
      el.style.left = s.pinLeft[c];
    }
  }

  function setHeaders() {
    caption.textContent = s.props.label ?? "";
    const cells = s.table.headers.map((h, c) => headerCell(h, c));
    if (s.props.show_row_numbers) {
      const th = document.createElement("th");
      th.className = "row-number-header";
      th.setAttribute("role", "columnheader");
      th.setAttribute("aria-label", "Row number");
      th.style.flex = `0 0 ${s.rowNumWidth}`;
      th.style.width = s.rowNumWidth;
      cells.unshift(th);
    }
    headRow.replaceChildren(...cells);
    headerTable.style.width = body.style.width = s.totalWidth;
  }

  function buildRow(v) {
    const r = rowAt(v);
    const data = s.table.data[r] ?? [];
    const row = document.createElement("div");
    row.className = v % 2 ? "virtual-row row-odd" : "virtual-row";
    row.dataset.index = String(v);
    row.setAttribute("role", "row");
    row.setAttribute("aria-rowindex", String(v + 2)); // the header row is 1
    if (s.props.show_row_numbers) {
      const num = document.createElement("div");
      num.className = "row-number-cell";
      num.dataset.row = String(r);
      num.dataset.col = "row-number";
      num.setAttribute("role", "rowheader");
      num.style.flex = `0 0 ${s.rowNumWidth}`;
      num.style.width = s.rowNumWidth;
      num.textContent = String(r + 1);
      row.append(num);
    }
    for (let c = 0; c < s.table.headers.length; c++) row.append(buildCell(r, c, data[c]));
    return row;
  }

  function buildCell(r, c, value) {
    const cell = document.createElement("div");
    cell.className = "body-cell";
    cell.dataset.row = String(r);
    cell.dataset.col = String(c);
    cell.dataset.testid = `cell-${r}-${c}`;
    cell.id = `${s.uid}-${r}-${c}`;
    cell.setAttribute("role", "gridcell");
    const style = safeStyle(s.table.metadata?.styling?.[r]?.[c]);
    if (style) cell.setAttribute("style", style);
    sizeColumn(cell, c);
    const editable = !s.isStatic(c);
    if (!editable) cell.classList.add("static");
    paintCell(cell, r, c);
    const display = s.props.interactive === false ? s.table.metadata?.display_value?.[r]?.[c] : undefined;
    fillCell(cell, {
      value, display: display == null ? null : String(display), dtype: s.types[c], editable,
      header: s.table.headers[c], row: r, options: s.cellOptions,
    });
    return cell;
  }

  function paintCell(cell, r, c) {
    const on = s.cells.some(([sr, sc]) => sr === r && sc === c);
    cell.classList.toggle("selected", on);
    cell.setAttribute("aria-selected", String(on));
  }

  function paintSelection() {
    for (const row of rows.values()) {
      for (const cell of row.querySelectorAll(".body-cell")) paintCell(cell, Number(cell.dataset.row), Number(cell.dataset.col));
    }
  }

  // The window for the current scroll position: rows leaving it are removed, rows entering it
  // are added at either end, and the rows that stay are left alone (an open editor keeps focus).
  function render() {
    pending = 0;
    const n = count();
    const offset = body.offsetTop || 0;
    const next = visibleRange({
      scrollTop: (Number(viewport.scrollTop) || 0) - offset,
      viewportHeight: viewport.clientHeight || s.maxHeightPx,
      rowHeight, count: n, overscan: OVERSCAN,
    });
    hooks.beforeWindow?.(next, rowAt);
    for (const [v, el] of rows) {
      if (v < next.start || v >= next.end) {
        el.remove();
        rows.delete(v);
      }
    }
    const first = body.firstChild;
    for (let v = next.start; v < next.end; v++) {
      if (rows.has(v)) continue;
      const el = buildRow(v);
      rows.set(v, el);
      if (v < range.start && first) body.insertBefore(el, first);
      else body.append(el);
    }
    // A new window wholly before the old one was inserted in order before `first`; one that
    // overlaps keeps DOM order because rows only join at the ends.
    range = next;
    body.style.paddingTop = `${next.start * rowHeight}px`;
    body.style.minHeight = `${n * rowHeight}px`;
    if (!measured && rows.size) measure();
  }

  function measure() {
    const el = rows.get(range.start);
    const h = el?.offsetHeight ?? 0;
    if (!(h > 0)) return; // not laid out (hidden tab, or no layout in Node): keep the estimate
    measured = true;
    if (Math.abs(h - rowHeight) < 0.5) return;
    rowHeight = h;
    render();
  }

  function schedule() {
    if (!pending) pending = frame(render);
  }

  // Drops every row (new data, sort, search, widths) and draws the window again, measuring
  // the row height once more.
  function reset() {
    for (const el of rows.values()) el.remove();
    rows.clear();
    range = { start: 0, end: 0 };
    measured = false;
    setHeaders();
    render();
  }

  const cell = (r, c) => viewport.querySelector(`.body-cell[data-row="${r}"][data-col="${c}"]`);

  function refreshCell(r, c) {
    const old = cell(r, c);
    if (old) old.replaceWith(buildCell(r, c, s.table.data[r]?.[c]));
  }

  // Scrolls so view row v is in sight (below the sticky header) and draws it now.
  function reveal(v) {
    const head = headerTable.offsetHeight || 0;
    const top = (body.offsetTop || 0) + v * rowHeight;
    const height = viewport.clientHeight || s.maxHeightPx;
    const scrolled = Number(viewport.scrollTop) || 0;
    if (top - head < scrolled) viewport.scrollTop = Math.max(0, top - head);
    else if (top + rowHeight > scrolled + height) viewport.scrollTop = top + rowHeight - height;
    render();
  }

  viewport.addEventListener("scroll", schedule, { signal: ctx.signal, passive: true });
  let observer = null;
  if (typeof ResizeObserver === "function") {
    // Percent column widths are shares of the viewport (--df-vw); a resize can show more rows.
    observer = new ResizeObserver(([entry]) => {
      viewport.style.setProperty("--df-vw", `${entry.contentRect.width}px`);
      schedule();
    });
    observer.observe(viewport);
  }

  return {
    el: viewport, body, headerTable, setHeaders, reset, render, schedule, refreshCell, cell, reveal, paintSelection,
    rowAt, count,
    get rowHeight() { return rowHeight; },
    destroy() {
      observer?.disconnect();
      if (pending) cancelFrame(pending);
    },
  };
}
