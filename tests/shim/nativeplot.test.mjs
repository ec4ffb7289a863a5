// LinePlot/ScatterPlot/BarPlot (nativeplot): what a page function's rows become on the wire,
// the Vega-Lite spec built from props (Gradio's create_vega_lite_spec), the brush's select
// EventData, and the DOM (title, caption, Empty). Vega needs a browser: a fake renderer module
// stands in and records the specs and data it was given.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { aggregation, brushEvent, buildSpec, chartRows, downsample, inferType, markOf, readTheme, sortOf, toArgument, toPlotData, xBinStep } from "../../js-shim/components/nativeplot/helpers.js";

installDom();
const mod = await import("../../js-shim/components/nativeplot/index.js");
const plot = mod.default;

const draws = [];
const datas = [];
mod.setRendererLoader(async () => ({
  async draw(container, spec, on) {
    const svg = document.createElement("svg");
    container.append(svg);
    const view = { spec, on, finalized: false, finalize() { view.finalized = true; }, data(name, rows) { datas.push([name, rows]); return { runAsync: async () => {} }; } };
    draws.push(view);
    return view;
  },
}));
const tick = () => new Promise((r) => setTimeout(r, 0));
const theme = readTheme(null);
const rows = [{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 2 }];

test("an array of row objects becomes Gradio's PlotData with inferred datatypes and the line mark", () => {
  const v = toPlotData([{ t: new Date(1000), n: 2, s: "a" }, { t: new Date(2000), n: 3.5, s: "b" }], {});
  assert.deepEqual(v, { columns: ["t", "n", "s"], data: [[1000, 2, "a"], [2000, 3.5, "b"]], datatypes: { t: "temporal", n: "quantitative", s: "nominal" }, mark: "line" });
});

test("{columns, data} and {headers, data} rows are accepted; given datatypes are kept", () => {
  assert.deepEqual(toPlotData({ headers: ["a", "b"], data: [[1, "x"]] }, {}).datatypes, { a: "quantitative", b: "nominal" });
  assert.deepEqual(toPlotData({ columns: ["a"], data: [[1]], datatypes: { a: "nominal" } }, {}).datatypes, { a: "nominal" });
  assert.equal(toPlotData(null, {}), null);
});

test("the class in props.name picks the mark: scatter plots are points, bar plots bars", () => {
  assert.equal(markOf({ name: "scatterplot" }, null), "point");
  assert.equal(toPlotData(rows, { name: "barplot" }).mark, "bar");
  assert.equal(markOf({ name: "barplot" }, { mark: "line" }), "line");
});

test("a value that is not rows is refused naming the plot and what it expected", () => {
  assert.throws(() => toPlotData("abc", {}), /^Error: LinePlot expects rows \(\{columns, data\}\) or an array of objects, got string "abc"/);
  assert.throws(() => toPlotData({ columns: ["a"] }, { name: "barplot" }), /BarPlot expects rows/);
  assert.throws(() => toPlotData([1, 2], { name: "scatterplot" }), /ScatterPlot expects rows .*got an array of number/);
});

test("a plot whose x or y column is missing from the data is an output error naming the column", () => {
  assert.throws(() => toPlotData(rows, { x: "x", y: "speed" }), /LinePlot: the y column "speed" is not in the data \(columns: x, y\)/);
});

test("a page function receives the rows as {columns, data, datatypes}", () => {
  const v = toPlotData(rows, {});
  assert.deepEqual(toArgument(v), { columns: ["x", "y"], data: [[0, 1], [1, 3], [2, 2]], datatypes: { x: "quantitative", y: "quantitative" } });
  assert.equal(toArgument(null), null);
});

test("datatypes follow pandas: numbers quantitative, dates temporal, anything else nominal", () => {
  assert.equal(inferType([1, null, 2]), "quantitative");
  assert.equal(inferType([new Date()]), "temporal");
  assert.equal(inferType([1, "a"]), "nominal");
});

