// Gradio's SelectSource: span[data-testid=source-select] with one button per source, named as
// Gradio names them ("Upload file", "Record audio", …); shown when a component has several.
export function sourceSelect(names, onPick, signal) {
  const el = document.createElement("span");
  el.className = "source-selection";
  el.dataset.testid = "source-select";
  for (const [source, name] of Object.entries(names)) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "icon";
    b.dataset.source = source;
    b.setAttribute("aria-label", name);
    b.textContent = name; // the visible words are the name (WCAG 2.5.3)
    b.addEventListener("click", () => onPick(source), { signal });
    el.append(b);
  }
  return el;
}

// Shows the sources a component offers, marks the chosen one, and hides the whole switcher
// unless it is interactive with a choice to make.
export function updateSourceSelect(el, sources, chosen, interactive) {
  for (const b of el.children) {
    b.hidden = !sources.includes(b.dataset.source);
    b.setAttribute("aria-pressed", String(b.dataset.source === chosen));
  }
  el.hidden = !interactive || sources.length < 2;
}
