// Pure logic of gr.Plot: the wire value {type, plot, chart?} from what a page function returns,
// the image source of a Matplotlib value, and an Altair (Vega-Lite) spec themed as Gradio's
// js/plot/shared/plot_types/altair_utils.ts does; Plotly and Bokeh get a message.

const TYPES = ["altair", "plotly", "matplotlib", "bokeh"];

function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return `an object with keys ${Object.keys(v).slice(0, 5).join(", ") || "(none)"}`;
  const s = String(v);
  return `${typeof v} ${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)}`;
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isVegaLite = (v) => isObject(v) && (/vega-lite/.test(v.$schema ?? "") || "mark" in v || "layer" in v || "hconcat" in v || "vconcat" in v || "concat" in v || "facet" in v || "repeat" in v);

// What a page function returns → Gradio's {type, plot, chart?}. Accepts that value itself (plot
// as a string, or an object that is stringified), a Vega-Lite spec object (an Altair chart's
// to_dict()), or a data:image/… URL (a Matplotlib figure rendered to PNG).
export function toPlotValue(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && /^data:image\//.test(value)) return { type: "matplotlib", plot: value };
  if (isObject(value) && TYPES.includes(value.type) && value.plot != null) {
    const plot = typeof value.plot === "string" ? value.plot : JSON.stringify(value.plot);
    return { ...value, plot };
  }
  if (isVegaLite(value)) return { type: "altair", plot: JSON.stringify(value) };
  throw new Error(`Plot expects {type: "altair"|"plotly"|"matplotlib"|"bokeh", plot}, a Vega-Lite spec or a data:image URL, got ${describe(value)}`);
}

// Gradio sends Matplotlib figures as base64 PNG data URLs; a bare base64 string is taken as PNG.
// Anything else (a remote URL) is refused: the plot draws no network fetch of its own.
export function matplotlibSrc(plot) {
  if (typeof plot !== "string") return null;
  if (/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,/.test(plot)) return plot;
  if (/^[A-Za-z0-9+/=\s]+$/.test(plot)) return `data:image/png;base64,${plot.replace(/\s/g, "")}`;
  return null;
}

export function unsupportedMessage(type) {
  if (type === "plotly") return "Plotly figures need plotly.js, which Graft does not load yet.";
  if (type === "bokeh") return "Bokeh figures need BokehJS from its CDN and a Python server; they are not available in a Graft page.";
  return null;
}

// Altair's JSON spec, themed from CSS variables when Gradio knows the chart kind (value.chart),
// and without the "brush" param unless a select listener exists (Gradio's AltairPlot).
export function altairSpec(value, theme, { selectable = false, width = 0 } = {}) {
  let spec;
  try {
    spec = JSON.parse(value.plot);
  } catch (err) {
    throw new Error(`Plot: the Altair spec is not JSON (${err.message})`);
  }
  if (!isObject(spec)) throw new Error("Plot: the Altair spec is not a JSON object");
  if (!selectable && Array.isArray(spec.params)) spec.params = spec.params.filter((p) => p?.name !== "brush");
  spec.background ??= "transparent";
  if (value.chart) {
    const config = spec.config ?? {};
    const text = { labelColor: theme.text, titleColor: theme.text, labelFont: theme.font, titleFont: theme.font };
    spec.config = {
      ...config,
      axis: { ...text, gridColor: theme.border, tickColor: theme.border, domainColor: theme.border, ...config.axis },
      legend: { ...text, ...config.legend },
      title: { color: theme.text, font: theme.font, ...config.title },
      view: { stroke: theme.border, ...config.view },
      mark: { ...(value.chart === "bar" ? { fill: theme.accent } : { stroke: theme.accent, fill: value.chart === "scatter" ? theme.accent : undefined }), ...config.mark },
    };
    if (spec.config.mark.fill === undefined) delete spec.config.mark.fill;
    // Gradio fits a known chart kind to its parent's width, unless faceted (vega glitches there).
    if (width && !spec.encoding?.column?.field && !spec.encoding?.row?.field) spec.width = Math.min(width, spec.width || width);
  }
  return spec;
}
