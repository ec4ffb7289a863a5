// The plotting chunk, loaded only by apps with a plot: Vega-Lite compiled to a Vega view drawn
// as SVG (Gradio's choice of library and renderer). vega-interpreter evaluates Vega expressions
// without `new Function`, so charts draw under the demos' script-src policy (no unsafe-eval).
import { View, parse } from "vega";
import { compile } from "vega-lite";
import { expressionInterpreter } from "vega-interpreter";

// Draws `spec` (Vega-Lite) into `container`; resolves to the view. `on.brush(value)` gets the
// "brush" signal's value, `on.dblclick()` a double click anywhere on the chart.
export async function draw(container, spec, on = {}) {
  const vega = compile(spec).spec;
  const view = new View(parse(vega, null, { ast: true }), {
    expr: expressionInterpreter,
    renderer: "svg",
    container,
    hover: true,
  });
  if (on.dblclick) view.addEventListener("dblclick", () => on.dblclick());
  // Only specs with Gradio's x brush (a select listener) have the signal.
  if (on.brush && (vega.signals ?? []).some((s) => s.name === "brush")) view.addSignalListener("brush", (_, value) => on.brush(value));
  await view.runAsync();
  return view;
}
