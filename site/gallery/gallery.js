// The gallery's event logs: every example's config (written by scripts/site-docs.mjs) names
// one listener per logged event; each gets a function, on that example's element, that writes
// the event, its EventData and the value a page function receives into the example's log.
// Runs before DOMContentLoaded, so the functions are there when each app checks for them.
import "../graft/graft.js";

// A value as a short line: pixels by their shape, long JSON cut.
function show(value) {
  if (value && typeof value === "object" && Array.isArray(value.shape)) return `image ${value.shape.join("×")} (${value.dtype})`;
  if (value instanceof Uint8Array) return `${value.length} bytes`;
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    text = String(value);
  }
  if (text === undefined) text = String(value);
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

for (const app of document.querySelectorAll("graft-app[data-example]")) {
  const { dependencies } = JSON.parse(app.querySelector('script[type="application/json"]').textContent);
  const lines = [];
  const write = (event, evt, value, hasValue) => {
    const { target, ...data } = evt ?? {};
    const extra = Object.keys(data).length ? ` ${show(data)}` : "";
    lines.unshift(`${event}${extra}${hasValue ? ` — receives ${show(value)}` : ""}`);
    return lines.slice(0, 8).join("\n");
  };
  for (const dep of dependencies) {
    const event = dep.targets[0][1];
    // One parameter more than the inputs: the function receives Gradio's EventData last.
    const fn = dep.inputs.length ? (value, evt) => write(event, evt, value, true) : (evt) => write(event, evt, undefined, false);
    app.register(dep.api_name, fn);
  }
}
