// Pure logic of gr.Checkbox (no DOM): its label fallback, select EventData and what a
// function's return becomes.

export const labelText = (label) => label || "Checkbox";

// Gradio's select payload for a checkbox: always index 0, value and selected the new state.
export const selectData = (checked) => ({ index: 0, value: checked, selected: checked });

// Gradio's postprocess is Python's bool(value): None, 0, "", [] and {} are False.
export function truthy(value) {
  if (value == null || value === false || value === 0 || value === "" || Number.isNaN(value)) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
