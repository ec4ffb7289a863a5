// gr.HTML: Gradio's Block > div.html-container > div.prose.gradio-style holding the app's HTML
// (html_template with ${value}, css_template). Gradio runs that HTML's scripts; Graft does not:
// it is sanitised (DOMPurify, then scrub) and drawn in a shadow root, so its <style> stays in
// the component, and the container's `contain: paint` keeps it from drawing over the page.
import DOMPurify from "dompurify";
import { block, applyBlock, blockLabel, updateBlockLabel } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { fill, sanitize, px, toWire } from "./helpers.js";

// Page stylesheets do not reach into a shadow root, so Gradio's prose basics come along.
const BASE = `
.graft-html-root.prose { line-height: 1.5; overflow-wrap: break-word; }
.prose :is(h1, h2, h3, h4) { color: var(--body-text-color); font-weight: 600; line-height: 1.25; margin: 0.6em 0 0.4em; }
.prose h1 { font-size: var(--text-xxl, 26px); }
.prose h2 { font-size: var(--text-xl, 22px); }
.prose h3 { font-size: var(--text-lg); }
.prose p { margin: 0.4em 0; }
.prose a { color: var(--link-text-color); }
.prose code { font-family: var(--font-mono); font-size: 0.9em; background: var(--code-background-fill); border-radius: var(--radius-sm); padding: 1px 4px; }
.prose pre { overflow: auto; background: var(--code-background-fill); border-radius: var(--radius-md); padding: var(--spacing-lg); }
.prose pre code { padding: 0; background: none; }
.prose table { border-collapse: collapse; }
.prose :is(th, td) { border: 1px solid var(--border-color-primary); padding: var(--spacing-sm) var(--spacing-md); }
.prose img, .prose video { max-width: 100%; }
`;

function create(props, ctx) {
  const el = block(props, { kind: "html" });
  const label = blockLabel(props, "HTML");
  const container = document.createElement("div");
  container.className = "html-container";
  const host = document.createElement("div");
  host.className = "prose gradio-style";
  host.id = ctx.uid("html");
  const shadow = host.attachShadow({ mode: "open" });
  const base = document.createElement("style");
  const custom = document.createElement("style");
  const root = document.createElement("div");
  root.className = "graft-html-root";
  shadow.append(base, custom, root);
  container.append(host);
  el.append(label, container);
  // Gradio's default js_on_load: element.addEventListener('click', () => trigger('click')).
  host.addEventListener("click", () => ctx.emit("click", null), { signal: ctx.signal });
  const view = { el, label, container, host, shadow, base, custom, root };
  update(view, props, props);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  view.el.classList.toggle("padded", props.padding === true);
  const labelled = props.show_label === true;
  if (changed("label") || changed("show_label")) {
    updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "HTML");
    view.label.hidden = !labelled;
  }
  view.container.classList.toggle("label-padding", labelled);
  view.container.style.minHeight = px(props.min_height);
  view.container.style.maxHeight = px(props.max_height);
  view.container.style.overflowY = props.max_height ? "auto" : "";
  if (changed("apply_default_css")) {
    view.root.classList.toggle("prose", props.apply_default_css !== false);
    view.base.textContent = props.apply_default_css === false ? "" : BASE;
  }
  if (changed("value") || changed("html_template")) {
    const purify = DOMPurify?.isSupported ? DOMPurify : null;
    view.root.replaceChildren(sanitize(fill(props.html_template, props.value), purify));
  }
  if (changed("value") || changed("css_template")) {
    // Gradio scopes css_template to the component's element (`#html-<id> { … }`); here the
    // root inside the shadow root. Rules in it can reach nothing outside that root.
    const rules = fill(props.css_template ?? "", props.value);
    view.custom.textContent = rules.trim() ? `.graft-html-root { ${rules} }` : "";
  }
}

const css = `
.graft-html .html-container { padding: var(--block-padding); contain: paint; transition: 150ms; }
.graft-html .html-container.label-padding { padding-top: var(--spacing-xxl, 16px); }
.graft-html .prose.gradio-style { display: block; color: var(--body-text-color); font-family: var(--font); font-size: var(--text-md); }
`;

export default {
  receives: "str", create, update, css, edge: { output: (value) => toWire(value) } };
