// gr.Image: the image (drawn from pixels, or an <img> for a URL), and when interactive an
// upload area (click or drop) and a clear button. Fires upload, clear, change/input (through
// the core) and select with the clicked pixel's [x, y], as Gradio's Image does.
import { applyCommon, blockElement, uid } from "./block.js";

export const image = {
  create(props, ctx) {
    const el = blockElement("div", "image", props);
    const file = document.createElement("input");
    file.type = "file";
    file.accept = "image/*";
    file.id = uid("image");
    file.className = "graft-visually-hidden";
    const label = document.createElement("label");
    label.className = "graft-label";
    label.htmlFor = file.id;
    const frame = document.createElement("div");
    frame.className = "graft-image-frame";
    const img = document.createElement("img");
    const canvas = document.createElement("canvas");
    const drop = document.createElement("div");
    drop.className = "graft-image-drop";
    drop.textContent = "Drop Image Here - or - Click to Upload";
    const empty = document.createElement("div");
    empty.className = "graft-image-empty";
    empty.textContent = "No image";
    const tools = document.createElement("div");
    tools.className = "graft-image-tools";
    const download = document.createElement("a");
    download.textContent = "Download";
    download.className = "graft-image-download";
    const clear = document.createElement("button");
    clear.type = "button";
    clear.textContent = "×";
    clear.setAttribute("aria-label", "Clear");
    tools.append(download, clear);
    frame.append(img, canvas, drop, empty, tools);
    el.append(label, file, frame);
    const view = { el, file, label, img, canvas, drop, empty, download, clear, ctx, value: null };

    const take = (f) => f && ctx.upload(f);
    file.addEventListener("change", () => {
      take(file.files?.[0]);
      file.value = ""; // the same file chosen again still uploads
    });
    drop.addEventListener("click", () => file.click());
    frame.addEventListener("dragover", (e) => {
      if (view.interactive) e.preventDefault();
    });
    frame.addEventListener("drop", (e) => {
      if (!view.interactive) return;
      e.preventDefault();
      take(e.dataTransfer?.files?.[0]);
    });
    clear.addEventListener("click", () => ctx.clear());
    download.addEventListener("click", (e) => saveAs(e, view));
    for (const target of [img, canvas]) target.addEventListener("click", (e) => ctx.emit("select", { index: pixelAt(e, target), value: null }));
    image.update(view, props, props);
    return view;
  },
  update(view, props, patch) {
    applyCommon(view.el, props);
    view.props = props;
    if ("label" in patch || "show_label" in patch) {
      view.label.textContent = props.label ?? "Image";
      view.label.classList.toggle("graft-visually-hidden", props.show_label === false);
    }
    view.interactive = props.interactive !== false;
    if ("value" in patch) show(view, props.value ?? null);
    const has = view.value != null;
    view.drop.hidden = has || !view.interactive;
    view.empty.hidden = has || view.interactive;
    view.clear.hidden = !has || !view.interactive;
    view.download.hidden = !has || view.interactive || props.show_download_button === false; // as Gradio: outputs only
    view.file.disabled = !view.interactive;
    view.el.toggleAttribute("data-interactive", view.interactive);
  },
};

function show(view, value) {
  view.value = value;
  const pixels = value ? view.ctx.images.pixels(value) : null;
  view.canvas.hidden = !pixels;
  view.img.hidden = !value || Boolean(pixels);
  if (pixels) {
    view.canvas.width = pixels.width;
    view.canvas.height = pixels.height;
    view.canvas.getContext("2d").putImageData(pixels, 0, 0);
    view.img.removeAttribute("src");
  } else if (value) {
    view.img.src = value.url ?? value.path;
    view.img.alt = value.orig_name ?? "";
  } else {
    view.img.removeAttribute("src");
  }
  const url = value && !pixels ? value.url ?? value.path : null;
  view.encode = !url; // pixels: encoded when the link is clicked
  view.download.href = url ?? "#";
  view.download.download = value?.orig_name ?? "image";
}

// Pixels have no URL: they are encoded (in `format`, webp by default) when asked for.
async function saveAs(event, view) {
  if (!view.encode) return;
  event.preventDefault();
  const file = await view.ctx.images.file(view.value, view.props.format ?? "webp");
  if (!file) return;
  const a = document.createElement("a");
  a.href = URL.createObjectURL(file);
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

// The clicked pixel in the image's own coordinates (the element may be scaled).
function pixelAt(event, target) {
  const box = target.getBoundingClientRect();
  const w = target.naturalWidth ?? target.width;
  const h = target.naturalHeight ?? target.height;
  const x = Math.floor(((event.clientX - box.left) / box.width) * w);
  const y = Math.floor(((event.clientY - box.top) / box.height) * h);
  return [Math.min(Math.max(x, 0), w - 1), Math.min(Math.max(y, 0), h - 1)];
}
