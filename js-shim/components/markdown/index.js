// gr.Markdown: Gradio's Block > div[tid=markdown-wrapper] > div.prose[tid=markdown] > optional
// "Copy conversation" button + span.md.prose holding the value rendered by lib.js (its own
// chunk, with KaTeX and Prism loaded only when the value needs them). Until the chunk arrives
// the block is busy; the latest value wins. sanitize_html=False output is drawn in a shadow
// root: Gradio inserts that HTML as it is, Graft still runs no script or handler and keeps its
// <style> and style attributes from reaching the page (`contain: paint` keeps fixed boxes in).
import { applyBlock, block, iconButton } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { plainBlocks } from "./plain.js";

let lib = null;
const loadLib = () => (lib ??= import("./lib.js"));
const RENDERED_BY = ["value", "line_breaks", "header_links", "latex_delimiters", "sanitize_html"];

function create(props, ctx) {
  const el = block(props, { kind: "markdown" });
  const wrapper = document.createElement("div");
  wrapper.dataset.testid = "markdown-wrapper";
  const prose = document.createElement("div");
  prose.className = "prose";
  prose.dataset.testid = "markdown";
  wrapper.append(prose);
  el.append(wrapper);
  const view = { el, wrapper, prose, md: null, target: null, shadow: null, token: 0, text: "", copy: null };
  // Code blocks' copy buttons (Gradio's `copy` action), in the page or in the shadow root.
  prose.addEventListener("click", (e) => {
    const button = e.composedPath().find((n) => n.localName === "button" && n.classList?.contains("copy_code_button"));
    if (!button) return;
    const code = button.parentNode.querySelector("pre")?.textContent ?? "";
    navigator.clipboard?.writeText(code.replace(/\n$/, "")).then(() => {
      button.classList.add("copied");
      setTimeout(() => button.classList.remove("copied"), 2000);
    }, () => {});
  }, { signal: ctx.signal });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch, ctx) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  view.el.classList.toggle("hide-container", props.container !== true); // Gradio: no frame unless container=True
  view.el.style.minHeight = cssSize(props.min_height);
  view.el.style.maxHeight = cssSize(props.max_height);
  view.el.style.overflowY = props.height != null || props.max_height != null ? "auto" : "";
  view.wrapper.classList.toggle("padding", props.padding === true);
  view.prose.dir = props.rtl ? "rtl" : "ltr";
  const copy = (Array.isArray(props.buttons) && props.buttons.includes("copy")) || props.show_copy_button === true;
  if (copy && !view.copy) {
    view.copy = iconButton("Copy conversation", "⧉", () => {
      navigator.clipboard?.writeText(view.text).catch(() => {});
      ctx.emit("copy", { value: view.text });
    }, ctx.signal);
    view.prose.prepend(view.copy);
  }
  if (view.copy) view.copy.hidden = !copy;
  if (!RENDERED_BY.some(changed)) return;
  const raw = props.sanitize_html === false;
  if (!view.md || raw !== !!view.shadow) mountTarget(view, raw);
  const text = String(props.value ?? "");
  view.text = text;
  const token = ++view.token;
  // Plain prose and headings are drawn now, as marked draws them; the renderer is not fetched.
  const plain = plainBlocks(text, { delimiters: props.latex_delimiters, headerLinks: props.header_links === true });
  if (plain) {
    view.target.replaceChildren(...plain.map(({ tag, lines }) => {
      const el = document.createElement(tag);
      lines.forEach((line, i) => {
        if (i) el.append(props.line_breaks === true ? document.createElement("br") : "\n");
        el.append(line);
      });
      return el;
    }));
    view.el.removeAttribute("aria-busy");
    return;
  }
  view.el.setAttribute("aria-busy", "true");
  const options = {
    lineBreaks: props.line_breaks === true, headerLinks: props.header_links === true,
    latexDelimiters: props.latex_delimiters, sanitizeHtml: !raw, styleRoot: view.shadow ?? document,
  };
  loadLib()
    .then(({ renderMarkdown }) => renderMarkdown(text, options))
    .then((fragment) => {
      if (token !== view.token || ctx.signal.aborted) return; // a newer value is on its way
      view.target.replaceChildren(fragment);
      view.el.removeAttribute("aria-busy");
    })
    .catch((err) => {
      if (token === view.token) view.el.removeAttribute("aria-busy");
      console.warn("gr.Markdown: could not render the value", err);
    });
}

