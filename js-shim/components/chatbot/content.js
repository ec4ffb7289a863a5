// One message part's content, as Gradio's MessageContent.svelte draws it: text through the
// Markdown module's renderer (its own chunk, loaded on first use; plain text when
// render_markdown is false), images, audio and video as media elements, other files as a
// download link [data-testid=chatbot-file]. Values never become markup except through the
// renderer's sanitiser.
import { fileKind, fileName, extensionOf } from "./helpers.js";
import { svgIcon } from "./icons.js";

let lib = null;
export const loadMarkdown = () => (lib ??= import("../markdown/lib.js"));

const tokens = new WeakMap(); // span -> the latest render asked of it

// span.md.chatbot(.prose) holding `text`; re-rendering the same span keeps it in place (a
// streamed message updates here, nothing else is touched). The latest text wins.
export function textSpan(text, env) {
  const span = document.createElement("span");
  span.className = "md chatbot";
  setText(span, text, env);
  return span;
}

export function setText(span, text, env) {
  const token = (tokens.get(span) ?? 0) + 1;
  tokens.set(span, token);
  span.classList.toggle("prose", env.markdown);
  if (!env.markdown) {
    span.textContent = text;
    return;
  }
  let done;
  env.track(new Promise((resolve) => (done = resolve)));
  queue.push({ span, text, env, token, done });
  if (!running) {
    running = true;
    loadMarkdown().then((mod) => drain(mod), (err) => drain(null, err));
  }
}

// Renders waiting for the Markdown module, newest first (the bottom of the chat is in view),
// in slices of ~10 ms so a long history arriving at once never freezes the page; a single
// streamed update renders at once.
const queue = [];
let running = false;
async function drain(mod, loadError) {
  let start = performance.now();
  while (queue.length) {
    const { span, text, env, token, done } = queue.pop();
    try {
      if (tokens.get(span) !== token || env.signal.aborted) continue; // a newer text is queued
      if (!mod) throw loadError;
      const fragment = await mod.renderMarkdown(text, env.mdOptions);
      if (tokens.get(span) !== token || env.signal.aborted) continue;
      // sanitize_html=False keeps a message's own markup, but no <style> that would restyle the page.
      for (const sheet of fragment.querySelectorAll?.("style, link") ?? []) sheet.remove();
      span.replaceChildren(fragment);
      env.rendered();
    } catch (err) {
      if (tokens.get(span) === token) span.textContent = text; // shown as text rather than lost
      console.warn("gr.Chatbot: could not render a message as Markdown", err);
    } finally {
      done();
    }
    if (performance.now() - start > 10) {
      await new Promise((r) => setTimeout(r, 0));
      start = performance.now();
    }
  }
  running = false;
}

// A component part ({component, value, alt_text}) -> its element.
export function componentContent(content, env) {
  const { component, value, alt_text: alt } = content;
  if (component === "file") {
    const wrap = document.createDocumentFragment();
    for (const file of [].concat(value ?? [])) wrap.append(fileOrSniffed(file, alt, env));
    return wrap;
  }
  const file = value?.url || value?.path ? value : value?.video ?? value?.image ?? null;
  if (file && ["image", "audio", "video"].includes(component)) return media(component, file, alt);
  const note = document.createElement("div");
  note.className = "component-note";
  note.textContent = `(${component} component)`;
  return note;
}

// A blob: URL names no extension: when the page holds a file of unknown type, its type is read
// from the blob (a local fetch) and an image, audio or video is then shown as one.
function fileOrSniffed(file, alt, env) {
  const link = fileLink(file);
  const url = file?.url ?? file?.path ?? "";
  if (file?.mime_type || !String(url).startsWith("blob:")) return link;
  env.track(env.sniff(url).then((type) => {
    const kind = fileKind({ mime_type: type });
    if (kind !== "file" && link.parentNode) link.replaceWith(media(kind, file, alt));
  }).catch(() => {}));
  return link;
}

function media(kind, file, alt) {
  const url = file.url ?? file.path;
  const name = alt || fileName(file);
  if (kind === "image") {
    const wrap = document.createElement("div");
    wrap.className = "image-container";
    const img = document.createElement("img");
    img.src = url;
    img.alt = name;
    img.loading = "lazy";
    wrap.append(img);
    return wrap;
  }
  const el = document.createElement(kind);
  el.setAttribute("controls", "");
  el.setAttribute("preload", "metadata");
  el.setAttribute("src", url);
  el.setAttribute("aria-label", name);
  return el;
}

// Gradio's file pill: icon, the name as a download link, the extension in capitals.
function fileLink(file) {
  const wrap = document.createElement("div");
  wrap.className = "file-container";
  const icon = document.createElement("div");
  icon.className = "file-icon";
  icon.append(svgIcon("file", { size: 24 }));
  const info = document.createElement("div");
  info.className = "file-info";
  const a = document.createElement("a");
  a.dataset.testid = "chatbot-file";
  a.className = "file-link";
  a.href = file?.url ?? file?.path ?? "";
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  a.download = fileName(file);
  const name = document.createElement("span");
  name.className = "file-name";
  name.textContent = fileName(file);
  a.append(name);
  const type = document.createElement("span");
  type.className = "file-type";
  type.textContent = (extensionOf(file) || "file").toUpperCase();
  info.append(a, type);
  wrap.append(icon, info);
  return wrap;
}

// The MIME type of a blob: URL the page holds, read once per URL.
const sniffed = new Map();
export function sniffType(url) {
  if (!sniffed.has(url)) {
    sniffed.set(url, fetch(url).then((r) => {
      r.body?.cancel?.().catch(() => {});
      return r.headers.get("content-type");
    }, () => null));
  }
  return sniffed.get(url);
}

// A part's content box (div.message-content), updated in place: text re-renders its span,
// a file or component is rebuilt only when it changed.
export function contentBox(part, env) {
  const el = document.createElement("div");
  el.className = "message-content";
  const box = { el, kind: null, sig: null, span: null };
  setContent(box, part, env);
  return box;
}

export function setContent(box, part, env) {
  if (part.type === "text") {
    if (box.kind !== "text") {
      box.span = textSpan(part.content, env);
      box.el.replaceChildren(box.span);
    } else if (box.sig !== part.content) setText(box.span, part.content, env);
    box.kind = "text";
    box.sig = part.content;
    return;
  }
  const sig = JSON.stringify(part.content);
  if (box.kind === "component" && box.sig === sig) return;
  box.el.replaceChildren(componentContent(part.content, env));
  box.kind = "component";
  box.sig = sig;
  box.span = null;
}
