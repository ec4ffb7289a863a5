// The few icons the shared atoms draw, as inline SVG (no font may lack a glyph; no request).
const PATHS = {
  copy: "M8 8h11v13H8zM5 16H4V3h11v1",
  check: "M4 12l5 5L20 6",
  download: "M12 3v13m-5-5l5 5 5-5M4 21h16",
  close: "M6 6l12 12M18 6L6 18",
};

// An inline SVG of one path, hidden from assistive tech (its button carries the name): stroked
// on a 24-unit grid, or `filled` on its own `viewBox` (Markdown's 16-unit GitHub octicons).
export function svgPath(d, { size = 14, filled = false, viewBox = "0 0 24 24" } = {}) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const stroke = filled ? { fill: "currentColor" } : { fill: "none", stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round" };
  for (const [k, v] of Object.entries({ viewBox, width: size, height: size, "aria-hidden": "true", ...stroke })) svg.setAttribute(k, String(v));
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}

export function icon(name) {
  return svgPath(PATHS[name] ?? "");
}

export const hasIcon = (name) => name in PATHS;
