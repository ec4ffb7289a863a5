// gr.Markdown: the value rendered as sanitized Markdown (markdown/lib.js, its own chunk) in
// Gradio's wrapper (test ids markdown-wrapper, markdown). Until the chunk arrives the block is
// busy and empty, and the latest value wins once it does.
import { applyBlock, block, iconButton } from "../shared/block.js";

let lib = null;
const loadLib = () => (lib ??= import("./lib.js"));

export default {
  receives: "str",
  create(props, ctx) {
    const el = block(props, { kind: "markdown", testid: "markdown-wrapper" });
    const prose = document.createElement("div");
    prose.className = "prose";
    prose.dataset.testid = "markdown";
    const md = document.createElement("span");
    md.className = "md prose";
    prose.append(md);
    el.append(prose);
    const view = { el, prose, md, text: null, ctx };
    this.update(view, props, props, ctx);
    return view;
  },
  update(view, props, patch, ctx) {
    applyBlock(view.el, props);
    view.el.classList.toggle("hide-container", props.container !== true); // Gradio: no frame unless container=True
    view.el.style.maxHeight = cssSize(props.max_height);
    view.el.style.overflowY = props.height != null || props.max_height != null ? "auto" : "";
    const copy = (Array.isArray(props.buttons) && props.buttons.includes("copy")) || props.show_copy_button === true;
    if (copy && !view.copy) {
      view.copy = iconButton("Copy conversation", "⧉", () => {
        navigator.clipboard?.writeText(view.text ?? "").catch(() => {});
        ctx.emit("copy", { value: view.text ?? "" });
      }, ctx.signal);
      view.prose.prepend(view.copy);
    }
    if (view.copy) view.copy.hidden = !copy;
    if (!("value" in patch) && !("line_breaks" in patch) && !("header_links" in patch)) return;
    const text = String(props.value ?? "");
    view.text = text;
    view.el.setAttribute("aria-busy", "true");
    loadLib().then(({ renderMarkdown }) => {
      if (view.text !== text || ctx.signal.aborted) return; // a newer value is on its way
      view.md.replaceChildren(renderMarkdown(text, { lineBreaks: props.line_breaks === true, headerLinks: props.header_links === true }));
      view.el.removeAttribute("aria-busy");
    });
  },
  edge: {
    output: (value) => {
      if (value != null && typeof value === "object" && value.__type__ !== "update") throw new Error(`Markdown expects a string, got ${JSON.stringify(value).slice(0, 60)}`);
      return value == null || typeof value === "object" ? value : String(value);
    },
  },
  css: `
.graft-markdown { position: relative; }
.graft-markdown.hide-container { border: 0; background: none; padding: 0; box-shadow: none; }
.graft-markdown .prose { color: var(--body-text-color); font-size: var(--text-md); line-height: 1.5; }
.graft-markdown .prose h1 { font-size: var(--text-xxl); margin: 0.2em 0 0.4em; }
.graft-markdown .prose h2 { font-size: var(--text-xl); }
.graft-markdown .prose p { margin: 0.4em 0; }
.graft-markdown .prose a { color: var(--link-text-color); }
.graft-markdown .prose code { font-family: var(--font-mono); background: var(--code-background-fill); border-radius: var(--radius-sm); padding: 1px 4px; }
.graft-markdown .prose pre { background: var(--code-background-fill); padding: var(--spacing-lg); border-radius: var(--radius-md); overflow-x: auto; }
.graft-markdown .prose pre code { padding: 0; background: none; }
.graft-markdown .prose table { border-collapse: collapse; }
.graft-markdown .prose th, .graft-markdown .prose td { border: 1px solid var(--border-color-primary); padding: 4px 8px; }
.graft-markdown .header-link { margin-left: 0.3em; opacity: 0.4; text-decoration: none; }
.graft-markdown .icon-button { position: absolute; top: 0; right: 0; }
`,
};

function cssSize(v) {
  return v == null ? "" : typeof v === "number" ? `${v}px` : String(v);
}