test("x_bin strings are time steps in ms; sort maps onto Vega-Lite's", () => {
  assert.equal(xBinStep("10s"), 10000);
  assert.equal(xBinStep("2h"), 7200000);
  assert.equal(xBinStep(5), 5);
  assert.equal(xBinStep(null), undefined);
  assert.equal(sortOf("x"), "ascending");
  assert.deepEqual(sortOf("-y", "n"), { field: "n", order: "descending" });
  assert.deepEqual(sortOf(["b", "a"]), ["b", "a"]);
});

test("bar plots sum y over a nominal x; scatter plots aggregate only when binned", () => {
  const bar = toPlotData([{ k: "a", n: 1 }], { name: "barplot" });
  assert.deepEqual(aggregation({ x: "k", y: "n" }, bar), { aggregating: true, aggregate: "sum" });
  const pts = toPlotData(rows, { name: "scatterplot" });
  assert.deepEqual(aggregation({ x: "x", y: "y" }, pts), { aggregating: false, aggregate: undefined });
  assert.deepEqual(aggregation({ x: "x", y: "y", x_bin: 1, y_aggregate: "mean" }, pts), { aggregating: true, aggregate: "mean" });
});

test("the spec carries titles, limits, the theme's colours, a transparent background and the x brush", () => {
  const props = { x: "x", y: "y", title: "T", x_title: "Distance", x_lim: [0, 100], y_lim: [0, 60], height: 300, x_label_angle: 45 };
  const spec = buildSpec(props, toPlotData(rows, props), { ...theme, accent: "red", text: "white", border: "gray" }, { width: 500 });
  assert.equal(spec.background, "transparent");
  assert.equal(spec.title, "T");
  assert.equal(spec.width, 500);
  assert.equal(spec.height, "container");
  assert.equal(spec.config.mark.stroke, "red");
  assert.equal(spec.config.axis.labelColor, "white");
  assert.equal(spec.config.axis.gridColor, "gray");
  const [plotLayer, hover] = spec.layer;
  assert.equal(plotLayer.mark.type, "line");
  assert.equal(hover.mark.type, "point");
  assert.deepEqual(plotLayer.encoding.x.scale, { zero: false, domainMin: 0, domainMax: 100 });
  assert.deepEqual(plotLayer.encoding.y.scale, { zero: false, domainMin: 0, domainMax: 60 });
  assert.equal(plotLayer.encoding.x.title, "Distance");
  assert.equal(plotLayer.encoding.y.title, "y");
  assert.equal(plotLayer.encoding.x.axis.labelAngle, 45);
  assert.ok(spec.params.some((p) => p.name === "brush" && p.select.encodings[0] === "x"));
  assert.deepEqual(spec.datasets.data, rows);
});

test("no brush when Gradio's config says no select listener exists (_selectable false)", () => {
  const spec = buildSpec({ x: "x", y: "y", _selectable: false }, toPlotData(rows, {}), theme);
  assert.ok(!spec.params.some((p) => p.name === "brush"));
});

test("a nominal colour column gets one legend entry per value, coloured by color_map", () => {
  const data = [{ x: 1, y: 1, c: "a" }, { x: 2, y: 2, c: "b" }];
  const props = { x: "x", y: "y", color: "c", color_map: { a: "#111", b: "#222" }, name: "scatterplot" };
  const spec = buildSpec(props, toPlotData(data, props), theme);
  assert.deepEqual(spec.layer[0].encoding.color.scale, { domain: ["a", "b"], range: ["#111", "#222"] });
  assert.equal(spec.layer.length, 1);
  assert.equal(spec.layer[0].mark.type, "point");
});

test("tooltip 'all' lists every column; 'none' shows none", () => {
  const data = [{ x: 1, y: 1, extra: "e" }];
  const all = buildSpec({ x: "x", y: "y", tooltip: "all" }, toPlotData(data, {}), theme);
  assert.deepEqual(all.layer[0].encoding.tooltip.map((t) => t.field), ["y", "x", "extra"]);
  const none = buildSpec({ x: "x", y: "y", tooltip: "none" }, toPlotData(data, {}), theme);
  assert.equal(none.layer[0].encoding.tooltip, undefined);
});