// span.md.prose holds the HTML; for sanitize_html=False it hosts a shadow root with the prose
// CSS (page styles do not reach in; CSS variables do, so the theme still applies).
function mountTarget(view, raw) {
  const md = document.createElement("span");
  md.className = "md prose";
  view.shadow = null;
  view.target = md;
  if (raw) {
    md.classList.add("graft-md-shadow");
    view.shadow = md.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = proseCss(".md");
    const root = document.createElement("div");
    root.className = "md prose";
    view.shadow.append(style, root);
    view.target = root;
  }
  if (view.md) view.md.replaceWith(md);
  else view.prose.append(md);
  view.md = md;
}

function cssSize(v) {
  return v == null ? "" : typeof v === "number" ? `${v}px` : String(v);
}

// The rendered HTML's styles, for the page (scoped to the component) and for the shadow root.
// Prism's token classes take Gradio's prism.css roles with AA colours on the code background.
const proseCss = (s) => `
${s} { display: block; color: var(--body-text-color); font-size: var(--text-md); line-height: 1.5; overflow-wrap: anywhere; }
${s} h1 { font-size: var(--text-xxl); margin: 0.2em 0 0.4em; }
${s} h2 { font-size: var(--text-xl); }
${s} :is(h1, h2, h3, h4, h5, h6) { position: relative; }
${s} p { margin: 0.4em 0; }
${s} a { color: var(--link-text-color); }
${s} img { max-width: 100%; }
${s} code { font-family: var(--font-mono); font-size: 0.9em; background: var(--code-background-fill); border-radius: var(--radius-sm); padding: 1px 4px; }
${s} pre { background: var(--code-background-fill); padding: var(--spacing-lg); border-radius: var(--radius-md); overflow-x: auto; margin: 0.5em 0; }
${s} pre code { padding: 0; background: none; }
${s} table { border-collapse: collapse; word-break: break-word; }
${s} :is(th, td) { border: 1px solid var(--border-color-primary); padding: 4px 8px; }
${s} .code_wrap { position: relative; }
${s} .copy_code_button { position: absolute; top: 0; right: 0; z-index: 1; display: inline-flex; align-items: center; justify-content: center; width: 28px; height: 28px; padding: 0; cursor: pointer; border: 0; border-bottom-left-radius: var(--radius-sm); background: var(--code-background-fill); color: var(--body-text-color); }
${s} .copy_code_button .check, ${s} .copy_code_button.copied .copy-text { display: none; }
${s} .copy_code_button.copied .check { display: inline-flex; }
${s} .md-header-anchor { margin-left: -22px; padding-right: 6px; color: var(--body-text-color-subdued); opacity: 0; }
${s} :is(h1, h2, h3, h4, h5, h6):hover .md-header-anchor { opacity: 1; }
${s} .katex { font-size: var(--text-lg); direction: ltr; }
${s} .token:is(.comment, .prolog, .doctype, .cdata) { color: var(--graft-md-comment); font-style: italic; }
${s} .token:is(.property, .tag, .constant, .symbol, .deleted) { color: var(--graft-md-tag); }
${s} .token:is(.boolean, .number) { color: var(--graft-md-number); }
${s} .token:is(.selector, .attr-name, .string, .char, .builtin, .inserted) { color: var(--graft-md-string); }
${s} .token:is(.atrule, .attr-value, .keyword) { color: var(--graft-md-keyword); }
${s} .token:is(.function, .class-name) { color: var(--graft-md-function); }
${s} .token:is(.regex, .important, .variable) { color: var(--graft-md-attribute); }
`;

const css = `
.graft-markdown { position: relative;
  --graft-md-keyword: #7e22ce; --graft-md-string: #166534; --graft-md-number: #9a3412; --graft-md-comment: #52525b;
  --graft-md-function: #1d4ed8; --graft-md-tag: #b91c1c; --graft-md-attribute: #92400e; }
.dark .graft-markdown {
  --graft-md-keyword: #c4b5fd; --graft-md-string: #86efac; --graft-md-number: #fdba74; --graft-md-comment: #a1a1aa;
  --graft-md-function: #93c5fd; --graft-md-tag: #fca5a5; --graft-md-attribute: #fcd34d; }
.graft-markdown.hide-container { border: 0; background: none; padding: 0; box-shadow: none; }
.graft-markdown .padding { padding: var(--block-padding); }
.graft-markdown .graft-md-shadow { contain: paint; }
.graft-markdown > div > .prose > .icon-button { position: absolute; top: 0; right: 0; }
${proseCss(".graft-markdown .md")}`;

export default {
  receives: "str",
  create,
  update,
  edge: {
    output: (value) => {
      if (value != null && typeof value === "object" && value.__type__ !== "update") throw new Error(`Markdown expects a string, got ${JSON.stringify(value).slice(0, 60)}`);
      return value == null || typeof value === "object" ? value : String(value);
    },
  },
  css,
};
