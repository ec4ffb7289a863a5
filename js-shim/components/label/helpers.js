// gr.Label's pure logic (Node-tested): Gradio's postprocess of what a function returns (a dict
// of confidences, a str/number, or the wire shape), its preprocess, and what the page draws.
export { safeColor } from "../highlightedtext/helpers.js";

const describe = (v) => (Array.isArray(v) ? "a list" : v === null ? "null" : typeof v === "object" ? "an object" : JSON.stringify(v));
const isPlain = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

// Function return -> wire value {label, confidences?}, as Label.postprocess: None/{} -> {};
// str/number -> {label: str(value)}; {class: confidence} sorted descending, capped at
// num_top_classes, the top class as label. The wire shape itself is accepted too.
export function toWire(value, props = {}) {
  if (value === null || value === undefined) return {};
  if (typeof value === "string") return { label: value };
  if (typeof value === "number") return { label: String(value) };
  if (typeof value === "boolean") return { label: value ? "True" : "False" }; // Python's str(bool)
  if (!isPlain(value)) throw new Error(`Label expects a string, a number or a dict of {class: confidence}, got ${describe(value)}`);
  if (Object.keys(value).length === 0) return {};
  if (isWire(value)) return fromWire(value, props.num_top_classes);
  const pairs = Object.entries(value).map(([label, confidence]) => {
    if (typeof confidence !== "number" || !Number.isFinite(confidence)) {
      throw new Error(`Label expects each confidence to be a number, got ${describe(confidence)} for "${label}"`);
    }
    return { label, confidence };
  });
  const sorted = cap(pairs.sort((a, b) => b.confidence - a.confidence), props.num_top_classes);
  return { label: sorted[0].label, confidences: sorted };
}

// {label, confidences: [...] | null}, or {label: "Cat"} alone ({label: 0.9} is a class "label").
function isWire(value) {
  if ("confidences" in value) return value.confidences === null || Array.isArray(value.confidences);
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === "label" && typeof value.label !== "number";
}

function cap(list, n) {
  return Number.isInteger(n) && n >= 0 ? list.slice(0, n) : list;
}

function fromWire(value, numTop) {
  const out = { label: value.label === null || value.label === undefined ? null : String(value.label) };
  if (!Array.isArray(value.confidences)) return out;
  out.confidences = cap(value.confidences.map((c) => {
    if (!isPlain(c) || typeof c.confidence !== "number") {
      throw new Error(`Label expects confidences as [{label, confidence}], got ${describe(c)}`);
    }
    return { label: String(c.label), confidence: c.confidence };
  }), numTop);
  return out;
}

// Label.preprocess: the class alone, or {class: confidence} when confidences are given.
export function toArgument(wire) {
  if (!isPlain(wire)) return null;
  if (!Array.isArray(wire.confidences)) return wire.label ?? null;
  return Object.fromEntries(wire.confidences.map((c) => [c.label, c.confidence]));
}

// What the page draws for a value: null (Empty) unless there is a label (Gradio's Index).
export function displayValue(value, numTop) {
  let wire;
  try {
    wire = toWire(value, { num_top_classes: numTop });
  } catch {
    return null;
  }
  if (wire.label === null || wire.label === undefined) return null;
  return wire;
}

export function percent(confidence) {
  return `${Math.round(confidence * 100)}%`;
}

// A confidence as the meter's value: a number within [0, 1].
export function meterValue(confidence) {
  return Number.isFinite(confidence) ? Math.min(Math.max(confidence, 0), 1) : 0;
}
