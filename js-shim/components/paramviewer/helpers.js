// gr.ParamViewer's pure logic (Node-tested): the parameter list, anchor slugs, and the pieces
// (text or link) that descriptions and linkified code are drawn from, never parsed as HTML.

const isPlain = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const text = (v) => (v === null || v === undefined || v === "" ? null : String(v));

// {name: {type, description, default}} -> [{name, type, description, default}] (Gradio's docs).
export function params(value) {
  if (!isPlain(value)) return [];
  return Object.entries(value).map(([name, p]) => ({
    name,
    type: text(p?.type),
    description: text(p?.description) ?? "",
    default: text(p?.default),
  }));
}

// Gradio's create_slug: "param-" [+ anchor_links + "-"] + the name, lower-cased, runs of
// anything but [a-z0-9] as "-".
export function slug(name, anchorLinks) {
  const prefix = typeof anchorLinks === "string" ? `param-${anchorLinks}-` : "param-";
  return prefix + String(name).toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

// Links may only lead to web pages or anchors; anything else stays plain text.
export function safeHref(url) {
  const u = String(url).trim();
  if (/^(?:https?:|mailto:)/i.test(u)) return u;
  if (/^[a-z][a-z0-9+.-]*:/i.test(u.replace(/[\u0000-\u0020]/g, ""))) return null;
  return u;
}

// Gradio's render_links: markdown [text](url) in a description becomes a link (new tab).
export function descriptionParts(description) {
  const parts = [];
  const re = /\[([^\]]+)\]\(([^)]+)\)/g;
  let last = 0;
  for (const m of String(description ?? "").matchAll(re)) {
    if (m.index > last) parts.push({ text: description.slice(last, m.index) });
    const href = safeHref(m[2]);
    parts.push(href ? { text: m[1], href } : { text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < String(description ?? "").length) parts.push({ text: String(description).slice(last) });
  return parts;
}

// Gradio's linkify: each listed word in a type or default links to "#h-<word>". (Gradio
// treats the words as regular expressions; here they match literally.)
export function linkifyParts(code, linkify) {
  let parts = [{ text: String(code) }];
  for (const word of (Array.isArray(linkify) ? linkify : []).filter((w) => typeof w === "string" && w)) {
    parts = parts.flatMap((p) => {
      if (p.href) return [p];
      const pieces = p.text.split(word);
      return pieces.flatMap((piece, i) => {
        const out = piece ? [{ text: piece }] : [];
        if (i < pieces.length - 1) out.push({ text: word, href: `#h-${word.toLowerCase()}` });
        return out;
      });
    });
  }
  return parts;
}

// What a function may return: the dict, or None (shown as no parameters).
export function toWire(value) {
  if (value === null || value === undefined) return {};
  if (!isPlain(value)) throw new Error(`ParamViewer expects {name: {type, description, default}}, got ${Array.isArray(value) ? "a list" : JSON.stringify(value)}`);
  for (const [name, p] of Object.entries(value)) {
    if (!isPlain(p)) throw new Error(`ParamViewer expects "${name}" to be {type, description, default}, got ${JSON.stringify(p)}`);
  }
  return value;
}
