// Pure logic of LinePlot/ScatterPlot/BarPlot (config type "nativeplot"): the wire value
// (Gradio's PlotData {columns, data, datatypes, mark}) from what a page function returns, and
// the Vega-Lite spec Gradio's js/nativeplot/Index.svelte builds from props, data and theme.

const MARKS = { lineplot: "line", scatterplot: "point", barplot: "bar" };
const NAMES = { line: "LinePlot", point: "ScatterPlot", bar: "BarPlot" };

// Gradio writes the class in `name` (get_block_class()); the value's mark wins when present.
export function markOf(props = {}, value = props.value) {
  const m = value?.mark;
  if (m === "line" || m === "point" || m === "bar") return m;
  return MARKS[props.name] ?? (["line", "point", "bar"].includes(props.mark) ? props.mark : "line");
}

export const kindName = (props = {}) => NAMES[markOf(props, null)];

function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of ${v.length ? describe(v[0]) : "nothing"}`;
  if (typeof v === "object") return `an object with keys ${Object.keys(v).slice(0, 5).join(", ") || "(none)"}`;
  const s = JSON.stringify(v) ?? String(v);
  return `${typeof v} ${s.length > 40 ? `${s.slice(0, 40)}…` : s}`;
}

const isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);

// pandas' dtypes as Gradio simplifies them: numbers quantitative, datetimes temporal, else nominal.
export function inferType(values) {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => v instanceof Date)) return "temporal";
  if (present.length && present.every((v) => typeof v === "number" || typeof v === "bigint")) return "quantitative";
  return present.length ? "nominal" : "quantitative";
}

// DataFrame.to_json(orient="split", date_unit="ms"): datetimes become epoch milliseconds.
const cell = (v) => (v instanceof Date ? v.getTime() : typeof v === "bigint" ? Number(v) : v === undefined ? null : v);

// What a page function returns → PlotData. Accepts Gradio's PlotData itself, {columns|headers,
// data} rows, or an array of row objects (the JS stand-in for a pandas DataFrame).
export function toPlotData(value, props = {}) {
  if (value === null || value === undefined) return null;
  const kind = kindName(props);
  let columns;
  let rows;
  if (Array.isArray(value) && value.every(isRecord)) {
    columns = [];
    for (const r of value) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
    rows = value.map((r) => columns.map((c) => r[c]));
  } else if (isRecord(value) && Array.isArray(value.columns ?? value.headers) && Array.isArray(value.data) && value.data.every(Array.isArray)) {
    columns = (value.columns ?? value.headers).map(String);
    rows = value.data;
  } else {
    throw new Error(`${kind} expects rows ({columns, data}) or an array of objects, got ${describe(value)}`);
  }
  for (const field of ["x", "y", "color"]) {
    const col = props[field];
    if (col != null && columns.length && !columns.includes(col)) {
      throw new Error(`${kind}: the ${field} column "${col}" is not in the data (columns: ${columns.join(", ") || "none"})`);
    }
  }
  const given = isRecord(value.datatypes) ? value.datatypes : {};
  const datatypes = {};
  columns.forEach((c, i) => {
    datatypes[c] = given[c] ?? inferType(rows.map((r) => r[i]));
  });
  return { columns, data: rows.map((r) => columns.map((_, i) => cell(r[i]))), datatypes, mark: markOf(props, value) };
}

// What a page function receives: the PlotData's rows (Gradio's preprocess passes it through).
export function toArgument(value) {
  if (!value) return null;
  return { columns: [...value.columns], data: value.data.map((r) => [...r]), datatypes: { ...value.datatypes } };
}

// x_bin "10s"/"5m"/"1h"/"2d" is a time step in ms; a number is a plain step.
const SUFFIX = { s: 1, m: 60, h: 3600, d: 86400 };
export function xBinStep(xBin) {
  if (xBin == null || xBin === "") return undefined;
  if (typeof xBin === "number") return xBin;
  const unit = SUFFIX[xBin.at(-1)];
  const n = parseInt(xBin.slice(0, -1), 10);
  return unit && Number.isFinite(n) ? 1000 * n * unit : undefined;
}

export function sortOf(sort, y) {
  if (sort === "x") return "ascending";
  if (sort === "-x") return "descending";
  if (sort === "y") return { field: y, order: "ascending" };
  if (sort === "-y") return { field: y, order: "descending" };
  if (Array.isArray(sort)) return sort;
  return sort === null ? null : undefined;
}

// Gradio aggregates bars always (sum) when x is nominal or binned; points only when binned.
export function aggregation(props, value) {
  const binned = xBinStep(props.x_bin) !== undefined;
  if (value.mark === "point") return { aggregating: binned, aggregate: props.y_aggregate || (binned ? "sum" : undefined) };
  return { aggregating: binned || value.datatypes[props.x] === "nominal", aggregate: props.y_aggregate || "sum" };
}

export function escapeField(name) {
  return String(name).replace(/\./g, "\\.").replace(/\[/g, "\\[").replace(/\]/g, "\\]");
}

const limits = (lim) => (Array.isArray(lim) ? [lim[0] ?? undefined, lim[1] ?? undefined] : [undefined, undefined]);

// Lines of ≥ 1,000 points keep each of 250 x-bins' min and max y per colour, as Gradio does.
export function downsample(rows, xi, yi, ci, start, end) {
  if (rows.length < 1000) return rows;
  let lo = start;
  let hi = end;
  if (lo === undefined || hi === undefined) {
    for (const r of rows) {
      if (lo === undefined || r[xi] < lo) lo = r[xi];
      if (hi === undefined || r[xi] > hi) hi = r[xi];
    }
  }
  const size = (hi - lo) / 250 || 1;
  const bins = new Map();
  rows.forEach((r, i) => {
    const key = ci === null ? "any" : r[ci];
    if (!bins.has(key)) bins.set(key, []);
    const list = bins.get(key);
    const b = Math.floor((r[xi] - lo) / size);
    const bin = (list[b] ??= [i, r[yi], i, r[yi]]);
    if (r[yi] < bin[1]) [bin[0], bin[1]] = [i, r[yi]];
    if (r[yi] > bin[3]) [bin[2], bin[3]] = [i, r[yi]];
  });
  const out = [];
  for (const list of bins.values()) {
    for (const bin of list) {
      if (!bin) continue;
      const [a, , b] = bin;
      for (const i of a === b ? [a] : [Math.min(a, b), Math.max(a, b)]) out.push(rows[i]);
    }
  }
  return out;
}

// PlotData → the row objects vega draws: inside x_lim (plus the nearest point either side per
// colour, so lines reach the edges), lines downsampled, only the columns the spec uses.
export function chartRows(value, props) {
  const { columns, data, datatypes } = value;
  const xi = columns.indexOf(props.x);
  const yi = columns.indexOf(props.y);
  const ci = props.color ? columns.indexOf(props.color) : -1;
  const color = ci === -1 ? null : ci;
  const line = value.mark === "line" && props.x_bin == null && datatypes[props.x] !== "nominal";
  const [x0, x1] = limits(props.x_lim);
  let rows = data;
  if (x0 !== undefined && x1 !== undefined && xi !== -1) {
    const f = datatypes[props.x] === "temporal" ? 1000 : 1;
    const [s, e] = [x0 * f, x1 * f];
    const before = new Map();
    const after = new Map();
    const inside = data.filter((r, i) => {
      const x = r[xi];
      const key = color === null ? "any" : r[color];
      if (x < s && (!before.has(key) || x > data[before.get(key)][xi])) before.set(key, i);
      if (x > e && (!after.has(key) || x < data[after.get(key)][xi])) after.set(key, i);
      return x >= s && x <= e;
    });
    rows = [...[...before.values()].map((i) => data[i]), ...(line ? downsample(inside, xi, yi, color, s, e) : inside), ...[...after.values()].map((i) => data[i])];
  } else if (line) {
    rows = downsample(data, xi, yi, color);
  }
  const all = props.tooltip === "all" || Array.isArray(props.tooltip);
  const keep = all ? columns.map((c, i) => [c, i]) : [[props.x, xi], [props.y, yi], ...(color === null ? [] : [[props.color, color]])];
  return rows.map((r) => Object.fromEntries(keep.map(([c, i]) => [c, r[i]])));
}

// The theme Gradio reads from the chart's computed style (CSS variables), with fallbacks.
export function readTheme(style) {
  const get = (name, fallback) => (style?.getPropertyValue?.(name) || "").trim() || fallback;
  const px = (v) => (v.endsWith("px") ? parseFloat(v) : 12);
  return {
    accent: get("--color-accent", "#f97316"),
    text: get("--body-text-color", "#1f2937"),
    border: get("--border-color-primary", "#e5e7eb"),
    font: style?.fontFamily || get("--font", "sans-serif"),
    textSm: px(get("--text-sm", "12px")),
    textMd: px(get("--text-md", "14px")),
    titleWeight: get("--block-title-text-weight", "normal"),
    primary: [100, 200, 300, 400, 500, 600, 700, 800, 900].map((n) => get(`--primary-${n}`, "")).filter(Boolean),
  };
}

// Gradio's Vega-Lite spec (js/nativeplot/Index.svelte create_vega_lite_spec), given the theme
// and the chart's width in px. `selectable` adds the x brush that select reports.
export function buildSpec(props, value, theme, { width = 0, rows = chartRows(value, props), selectable = props._selectable !== false } = {}) {
  const mark = value.mark;
  const dt = value.datatypes;
  const temporal = dt[props.x] === "temporal";
  const [xs, xe] = limits(props.x_lim);
  const [ys, ye] = limits(props.y_lim);
  const xLim = temporal ? [xs === undefined ? undefined : xs * 1000, xe === undefined ? undefined : xe * 1000] : [xs, xe];
  const step = xBinStep(props.x_bin);
  const { aggregating, aggregate } = aggregation(props, value);
  const nominalColor = props.color && dt[props.color] === "nominal";
  const ci = props.color ? value.columns.indexOf(props.color) : -1;
  const colors = nominalColor && ci !== -1 ? [...new Set(value.data.map((r) => r[ci]))] : [];
  const xTitle = props.x_title || props.x;
  const yTitle = props.y_title || props.y;
  const tooltip = props.tooltip === "none" ? undefined : [
    { field: escapeField(props.y), type: dt[props.y], aggregate: aggregating ? aggregate : undefined, title: yTitle },
    { field: escapeField(props.x), type: dt[props.x], title: xTitle, format: temporal ? "%Y-%m-%d %H:%M:%S" : undefined, bin: step ? { step } : undefined },
    ...(props.color ? [{ field: escapeField(props.color), type: dt[props.color] }] : []),
    ...(props.tooltip === "axis" || props.tooltip == null ? [] : value.columns
      .filter((c) => c !== props.x && c !== props.y && c !== props.color && (props.tooltip === "all" || props.tooltip.includes(c)))
      .map((c) => ({ field: escapeField(c), type: dt[c] }))),
  ];
  const layer = ["plot", ...(mark === "line" ? ["hover"] : [])].map((mode) => ({
    name: mode,
    mark: { clip: true, type: mode === "hover" ? "point" : mark },
    encoding: {
      size: mark !== "line" ? undefined : mode === "plot"
        ? { condition: { empty: false, param: "hoverPlot", value: 3 }, value: 2 }
        : { condition: { empty: false, param: "hover", value: 100 }, value: 0 },
      opacity: mode === "plot" ? undefined : { condition: { empty: false, param: "hover", value: 1 }, value: 0 },
      x: {
        field: escapeField(props.x),
        title: xTitle,
        type: dt[props.x],
        axis: {
          ...(props.x_label_angle != null && { labelAngle: props.x_label_angle }),
          ...(props.x_axis_labels_visible === false && { labels: false, ticks: false }),
          ...(props.x_axis_format != null && { format: props.x_axis_format }),
        },
        scale: { zero: dt[props.x] === "nominal" ? undefined : false, domainMin: xLim[0], domainMax: xLim[1] },
        bin: step ? { step } : undefined,
        sort: sortOf(props.sort, props.y),
      },
      y: {
        field: escapeField(props.y),
        title: yTitle,
        type: dt[props.y],
        axis: {
          ...(props.y_label_angle && { labelAngle: props.y_label_angle }),
          ...(props.y_axis_format != null && { format: props.y_axis_format }),
        },
        // Beyond Gradio (whose y scale never starts at zero): bars keep Vega-Lite's zero
        // baseline, or the smallest bar would have no height.
        scale: { zero: mark === "bar" ? undefined : false, domainMin: ys, domainMax: ye },
        aggregate: aggregating ? aggregate : undefined,
      },
      color: props.color ? {
        field: escapeField(props.color),
        type: dt[props.color],
        legend: Array.isArray(props.colors_in_legend) && props.colors_in_legend.length === 0 || props.show_legend === false ? null
          : { orient: "bottom", title: props.color_title, values: props.colors_in_legend ? [...props.colors_in_legend] : undefined },
        scale: nominalColor
          ? { domain: colors, range: props.color_map ? colors.map((c) => props.color_map[c] ?? theme.accent) : undefined }
          : { range: theme.primary.length ? theme.primary : undefined, interpolate: "hsl" },
      } : undefined,
      tooltip,
    },
  }));
  const params = [
    ...(mark === "line" ? [
      { name: "hoverPlot", select: { type: "point", clear: "mouseout", fields: props.color ? [props.color] : [], nearest: true, on: "mouseover" }, views: ["hover"] },
      { name: "hover", select: { type: "point", clear: "mouseout", nearest: true, on: "mouseover" }, views: ["hover"] },
    ] : []),
    ...(selectable ? [{ name: "brush", select: { type: "interval", encodings: ["x"], mark: { fill: "gray", fillOpacity: 0.3, stroke: "none" } }, views: ["plot"] }] : []),
  ];
  return prune({
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    background: "transparent",
    config: {
      // No ARIA on marks and guides (a brush rect would be an unnamed image); the chart itself
      // is named by the spec's description.
      aria: false,
      autosize: { type: "fit", contains: "padding" },
      axis: {
        labelFont: theme.font, labelColor: theme.text, titleFont: theme.font, titleColor: theme.text, titlePadding: 8,
        tickColor: theme.border, labelFontSize: theme.textSm, gridColor: theme.border, titleFontWeight: "normal",
        titleFontSize: theme.textSm, labelFontWeight: "normal", domain: false, labelAngle: 0,
      },
      legend: {
        labelColor: theme.text, labelFont: theme.font, titleColor: theme.text, titleFont: theme.font,
        titleFontWeight: "normal", titleFontSize: theme.textSm, labelFontWeight: "normal", offset: 2,
      },
      title: { color: theme.text, font: theme.font, fontSize: theme.textMd, fontWeight: theme.titleWeight, anchor: "middle" },
      view: { stroke: theme.border },
      mark: { stroke: mark !== "bar" ? theme.accent : undefined, fill: mark === "bar" ? theme.accent : undefined, cursor: "crosshair" },
    },
    data: { name: "data" },
    datasets: { data: rows },
    layer,
    params,
    width: width || undefined,
    height: props.height ? "container" : undefined,
    title: props.title || undefined,
  });
}

// Drops undefined keys (vega-lite rejects some explicit undefineds); rows are left as they are.
function prune(v, depth = 0) {
  if (Array.isArray(v)) return depth > 0 && v.length > 64 ? v : v.map((x) => prune(x, depth + 1));
  if (!isRecord(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = k === "datasets" ? x : prune(x, depth + 1);
  return out;
}

// A brush's signal value {field: [x0, x1]} → Gradio's select EventData (temporal x in seconds).
export function brushEvent(signal, temporal) {
  const keys = Object.keys(signal ?? {});
  if (!keys.length) return null;
  let range = signal[keys[0]];
  if (!Array.isArray(range) || range.length < 2) return null;
  range = temporal ? [range[0] / 1000, range[1] / 1000] : [range[0], range[1]];
  return { value: range, index: range, selected: true };
}

// A spec without its rows: equal keys mean only the data changed. Nominal colour domains list
// the data's values, so a new category still redraws.
export function specKey(spec) {
  return JSON.stringify({ ...spec, datasets: undefined });
}
