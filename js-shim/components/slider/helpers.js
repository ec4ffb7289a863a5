// Pure logic of gr.Slider (no DOM): Gradio's defaults for minimum/maximum/step, clamping,
// the reset button rule and the accessible names, plus what a function's value becomes.
import { roundToPrecision, describe } from "../number/helpers.js";

// gr.Slider(minimum=0, maximum=100, step=None): a missing step is 10 ** floor(log10(max - min) - 2),
// as Slider.__init__ computes it (100 wide -> 1, 1 wide -> 0.01).
export function bounds(props) {
  const min = typeof props.minimum === "number" ? props.minimum : 0;
  const max = typeof props.maximum === "number" ? props.maximum : 100;
  let step = props.step;
  if (typeof step !== "number" || !(step > 0)) step = max > min ? 10 ** Math.floor(Math.log10(max - min) - 2) : 1;
  return { min, max, step };
}

export function clamp(value, min, max) {
  return Math.min(Math.max(value, min), max);
}

// Gradio draws the null value (which its postprocess never sends) as the minimum.
export function shown(value, min) {
  return typeof value === "number" && Number.isFinite(value) ? value : min;
}

// The reset button shows when `buttons` is absent or lists "reset": the frontend's
// `buttons?.includes("reset") ?? true` (the Python docstring says the default is none).
export function showsReset(buttons) {
  return buttons == null || (Array.isArray(buttons) && buttons.includes("reset"));
}

// Gradio interpolates the raw label, so an unlabelled slider is named "number input for
// undefined"; here an unlabelled one says "Slider", as its title does.
export function names(label) {
  const name = label || "Slider";
  return { title: name, number: `number input for ${name}`, range: `range slider for ${name}` };
}

// The filled part of the track, in percent (Gradio's --range_progress).
export function progress(value, min, max) {
  if (!(max > min)) return 0;
  return clamp(((value - min) / (max - min)) * 100, 0, 100);
}

// Gradio's postprocess: None becomes the minimum and numbers are rounded to precision. It
// does not clamp, so an out-of-range number is kept (the range input can only show it
// pinned at an end, while the number box shows it as it is).
export function outputSlider(value, props) {
  const { min } = bounds(props);
  if (value == null) return roundToPrecision(min, props.precision);
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new Error(`Slider expects a number, got ${describe(value)}`);
  return roundToPrecision(value, props.precision);
}
