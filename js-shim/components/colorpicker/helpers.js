// gr.ColorPicker's colour maths (no DOM): parsing hex / rgb() / hsl() text, formatting for the
// Hex/RGB/HSL modes (as tinycolor2 does for Gradio's Colorpicker.svelte), and hex<->rgb<->hsv<->hsl
// conversions for the saturation/brightness area and hue slider. Unit-tested in tests/shim/colorpicker.

export const clamp = (n, lo, hi) => Math.min(hi, Math.max(lo, n));

// A few CSS names, so a function returning "red" (which Gradio's tinycolor accepts) still works.
const NAMED = {
  black: "#000000", white: "#ffffff", red: "#ff0000", green: "#008000", blue: "#0000ff",
  yellow: "#ffff00", cyan: "#00ffff", aqua: "#00ffff", magenta: "#ff00ff", fuchsia: "#ff00ff",
  gray: "#808080", grey: "#808080", silver: "#c0c0c0", maroon: "#800000", olive: "#808000",
  lime: "#00ff00", purple: "#800080", teal: "#008080", navy: "#000080", orange: "#ffa500",
};

// "#rgb", "#rgba", "#rrggbb", "#rrggbbaa", with or without "#" (alpha is dropped).
export function parseHex(text) {
  const m = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(String(text).trim());
  if (!m) return null;
  let hex = m[1];
  if (hex.length <= 4) hex = [...hex].map((c) => c + c).join("");
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}

export function rgbToHex({ r, g, b }) {
  const two = (n) => Math.round(clamp(n, 0, 255)).toString(16).padStart(2, "0");
  return `#${two(r)}${two(g)}${two(b)}`;
}

// h in [0, 360), s and v in [0, 1].
export function rgbToHsv({ r, g, b }) {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const d = max - Math.min(R, G, B);
  return { h: hueOf(R, G, B, max, d), s: max === 0 ? 0 : d / max, v: max };
}

export function hsvToRgb({ h, s, v }) {
  const f = (n) => {
    const k = (n + h / 60) % 6;
    return Math.round(255 * (v - v * s * Math.max(0, Math.min(k, 4 - k, 1))));
  };
  return { r: f(5), g: f(3), b: f(1) };
}

// h in [0, 360), s and l in [0, 1].
export function rgbToHsl({ r, g, b }) {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const d = max - min;
  const l = (max + min) / 2;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  return { h: hueOf(R, G, B, max, d), s, l };
}

export function hslToRgb({ h, s, l }) {
  const a = s * Math.min(l, 1 - l);
  const f = (n) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return { r: f(0), g: f(8), b: f(4) };
}

function hueOf(R, G, B, max, d) {
  if (d === 0) return 0;
  let h;
  if (max === R) h = ((G - B) / d) % 6;
  else if (max === G) h = (B - R) / d + 2;
  else h = (R - G) / d + 4;
  return (h * 60 + 360) % 360;
}

// A CSS number or percentage: percentages scale to `full` (255 for rgb, 1 for s/l).
function channel(text, full) {
  const t = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)%?$/.test(t)) return NaN;
  return t.endsWith("%") ? (parseFloat(t) / 100) * full : parseFloat(t);
}

function args(text, name) {
  const m = new RegExp(`^${name}a?\\(([^)]*)\\)$`, "i").exec(text);
  if (!m) return null;
  const parts = m[1].split(/\s*[,/]\s*|\s+/).filter(Boolean);
  return parts.length === 3 || parts.length === 4 ? parts.slice(0, 3) : null;
}

