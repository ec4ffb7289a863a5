// LaTeX for gr.Markdown: KaTeX, a chunk loaded only when a value holds a delimited span, and
// its stylesheet, fetched alongside as text (an import attribute esbuild bundles as a chunk of
// its own; no build flag) and adopted once per document or shadow root as a constructed sheet.
import katex from "katex";
import { katexCss, scrub } from "./helpers.js";

const cssText = import("katex/dist/katex.min.css", { with: { type: "text" } }).then((m) => katexCss(m.default));
cssText.catch(() => {}); // reported by adoptInto, when it is asked for

let sheet = null;
const styled = new WeakMap(); // root -> the promise of its styling

// Adds KaTeX's CSS to `root` (a Document or ShadowRoot) unless it has it; resolves when done.
export function adoptInto(root) {
  if (!styled.has(root)) styled.set(root, cssText.then((css) => {
    if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in root) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } else {
      const style = document.createElement("style");
      style.textContent = css;
      (root.head ?? root).append(style);
    }
  }));
  return styled.get(root);
}

// One span -> KaTeX's nodes. trust stays false (no \href, \url, \includegraphics, \html*), and
// errors render as red source text (Gradio's throwOnError: false). KaTeX's markup is the only
// place style attributes are kept; the scrub still drops handlers and script URLs.
export function renderMath(tex, display) {
  const template = document.createElement("template");
  template.innerHTML = katex.renderToString(tex, { displayMode: display, throwOnError: false, output: "htmlAndMathml", trust: false });
  return scrub(template.content, { allowStyle: true });
}
