// Pure logic of gr.Number (no DOM): Gradio's precision rounding, bounds check and the
// parsing of the number box. Slider reuses roundToPrecision, as Gradio's Slider calls
// Number.round_to_precision.

// Gradio's Number.round_to_precision: None leaves the value alone, 0 makes an int, n rounds
// to n decimals. Python's round() rounds the exact binary value and breaks exact ties to even
// (round(2.5) == 2, round(0.125, 2) == 0.12); toFixed breaks them upwards, so ties are
// detected on the exact expansion (toFixed(100)) and resolved to the even neighbour.
export function roundToPrecision(num, precision) {
  if (precision == null || typeof num !== "number" || !Number.isFinite(num)) return num;
  const p = Math.trunc(precision);
  if (p < 0) {
    const unit = 10 ** -p;
    return roundHalfEven(num / unit) * unit + 0;
  }
  const a = Math.abs(num);
  if (p > 100 || a >= 1e21) return num;
  const sign = num < 0 ? -1 : 1;
  const full = a.toFixed(100);
  const dot = full.indexOf(".");
  const head = full.slice(0, p ? dot + 1 + p : dot);
  const tie = /^50*$/.test(full.slice(dot + 1 + p));
  const even = Number(head.at(-1)) % 2 === 0;
  const rounded = tie && even ? Number(head) : Number(a.toFixed(p));
  return sign * rounded + 0; // + 0 turns -0 into 0, as Python's int has no -0
}

function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// Gradio's Number.raise_if_out_of_bounds, as its preprocess runs it on every input value.
export function boundsError(num, minimum, maximum) {
  if (minimum != null && num < minimum) return `Value ${num} is less than minimum value ${minimum}.`;
  if (maximum != null && num > maximum) return `Value ${num} is greater than maximum value ${maximum}.`;
  return null;
}

// The number box's text as a value: an empty (or unparsable: the browser reports "") box is
// null, as Svelte's bind:value gives Gradio.
export function parseNumber(text) {
  if (text == null || String(text).trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

// What a function's return becomes (Gradio's postprocess): null stays null, a number is
// rounded to `precision`; anything else is refused with a message naming the component.
export function outputNumber(value, precision, type = "Number") {
  if (value == null) return null;
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new Error(`${type} expects a finite number, got ${describe(value)}`);
  return roundToPrecision(value, precision);
}

export function describe(value) {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  return value === null ? "null" : typeof value === "object" ? "an object" : typeof value;
}

// The box shows a value only when its own text does not already say it, so a value echoed
// back while typing ("1." or "1.50") does not rewrite what the user is typing.
export function boxNeedsText(text, value) {
  return parseNumber(text) !== (value ?? null);
}
