// gr.Plot: the wire value {type, plot, chart?} from a page function's return, Matplotlib images,
// Altair specs themed like Gradio's AltairPlot, Plotly/Bokeh messages and the DOM by value type.
// A fake renderer module stands in for Vega.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { altairSpec, matplotlibSrc, toPlotValue, unsupportedMessage } from "../../js-shim/components/plot/helpers.js";
import { readTheme } from "../../js-shim/components/nativeplot/helpers.js";

installDom();
const mod = await import("../../js-shim/components/plot/index.js");
const plot = mod.default;
const draws = [];
mod.setRendererLoader(async () => ({
  async draw(container, spec) {
    container.append(document.createElement("svg"));
    const view = { spec, finalize() {} };
    draws.push(view);
    return view;
  },
}));
const tick = () => new Promise((r) => setTimeout(r, 0));
const PNG = "data:image/png;base64,iVBORw0KGgo=";
const vl = { $schema: "https://vega.github.io/schema/vega-lite/v5.json", mark: "bar", data: { values: [{ a: 1 }] }, encoding: { x: { field: "a" } }, params: [{ name: "brush", select: "interval" }] };

test("a function may return Gradio's {type, plot}, a Vega-Lite spec object or a data:image URL", () => {
  assert.deepEqual(toPlotValue({ type: "matplotlib", plot: PNG }), { type: "matplotlib", plot: PNG });
  assert.deepEqual(toPlotValue(PNG), { type: "matplotlib", plot: PNG });
  assert.deepEqual(toPlotValue(vl), { type: "altair", plot: JSON.stringify(vl) });
  assert.equal(toPlotValue({ type: "plotly", plot: { data: [] } }).plot, '{"data":[]}');
  assert.equal(toPlotValue(null), null);
});

test("anything else is refused naming Plot and the shapes it takes", () => {
  assert.throws(() => toPlotValue("hello"), /^Error: Plot expects \{type: "altair"\|"plotly"\|"matplotlib"\|"bokeh", plot\}.*got string "hello"/);
  assert.throws(() => toPlotValue({ type: "svg", plot: "x" }), /Plot expects/);
});

test("Matplotlib images are data URLs; a bare base64 string is PNG; remote URLs are not fetched", () => {
  assert.equal(matplotlibSrc(PNG), PNG);
  assert.equal(matplotlibSrc("iVBORw0KGgo="), "data:image/png;base64,iVBORw0KGgo=");
  assert.equal(matplotlibSrc("https://example.com/x.png"), null);
});

test("an Altair spec drops the brush without a select listener and takes the theme when the chart kind is known", () => {
  const spec = altairSpec({ type: "altair", chart: "bar", plot: JSON.stringify(vl) }, { ...readTheme(null), text: "white", accent: "red" }, { width: 400 });
  assert.deepEqual(spec.params, []);
  assert.equal(spec.background, "transparent");
  assert.equal(spec.config.axis.labelColor, "white");
  assert.equal(spec.config.mark.fill, "red");
  assert.equal(spec.width, 400);
  const kept = altairSpec({ type: "altair", plot: JSON.stringify(vl) }, readTheme(null), { selectable: true });
  assert.equal(kept.params.length, 1);
  assert.equal(kept.config, undefined);
  assert.throws(() => altairSpec({ type: "altair", plot: "{nope" }, readTheme(null)), /Plot: the Altair spec is not JSON/);
});

test("Plotly and Bokeh say why they are not drawn", () => {
  assert.match(unsupportedMessage("plotly"), /plotly\.js/);
  assert.match(unsupportedMessage("bokeh"), /Bokeh/);
});

test("no value shows Empty under the 'Plot' block label", () => {
  const { el } = mount(plot, {});
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Plot");
  assert.equal(el.querySelector(".empty").hidden, false);
});

test("a Matplotlib value is an image in div.matplotlib[data-testid=matplotlib]", () => {
  const { el } = mount(plot, { label: "Trajectory", value: { type: "matplotlib", plot: PNG, chart: "line" } });
  const img = el.querySelector('div.matplotlib[data-testid="matplotlib"] img');
  assert.equal(img.getAttribute("src"), PNG);
  assert.equal(img.getAttribute("alt"), "line plot visualising provided data");
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Trajectory");
  assert.equal(el.querySelector(".empty").hidden, true);
});

test("an Altair value is drawn by the Vega chunk inside div.altair[data-testid=altair]", async () => {
  const n = draws.length;
  const { el } = mount(plot, { value: { type: "altair", plot: JSON.stringify(vl) }, caption: "Cap" });
  await tick();
  assert.equal(draws.length, n + 1);
  assert.equal(draws.at(-1).spec.mark, "bar");
  assert.ok(el.querySelector('div.altair[data-testid="altair"] .graft-plot-chart svg'));
  assert.equal(el.querySelector(".altair .caption").textContent, "Cap");
});

test("a Plotly value shows a message in the component instead of nothing", () => {
  const { el } = mount(plot, { value: { type: "plotly", plot: "{}" } });
  assert.match(el.querySelector('[data-testid="plotly"]').textContent, /Plotly figures need plotly\.js, which Graft does not load yet/);
});
