// gr.HighlightedText's pure logic (Node-tested): Gradio's postprocess of what a function returns,
// its colour map (theme colours, next-colour order) with colours sanitised before they reach a
// style, adjacent-token merging and the score colours.
import { safeColor } from "../atoms/color.js";

export { safeColor }; // Label and AnnotatedImage take it from here

// @gradio/theme's ordered category colours: [primary (-600/-500), secondary (-100)].
export const THEME_COLORS = {
  red: ["#dc2626", "#fee2e2"],
  green: ["#16a34a", "#dcfce7"],
  blue: ["#2563eb", "#dbeafe"],
  yellow: ["#eab308", "#fef9c3"],
  purple: ["#9333ea", "#f3e8ff"],
  teal: ["#0d9488", "#ccfbf1"],
  orange: ["#ea580c", "#ffedd5"],
  cyan: ["#0891b2", "#cffafe"],
  lime: ["#84cc16", "#ecfccb"],
  pink: ["#db2777", "#fce7f3"],
};
const ORDERED = Object.keys(THEME_COLORS);

// Gradio's is_transparent: "transparent" or #RRGGBBAA with zero alpha.
export function isTransparent(color) {
  if (!color) return true;
  const c = color.toLowerCase().trim();
  return c === "transparent" || (c.length === 9 && c.endsWith("00"));
}

// "categories" when labels are strings, "scores" when they are numbers (Gradio's mode).
export function modeOf(value) {
  let mode = "categories";
  for (const { class_or_confidence: c } of value ?? []) {
    if (c === null || c === undefined) continue;
    mode = typeof c === "string" ? "categories" : "scores";
  }
  return mode;
}

// category -> { primary, secondary }. Gradio fills unmapped categories with the next theme
// colour in order. A custom colour's secondary is a 50% tint toward white (Gradio: 50% alpha),
// opaque so the black token text keeps >= 5:1 contrast in light and dark themes alike.
export function resolveColors(colorMap, value) {
  const local = {};
  for (const [k, v] of Object.entries(colorMap ?? {})) {
    const safe = safeColor(v);
    if (safe) local[k] = safe;
  }
  for (const { class_or_confidence: c } of value ?? []) {
    if (typeof c === "string" && !(c in local)) local[c] = ORDERED[Object.keys(local).length % ORDERED.length];
  }
  const out = {};
  for (const [k, color] of Object.entries(local)) {
    if (THEME_COLORS[color]) out[k] = { primary: THEME_COLORS[color][0], secondary: THEME_COLORS[color][1] };
    else if (isTransparent(color)) out[k] = { primary: "transparent", secondary: "transparent" };
    else out[k] = { primary: color, secondary: `color-mix(in srgb, ${color} 50%, white)` };
  }
  return out;
}

// The inline category chip: Gradio puts white text on the primary colour, which fails AA for
// yellow, lime, green…; 45% of the colour over black keeps white text >= 4.5:1 for any colour.
export function chipColor(primary) {
  return !primary || primary === "transparent" ? "" : `color-mix(in srgb, ${primary} 45%, black)`;
}

// Gradio's get_score_color hues (positive red, negative purple). Alpha is capped at 0.6 (Gradio
// goes to 1) so body text stays >= 4.5:1 over the tint in both themes.
export function scoreColor(score) {
  if (score === null || score === undefined || Number.isNaN(score)) return "";
  const a = Math.round(Math.min(Math.abs(score), 1) * 0.6 * 1000) / 1000;
  return score < 0 ? `rgba(128, 90, 213, ${a})` : `rgba(239, 68, 60, ${a})`;
}

export function scoreOf(c) {
  if (c === null || c === undefined) return null;
  const n = typeof c === "string" ? parseFloat(c) : c;
  return Number.isFinite(n) ? n : null;
}

// Gradio's merge_elements(value, "equal"), applied by the page when combine_adjacent is set.
export function mergeEqual(value) {
  const out = [];
  for (const { token, class_or_confidence } of value) {
    const last = out[out.length - 1];
    if (last && last.class_or_confidence === class_or_confidence) last.token += token;
    else out.push({ token, class_or_confidence });
  }
  return out;
}

const describe = (v) => (Array.isArray(v) ? "a list" : v === null ? "null" : typeof v === "object" ? "an object" : JSON.stringify(v));

// What a function returns -> the wire value, as HighlightedText.postprocess: [token, label]
// pairs (or the wire's {token, class_or_confidence}), or {text, entities: [{entity |
// entity_group, start, end}]}; then combine_adjacent with adjacent_separator, and tokens
// trimmed when show_whitespaces is false. Offsets are JS string indices.
export function toWire(value, props = {}) {
  if (value === null || value === undefined) return null;
  let pairs;
  if (Array.isArray(value)) pairs = value.map(pairOf);
  else if (typeof value === "object") pairs = fromEntities(value);
  else throw new Error(`HighlightedText expects a list of [token, label] pairs or {text, entities}, got ${describe(value)}`);
  if (props.combine_adjacent) pairs = combine(pairs, props.adjacent_separator ?? "");
  const trim = props.show_whitespaces === false;
  return pairs.map(([token, c]) => ({ token: trim ? token.trim() : token, class_or_confidence: c }));
}

function pairOf(item) {
  let token, c;
  if (Array.isArray(item) && item.length === 2) [token, c] = item;
  else if (item && typeof item === "object" && "token" in item) ({ token, class_or_confidence: c } = item);
  else throw new Error(`HighlightedText expects each item to be a [token, label] pair, got ${describe(item)}`);
  if (typeof token !== "string") throw new Error(`HighlightedText expects each token to be a string, got ${describe(token)}`);
  if (c !== null && c !== undefined && typeof c !== "string" && typeof c !== "number") {
    throw new Error(`HighlightedText expects a label to be a string, a number or null, got ${describe(c)}`);
  }
  return [token, c ?? null];
}

function fromEntities(value) {
  const { text, entities } = value;
  if (typeof text !== "string" || !Array.isArray(entities)) {
    throw new Error("HighlightedText expects a dictionary with keys 'text' and 'entities'");
  }
  if (!entities.length) return [[text, null]];
  const out = [];
  let index = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (!Number.isInteger(e?.start) || !Number.isInteger(e?.end)) {
      throw new Error("HighlightedText expects each entity to have integer 'start' and 'end'");
    }
    out.push([text.slice(index, e.start), null]);
    out.push([text.slice(e.start, e.end), e.entity || e.entity_group || null]);
    index = e.end;
  }
  out.push([text.slice(index), null]);
  return out;
}

// Python's combine_adjacent loop: same category joins with the separator; an empty token of
// another category (left by entity splitting) is skipped.
function combine(pairs, separator) {
  const out = [];
  let run = null;
  for (const [text, c] of pairs) {
    if (run === null) run = [text, c];
    else if (c === run[1]) run[0] += separator + text;
    else if (!text) continue;
    else {
      out.push(run);
      run = [text, c];
    }
  }
  if (run !== null) out.push(run);
  return out;
}

// A value already on the wire, or one a function shaped: the list the page draws (null: Empty).
export function displayValue(value) {
  if (value === null || value === undefined) return null;
  try {
    return toWire(value);
  } catch {
    return null;
  }
}
