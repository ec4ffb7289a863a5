// gr.HTML's pure logic (Node-tested): the ${value} template, and the sanitising that keeps an
// app's or a function's HTML from running code. Gradio inserts gr.HTML unsanitised and runs its
// scripts and js_on_load; Graft never runs them (see html/index.js for the confinement).

// Gradio renders html_template with Handlebars and then as a JS template literal over the
// props. Graft substitutes `${value}` only, as plain text replacement: nothing is evaluated.
export function fill(template, value) {
  const text = value === null || value === undefined ? "" : String(value);
  return String(template ?? "${value}").split("${value}").join(text);
}

// DOMPurify's options: an HTML fragment (not a document); <style> is kept because it lands in
// the component's shadow root, where it cannot restyle the page; <script> is forbidden (it is
// outside DOMPurify's allow-list anyway), as are on* handlers and javascript: URLs by default.
// FORCE_BODY keeps a leading <style>, which HTML parsing would otherwise move to <head>.
export const PURIFY = Object.freeze({
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: ["script"],
  ADD_TAGS: ["style"],
  FORCE_BODY: true,
  RETURN_DOM_FRAGMENT: true,
});

// A second pass over the parsed nodes, which are then inserted as they are (never re-parsed):
// it holds where DOMPurify cannot run (no DOM support) and backs it up where it does.
const FORBIDDEN = new Set(["script", "base", "meta", "link", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "noscript",
  "animate", "animatemotion", "animatetransform", "set", "handler", "listener"]);
const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "codebase", "cite", "ping", "lowsrc", "dynsrc", "srcset", "longdesc", "manifest"]);

// javascript:/vbscript: anywhere, data: except images in src-like attributes. Browsers ignore
// tabs, newlines and leading control characters in a scheme, so they are dropped before testing.
export function unsafeUrl(name, value) {
  const v = String(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  if (/^(?:javascript|vbscript|livescript):/.test(v) || v.includes(",javascript:")) return true;
  if (v.startsWith("data:")) return !(name !== "href" && /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/.test(v));
  return false;
}

export function scrub(root) {
  const doomed = [];
  const visit = (node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType !== 1) continue;
      if (FORBIDDEN.has(child.localName?.toLowerCase() ?? child.nodeName.toLowerCase())) {
        doomed.push(child);
        continue;
      }
      for (const { name, value } of [...child.attributes]) {
        const n = name.toLowerCase();
        if (n.startsWith("on") || n === "srcdoc" || n === "is" || (URL_ATTRS.has(n) && unsafeUrl(n, value))) child.removeAttribute(name);
      }
      if (child.content?.nodeType === 11) visit(child.content); // a nested <template>'s fragment
      visit(child);
    }
  };
  visit(root);
  for (const node of doomed) node.remove();
  return root;
}

// HTML text -> a DocumentFragment safe to insert: DOMPurify when the DOM supports it (every
// browser), else an inert <template> parse (nothing loads or runs there); scrubbed either way.
export function sanitize(html, purify) {
  let fragment;
  if (purify?.isSupported) fragment = purify.sanitize(html, PURIFY);
  else {
    const template = document.createElement("template");
    template.innerHTML = html;
    fragment = template.content;
  }
  return scrub(fragment);
}

// Gradio's css_units: a number is px, a string is CSS as given.
export function px(v) {
  return v === null || v === undefined || v === "" ? "" : typeof v === "number" ? `${v}px` : String(v);
}

// What a function may return: HTML text (numbers are shown as text too), or None.
export function toWire(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`HTML expects a string of HTML, got ${Array.isArray(value) ? "a list" : `a ${typeof value}`}`);
}
