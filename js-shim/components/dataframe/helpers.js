// gr.Dataframe's pure logic (no DOM): value shapes in and out, column datatypes, sorting and
// searching as Gradio's table does, CSV/TSV parsing and copying, cell text by datatype, the
// virtual window and typed-text coercion. Node-tested (tests/shim/dataframe.test.mjs).

export const DATATYPES = ["str", "number", "bool", "date", "markdown", "html", "image"];
const EXPECTED = "Dataframe expects a 2-D array or {headers, data}";

export function shown(v) {
  let text;
  try {
    text = typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// [n, "fixed" | "dynamic"] from Gradio's row_count / col_count (a number is dynamic, as
// Gradio's __process_counts makes it; unset is dynamic). static_columns fix the columns.
export function countOf(count, fallback = 3) {
  if (Array.isArray(count)) return [Number(count[0]) || 0, count[1] === "fixed" ? "fixed" : "dynamic"];
  if (typeof count === "number") return [count, "dynamic"];
  return [fallback, "dynamic"];
}
export const rowCount = (props) => countOf(props.row_count, 1);
export function colCount(props) {
  const [n, kind] = countOf(props.col_count ?? props.column_count, 3);
  return [n, Array.isArray(props.static_columns) && props.static_columns.length ? "fixed" : kind];
}

const isRow = (r) => Array.isArray(r) || ArrayBuffer.isView(r);
const rowArray = (r) => (Array.isArray(r) ? r : Array.from(r));

// One cell as JSON can carry it: undefined/NaN/±Infinity are null (pandas' NaN → null on the
// wire), Dates are ISO strings, BigInts numbers.
export function jsonCell(v) {
  if (v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  return v;
}

// The numbers pandas would not give but Gradio's config does: "1", "2", … for unnamed columns.
const numbered = (from, to) => Array.from({ length: Math.max(0, to - from) }, (_, i) => String(from + i + 1));

// What a function returned → Gradio's wire value {headers, data, metadata?}. A 2-D array, a
// list of values (one column, as pandas makes it) or {headers?, data, metadata?}; rows shorter
// than the table are padded with null (pandas pads with NaN, sent as null); anything else throws
// naming what was expected.
export function outputValue(value, props = {}) {
  if (value == null) return null;
  let data;
  let headers = null;
  let metadata;
  if (Array.isArray(value)) data = value;
  else if (typeof value === "object" && !ArrayBuffer.isView(value) && Array.isArray(value.data)) {
    data = value.data;
    if (value.headers != null) {
      if (!Array.isArray(value.headers)) throw new Error(`${EXPECTED}; headers must be a list, got ${shown(value.headers)}`);
      headers = value.headers.map((h) => (h == null ? "" : String(h)));
    }
    if (value.metadata != null) metadata = value.metadata;
  } else throw new Error(`${EXPECTED}, got ${shown(value)}`);

  const rowsGiven = data.some(isRow);
  if (rowsGiven && !data.every(isRow)) {
    const i = data.findIndex((r) => !isRow(r));
    throw new Error(`${EXPECTED}; row ${i} is ${shown(data[i])}, not a list`);
  }
  let rows = rowsGiven ? data.map(rowArray) : data.map((v) => [v]);
  const longest = rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (headers && headers.length && longest > headers.length) {
    const i = rows.findIndex((r) => r.length > headers.length);
    throw new Error(`Dataframe expects rows of at most ${headers.length} cells (one per header), row ${i} has ${rows[i].length}`);
  }
  if (!headers) {
    const named = Array.isArray(props.headers) ? props.headers.map((h) => String(h ?? "")) : [];
    headers = named.length ? [...named, ...numbered(named.length, longest)] : numbered(0, longest);
  }
  const width = Math.max(headers.length, longest);
  // Rows already of the table's width with JSON cells are kept as they are (100,000 rows
  // are not copied); others are copied, converted and padded.
  rows = rows.map((r) => {
    if (r.length === width && r.every((v) => jsonCell(v) === v)) return r;
    const out = r.map(jsonCell);
    while (out.length < width) out.push(null);
    return out;
  });
  const result = { headers, data: rows };
  if (metadata !== undefined) result.metadata = metadata;
  return result;
}

// A value however it arrives (the wire value, or a config/builder value still in a function's
// shape) → {headers, data, metadata} for drawing, without throwing: a bad value draws empty.
// Fixed column counts pad the headers as Gradio's table does ("3", "4", …, 0-based).
export function tableOf(value, props = {}) {
  // Gradio's empty value is data [[]]: a table with no rows.
  const rows = Array.isArray(value) ? value : value?.data;
  const empty = Array.isArray(rows) && rows.length === 1 && Array.isArray(rows[0]) && rows[0].length === 0;
  let table;
  try {
    table = outputValue(empty ? { ...(Array.isArray(value) ? {} : value), data: [] } : value, props) ?? { headers: [], data: [] };
  } catch {
    table = { headers: [], data: [] };
  }
  let headers = table.headers;
  if (!headers.length && Array.isArray(props.headers)) headers = props.headers.map((h) => String(h ?? ""));
  const [n, kind] = colCount(props);
  if (kind === "fixed" && headers.length < n) headers = [...headers, ...Array.from({ length: n - headers.length }, (_, i) => String(headers.length + i))];
  return { headers, data: table.data, metadata: table.metadata ?? null };
}

// What a page function receives, by `type`: pandas/polars have no JS equivalent, so they get
// the same table as {headers, data}; numpy/array get the rows (Gradio's list of lists).
export function argumentValue(value, props = {}) {
  if (value == null) return null;
  const rows = Array.isArray(value) ? value : Array.isArray(value?.data) ? value.data : [];
  if (props.type === "array" || props.type === "numpy") return rows;
  const headers = !Array.isArray(value) && Array.isArray(value.headers)
    ? value.headers
    : tableOf(value, props).headers;
  return { headers, data: rows };
}

// Datatype of each column: one string for all, or a per-column list aligned by header name
// when the value's headers differ from the config's (Gradio's aligned_datatype). "auto" reads
// the first rows as Gradio's set_auto_datatype reads pandas dtypes: numbers, booleans or str.
export function columnTypes(datatype, headers, configHeaders, data = []) {
  const known = (t, c) => (t === "auto" ? inferType(data, c) : DATATYPES.includes(t) ? t : "str");
  if (!Array.isArray(datatype)) return headers.map((_, c) => known(datatype ?? "str", c));
  const byName = new Map();
  if (Array.isArray(configHeaders)) configHeaders.forEach((h, i) => i < datatype.length && byName.set(String(h), datatype[i]));
  return headers.map((h, c) => known(byName.get(h) ?? datatype[c], c));
}

function inferType(data, c) {
  const seen = data.slice(0, 100).map((row) => row[c]).filter((v) => v != null && v !== "");
  if (seen.length && seen.every((v) => typeof v === "number")) return "number";
  if (seen.length && seen.every((v) => typeof v === "boolean")) return "bool";
  return "str";
}

export function isStaticColumn(props, col, header) {
  if (props.interactive === false) return true;
  const s = Array.isArray(props.static_columns) ? props.static_columns : [];
  return s.includes(col) || s.includes(header);
}

// Gradio's buttons prop: null/unset shows copy and fullscreen; a list shows those named.
export function showsButton(props, name) {
  return props.buttons == null ? true : Array.isArray(props.buttons) && props.buttons.includes(name);
}

// The text a cell shows (the search and sort keys too). Gradio casts a date column to ISO
// strings; a bare date stays a date. display_value (metadata) replaces it when not editable.
export function cellText(v, dtype = "str") {
  if (v == null) return "";
  if (dtype === "image") return typeof v === "object" ? String(v.orig_name ?? v.url ?? v.path ?? "") : String(v);
  if (dtype === "date") return dateText(v);
  if (typeof v === "object") {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

function dateText(v) {
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return v.trim();
  const d = typeof v === "number" || typeof v === "string" ? new Date(v) : null;
  if (!d || Number.isNaN(d.getTime())) return String(v);
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

// max_chars: Gradio truncates a cell's text and adds "..." (images are never truncated).
export function truncate(text, maxChars, dtype) {
  if (!maxChars || maxChars <= 0 || dtype === "image" || text.length <= maxChars) return text;
  return `${text.slice(0, maxChars)}...`;
}

// A Boolean from a bool cell as Gradio's cast_value_to_type reads it.
export function boolOf(v) {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const s = String(v ?? "").toLowerCase();
  return s === "true" || s === "1";
}

// Text typed into the editor → the cell's value: number columns take numbers (invalid text
// is refused, so the editor stays open), empty number/date cells are null, bools true/false.
export function coerceInput(text, dtype = "str") {
  const t = String(text ?? "");
  if (dtype === "number") {
    if (t.trim() === "") return { ok: true, value: null };
    const n = Number(t.trim().replace(/_/g, ""));
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: `"${t}" is not a number` };
  }
  if (dtype === "bool") {
    const s = t.trim().toLowerCase();
    if (["true", "1", "yes"].includes(s)) return { ok: true, value: true };
    if (["false", "0", "no", ""].includes(s)) return { ok: true, value: false };
    return { ok: false, error: `"${t}" is not true or false` };
  }
  if (dtype === "date") {
    if (t.trim() === "") return { ok: true, value: null };
    return Number.isNaN(new Date(t.trim()).getTime()) ? { ok: false, error: `"${t}" is not a date` } : { ok: true, value: t.trim() };
  }
  return { ok: true, value: t };
}

// The value an emptied cell (Delete/Backspace) takes: "" as Gradio sets, null where "" is
// no value of the column's type.
export const emptyCell = (dtype) => (dtype === "number" || dtype === "date" || dtype === "bool" ? null : "");

// A new value with one cell changed (rows are copied only where they change).
export function withCell(table, r, c, v) {
  const data = table.data.slice();
  const row = data[r].slice();
  while (row.length <= c) row.push(null);
  row[c] = v;
  data[r] = row;
  return { ...table, data };
}

export function withRow(table, types) {
  const width = Math.max(table.headers.length, table.data[0]?.length ?? 0) || 1;
  const row = Array.from({ length: width }, (_, c) => emptyCell(types[c]));
  return { ...table, data: [...table.data, row] };
}

// The wire value a user edit sends: Gradio's {headers, data, metadata}.
export const wireValue = (table) => ({ headers: table.headers, data: table.data, metadata: table.metadata ?? null });

// Sort key comparison: numbers numerically (number columns also read numeric strings), dates
// by time, others as Gradio compares (<); empty cells last either way.
function keyOf(v, dtype) {
  if (v == null || v === "") return null;
  if (dtype === "number" || typeof v === "number") {
    const n = typeof v === "number" ? v : Number(v);
    if (Number.isFinite(n)) return n;
  }
  if (dtype === "date") {
    const t = new Date(v).getTime();
    if (!Number.isNaN(t)) return t;
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  return cellText(v, dtype);
}

function compare(a, b) {
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0;
  return typeof a === "number" ? -1 : 1; // numbers before text in a mixed column
}

// The next state of a header click: ascending, descending, then unsorted.
export function nextSort(sort, col) {
  if (!sort || sort.col !== col) return { col, direction: "asc" };
  if (sort.direction === "asc") return { col, direction: "desc" };
  return null;
}

// Row indices of the table in view order: rows matching `query` (case-insensitive, in any
// cell's shown text, as TanStack's includesString), sorted stably by `sort`. null = all rows
// in their order (no array for 100,000 rows when nothing is sorted or searched).
export function viewOrder(data, { sort = null, query = "", types = [] } = {}) {
  const q = String(query ?? "").trim().toLowerCase();
  if (!sort && !q) return null;
  let order = Array.from({ length: data.length }, (_, i) => i);
  if (q) {
    const text = (v, c) => (typeof v === "string" ? v : typeof v === "number" && types[c] !== "date" ? String(v) : cellText(v, types[c]));
    order = order.filter((i) => data[i].some((v, c) => v != null && text(v, c).toLowerCase().includes(q)));
  }
  if (sort) {
    const { col, direction } = sort;
    const sign = direction === "desc" ? -1 : 1;
    const keys = new Array(data.length);
    for (const i of order) keys[i] = keyOf(data[i][col], types[col]);
    order.sort((i, j) => {
      const a = keys[i];
      const b = keys[j];
      if (a === null || b === null) return a === b ? i - j : a === null ? 1 : -1;
      return sign * compare(a, b) || i - j;
    });
  }
  return order;
}

// The rows to draw for a scroll position: those in the viewport plus `overscan` on each side.
export function visibleRange({ scrollTop, viewportHeight, rowHeight, count, overscan = 10 }) {
  if (count <= 0) return { start: 0, end: 0 };
  const h = rowHeight > 0 ? rowHeight : 35;
  const first = Math.floor(Math.max(0, scrollTop) / h);
  const shown = Math.ceil(Math.max(viewportHeight, h) / h) + 1;
  const start = Math.max(0, Math.min(first, count - 1) - overscan);
  const end = Math.min(count, first + shown + overscan);
  return { start, end: Math.max(end, Math.min(count, start + 1)) };
}

// CSS sizes: numbers are px, strings as given; column_widths "10%" is a share of the table's
// viewport (Gradio), measured into --df-vw.
export function cssSize(v) {
  if (v == null || v === "") return "";
  return typeof v === "number" ? `${v}px` : String(v);
}

export function columnWidth(spec, sampleTexts) {
  if (typeof spec === "number") return `${spec}px`;
  if (typeof spec === "string" && spec && spec !== "auto") {
    const pct = /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(spec);
    return pct ? `calc(var(--df-vw, 800px) * ${Number(pct[1]) / 100})` : spec;
  }
  // Content width in the monospace font, within bounds: as Gradio sizes columns by their
  // widest value, without measuring 100,000 rows.
  const longest = sampleTexts.reduce((m, t) => Math.max(m, firstLine(t).length), 0);
  return `${Math.min(40, Math.max(6, longest + 3))}ch`;
}

const firstLine = (t) => String(t).split("\n", 1)[0];

// Pandas Styler CSS from metadata.styling, kept to declarations that cannot fetch or run
// anything (no url(), expression(), @import; no markup characters).
export function safeStyle(css) {
  if (typeof css !== "string" || !css.trim()) return "";
  return css
    .split(";")
    .map((d) => d.trim())
    .filter((d) => /^[a-z-]+\s*:/i.test(d) && !/url\s*\(|expression\s*\(|@import|[<>{}\\]/i.test(d))
    .join("; ");
}

// An image cell's source: a URL string or FileData; only http(s), blob:, data:image/ and
// relative paths, never javascript: or other schemes.
export function imageSource(v) {
  const url = typeof v === "string" ? v : v && typeof v === "object" ? v.url ?? v.path : null;
  if (typeof url !== "string" || !url.trim()) return null;
  const u = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1]?.toLowerCase();
  if (!scheme) return u;
  if (scheme === "http" || scheme === "https" || scheme === "blob") return u;
  if (scheme === "data" && /^data:image\/(png|jpe?g|gif|webp|avif|bmp)[;,]/i.test(u)) return u;
  return null;
}

// CSV/TSV as Gradio reads a dropped file: the delimiter is the one (comma, then tab) that
// splits every non-empty line into the same number (> 1) of fields; fields as RFC 4180 (and
// d3-dsv) read them, quotes doubled inside quoted fields.
export function guessDelimiter(text) {
  return [",", "\t"].find((d) => {
    let count = -1;
    return parseDsv(text, d).every((fields) => {
      if (fields.length === 1 && fields[0] === "") return true;
      if (count < 0) count = fields.length;
      return count === fields.length && fields.length > 1;
    });
  }) ?? null;
}

export function parseDsv(text, delimiter = ",") {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const s = String(text ?? "").replace(/^\ufeff/, "");
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") { quoted = true; i++; continue; }
    if (ch === delimiter) { row.push(field); field = ""; i++; continue; }
    if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && s[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// A dropped file's text → {headers, data}, or null when it is neither CSV nor TSV. Number
// columns take numbers where the text is one (Gradio keeps the strings; the column's type is
// honoured here so sums and sorting work).
export function parseTable(text, { types = [], fixedCols = null } = {}) {
  const delimiter = guessDelimiter(text);
  if (!delimiter) return null;
  const rows = parseDsv(text, delimiter).filter((r) => !(r.length === 1 && r[0] === ""));
  if (!rows.length) return null;
  let [headers, ...data] = rows;
  if (fixedCols != null) {
    headers = headers.slice(0, fixedCols);
    data = data.map((r) => r.slice(0, fixedCols));
  }
  data = data.map((r) => r.map((v, c) => {
    if (types[c] === "number" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
    if (types[c] === "bool") return boolOf(v);
    return v;
  }));
  return { headers, data };
}

// Gradio's copy_table_data: the selected cells (or the whole table) as CSV, fields with a
// comma, quote or newline quoted.
export function copyText(data, cells = null) {
  const list = cells && cells.length ? cells : data.flatMap((row, r) => row.map((_, c) => [r, c]));
  const grid = new Map();
  for (const [r, c] of list) {
    if (!data[r]) continue;
    if (!grid.has(r)) grid.set(r, new Map());
    grid.get(r).set(c, csvField(data[r][c]));
  }
  const rows = [...grid.keys()].sort((a, b) => a - b);
  if (!rows.length) return "";
  const cols = [...new Set(rows.flatMap((r) => [...grid.get(r).keys()]))].sort((a, b) => a - b);
  return rows.map((r) => cols.map((c) => grid.get(r).get(c) ?? "").join(",")).join("\n");
}

function csvField(v) {
  const s = v == null ? "" : typeof v === "object" ? cellText(v) : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// Cells between two corners (Shift-click), row-major.
export function cellRange([r1, c1], [r2, c2]) {
  const out = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push([r, c]);
  return out;
}

// Gradio's SelectData for cell [r, c]: value, the row and the column.
export function selectData(data, r, c) {
  return { index: [r, c], value: data[r]?.[c] ?? null, row_value: data[r] ?? [], col_value: data.map((row) => row[c] ?? null) };
}
