// Markdown to sanitized HTML: marked renders, DOMPurify sanitizes. Values are never trusted:
// no scripts, no event handlers, and no <style>/<link>/<meta>/<base>, which would restyle or
// redirect the page around the component. A separate chunk, loaded on first use.
import { Marked } from "marked";
import DOMPurify from "dompurify";

const FORBID_TAGS = ["style", "link", "meta", "base", "script", "iframe", "object", "embed", "form"];

export function renderMarkdown(text, { lineBreaks = false, headerLinks = false } = {}) {
  const marked = new Marked({ gfm: true, breaks: lineBreaks });
  const html = DOMPurify.sanitize(marked.parse(text), { FORBID_TAGS, FORBID_ATTR: ["style"] });
  const doc = document.createElement("template");
  doc.innerHTML = html;
  // Links leave the app in a new tab (Gradio), never with access to it.
  for (const a of doc.content.querySelectorAll("a[href]")) {
    if (a.getAttribute("href").startsWith("#")) continue;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  if (headerLinks) {
    const seen = new Map();
    for (const h of doc.content.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
      const base = slug(h.textContent);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      h.id = n ? `${base}-${n}` : base;
      const anchor = document.createElement("a");
      anchor.href = `#${h.id}`;
      anchor.className = "header-link";
      anchor.setAttribute("aria-label", `Link to ${h.textContent}`);
      anchor.textContent = "#";
      h.append(" ", anchor);
    }
  }
  return doc.content;
}

// GitHub's heading ids: lower case, spaces to dashes, punctuation dropped.
export function slug(text) {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").replace(/\s/g, "-");
}
