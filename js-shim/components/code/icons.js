// gr.Code's icons (Feather's copy, check, download and code, as @gradio/icons draws them),
// built as SVG nodes so no markup string is parsed.
const SVG = "http://www.w3.org/2000/svg";

function icon(shapes, size = 14) {
  const svg = document.createElementNS(SVG, "svg");
  const attrs = { viewBox: "0 0 24 24", width: String(size), height: String(size), fill: "none", stroke: "currentColor",
    "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true" };
  for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, v);
  for (const [tag, a] of shapes) {
    const shape = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(a)) shape.setAttribute(k, v);
    svg.append(shape);
  }
  return svg;
}

export const copyIcon = () => icon([["rect", { x: "9", y: "9", width: "13", height: "13", rx: "2" }], ["path", { d: "M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" }]]);
export const checkIcon = () => icon([["polyline", { points: "20 6 9 17 4 12" }]]);
export const downloadIcon = () => icon([["path", { d: "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4" }], ["polyline", { points: "7 10 12 15 17 10" }], ["line", { x1: "12", y1: "15", x2: "12", y2: "3" }]]);
export const codeIcon = (size) => icon([["polyline", { points: "16 18 22 12 16 6" }], ["polyline", { points: "8 6 2 12 8 18" }]], size);