test("x_lim keeps the points inside plus the nearest one either side", () => {
  const data = toPlotData(Array.from({ length: 10 }, (_, i) => ({ x: i, y: i })), {});
  assert.deepEqual(chartRows(data, { x: "x", y: "y", x_lim: [3, 5] }).map((r) => r.x), [2, 3, 4, 5, 6]);
});

test("a line of 10,000 points is downsampled to each bin's min and max", () => {
  const big = Array.from({ length: 10000 }, (_, i) => [i, Math.sin(i)]);
  const out = downsample(big, 0, 1, null);
  assert.ok(out.length <= 502 && out.length > 250, String(out.length));
});

test("a brush reports Gradio's select range; temporal x in seconds", () => {
  assert.deepEqual(brushEvent({ x: [1, 4] }, false), { value: [1, 4], index: [1, 4], selected: true });
  assert.deepEqual(brushEvent({ t: [2000, 5000] }, true), { value: [2, 5], index: [2, 5], selected: true });
  assert.equal(brushEvent({}, false), null);
});

test("no value shows Gradio's Empty; a value draws the chart with its caption", async () => {
  const { el, patch } = mount(plot, { x: "x", y: "y", caption: "Flight" });
  assert.equal(el.querySelector(".empty").getAttribute("aria-label"), "Empty value");
  assert.equal(el.querySelector(".empty").hidden, false);
  assert.equal(el.querySelector("p.caption").hidden, true);
  const n = draws.length;
  patch({ value: toPlotData(rows, { x: "x", y: "y" }) });
  await tick();
  assert.equal(draws.length, n + 1);
  assert.equal(el.querySelector(".empty").hidden, true);
  assert.equal(el.querySelector("p.caption").textContent, "Flight");
  assert.equal(el.querySelector("p.caption").hidden, false);
  assert.ok(el.querySelector(".graft-plot-chart svg"));
});

test("new rows for the same chart swap the data without redrawing it", async () => {
  const { patch } = mount(plot, { x: "x", y: "y", value: toPlotData(rows, {}) });
  await tick();
  const n = draws.length;
  patch({ value: toPlotData([{ x: 5, y: 5 }], {}) });
  await tick();
  assert.equal(draws.length, n);
  assert.deepEqual(datas.at(-1), ["data", [{ x: 5, y: 5 }]]);
  patch({ title: "New" });
  await tick();
  assert.equal(draws.length, n + 1);
});

test("the label is the block title; unlabelled it is hidden and the chart is named by the class", async () => {
  const { el, patch } = mount(plot, { x: "x", y: "y", name: "barplot" });
  const title = el.querySelector('[data-testid="block-info"]');
  assert.ok(title.classList.contains("sr-only"));
  patch({ value: toPlotData([{ x: 1, y: 2 }], { name: "barplot" }) });
  await tick();
  assert.equal(draws.at(-1).spec.description, "BarPlot");
  patch({ label: "Sales", show_label: true });
  assert.equal(title.textContent, "Sales");
  assert.ok(!title.classList.contains("sr-only"));
});

test("brushing fires select once, 250 ms after the brush stops; a double click fires double_click", async () => {
  const { ctx } = mount(plot, { x: "x", y: "y", value: toPlotData(rows, {}) });
  await tick();
  const view = draws.at(-1);
  view.on.brush({ x: [0, 1] });
  view.on.brush({ x: [0, 2] });
  assert.equal(ctx.calls.filter((c) => c[1] === "select").length, 0);
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(ctx.calls.filter((c) => c[1] === "select"), [["emit", "select", { value: [0, 2], index: [0, 2], selected: true }]]);
  view.on.dblclick();
  assert.deepEqual(ctx.calls.at(-1), ["emit", "double_click", null]);
});

test("the edge converts a function's rows and refuses other values", () => {
  assert.equal(plot.edge.output(rows, { x: "x", y: "y" }).mark, "line");
  assert.throws(() => plot.edge.output(42, { name: "lineplot" }), /LinePlot expects rows/);
  assert.match(plot.receives, /columns, data/);
});
