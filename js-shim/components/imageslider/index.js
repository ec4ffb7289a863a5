// gr.ImageSlider in the page: two images under a draggable divider (slider_position), Gradio's
// upload view while the first image is missing (an upload fills it), "Remove Image", Download
// (the second image), Fullscreen; the wheel zooms both images about the cursor and a drag pans
// them (Gradio's ZoomableImage), "Undo" resets the zoom; the edge converts each image with
// gr.Image's store by `type`.
// Gradio declares `select` but its frontend never fires it: nor does this one.
import { block, applyBlock, blockLabel, updateBlockLabel, iconButton, empty, make, customButtons } from "../atoms/block.js";
import { icon, svgPath } from "../atoms/icons.js";
import { uploadArea } from "../atoms/upload-area.js";
import { ImageStore } from "../image/store.js";
import { sliderProps, clampPosition, stepPosition, positionAt, pairOf, viewOf, withUpload, toArgument, toOutput, RECEIVES, NO_ZOOM, zoomAbout, panBy } from "./helpers.js";
import { slot, draw, handle, placeHandle, save, imageIcon, css } from "./view.js";

function create(props, ctx) {
  const { signal } = ctx;
  const el = block(props, { kind: "imageslider" });
  const label = blockLabel(props, "Image");
  const tools = make("div", "icon-button-wrapper");
  const full = iconButton("Fullscreen", "", () => toggleFullscreen(el), signal);
  full.append(svgPath("M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"));
  const download = make("a", "icon-button");
  download.setAttribute("aria-label", "Download");
  download.title = "Download";
  download.append(icon("download"));
  const clear = iconButton("Remove Image", "close", (e) => {
    e.stopPropagation();
    view.position = 50; // Gradio re-centres the divider when the images are removed
    show(view, [null, null]);
    ctx.setValue([null, null], "clear");
  }, signal);
  // Gradio's Undo here undoes the zoom (disabled while there is none).
  const undo = iconButton("Undo", "", () => zoomTo(view, NO_ZOOM), signal);
  undo.append(svgPath("M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 010 11H11"));
  tools.append(undo, full, download, clear);

  const box = make("div", "image-container");
  box.dataset.testid = "image";
  const stage = make("div", "slider-wrap");
  const frame = make("div", "slider-frame");
  const base = slot("base");
  const top = slot("top");
  const veil = make("div", "veil");
  veil.append(imageIcon(32));
  const knob = handle();
  frame.append(base.el, top.el, veil, knob);
  stage.append(frame);
  const take = async (file) => {
    const store = ctx.app.images;
    let value;
    try {
      value = await store.upload(file, sliderProps(ctx.props()), { maxFileSize: ctx.app.maxFileSize });
    } catch (err) {
      if (!ctx.signal.aborted) ctx.toast({ level: "error", title: "Error", message: err.message });
      return;
    }
    if (ctx.signal.aborted) return store.forget(value);
    const next = withUpload(view.value, value);
    show(view, next);
    ctx.setValue(next, "upload");
  };
  const uploads = make("div", "upload-wrap");
  const area = uploadArea(take, signal, { name: "Click to upload or drop files", heading: "Drop Image Here", accept: "image/*" });
  area.querySelector(".upload-text").prepend(svgPath("M12 21V8m-5 5l5-5 5 5M4 3h16", { size: 24 })); // Gradio's Upload icon
  const half = make("div", "empty-half");
  half.append(imageIcon(32));
  uploads.append(area, half);
  const none = empty();
  none.append(imageIcon(32));
  box.append(stage, uploads, none);
  el.append(label, tools, box);
  const view = { el, label, tools, undo, full, download, clear, stage, frame, base, top, veil, knob, uploads, none, ctx, value: null, position: 50, size: null, zoom: NO_ZOOM };

  download.addEventListener("click", (e) => {
    const second = pairOf(view.value)[1];
    if (!view.encode || !second) return; // a URL downloads by itself
    e.preventDefault();
    save(second, ctx.app.images, ctx.props().format);
  }, { signal });
  base.img.addEventListener("load", () => fit(view, { width: base.img.naturalWidth, height: base.img.naturalHeight }), { signal });
  follow(view, signal);
  zoomable(view, signal);
  update(view, props, props);
  return view;
}

// The wheel over the images zooms both about the cursor; a drag (not on the divider) pans.
function zoomable(view, signal) {
  const { frame, knob } = view;
  const size = () => [frame.clientWidth, frame.clientHeight];
  frame.addEventListener("wheel", (e) => {
    if (view.top.el.hidden || !e.deltaY) return; // only the two-image preview zooms
    e.preventDefault();
    const r = frame.getBoundingClientRect();
    zoomTo(view, zoomAbout(view.zoom, e.deltaY < 0, [e.clientX - r.left, e.clientY - r.top], size()));
  }, { signal, passive: false });
  let last = null;
  frame.addEventListener("pointerdown", (e) => {
    if (view.zoom.scale === 1 || knob.contains(e.target) || e.button !== 0) return;
    e.preventDefault();
    frame.setPointerCapture?.(e.pointerId);
    last = [e.clientX, e.clientY];
    frame.classList.add("panning");
  }, { signal });
  frame.addEventListener("pointermove", (e) => {
    if (!last) return;
    const moved = panBy(view.zoom, e.clientX - last[0], e.clientY - last[1], size());
    last = [e.clientX, e.clientY];
    zoomTo(view, moved);
  }, { signal });
  for (const type of ["pointerup", "pointercancel"]) frame.addEventListener(type, () => ((last = null), frame.classList.remove("panning")), { signal });
}

