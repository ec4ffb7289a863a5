// Pure logic of gr.Radio (no DOM): choices and Gradio's "not a choice" check come from
// CheckboxGroup's helpers (the same in Gradio); here the select payload and the edge.
import { normaliseChoices, notAChoice } from "../checkboxgroup/helpers.js";

export { normaliseChoices };

// Gradio's Radio select payload: {value, index} (no `selected`).
export const selectData = (choices, index) => ({ value: choices[index][1], index });

// What a function's return becomes: Gradio passes it through; here a value that cannot be a
// choice (not a string, number or null) is refused rather than drawn as nothing.
export function outputChoice(value) {
  if (value == null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) return value ?? null;
  throw new Error(`Radio expects a choice value (a string or number), got ${Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : String(value)}`);
}

// What a function receives: the value, or its index for type="index"; a value that is not a
// choice fails the event with Gradio's message.
export function argumentChoice(value, props) {
  if (value == null) return null;
  const values = normaliseChoices(props.choices).map(([, v]) => v);
  const error = notAChoice(value, values);
  if (error) return Promise.reject(new Error(error));
  return props.type === "index" ? values.indexOf(value) : value;
}
