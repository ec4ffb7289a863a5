// LinePlot / ScatterPlot / BarPlot (config type "nativeplot"): Gradio's Block > BlockTitle >
// chart div (Vega's SVG) > p.caption, or Empty with no value. Vega loads from render.js on
// first draw, so only apps with a plot fetch it. select reports an x-brush range (debounced
// 250 ms, as Gradio), double_click a double click; change comes from the core.
import { applyBlock, block, blockTitle, empty, updateTitle, make } from "../atoms/block.js";
import { watchTheme } from "./theme-watch.js";
import { brushEvent, buildSpec, chartRows, kindName, markOf, readTheme, specKey, toArgument, toPlotData } from "./helpers.js";

let loadRenderer = () => import("./render.js");
// Node tests have no layout for Vega: they swap in a fake renderer module.
export function setRendererLoader(load) {
  loadRenderer = load;
}

function create(props, ctx) {
  const el = block(props, { kind: "nativeplot" });
  const title = blockTitle(props, "");
  const chart = make("div", "graft-plot-chart");
  const caption = make("p", "caption");
  const none = empty();
  el.append(title.el, chart, caption, none);
  const view = { el, title, chart, caption, none, vega: null, drawn: null, timer: 0, ctx };
  update(view, props, props, ctx);
  watchTheme(el, ctx.signal, () => schedule(view));
  return view;
}

function update(view, props, patch) {
  applyBlock(view.el, props);
  view.props = props;
  updateTitle(view.title, { ...props, show_label: props.show_label ?? props.label != null }, "");
  view.caption.textContent = props.caption ?? "";
  view.caption.hidden = !props.caption || !props.value;
  const hasValue = !!props.value;
  view.chart.hidden = !hasValue;
  view.none.hidden = hasValue;
  view.el.classList.toggle("graft-plot-fixed", props.height != null);
  if (Object.keys(patch).some((k) => !["label", "show_label", "visible", "elem_id", "elem_classes"].includes(k))) schedule(view);
}

// Redraws at most once per frame: several props often arrive in one update.
function schedule(view) {
  if (view.pending) return;
  view.pending = true;
  queueMicrotask(() => {
    view.pending = false;
    draw(view);
  });
}

async function draw(view) {
  const props = view.props;
  const ctx = view.ctx;
  if (ctx.signal.aborted) return;
  if (!props.value) return finalize(view);
  const value = { ...props.value, mark: markOf(props) };
  const style = typeof getComputedStyle === "function" && view.chart.isConnected ? getComputedStyle(view.chart) : null;
  const rows = chartRows(value, props);
  const spec = buildSpec(props, value, readTheme(style), { width: view.chart.clientWidth || view.el.clientWidth || 0, rows });
  // Gradio's chart has no name (Vega calls it "Vega visualization"); beyond Gradio, the spec's
  // description names it — Vega puts that in the chart's aria-label: label, title or the class.
  spec.description = props.label || props.title || kindName(props);
  const key = specKey(spec);
  // New rows for the same chart (a slider moving): swap the data in place, as Gradio does.
  if (view.vega && key === view.key) {
    await view.vega.data("data", rows).runAsync();
    return;
  }
  const temporal = value.datatypes?.[props.x] === "temporal";
  const token = {};
  view.drawn = token;
  try {
    const { draw: render } = await loadRenderer();
    if (view.drawn !== token || ctx.signal.aborted) return;
    finalize(view);
    view.drawn = token;
    view.chart.replaceChildren();
    view.vega = await render(view.chart, spec, {
      dblclick: () => ctx.emit("double_click", null),
      brush: (signal) => {
        const data = brushEvent(signal, temporal);
        clearTimeout(view.timer);
        if (data) view.timer = setTimeout(() => ctx.emit("select", data), 250);
      },
    });
    view.key = key;
    nameChart(view.chart);
    view.el.dataset.rendered = "";
  } catch (err) {
    if (view.drawn !== token) return;
    view.chart.textContent = `${kindName(props)} could not be drawn: ${err.message}`;
  }
}

// The chart's container is named; Vega's marks (a line, its points, the brush) carry roles but
// no names, so its SVG is hidden from assistive tech under that name.
function nameChart(chart) {
  chart.querySelector("svg")?.setAttribute("aria-hidden", "true");
}

function finalize(view) {
  clearTimeout(view.timer);
  view.vega?.finalize();
  view.vega = null;
  view.drawn = null;
  view.key = null;
  delete view.el.dataset.rendered;
}

function destroy(view) {
  finalize(view);
}

const css = `
.graft-nativeplot .graft-plot-chart { width: 100%; min-height: 1px; }
.graft-nativeplot .graft-plot-chart svg { display: block; max-width: 100%; }
.graft-nativeplot.graft-plot-fixed { display: flex; flex-direction: column; }
.graft-nativeplot.graft-plot-fixed .graft-plot-chart { flex: 1 1 auto; min-height: 0; }
.graft-nativeplot .caption { padding: 0 4px; margin: 0; text-align: center; color: var(--body-text-color); font-size: var(--text-sm); }
.graft-nativeplot .empty:not([hidden]) { min-height: 120px; display: flex; align-items: center; justify-content: center; }
`;

export default {
  create,
  update,
  destroy,
  css,
  receives: "the plot's rows: {columns, data, datatypes} (Gradio's PlotData; a pandas DataFrame in Python)",
  edge: {
    argument: (value) => toArgument(value),
    output: (value, props) => toPlotData(value, props),
  },
};
