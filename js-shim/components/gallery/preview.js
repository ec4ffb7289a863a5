// gr.Gallery's preview (Gradio 6's Gallery.svelte, shown while an item is selected and
// allow_preview): span.preview > toolbar (Download, Close), button.media-button "detailed
// view of selected image" holding the item, its caption, and a strip of small thumbnails.
import { iconButton, make } from "../atoms/block.js";
import { urlOf } from "./helpers.js";

// A Play triangle over video thumbnails (Gradio's Play icon), drawn inline.
export function playIcon() {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("fill", "currentColor");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M8 5v14l11-7z");
  svg.append(path);
  return svg;
}

// One item's media element: an <img> (lazy, so a 500-item gallery loads what is seen) or a
// muted <video> showing its first frame.
export function media(item, { alt = "", testid = null, controls = false } = {}) {
  const el = document.createElement(item.kind === "video" ? "video" : "img");
  if (item.kind === "video") {
    el.muted = !controls;
    el.controls = controls;
    el.preload = "metadata";
    el.playsInline = true;
  } else {
    el.alt = alt;
    el.loading = "lazy";
    el.decoding = "async";
  }
  if (item.file) el.setAttribute("src", urlOf(item.file));
  if (item.caption) el.title = item.caption;
  if (testid) el.dataset.testid = testid;
  return el;
}

// `buttons` absent means Gradio's default (every built-in button); a list names those shown.
const shows = (buttons, name) => !Array.isArray(buttons) || buttons.some((b) => b === name);

// The toolbar's buttons carry data-action; the gallery's one delegated listener handles them.
export function drawPreview(items, index, props) {
  const item = items[index];
  const preview = make("span", "preview");
  const tools = make("div", "icon-button-wrapper");
  const tool = (name, iconName) => {
    const b = iconButton(name, iconName, null);
    b.dataset.action = name.toLowerCase();
    tools.append(b);
  };
  if (shows(props.buttons, "download") && item.file) tool("Download", "download");
  tool("Close", "close");
  const detail = make("button", "media-button");
  detail.type = "button";
  detail.setAttribute("aria-label", "detailed view of selected image");
  detail.append(media(item, {
    alt: item.caption ?? "",
    testid: item.kind === "video" ? "detailed-video" : "detailed-image",
    controls: item.kind === "video",
  }));
  if (item.caption) detail.classList.add("with-caption");
  preview.append(tools, detail);
  if (item.caption) preview.append(make("div", "caption", item.caption));
  const strip = make("div", "thumbnails scroll-hide");
  strip.dataset.testid = "container_el";
  items.forEach((it, i) => {
    const b = make("button", "thumbnail-item thumbnail-small");
    b.type = "button";
    b.dataset.index = String(i);
    b.setAttribute("aria-label", `Thumbnail ${i + 1} of ${items.length}`);
    b.classList.toggle("selected", i === index);
    if (it.kind === "video") b.append(playIcon());
    b.append(media(it, { testid: `thumbnail ${i + 1}` }));
    strip.append(b);
  });
  preview.append(strip);
  return preview;
}

// Gradio fetches the file and saves it under its original name; a URL the page may not read
// (another origin without CORS) opens in a new tab instead, as Gradio falls back.
export async function download(file) {
  const url = urlOf(file);
  const name = file?.orig_name ?? "image";
  let blobUrl = url;
  if (!url.startsWith("blob:") && !url.startsWith("data:")) {
    try {
      blobUrl = URL.createObjectURL(await (await fetch(url)).blob());
    } catch {
      window.open(url, "_blank", "noreferrer");
      return;
    }
  }
  const a = document.createElement("a");
  a.href = blobUrl;
  a.download = name;
  a.click();
  if (blobUrl !== url) setTimeout(() => URL.revokeObjectURL(blobUrl), 0);
}