// Text in any of the picker's modes (hex, rgb(), hsl(); alpha ignored) or a basic CSS name,
// as {r, g, b}; null when it is not a colour.
export function parseColor(text) {
  if (typeof text !== "string") return null;
  const t = text.trim().toLowerCase();
  if (NAMED[t]) return parseHex(NAMED[t]);
  const hex = parseHex(t);
  if (hex) return hex;
  const rgb = args(t, "rgb");
  if (rgb) {
    const [r, g, b] = rgb.map((p) => channel(p, 255));
    return [r, g, b].some(Number.isNaN) ? null : { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255) };
  }
  const hsl = args(t, "hsl");
  if (hsl) {
    const h = parseFloat(hsl[0].replace(/deg$/, ""));
    const [s, l] = hsl.slice(1).map((p) => channel(p.endsWith("%") ? p : `${p}%`, 1));
    if ([h, s, l].some(Number.isNaN) || !/^[-+]?[\d.]+(deg)?$/.test(hsl[0])) return null;
    return hslToRgb({ h: ((h % 360) + 360) % 360, s: clamp(s, 0, 1), l: clamp(l, 0, 1) });
  }
  return null;
}

// Any colour text as the component's value, "#rrggbb", or null when it is not a colour.
export function normalizeColor(text) {
  const rgb = parseColor(text);
  return rgb ? rgbToHex(rgb) : null;
}

// The text box in each mode, formatted as tinycolor2 formats them for Gradio.
export function formatColor(value, mode) {
  const rgb = parseColor(value ?? "") ?? { r: 0, g: 0, b: 0 };
  if (mode === "rgb") return `rgb(${Math.round(rgb.r)}, ${Math.round(rgb.g)}, ${Math.round(rgb.b)})`;
  if (mode === "hsl") {
    const { h, s, l } = rgbToHsl(rgb);
    return `hsl(${Math.round(h)}, ${Math.round(s * 100)}%, ${Math.round(l * 100)}%)`;
  }
  return rgbToHex(rgb);
}

// The picker's position for a value. Grey has no hue and black no saturation, so those keep
// what the picker showed before rather than jumping to 0 while the user drags through them.
export function hsvForValue(value, previous = { h: 0, s: 0, v: 0 }) {
  const rgb = parseColor(value ?? "");
  if (!rgb) return previous;
  const hsv = rgbToHsv(rgb);
  if (rgbToHex(hsvToRgb(previous)) === rgbToHex(rgb)) return previous;
  if (hsv.v === 0) return { h: previous.h, s: previous.s, v: 0 };
  if (hsv.s === 0) return { ...hsv, h: previous.h };
  return hsv;
}

export const hsvToHex = (hsv) => rgbToHex(hsvToRgb(hsv));

// Pointer positions inside the saturation/brightness area and the hue bar.
export function svFromPoint(x, y, rect) {
  const s = rect.width > 0 ? clamp((x - rect.left) / rect.width, 0, 1) : 0;
  const v = rect.height > 0 ? 1 - clamp((y - rect.top) / rect.height, 0, 1) : 0;
  return { s, v };
}
export function hueFromX(x, rect) {
  return rect.width > 0 ? clamp((x - rect.left) / rect.width, 0, 1) * 360 : 0;
}

// Keyboard steps: the area moves saturation (left/right) and brightness (up/down) by 1%
// (10% with Shift); the hue slider by 1° (10° with Shift, PageUp/PageDown), Home/End to the
// ends. Returns the new value, or null for keys that do nothing.
export function stepSv({ s, v }, key, big = false) {
  const d = big ? 0.1 : 0.01;
  const moves = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
  if (!moves[key]) return null;
  return { s: clamp(s + moves[key][0], 0, 1), v: clamp(v + moves[key][1], 0, 1) };
}
export function stepHue(h, key, big = false) {
  const d = big ? 10 : 1;
  const moves = { ArrowLeft: -d, ArrowDown: -d, ArrowRight: d, ArrowUp: d, PageDown: -10, PageUp: 10 };
  if (key === "Home") return 0;
  if (key === "End") return 360;
  return key in moves ? clamp(h + moves[key], 0, 360) : null;
}

// The function edge: a colour a page function returns becomes "#rrggbb"; other values fail.
export function checkOutput(value) {
  if (value === null || value === undefined) return null;
  const hex = normalizeColor(value);
  if (!hex) throw new Error(`ColorPicker expects a colour string such as "#ff0000", got ${JSON.stringify(value)}`);
  return hex;
}
