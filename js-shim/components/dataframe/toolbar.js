// The Dataframe's header row, as Gradio's Toolbar.svelte draws it: div.label > p (the label)
// and [role=toolbar aria-label="Table actions"] with the search input ("Search..." or
// "Filter..."), "Apply filter and update dataframe values", "Copy table data" and "Fullscreen".
import { iconButton } from "../atoms/block.js";
import { icon } from "../atoms/icons.js";
import { showsButton } from "./helpers.js";

const SVG = "http://www.w3.org/2000/svg";
// Gradio's Maximize / Minimize icons (corner brackets), drawn here: the shared set has none.
const FULLSCREEN = { enter: "M8 3H5a2 2 0 0 0-2 2v3m18 0V5a2 2 0 0 0-2-2h-3m0 18h3a2 2 0 0 0 2-2v-3M3 16v3a2 2 0 0 0 2 2h3",
  exit: "M8 3v3a2 2 0 0 1-2 2H3m18 0h-3a2 2 0 0 1-2-2V3m0 18v-3a2 2 0 0 1 2-2h3M3 16h3a2 2 0 0 1 2 2v3" };
function cornerIcon(d) {
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "14", height: "14", fill: "none", stroke: "currentColor", "stroke-width": "2", "aria-hidden": "true" })) svg.setAttribute(k, v);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}

export function createToolbar(ctx, { onSearch, onApplyFilter, onCopy, onFullscreen }) {
  const el = document.createElement("div");
  el.className = "header-row";
  const label = document.createElement("div");
  label.className = "label";
  const p = document.createElement("p");
  label.append(p);
  const toolbar = document.createElement("div");
  toolbar.className = "toolbar";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", "Table actions");
  const buttons = document.createElement("div");
  buttons.className = "toolbar-buttons";
  const search = document.createElement("div");
  search.className = "search-container";
  const input = document.createElement("input");
  input.type = "text";
  input.className = "search-input";
  input.setAttribute("aria-label", "Search the table");
  const apply = iconButton("Apply filter and update dataframe values", "check", () => onApplyFilter(), ctx.signal);
  apply.classList.add("toolbar-button", "check-button");
  search.append(input, apply);
  const copy = iconButton("Copy table data", "copy", async () => {
    await onCopy();
    copy.replaceChildren(icon("check"));
    setName(copy, "Copied to clipboard");
    clearTimeout(timer);
    timer = setTimeout(() => {
      copy.replaceChildren(icon("copy"));
      setName(copy, "Copy table data");
    }, 2000);
  }, ctx.signal);
  copy.classList.add("toolbar-button");
  const full = iconButton("Fullscreen", "", () => onFullscreen(), ctx.signal);
  full.classList.add("toolbar-button");
  buttons.append(search, copy, full);
  toolbar.append(buttons);
  el.append(label, toolbar);
  let timer = 0;
  ctx.signal.addEventListener("abort", () => clearTimeout(timer));
  input.addEventListener("input", () => {
    apply.hidden = !(input.value && input.classList.contains("filter-mode"));
    onSearch(input.value);
  }, { signal: ctx.signal });

  function update(props, fullscreen) {
    const mode = props.show_search === "search" || props.show_search === "filter" ? props.show_search : "none";
    const hasLabel = Boolean(props.label) && props.show_label !== false;
    p.textContent = props.label ?? "";
    label.hidden = !hasLabel;
    search.hidden = mode === "none";
    input.placeholder = mode === "filter" ? "Filter..." : "Search...";
    input.title = `Enter text to ${mode} the table`;
    input.classList.toggle("filter-mode", mode === "filter");
    apply.hidden = !(input.value && mode === "filter");
    copy.hidden = !showsButton(props, "copy");
    full.hidden = !showsButton(props, "fullscreen");
    setName(full, fullscreen ? "Exit fullscreen mode" : "Fullscreen");
    full.replaceChildren(cornerIcon(fullscreen ? FULLSCREEN.exit : FULLSCREEN.enter));
    el.hidden = !hasLabel && mode === "none" && copy.hidden && full.hidden;
  }

  return { el, input, update, clear() { input.value = ""; apply.hidden = true; } };
}

function setName(button, name) {
  button.setAttribute("aria-label", name);
  button.title = name;
}
