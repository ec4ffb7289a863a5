// gr.Markdown's pure logic (Node-tested): LaTeX spans kept away from marked behind
// placeholders and put back after sanitising, the sanitiser's second pass (scrub), Gradio's
// heading ids, and which Prism grammar a code block's language names.

// Gradio's default when latex_delimiters is None: only $$…$$, shown as display math.
export const DEFAULT_DELIMITERS = Object.freeze([Object.freeze({ left: "$$", right: "$$", display: true })]);

// The prop as Gradio takes it: unset -> the default; [] -> no LaTeX; malformed entries dropped.
export function delimitersOf(value) {
  if (value === null || value === undefined) return DEFAULT_DELIMITERS;
  if (!Array.isArray(value)) return [];
  return value.filter((d) => d && typeof d.left === "string" && typeof d.right === "string" && d.left && d.right)
    .map((d) => ({ left: d.left, right: d.right, display: d.display === true }));
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const placeholder = (i) => `%%GRAFTMATH${i}%%`;
const PLACEHOLDER = /%%GRAFTMATH(\d+)%%/g;

// Each delimiter in turn, as Gradio's MarkdownCode does, replaces `left…right` by a placeholder
// (letters, digits and % only, which marked leaves alone) so Markdown cannot mangle the TeX
// (`a_1 * b_2` would become emphasis). spans[i] = { raw, tex, display }.
export function protectLatex(text, delimiters) {
  const spans = [];
  let out = String(text ?? "");
  for (const d of delimiters ?? []) {
    const re = new RegExp(`${escapeRegExp(d.left)}([\\s\\S]+?)${escapeRegExp(d.right)}`, "g");
    out = out.replace(re, (raw, tex) => {
      spans.push({ raw, tex: tex.trim(), display: d.display === true });
      return placeholder(spans.length - 1);
    });
  }
  return { text: out, spans };
}

// Text with its placeholders turned back into the LaTeX source (heading ids are slugged from it).
export function rawText(text, spans) {
  return String(text).replace(PLACEHOLDER, (m, i) => spans[i]?.raw ?? m);
}

// Puts the spans back into rendered, sanitised nodes: in text, render(span) gives the math
// node (KaTeX) — or null for the raw text —; inside <pre>/<code>, and in attribute values,
// the raw text returns (Gradio's auto-render skips code too).
export function restoreLatex(root, spans, render = () => null) {
  if (!spans.length) return root;
  const raw = (s) => rawText(s, spans);
  const texts = [];
  const walk = (node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) {
        if (child.data.includes("%%GRAFTMATH")) texts.push(child);
      } else if (child.nodeType === 1) {
        for (const { name, value } of [...child.attributes]) if (value.includes("%%GRAFTMATH")) child.setAttribute(name, raw(value));
        walk(child);
      }
    }
  };
  walk(root);
  for (const node of texts) {
    const inCode = node.parentNode?.closest?.("pre, code");
    const parts = [];
    let last = 0;
    for (const m of node.data.matchAll(PLACEHOLDER)) {
      const span = spans[m[1]];
      if (!span) continue;
      if (m.index > last) parts.push(document.createTextNode(node.data.slice(last, m.index)));
      parts.push((!inCode && render(span)) || document.createTextNode(span.raw));
      last = m.index + m[0].length;
    }
    if (last < node.data.length) parts.push(document.createTextNode(node.data.slice(last)));
    node.replaceWith(...parts);
  }
  return root;
}

// The sanitiser's second pass over parsed nodes, which are then inserted as they are (never
// re-parsed). It holds where DOMPurify cannot run (Node's linkedom) and backs it up where it
// does. `allowStyle`: keep <style> and style attributes — only for KaTeX's own output and for
// sanitize_html=False content, which index.js confines to a shadow root.
const ALWAYS_FORBIDDEN = ["script", "base", "meta", "link", "iframe", "frame", "frameset", "object", "embed", "applet",
  "portal", "noscript", "animate", "animatemotion", "animatetransform", "set", "handler", "listener"];
