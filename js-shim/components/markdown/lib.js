// Markdown to safe DOM for gr.Markdown, its own chunk (marked + DOMPurify), in Gradio's order:
// LaTeX spans protected -> marked -> sanitised -> links, heading anchors and code-block copy
// buttons -> KaTeX into the protected spans and Prism into code blocks, each a further chunk
// loaded only when the value needs it. Values are never trusted: no scripts or handlers ever.
import { Marked } from "marked";
import DOMPurify from "dompurify";
import { delimitersOf, headingIds, prismLanguage, protectLatex, rawText, restoreLatex, scrub } from "./helpers.js";
import { svgPath } from "../atoms/icons.js";

// sanitize_html=True: nothing that could restyle or redirect the page around the component
// (<style>, <link>, <meta>, <base>, style attributes) and no frames, plugins or forms.
const SAFE = {
  FORBID_TAGS: ["style", "link", "meta", "base", "script", "iframe", "object", "embed", "form"],
  FORBID_ATTR: ["style"],
  RETURN_DOM_FRAGMENT: true,
};
// sanitize_html=False: Gradio inserts the HTML as it is. Graft keeps <style> and style
// attributes (the component draws this mode in a shadow root, where they stay confined) but
// still drops scripts, handlers and script URLs. FORCE_BODY keeps a leading <style>.
const RAW = { WHOLE_DOCUMENT: false, FORBID_TAGS: ["script"], ADD_TAGS: ["style"], FORCE_BODY: true, RETURN_DOM_FRAGMENT: true };

let loaders = { math: () => import("./math.js"), highlight: () => import("./highlight.js") };
// Node tests swap in their own KaTeX/Prism stand-ins (KaTeX's CSS import needs the bundler).
export function setLoaders(next) {
  loaders = { ...loaders, ...next };
}

// HTML text -> a DocumentFragment safe to insert: DOMPurify where the DOM supports it (every
// browser), else an inert <template> parse; scrub()bed either way.
export function sanitizeHtml(html, { raw = false, purify = DOMPurify } = {}) {
  let fragment;
  if (purify?.isSupported) fragment = purify.sanitize(html, raw ? RAW : SAFE);
  else {
    const template = document.createElement("template");
    template.innerHTML = html;
    fragment = template.content;
  }
  return scrub(fragment, { allowStyle: raw });
}

function svgIcon(d, size) {
  return svgPath(d, { size, filled: true, viewBox: "0 0 16 16" });
}
const LINK_ICON = "m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0 .751.751 0 0 1 1.06-1.06 2 2 0 0 0 2.83 0l2.5-2.5a2 2 0 0 0-2.83-2.83l-1.25 1.25a.751.751 0 0 1-1.06-1.06Zm-4.69 9.64a2 2 0 0 0 2.83 0l1.25-1.25a.751.751 0 0 1 1.06 1.06l-1.25 1.25a3.5 3.5 0 1 1-4.95-4.95l2.5-2.5a3.5 3.5 0 0 1 4.95 0 .751.751 0 0 1-1.06 1.06 2 2 0 0 0-2.83 0l-2.5 2.5a2 2 0 0 0 0 2.83Z";
const COPY_ICON = "M11 4.5V13H4V4.5h7Zm0-1H4a1 1 0 0 0-1 1V13a1 1 0 0 0 1 1h7a1 1 0 0 0 1-1V4.5a1 1 0 0 0-1-1ZM1.5 9H1V2a1 1 0 0 1 1-1h7v1H2v7h-.5Z";
const CHECK_ICON = "M13.78 4.22a.75.75 0 0 1 0 1.06l-7.25 7.25a.75.75 0 0 1-1.06 0L2.22 9.28a.75.75 0 0 1 1.06-1.06L6 10.94l6.72-6.72a.75.75 0 0 1 1.06 0Z";

// Links, heading anchors and copy buttons, added after sanitising (so no sanitiser sees them).
function decorate(root, { headerLinks, spans }) {
  // Links leave the app in a new tab (Gradio), never with a handle on it; "#…" stays in page.
  for (const a of root.querySelectorAll("a[href]")) {
    const href = a.getAttribute("href").trim();
    if (!href || href.startsWith("#")) continue;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  if (headerLinks) {
    const headings = [...root.querySelectorAll("h1, h2, h3, h4, h5, h6")];
    const ids = headingIds(headings.map((h) => rawText(h.textContent, spans)));
    headings.forEach((h, i) => {
      h.id = ids[i];
      // Gradio's anchor holds only a hidden icon; hidden from assistive tech here too, so the
      // heading's accessible name stays its text (a nameless link would be announced).
      const a = document.createElement("a");
      a.className = "md-header-anchor";
      a.href = `#${ids[i]}`;
      a.setAttribute("aria-hidden", "true");
      a.tabIndex = -1;
      a.append(svgIcon(LINK_ICON, "16"));
      h.prepend(a);
    });
  }
  // Gradio wraps each code block: div.code_wrap > button.copy_code_button[title=copy] + pre.
  for (const pre of root.querySelectorAll("pre")) {
    if (pre.firstElementChild?.localName !== "code" || pre.parentNode?.classList?.contains("code_wrap")) continue;
    const wrap = document.createElement("div");
    wrap.className = "code_wrap";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy_code_button";
    button.title = "copy";
    button.setAttribute("aria-label", "Copy code");
    // Gradio's two icons: copy, and a check that index.js shows for a moment after copying.
    const [copy, check] = [document.createElement("span"), document.createElement("span")];
    copy.className = "copy-text";
    check.className = "check";
    copy.append(svgIcon(COPY_ICON, "15"));
    check.append(svgIcon(CHECK_ICON, "15"));
    button.append(copy, check);
    pre.replaceWith(wrap);
    wrap.append(button, pre);
  }
}

// text -> DocumentFragment. styleRoot: where KaTeX's CSS goes (the document, or the shadow
// root that holds sanitize_html=False output).
export async function renderMarkdown(text, { lineBreaks = false, headerLinks = false, latexDelimiters, sanitizeHtml: safe = true, styleRoot } = {}) {
  const { text: source, spans } = protectLatex(String(text ?? ""), delimitersOf(latexDelimiters));
  const marked = new Marked({ gfm: true, breaks: lineBreaks });
  const root = sanitizeHtml(marked.parse(source), { raw: !safe });
  decorate(root, { headerLinks, spans });

  const blocks = [...root.querySelectorAll("pre > code")].map((code) => ({ code, lang: prismLanguage(code.className) })).filter((b) => b.lang);
  const math = spans.length ? loaders.math().catch(() => null) : null;
  const highlighter = blocks.length ? loaders.highlight().catch(() => null) : null;
  if (math) {
    // KaTeX's nodes once its CSS is in place (unstyled, KaTeX shows everything twice), else
    // the source text.
    const katex = await math;
    const styled = katex && (await katex.adoptInto(styleRoot ?? document).then(() => true, () => false));
    restoreLatex(root, spans, styled ? (span) => katex.renderMath(span.tex, span.display) : undefined);
  }
  const prism = await highlighter;
  for (const { code, lang } of prism ? blocks : []) {
    const html = await prism.highlight(code.textContent, lang);
    if (html == null) continue;
    const template = document.createElement("template");
    template.innerHTML = html;
    code.replaceChildren(scrub(template.content));
  }
  return root;
}