function zoomTo(view, t) {
  view.zoom = t;
  const transform = t.scale === 1 ? "" : `translate(${t.x}px, ${t.y}px) scale(${t.scale})`;
  for (const s of [view.base, view.top]) for (const el of [s.img, s.canvas]) el.style.transform = transform;
  view.undo.disabled = t.scale === 1;
  view.frame.classList.toggle("zoomed", t.scale > 1);
}

// Dragging and keys move the divider in the page only; Gradio sends the position nowhere.
function follow(view, signal) {
  const { knob, frame } = view;
  const move = (position) => {
    view.position = position;
    place(view);
  };
  knob.addEventListener("pointerdown", (e) => {
    if (knob.classList.contains("disabled")) return;
    e.preventDefault();
    knob.setPointerCapture?.(e.pointerId);
    knob.classList.add("grab");
    knob.focus();
    move(positionAt(e.clientX, frame.getBoundingClientRect()));
  }, { signal });
  knob.addEventListener("pointermove", (e) => {
    if (knob.classList.contains("grab")) move(positionAt(e.clientX, frame.getBoundingClientRect()));
  }, { signal });
  for (const type of ["pointerup", "pointercancel"]) knob.addEventListener(type, () => knob.classList.remove("grab"), { signal });
  knob.addEventListener("keydown", (e) => {
    if (knob.classList.contains("disabled")) return;
    const next = stepPosition(view.position, e.key, e.shiftKey);
    if (next == null) return;
    e.preventDefault();
    move(next);
  }, { signal });
}

function update(view, props, patch) {
  applyBlock(view.el, props);
  view.props = sliderProps(props);
  updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "Image");
  view.label.prepend(imageIcon()); // the label's text replaced the icon
  if ("slider_position" in patch || patch === props) view.position = clampPosition(props.slider_position);
  if (props.slider_color) view.el.style.setProperty("--slider-color", props.slider_color);
  else view.el.style.removeProperty("--slider-color");
  show(view, "value" in patch ? props.value ?? null : view.value);
}

// Draws the value in the view Gradio gives it (helpers.viewOf).
function show(view, value) {
  const { props, ctx } = view;
  const before = pairOf(view.value);
  view.value = value;
  const interactive = props.interactive !== false;
  const [a, b] = pairOf(value);
  const mode = viewOf(value, interactive);
  view.stage.hidden = mode !== "preview" && mode !== "half";
  view.uploads.hidden = mode !== "upload";
  view.none.hidden = mode !== "empty";
  const images = ctx.app.images;
  if (before[0] !== a || before[1] !== b) zoomTo(view, NO_ZOOM); // new images start unzoomed
  const size = draw(view.base, a, images);
  draw(view.top, mode === "preview" ? b : null, images);
  view.top.el.hidden = mode !== "preview";
  view.veil.hidden = mode !== "half";
  fit(view, size ?? (a ? view.size : null)); // an <img> refits when it loads
  const buttons = Array.isArray(props.buttons) ? props.buttons : ["download", "fullscreen"];
  const src = b && (typeof b === "string" ? b : b.url ?? null);
  view.encode = Boolean(b) && !src; // pixels: encoded when the link is clicked
  view.download.hidden = !b || !buttons.includes("download") || props.show_download_button === false;
  view.download.href = src ?? "#";
  view.download.download = (typeof b === "object" && b?.orig_name) || "image";
  // Gradio's upload view (interactive, an image missing) has no fullscreen button.
  view.full.hidden = mode !== "preview" || !buttons.includes("fullscreen") || props.show_fullscreen_button === false;
  view.clear.hidden = !interactive || (!a && !b);
  view.undo.hidden = mode !== "preview";
  view.tools.hidden = view.download.hidden && view.full.hidden && view.clear.hidden && view.undo.hidden && !customButtons(props.buttons).length;
  view.el.classList.toggle("empty-value", interactive && !a && !b);
  place(view);
}

// The frame takes the first image's aspect ratio, no taller than max_height (Gradio's cap).
function fit(view, size) {
  view.size = size;
  const { frame } = view;
  frame.classList.toggle("sized", Boolean(size));
  if (!size || !size.width || !size.height) {
    frame.style.aspectRatio = "";
    frame.style.removeProperty("--ratio");
    frame.style.removeProperty("--cap");
    return;
  }
  const ratio = size.width / size.height;
  frame.style.aspectRatio = `${size.width} / ${size.height}`;
  frame.style.setProperty("--ratio", String(ratio));
  frame.style.setProperty("--cap", `${Math.round(view.props.max_height * ratio)}px`);
}

function place(view) {
  const p = view.position;
  view.top.el.style.clipPath = `inset(0 0 0 ${p}%)`;
  view.veil.style.left = `${p}%`;
  placeHandle(view.knob, p, view.veil.hidden && view.top.el.hidden);
}

function toggleFullscreen(el) {
  if (document.fullscreenElement === el) document.exitFullscreen?.();
  else el.requestFullscreen?.().catch(() => {});
}

export default {
  toolbar: (view) => view.tools, // where Gradio 6's custom buttons go
  receives: RECEIVES,
  // gr.Image's store holds the uploads and pixels of both images: made once per app (shared
  // with gr.Image), with its pipeline loaded before anything is drawn.
  async prepare(nodes, app) {
    app.images ??= new ImageStore();
    await app.images.load();
  },
  create,
  update,
  css,
  edge: {
    argument: (value, props, app) => toArgument(value, props, app.images),
    output: (value, props, app) => toOutput(value, sliderProps(props), app.images),
  },
};