const SAFE_FORBIDDEN = new Set([...ALWAYS_FORBIDDEN, "style", "form"]);
const RAW_FORBIDDEN = new Set(ALWAYS_FORBIDDEN);
const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "codebase",
  "cite", "ping", "lowsrc", "dynsrc", "srcset", "longdesc", "manifest"]);

// javascript:/vbscript: anywhere, data: except images in src-like attributes. Browsers ignore
// tabs, newlines and leading control characters in a scheme, so they go before testing.
export function unsafeUrl(name, value) {
  const v = String(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  if (/^(?:javascript|vbscript|livescript):/.test(v) || v.includes(",javascript:")) return true;
  if (v.startsWith("data:")) return !(name !== "href" && /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/.test(v));
  return false;
}

export function scrub(root, { allowStyle = false } = {}) {
  const forbidden = allowStyle ? RAW_FORBIDDEN : SAFE_FORBIDDEN;
  const doomed = [];
  const visit = (node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType !== 1) {
        if (child.nodeType === 8) doomed.push(child); // comments: nothing to show, room for mXSS tricks
        continue;
      }
      if (forbidden.has(child.localName?.toLowerCase() ?? child.nodeName.toLowerCase())) {
        doomed.push(child);
        continue;
      }
      for (const { name, value } of [...child.attributes]) {
        const n = name.toLowerCase();
        if (n.startsWith("on") || n === "srcdoc" || n === "is" || (!allowStyle && n === "style") || (URL_ATTRS.has(n) && unsafeUrl(n, value))) child.removeAttribute(name);
      }
      if (child.content?.nodeType === 11) visit(child.content); // a nested <template>'s fragment
      visit(child);
    }
  };
  visit(root);
  for (const node of doomed) node.remove();
  return root;
}

// Gradio's heading ids: "h" + github-slugger's slug of the heading's Markdown source (whose
// leading "#"s become a "-"), so "## Hello World" is "h-hello-world". Here from the heading's
// text; a repeated slug gets -1, -2… as github-slugger gives.
export function slug(text) {
  return String(text).toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}
export function headingIds(texts) {
  const seen = new Map();
  return texts.map((text) => {
    const base = `h-${slug(text)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  });
}

// A fenced block's language (marked's class "language-x") -> the Prism grammar to load.
const PRISM_ALIASES = {
  py: "python", python: "python", js: "javascript", javascript: "javascript", jsx: "javascript", mjs: "javascript",
  ts: "typescript", typescript: "typescript", sh: "bash", shell: "bash", bash: "bash", zsh: "bash", console: "bash",
  c: "c", h: "c", cpp: "cpp", "c++": "cpp", cc: "cpp", hpp: "cpp", json: "json", sql: "sql", java: "java", go: "go", golang: "go",
  rust: "rust", rs: "rust", php: "php", yaml: "yaml", yml: "yaml", latex: "latex", tex: "latex", css: "css",
  html: "markup", xml: "markup", svg: "markup", markup: "markup", r: "r", diff: "diff",
};
export function prismLanguage(className) {
  const m = /(?:^|\s)language-(\S+)/.exec(className ?? "");
  return m ? PRISM_ALIASES[m[1].toLowerCase()] ?? null : null;
}

// KaTeX's stylesheet without its @font-face rules: their url(fonts/…) would resolve against the
// page and 404, since the runtime ships no font files. KaTeX then draws with the system's math
// font (the CSS "math" family, else serif), which each KaTeX family now falls back to.
export function katexCss(css) {
  return String(css)
    .replace(/@font-face\s*\{[^}]*\}/g, "")
    .replace(/font-family:\s*("?KaTeX_[\w-]+"?)\s*(?=[;}])/g, "font-family:$1,math,serif");
}
