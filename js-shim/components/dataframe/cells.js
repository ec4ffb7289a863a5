// What one Dataframe cell shows, by datatype: text, a checkbox (bool), an <img> (image), or
// Markdown/HTML rendered by the markdown chunk's renderer and sanitised (never raw markup).
// Rendered Markdown/HTML is cached by text, so scrolling back does not render it again.
import { boolOf, cellText, imageSource, truncate } from "./helpers.js";

let rich = null;
const loadRich = () => (rich ??= Promise.all([import("../markdown/lib.js"), import("../markdown/helpers.js")]));
const cache = new Map(); // `${dtype}\u0000${options}\u0000${text}` -> Promise<DocumentFragment>
const CACHE_MAX = 500;

// Markdown via renderMarkdown; HTML through the same sanitiser. scrub() runs on both as well:
// in a DOM where DOMPurify reports itself unsupported, the renderer's fallback is an inert
// <template> parse only.
export function renderRich(text, dtype, { lineBreaks = true, latexDelimiters } = {}) {
  const key = `${dtype}\u0000${lineBreaks}\u0000${JSON.stringify(latexDelimiters ?? null)}\u0000${text}`;
  if (!cache.has(key)) {
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value);
    cache.set(key, loadRich().then(async ([lib, helpers]) => {
      const fragment = dtype === "html" ? lib.sanitizeHtml(text) : await lib.renderMarkdown(text, { lineBreaks, latexDelimiters });
      return helpers.scrub(fragment);
    }));
  }
  return cache.get(key).then((fragment) => fragment.cloneNode(true));
}

const isBoolish = (v) => v == null || v === "" || typeof v === "boolean" || typeof v === "number" || /^(true|false)$/i.test(String(v));

// Fills div.body-cell with the cell's content (span.cell-text, a checkbox, an <img>, or a
// span.md that is filled once the Markdown chunk has rendered it).
export function fillCell(cell, { value, display, dtype, editable, header, row, options }) {
  const wrap = document.createElement("div");
  wrap.className = "cell-wrap";
  if (dtype === "bool" && isBoolish(value)) {
    // Gradio's BooleanCell (a nameless BaseCheckbox); named here by column and row.
    const box = document.createElement("input");
    box.type = "checkbox";
    box.className = "bool-cell";
    box.checked = boolOf(value);
    box.disabled = !editable;
    box.tabIndex = -1;
    box.setAttribute("aria-label", `${header}, row ${row + 1}`);
    wrap.append(box);
  } else if (dtype === "image") {
    const src = imageSource(value);
    if (src) {
      const img = document.createElement("img");
      img.src = src;
      img.loading = "lazy";
      img.alt = (typeof value === "object" && value?.alt_text) || (typeof value === "object" && value?.orig_name) || `${header}, row ${row + 1}`;
      wrap.append(img);
    }
  } else if (dtype === "markdown" || dtype === "html") {
    const span = document.createElement("span");
    span.className = "md";
    const text = display ?? cellText(value, dtype);
    span.textContent = text; // until the renderer's DOM arrives
    wrap.append(span);
    if (text) {
      renderRich(text, dtype, options).then(
        (fragment) => span.isConnected !== false && span.replaceChildren(fragment),
        () => {},
      );
    }
  } else {
    const span = document.createElement("span");
    span.className = "cell-text";
    span.textContent = truncate(display ?? cellText(value, dtype), options?.maxChars, dtype);
    wrap.append(span);
  }
  cell.replaceChildren(wrap);
}
