// gr.Plot: Gradio's Block > BlockLabel ("Plot") > one renderer by value type —
// div.matplotlib[data-testid=matplotlib] (an <img>), div.altair[data-testid=altair] (Vega-Lite
// drawn as SVG by the native plots' chunk, loaded on first need), or, for Plotly and Bokeh,
// which need libraries Graft does not load, a message saying so. No value ⇒ Empty.
import { applyBlock, block, blockLabel, empty, updateBlockLabel, make } from "../atoms/block.js";
import { readTheme } from "../nativeplot/helpers.js";
import { watchTheme } from "../nativeplot/theme-watch.js";
import { altairSpec, matplotlibSrc, toPlotValue, unsupportedMessage } from "./helpers.js";

let loadRenderer = () => import("../nativeplot/render.js");
// Node tests have no layout for Vega: they swap in a fake renderer module.
export function setRendererLoader(load) {
  loadRenderer = load;
}

function create(props, ctx) {
  const el = block(props, { kind: "plot" });
  const label = blockLabel(props, "Plot");
  const body = make("div", "graft-plot-body");
  const none = empty();
  el.append(label, body, none);
  const view = { el, label, body, none, vega: null, token: null, ctx };
  update(view, props, props, ctx);
  watchTheme(el, ctx.signal, () => {
    if (view.props?.value?.type === "altair") show(view, view.props, ctx);
  });
  return view;
}

function update(view, props, patch, ctx) {
  view.props = props;
  applyBlock(view.el, props);
  if ("label" in patch || "show_label" in patch) updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "Plot");
  if ("value" in patch || "caption" in patch) show(view, props, ctx);
}

function show(view, props, ctx) {
  finalize(view);
  const value = props.value;
  view.none.hidden = !!value;
  view.body.hidden = !value;
  view.body.replaceChildren();
  if (!value) return;
  const caption = () => Object.assign(make("div", "caption"), { textContent: props.caption ?? "", hidden: !props.caption });
  if (value.type === "matplotlib") {
    const wrap = make("div", "matplotlib layout");
    wrap.dataset.testid = "matplotlib";
    const img = document.createElement("img");
    const src = matplotlibSrc(value.plot);
    if (src) img.src = src;
    img.alt = `${value.chart ?? "matplotlib"} plot visualising provided data`;
    wrap.append(img, caption());
    view.body.append(wrap);
  } else if (value.type === "altair") {
    const wrap = make("div", "altair layout");
    wrap.dataset.testid = "altair";
    const chart = make("div", "graft-plot-chart");
    wrap.append(chart, caption());
    view.body.append(wrap);
    drawAltair(view, chart, value, props, ctx);
  } else {
    const wrap = make("div", `${value.type ?? "unknown"} layout graft-plot-unsupported`);
    wrap.dataset.testid = String(value.type ?? "plot");
    wrap.setAttribute("role", "note");
    wrap.textContent = unsupportedMessage(value.type) ?? `Plot cannot draw a value of type ${JSON.stringify(value.type)}.`;
    view.body.append(wrap);
  }
}

async function drawAltair(view, chart, value, props, ctx) {
  const token = {};
  view.token = token;
  try {
    // After the current task: the block is in the page by then, so its theme variables resolve.
    await null;
    const { draw } = await loadRenderer();
    if (view.token !== token || ctx.signal.aborted) return;
    const style = typeof getComputedStyle === "function" && view.el.isConnected ? getComputedStyle(view.el) : null;
    const spec = altairSpec(value, readTheme(style), { selectable: props._selectable === true, width: chart.clientWidth });
    // Vega names the chart (aria-label) by the spec's description: the label when the spec has none.
    spec.description ??= props.label || `${value.chart ?? "Altair"} plot`;
    if (view.token !== token || ctx.signal.aborted) return;
    view.vega = await draw(chart, spec, {
      brush: (signal) => {
        const key = Object.keys(signal ?? {})[0];
        ctx.emit("select", key ? { value: signal, index: signal[key].map((x) => x / 1000), selected: true } : { value: null, index: null, selected: false });
      },
    });
    view.el.dataset.rendered = "";
  } catch (err) {
    if (view.token === token) chart.textContent = `Plot could not be drawn: ${err.message}`;
  }
}

function finalize(view) {
  view.vega?.finalize();
  view.vega = null;
  view.token = null;
  delete view.el.dataset.rendered;
}

const css = `
.graft-plot .graft-plot-body { width: 100%; }
.graft-plot .layout { display: flex; flex-direction: column; justify-content: center; align-items: center; width: 100%; color: var(--body-text-color); }
.graft-plot .matplotlib img { object-fit: contain; max-width: 100%; }
.graft-plot .graft-plot-chart { width: 100%; }
.graft-plot .graft-plot-chart svg { display: block; max-width: 100%; margin: 0 auto; }
.graft-plot .caption { font-size: var(--text-sm); margin-bottom: 6px; }
.graft-plot .graft-plot-unsupported { padding: var(--spacing-xl); min-height: 120px; color: var(--body-text-color-subdued); text-align: center; }
.graft-plot .empty:not([hidden]) { min-height: 120px; display: flex; align-items: center; justify-content: center; }
`;

export default {
  create,
  update,
  destroy: finalize,
  css,
  receives: "the figure as Gradio sends it: {type: \"altair\"|\"plotly\"|\"matplotlib\"|\"bokeh\", plot: JSON spec or data:image URL, chart?}",
  edge: {
    argument: (value) => (value ? { ...value } : null),
    output: (value) => toPlotValue(value),
  },
};
