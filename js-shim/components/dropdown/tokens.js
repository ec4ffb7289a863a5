// The multiselect's chips (Multiselect.svelte): div.token per selected value with its remove
// control, plus the "Clear" control that removes them all.
import { entryDisplay } from "./helpers.js";

export function div(className, role) {
  const d = document.createElement("div");
  d.className = className;
  if (role) d.setAttribute("role", role);
  return d;
}

// Gradio's remove controls are div[role=button] titled "Remove <value>" / "Clear"; the same
// text is their aria-label so they have a name for getByRole as well as a tooltip.
export function removeControl(name, extra = "") {
  const x = div(`token-remove ${extra}`.trim(), "button");
  x.tabIndex = 0;
  x.title = name;
  x.setAttribute("aria-label", name);
  x.textContent = "×";
  return x;
}

// Redraws the chips for `ents` (choice indices or custom values) before the text field.
export function renderTokens(view, ents) {
  for (const t of view.tokens) t.remove();
  view.tokens = [];
  const interactive = view.props.interactive !== false;
  for (const entry of ents) {
    const token = div("token");
    const span = document.createElement("span");
    span.textContent = entryDisplay(entry, view.choices);
    token.append(span);
    if (interactive) token.append(removeControl(`Remove ${span.textContent}`));
    view.inner.insertBefore(token, view.secondary);
    view.tokens.push(token);
  }
  view.clear.hidden = !interactive || !ents.length;
}
