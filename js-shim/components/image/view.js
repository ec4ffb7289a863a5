// gr.Image: the image (drawn from pixels, or an <img> for a URL), and when interactive its
// `sources` — upload (click or drop), webcam (a captured frame, mirrored as mirror_webcam
// says) and clipboard (paste) — and a clear button. Fires upload, clear, change/input
// (through the core) and select with the clicked pixel's [x, y], as Gradio's Image does.
import { applyBlock, block } from "../atoms/block.js";
import { encodePngs } from "../../png-encoder.js";
import { grabFrame, videoConstraints, videoReady } from "../atoms/webcam.js";

export const imageView = {
  create(props, ctx) {
    const el = block(props, { kind: "image" });
    const file = document.createElement("input");
    file.type = "file";
    file.accept = "image/*";
    file.id = ctx.uid("image");
    file.className = "graft-visually-hidden";
    const label = document.createElement("label");
    label.className = "graft-label";
    label.htmlFor = file.id;
    const frame = div("graft-image-frame");
    const img = document.createElement("img");
    const canvas = document.createElement("canvas");
    const drop = div("graft-image-drop", "Drop Image Here - or - Click to Upload");
    const empty = div("graft-image-empty", "No image");
    const tools = div("graft-image-tools");
    const download = document.createElement("a");
    download.textContent = "Download";
    download.className = "graft-image-download";
    const clear = document.createElement("button");
    clear.type = "button";
    clear.textContent = "×";
    clear.setAttribute("aria-label", "Clear");
    tools.append(download, clear);
    const sources = div("graft-image-sources");
    const source = (name, text, action) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = text;
      b.dataset.source = name;
      b.addEventListener("click", action);
      sources.append(b);
    };
    const video = document.createElement("video");
    video.muted = video.playsInline = video.autoplay = video.hidden = true;
    frame.append(img, canvas, video, drop, empty, tools);
    el.append(label, file, frame, sources);
    const view = { el, file, label, img, canvas, video, drop, empty, tools, download, clear, sources, ctx, value: null, stream: null };
    const take = (f) => f && ctx.upload(f);
    source("upload", "Upload", () => file.click());
    source("webcam", "Webcam", () => (!view.stream ? startWebcam(view) : view.streaming ? stopWebcam(view) : capture(view)));
    source("clipboard", "Paste", () => pasteFromClipboard(view));
    frame.tabIndex = -1;
    frame.addEventListener("paste", (e) => {
      const pasted = [...(e.clipboardData?.files ?? [])].find((f) => f.type.startsWith("image/"));
      if (pasted && view.interactive && view.allowed.includes("clipboard")) take(pasted);
    });

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
    show(view, props.value ?? null); // a config may leave `value` out entirely
    imageView.update(view, props, props);
    return view;
  },
  destroy(view) {
    stopWebcam(view);
  },
  update(view, props, patch) {
    applyBlock(view.el, props);
    view.props = props;
    // Always named: an unlabelled Image is "Image", as Gradio's fallback label.
    view.label.textContent = props.label ?? "Image";
    view.label.classList.toggle("graft-visually-hidden", props.show_label === false);
    view.interactive = props.interactive !== false;
    if ("value" in patch) show(view, props.value ?? null);
    const has = view.value != null;
    view.drop.hidden = has || !view.interactive || Boolean(view.stream);
    view.empty.hidden = has || view.interactive;
    view.clear.hidden = !has || !view.interactive;
    view.download.hidden = !has || view.interactive || props.show_download_button === false; // as Gradio: outputs only
    view.file.disabled = !view.interactive;
    view.streaming = props.streaming === true; // Gradio: streaming needs sources == ["webcam"]
    view.allowed = view.streaming ? ["webcam"] : props.sources ?? ["upload", "webcam", "clipboard"];
    view.mirror = props.mirror_webcam ?? props.webcam_options?.mirror ?? true;
    view.sources.hidden = !view.interactive;
    for (const b of view.sources.children) b.hidden = !view.allowed.includes(b.dataset.source);
    if (!view.allowed.includes("upload")) view.drop.hidden = true;
    // Only an image that takes uploads has a file input (for assistive tech as for the mouse).
    view.file.hidden = !view.interactive || !view.allowed.includes("upload");
    view.el.toggleAttribute("data-interactive", view.interactive);
  },
};

function div(className, text = "") {
  const el = document.createElement("div");
  el.className = className;
  el.textContent = text;
  return el;
}

function show(view, value) {
  if (!view.streaming) stopWebcam(view); // a new value replaces a webcam preview, not a stream
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

// Webcam: a live preview (mirrored when mirror_webcam), then "Capture" takes one frame as a
// PNG file that goes through the same upload path as a chosen file.
async function startWebcam(view) {
  try {
    view.stream = await navigator.mediaDevices.getUserMedia({ video: videoConstraints(view.props.webcam_options?.constraints), audio: false });
  } catch (err) {
    view.ctx.error(`The webcam is not available: ${err.message}`);
    return;
  }
  view.video.srcObject = view.stream;
  view.video.style.transform = view.mirror ? "scaleX(-1)" : "";
  view.video.hidden = false;
  view.img.hidden = view.canvas.hidden = view.drop.hidden = view.empty.hidden = true;
  view.sources.querySelector('[data-source="webcam"]').textContent = view.streaming ? "Stop" : "Capture";
  if (view.streaming) streamFrames(view);
}

// streaming=True: a frame every `stream_every` seconds (the engine puts the listener's value
// into the props) goes to the `stream` event until Stop.
async function streamFrames(view) {
  const { video, stream } = view;
  await videoReady(video);
  while (view.stream === stream) {
    view.ctx.streamFrame(grabFrame(view.video, view.mirror).getContext("2d").getImageData(0, 0, video.videoWidth, video.videoHeight));
    await new Promise((resolve) => setTimeout(resolve, (view.props.stream_every ?? 0.5) * 1000));
  }
}

async function capture(view) {
  const { video } = view;
  await videoReady(video);
  const [blob] = await encodePngs([grabFrame(view.video, view.mirror)]);
  stopWebcam(view);
  view.ctx.upload(new File([blob], "webcam.png", { type: "image/png" }));
}

function stopWebcam(view) {
  if (!view.stream) return;
  for (const track of view.stream.getTracks()) track.stop();
  view.stream = null;
  view.video.srcObject = null;
  view.video.hidden = true;
  view.sources.querySelector('[data-source="webcam"]').textContent = "Webcam";
  if (view.streaming) view.ctx.stopStream();
  view.drop.hidden = view.value != null || !view.interactive || !view.allowed.includes("upload");
  view.empty.hidden = view.value != null || view.interactive;
}

async function pasteFromClipboard(view) {
  try {
    for (const item of await navigator.clipboard.read()) {
      const type = item.types.find((t) => t.startsWith("image/"));
      if (type) return view.ctx.upload(new File([await item.getType(type)], `clipboard.${type.slice(6)}`, { type }));
    }
    view.ctx.error("The clipboard holds no image.");
  } catch (err) {
    view.ctx.error(`The clipboard cannot be read: ${err.message}`);
  }
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
