// The few icons the shared atoms draw, as inline SVG (no font may lack a glyph; no request).
const PATHS = {
  copy: "M8 8h11v13H8zM5 16H4V3h11v1",
  check: "M4 12l5 5L20 6",
  download: "M12 3v13m-5-5l5 5 5-5M4 21h16",
  close: "M6 6l12 12M18 6L6 18",
};

export function icon(name) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "14");
  svg.setAttribute("height", "14");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("fill", "none");
  svg.setAttribute("stroke", "currentColor");
  svg.setAttribute("stroke-width", "2");
  svg.setAttribute("stroke-linecap", "round");
  svg.setAttribute("stroke-linejoin", "round");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", PATHS[name] ?? "");
  svg.append(path);
  return svg;
}

export const hasIcon = (name) => name in PATHS;
