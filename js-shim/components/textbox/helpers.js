// How Gradio's Textbox chooses and sizes its field, and when a key submits (Node-tested).

// Gradio: a one-line <input> only when lines and the effective max_lines are both 1; a text
// Textbox whose max_lines is unset may grow to max(lines, 20). Password and email are inputs.
export function fieldKind(props) {
  const type = props.type ?? "text";
  if (type === "password") return { tag: "input", type: "password", testid: "password" };
  if (type === "email") return { tag: "input", type: "email", testid: "textbox" };
  const lines = props.lines ?? 1;
  if (lines === 1 && maxLines(props) === 1) return { tag: "input", type: "text", testid: "textbox" };
  return { tag: "textarea", type: null, testid: "textbox" };
}

export function maxLines(props) {
  const lines = props.lines ?? 1;
  return props.max_lines ?? Math.max(lines, 20);
}

// Enter submits a one-line box; Shift+Enter submits a multi-line one (Enter adds a line).
export function submitsOn(props, { key, shiftKey, isComposing }) {
  if (key !== "Enter" || isComposing) return false;
  const multiline = fieldKind(props).tag === "textarea";
  return multiline ? shiftKey : true;
}

// The rows a textarea shows for `text`: its line count, within [lines, max_lines].
export function rowsFor(text, props) {
  const count = String(text ?? "").split("\n").length;
  return Math.min(Math.max(count, props.lines ?? 1), maxLines(props));
}

// Which of Gradio's buttons a Textbox shows: `buttons` (Gradio 6) or show_copy_button (older).
export function showsCopy(props) {
  return (Array.isArray(props.buttons) && props.buttons.includes("copy")) || props.show_copy_button === true;
}

// A submit/stop button's text: its string, or Gradio's icon when it is just `true`.
export function buttonText(value, icon) {
  return typeof value === "string" ? value : icon;
}

// The value a function returned for a Textbox: Gradio's postprocess makes it a str.
export function textOutput(value) {
  if (value == null) return value;
  if (typeof value === "object" && value.__type__ !== "update") throw new Error(`Textbox expects a string, got ${JSON.stringify(value).slice(0, 60)}`);
  return typeof value === "object" ? value : String(value);
}
