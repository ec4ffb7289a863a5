// gr.ImageEditor drawn with Canvas 2D: the canvas (the document, document.js), the tools
// (chrome.js) and the pointer. Every edit becomes the value Gradio's editor sends — PNGs of the
// background, the layers and the composite — and fires input/change (upload, clear with them),
// as Gradio's editor does; Save changes (shown when apply is listened to) fires apply. The
// Webcam source opens a preview over the canvas whose "capture photo" sets the background.
// Resize Canvas rescales the picture or keeps it at an anchor; Zoom in/out, the zoom menu
// (Fit to screen, 25–400%) and Pan change only the view.
import { applyBlock, blockLabel, empty, make, redrawSignal, updateBlockLabel } from "../atoms/block.js";
import { uploadArea } from "../atoms/upload-area.js";
import { webcamPanel } from "../atoms/webcam.js";
import { sizeLimitMessage } from "../../file-checks.js";
import { controls, fillLayers, fillOptions, fillResize, layerMenu, toolbar } from "./chrome.js";
import * as D from "./document.js";
import { encodePngs } from "../../png-encoder.js";
import { History, canvasSizeOf, checkLayerSizes, editorOptions, placeImage, wheelStep, zoomAbout, zoomStep } from "./helpers.js";

export function createEditor(props, ctx) {
  const { signal } = ctx;
  const el = make("div", "block graft-imageeditor");
  const label = blockLabel(props, "Image");
  const stage = make("div", "image-container");
  stage.dataset.testid = "image";
  const canvas = make("canvas", "graft-editor-canvas");
  const nothing = empty();
  const s = {
    ctx, props, el, label, stage, canvas, nothing, signal,
    history: new History(), hidden: new Set(), tool: "image", sub: null, live: null, crop: null,
    touched: false, sent: undefined, chain: Promise.resolve(), loading: 0, frame: 0,
    zoom: null, pan: { x: 0, y: 0 }, zoomMenu: false,
  };
  s.opts = editorOptions(props);
  s.color = s.opts.brush?.color ?? { color: "black", opacity: 1 };
  s.size = s.opts.brush?.size ?? 25;
  s.eraserSize = s.opts.eraser?.size ?? 25;
  s.area = uploadArea((file) => upload(s, file), signal, { name: "Click to upload or drop files", heading: "Upload an image", accept: "image/*" });
  // Gradio's words on the empty canvas; the name keeps them, after the name Gradio's tests use.
  s.area.classList.add("graft-editor-empty");
  s.hint = make("span", "hint");
  s.hint.append(make("span", "or", "or"), make("span", "", "select the draw tool to start"));
  s.area.querySelector(".upload-text").replaceChildren(make("span", "", "Upload an image"), s.hint);
  s.bar = toolbar({ tool: (t) => setTool(s, t), sub: (x) => setSub(s, x) }, signal);
  s.controls = controls({
    download: () => download(s),
    pan: () => setTool(s, s.tool === "pan" ? "image" : "pan"),
    zoomIn: () => setZoom(s, zoomStep(s.zoom, fitScale(s), "in")),
    zoomOut: () => setZoom(s, zoomStep(s.zoom, fitScale(s), "out")),
    zoomMenu: () => ((s.zoomMenu = !s.zoomMenu), refresh(s)),
    setZoom: (z) => setZoom(s, z === "fit" || z <= fitScale(s) ? null : z),
    undo: () => travel(s, "undo"),
    redo: () => travel(s, "redo"),
    save: () => (s.chain = s.chain.then(() => !signal.aborted && ctx.emit("apply"))),
    clear: () => clear(s),
  }, signal);
  s.layers = layerMenu({ toggle: () => ((s.layersOpen = !s.layersOpen), refresh(s)) }, signal);
  s.confirm = make("button", "graft-editor-confirm", "Confirm crop");
  s.confirm.type = "button";
  s.confirm.setAttribute("aria-label", "Confirm crop");
  s.confirm.addEventListener("click", (e) => (e.stopPropagation(), confirmCrop(s)), { signal });
  stage.append(canvas, nothing, s.area, s.bar.el, s.controls.el, s.layers.el, s.confirm);
  el.append(label, stage);
  listen(s);
  s.doc = D.blankDocument(s.opts.canvasSize, s.opts.layers.names);
  s.history.reset(s.doc);
  s.active = s.doc.layers[0]?.id;
  updateEditor(s, props, props);
  return s;
}

export function updateEditor(s, props, patch) {
  s.props = props;
  applyBlock(s.el, props);
  updateBlockLabel(s.label, props, "Image");
  s.interactive = props.interactive !== false;
  s.el.toggleAttribute("data-interactive", s.interactive);
  const h = props.height;
  s.stage.style.height = typeof h === "number" ? `${h}px` : typeof h === "string" ? h : "";
  const optionProps = ["brush", "eraser", "layers", "canvas_size", "fixed_canvas", "sources", "transforms"];
  if (optionProps.some((k) => k in patch) && patch !== props) {
    s.opts = editorOptions(props);
    if ("brush" in patch) ({ color: s.color, size: s.size } = s.opts.brush ?? s);
  }
  if (patch === props && s.opts.sources.length === 0) s.tool = s.opts.brush ? "draw" : s.opts.eraser ? "erase" : "image";
  if ("value" in patch && JSON.stringify(props.value ?? null) !== s.sent) load(s, props.value ?? null);
  refresh(s);
}

// What is shown follows the state: the tools for the current tool, the empty-canvas prompt,
// the pressed buttons, Undo/Redo enabled as the history allows.
function refresh(s) {
  const { opts, bar, interactive } = s;
  const b = bar.buttons;
  const hasImage = s.history.current.image;
  const editing = interactive;
  s.canvas.hidden = !interactive && !s.props.value;
  s.nothing.hidden = interactive || Boolean(s.props.value);
  s.area.hidden = !editing || s.tool !== "image" || hasImage || s.history.canUndo || !opts.sources.includes("upload") || s.sub === "webcam";
  showWebcam(s, editing && s.tool === "image" && s.sub === "webcam");
  s.hint.hidden = !opts.brush;
  s.area.setAttribute("aria-label", `Click to upload or drop files (Upload an image${opts.brush ? " or select the draw tool to start" : ""})`);
  bar.el.hidden = s.controls.el.hidden = !editing || s.sub === "crop";
  s.layers.el.hidden = !editing || opts.layers.disabled || s.sub === "crop";
  s.confirm.hidden = !editing || s.sub !== "crop";
  b.image.hidden = !(opts.sources.length > 0 || (hasImage && opts.transforms.length > 0));
  b.draw.hidden = !opts.brush;
  b.erase.hidden = !opts.eraser;
  for (const t of ["image", "draw", "erase"]) press(b[t], s.tool === t);
  const imageTool = s.tool === "image";
  b.upload.hidden = !imageTool || hasImage || !opts.sources.includes("upload");
  b.paste.hidden = !imageTool || hasImage || !opts.sources.includes("clipboard");
  b.webcam.hidden = !imageTool || hasImage || !opts.sources.includes("webcam");
  press(b.webcam, s.sub === "webcam");
  b.crop.hidden = !imageTool || !hasImage || !opts.transforms.includes("crop");
  b.resize.hidden = !imageTool || !hasImage || !opts.transforms.includes("resize");
  press(b.resize, s.sub === "resize");
  b.color.hidden = b.size.hidden = s.tool !== "draw" || !opts.brush;
  b.eraserSize.hidden = s.tool !== "erase" || !opts.eraser;
  b.color.style.color = s.color.color;
  press(b.size, s.sub === "size" && s.tool === "draw");
  press(b.eraserSize, s.sub === "size" && s.tool === "erase");
  press(b.crop, s.sub === "crop");
  bar.sub.hidden = [...bar.sub.children].every((c) => c.hidden);
  const popup = s.tool === "draw" && (s.sub === "color" || s.sub === "size") ? s.sub : s.tool === "erase" && s.sub === "size" ? "eraser" : null;
  // Every refresh refills the pop-up and the layer list: the replaced buttons' listeners go.
  const drawn = redrawSignal(s, "popupsDrawn", s.signal);
  if (s.tool === "image" && s.sub === "resize") {
    fillResize(bar.options, s.resizeForm, { apply: (r) => resize(s, r) }, drawn);
    bar.options.classList.add("tall");
  } else if (popup) {
    bar.options.classList.remove("tall");
    fillOptions(bar.options, { kind: popup, brush: opts.brush, color: s.color, size: popup === "eraser" ? s.eraserSize : s.size }, {
      color: (c) => ((s.color = c), (s.sub = null), refresh(s)),
      size: (n) => (popup === "eraser" ? (s.eraserSize = n) : (s.size = n)),
    }, drawn);
  } else bar.options.hidden = true;
  const c = s.controls.buttons;
  c.download.hidden = !(s.props.buttons == null || s.props.buttons.includes("download"));
  // Gradio shows Save changes only when an apply listener is attached.
  c.save.hidden = !s.ctx.listens?.("apply");
  c.undo.disabled = !s.history.canUndo;
  // At the fit there is nothing to pan, and no zooming out (Gradio's min_zoom).
  c.pan.disabled = c.zoomOut.disabled = s.zoom === null;
  if (s.zoom === null && s.tool === "pan") s.tool = "image";
  press(c.pan, s.tool === "pan");
  // The name holds the text shown (WCAG's label in name), after Gradio's word for the control.
  c.zoom.textContent = `${Math.round((s.zoom ?? fitScale(s)) * 100)}%`;
  c.zoom.setAttribute("aria-label", `Zoom: ${c.zoom.textContent}`);
  c.zoom.setAttribute("aria-expanded", String(s.zoomMenu));
  s.controls.menu.hidden = !s.zoomMenu;
  showZoom(s);
  c.redo.disabled = !s.history.canRedo;
  fillLayers(s.layers, { layers: s.history.current.layers, active: s.active, hidden: s.hidden, open: Boolean(s.layersOpen), allowAdditional: s.opts.layers.allowAdditional }, {
    select: (id) => ((s.active = id), (s.layersOpen = false), s.tool === "image" && s.opts.brush && (s.tool = "draw"), refresh(s)),
    visibility: (id) => (s.hidden.has(id) ? s.hidden.delete(id) : s.hidden.add(id), edit(s, s.history.current)),
    remove: (id) => edit(s, D.removeLayer(s.history.current, id)),
    move: (id, direction) => {
      s.active = id; // as in Gradio, the moved layer becomes the active one
      edit(s, D.moveLayer(s.history.current, id, direction));
    },
    add: () => {
      const { doc, id } = D.addLayer(s.history.current);
      s.active = id;
      edit(s, doc);
    },
  }, drawn);
  s.canvas.style.cursor = s.tool === "draw" || s.tool === "erase" || s.sub === "crop" ? "crosshair" : s.tool === "pan" ? "grab" : "";
  draw(s);
}

function press(b, on) {
  b.classList.toggle("highlight", on);
  b.setAttribute("aria-pressed", String(on));
}

function setTool(s, tool) {
  s.tool = tool;
  s.sub = null;
  s.crop = null;
  refresh(s);
}

function setSub(s, sub) {
  s.sub = s.sub === sub ? null : sub;
  if (s.sub === "upload") {
    s.sub = null;
    s.area.querySelector("input").click();
  } else if (s.sub === "paste") {
    s.sub = null;
    paste(s);
  } else if (s.sub === "crop") {
    const { width, height } = s.history.current;
    s.crop = { x: 0, y: 0, width, height };
  } else if (s.sub === "resize") {
    const { width, height } = s.history.current;
    s.resizeForm = { width, height, anchor: "center", scale: false };
  }
  refresh(s);
}

// Draws the current document (with the stroke being drawn, and the crop frame) on the next
// animation frame; many pointer moves in one frame draw once.
function draw(s) {
  if (s.frame) return;
  s.frame = requestAnimationFrame(() => {
    s.frame = 0;
    const doc = s.history.current;
    if (s.canvas.width !== doc.width || s.canvas.height !== doc.height) {
      Object.assign(s.canvas, { width: doc.width, height: doc.height });
      // A canvas of another size (an upload, a crop, a resize) starts at the fit again.
      if (s.zoom !== null) {
        s.zoom = null;
        refresh(s);
      }
    }
    const g = s.canvas.getContext("2d");
    D.render(g, doc, { hidden: s.hidden, live: s.live });
    if (s.crop) shadeOutside(g, doc, s.crop);
  });
}

function shadeOutside(g, doc, r) {
  g.save();
  g.fillStyle = "rgba(0, 0, 0, 0.5)";
  g.beginPath();
  g.rect(0, 0, doc.width, doc.height);
  g.rect(r.x, r.y, r.width, r.height);
  g.fill("evenodd");
  g.strokeStyle = "#fff";
  g.lineWidth = Math.max(1, doc.width / 400);
  g.strokeRect(r.x, r.y, r.width, r.height);
  g.restore();
}

// An edit: the new document joins the history, is drawn, and becomes the value.
function edit(s, doc, event = null) {
  s.history.push(doc);
  if (!doc.layers.some((l) => l.id === s.active)) s.active = doc.layers.at(-1)?.id;
  s.touched = true;
  refresh(s);
  send(s, event);
}

// The value of the current document, sent once its PNGs are made; edits send in order, so a
// Save changes clicked meanwhile applies the latest value.
function send(s, event) {
  const doc = s.history.current;
  const hidden = new Set(s.hidden);
  s.chain = s.chain.then(async () => {
    const value = s.touched ? await D.exportValue(doc, hidden, s.ctx.files) : null;
    if (s.signal.aborted) return;
    s.sent = JSON.stringify(value);
    s.ctx.setValue(value, event);
  }).catch((err) => s.ctx.toast({ level: "error", title: "Error", message: `ImageEditor: ${err.message}` }));
}

function travel(s, way) {
  const doc = way === "undo" ? s.history.undo() : s.history.redo();
  if (!doc.layers.some((l) => l.id === s.active)) s.active = doc.layers[0]?.id;
  s.crop = null;
  refresh(s);
  send(s, null);
}

function clear(s) {
  s.history.reset(D.blankDocument(s.opts.canvasSize, s.opts.layers.names));
  s.active = s.history.current.layers[0]?.id;
  s.hidden.clear();
  s.touched = false;
  s.tool = "image";
  s.sub = null;
  s.crop = null;
  refresh(s);
  s.chain = s.chain.then(() => {
    if (s.signal.aborted) return;
    s.sent = "null";
    s.ctx.setValue(null, "clear");
  });
}

// A chosen, dropped or pasted file becomes the background: the canvas takes its size (or
// fits it, with fixed_canvas), the layers start empty, and upload fires after input/change.
async function upload(s, file) {
  const tooBig = sizeLimitMessage(file, s.ctx.app.maxFileSize);
  if (tooBig) return s.ctx.toast({ level: "error", title: "Error", message: tooBig });
  let image;
  try {
    image = await createImageBitmap(file);
  } catch {
    return s.ctx.toast({ level: "error", title: "Error", message: `${file.name || "The file"}: not an image this browser can open` });
  }
  if (s.signal.aborted) return;
  const [cw, ch] = s.opts.canvasSize;
  const blank = D.blankDocument(s.opts.canvasSize, s.opts.layers.names);
  s.history.reset(blank);
  s.active = blank.layers[0]?.id;
  s.hidden.clear();
  const doc = D.withBackground(blank, image, placeImage(image.width, image.height, cw, ch, s.opts.fixedCanvas));
  if (s.opts.brush) s.tool = "draw";
  s.sub = null;
  edit(s, doc, "upload");
}

async function paste(s) {
  try {
    for (const item of await navigator.clipboard.read()) {
      const type = item.types.find((t) => t.startsWith("image/"));
      if (type) return upload(s, new File([await item.getType(type)], `clipboard.${type.slice(6)}`, { type }));
    }
    s.ctx.toast({ level: "error", title: "Error", message: "The clipboard holds no image." });
  } catch (err) {
    s.ctx.toast({ level: "error", title: "Error", message: `The clipboard cannot be read: ${err.message}` });
  }
}

// The Webcam source (Gradio's modal over the canvas): opened while its sub-tool is chosen,
// closed — the camera stopped — by anything else (another tool, capture, clear, teardown).
function showWebcam(s, open) {
  if (!open) {
    s.cam?.close();
    s.cam?.modal.remove();
    s.cam = null;
    return;
  }
  if (s.cam) return;
  const options = s.props.webcam_options ?? {};
  const leave = () => {
    if (s.sub === "webcam") s.sub = null;
    refresh(s);
  };
  s.cam = webcamPanel({
    mirror: options.mirror ?? true,
    constraints: options.constraints ?? null,
    signal: s.signal,
    onCapture: (file) => {
      leave();
      upload(s, file);
    },
    onError: (message) => {
      s.ctx.toast({ level: "error", title: "Error", message });
      leave();
    },
  });
  const modal = make("div", "modal");
  const inner = make("div", "modal-inner");
  inner.append(s.cam.el);
  modal.append(inner);
  modal.addEventListener("pointerdown", (e) => e.stopPropagation(), { signal: s.signal });
  s.cam.modal = modal;
  s.stage.append(modal);
}

// The zoom the stage allows without enlarging: what "Fit to screen" shows.
function fitScale(s) {
  const doc = s.history.current;
  const st = getComputedStyle(s.stage);
  const w = s.stage.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight);
  const h = s.stage.clientHeight - parseFloat(st.paddingTop) - parseFloat(st.paddingBottom);
  if (!(w > 0 && h > 0)) return 1;
  return Math.min(1, w / doc.width, h / doc.height);
}

function setZoom(s, zoom) {
  s.zoom = zoom;
  s.zoomMenu = false;
  if (zoom === null) s.pan = { x: 0, y: 0 };
  refresh(s);
}

// The canvas at the zoom: its CSS size, moved by the pan (the stage keeps it centred).
function showZoom(s) {
  const { canvas, zoom, pan } = s;
  const doc = s.history.current;
  canvas.style.width = zoom === null ? "" : `${doc.width * zoom}px`;
  canvas.style.height = zoom === null ? "" : `${doc.height * zoom}px`;
  canvas.style.maxWidth = canvas.style.maxHeight = zoom === null ? "" : "none";
  canvas.style.flexShrink = zoom === null ? "" : "0";
  canvas.style.transform = zoom === null ? "" : `translate(${pan.x}px, ${pan.y}px)`;
}

// Resize Canvas: a size that is not a whole 1–8192 is refused with a toast, the form kept.
function resize(s, { width, height, anchor, scale }) {
  const size = canvasSizeOf(width, height);
  if (size.error) return s.ctx.toast({ level: "error", title: "Error", message: size.error });
  s.sub = null;
  edit(s, D.resizeDocument(s.history.current, { ...size, anchor, scale }));
}

function confirmCrop(s) {
  const r = s.crop;
  s.sub = null;
  s.crop = null;
  if (!r || r.width < 1 || r.height < 1) return refresh(s);
  edit(s, D.cropDocument(s.history.current, r));
}

// A value from the app (the config, a function's output): its images are loaded and become
// the document, with a history of its own. Layers of another size are refused by name.
async function load(s, value) {
  const token = ++s.loading;
  s.touched = Boolean(value);
  s.sent = JSON.stringify(value);
  const blank = D.blankDocument(s.opts.canvasSize, s.opts.layers.names);
  if (!value) {
    s.history.reset(blank);
    s.active = blank.layers[0]?.id;
    return refresh(s);
  }
  const layers = value.layers ?? [];
  const base = value.background ?? (layers.length ? null : value.composite);
  let images;
  try {
    images = await Promise.all([base, ...layers].map((fd) => (fd ? bitmapOf(s, fd) : null)));
  } catch (err) {
    if (token === s.loading) s.ctx.toast({ level: "error", title: "Error", message: `ImageEditor could not load an image: ${err.message}` });
    return;
  }
  if (token !== s.loading || s.signal.aborted) return;
  const [bg, ...ls] = images;
  const size = (i) => (i ? [i.width, i.height] : null);
  try {
    checkLayerSizes(size(bg), ls.map(size));
  } catch (err) {
    return s.ctx.toast({ level: "error", title: "Error", message: err.message });
  }
  const [cw, ch] = s.opts.canvasSize;
  let doc = blank;
  if (bg) doc = D.withBackground(blank, bg, placeImage(bg.width, bg.height, cw, ch, s.opts.fixedCanvas));
  else if (ls[0] && !s.opts.fixedCanvas) doc = D.blankDocument([ls[0].width, ls[0].height], s.opts.layers.names);
  if (ls.length) doc = D.withLayers(doc, ls, s.opts.layers.names);
  s.history.reset(doc);
  s.active = doc.layers[0]?.id;
  if (s.tool === "image" && s.opts.brush) s.tool = "draw";
  refresh(s);
}

// An image the value names: pixels gr.Image's store holds, else the file at its URL.
async function bitmapOf(s, fd) {
  const pixels = s.ctx.app.images?.pixels(fd);
  if (pixels) return createImageBitmap(pixels);
  const url = fd.url ?? fd.path;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return createImageBitmap(await response.blob());
}

async function download(s) {
  await s.chain;
  const composite = D.surface(s.history.current.width, s.history.current.height);
  D.render(composite.getContext("2d"), s.history.current, { hidden: s.hidden });
  const [blob] = await encodePngs([composite]);
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "image.png";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

// The pointer: a stroke with the brush or the eraser on the active layer, or the crop frame.
function listen(s) {
  const { canvas, signal, stage } = s;
  const at = (e) => {
    const r = canvas.getBoundingClientRect();
    const doc = s.history.current;
    return [((e.clientX - r.left) * doc.width) / r.width, ((e.clientY - r.top) * doc.height) / r.height];
  };
  canvas.addEventListener("pointerdown", (e) => {
    if (!s.interactive || e.button !== 0) return;
    if (s.tool === "pan") {
      s.panFrom = { x: e.clientX - s.pan.x, y: e.clientY - s.pan.y };
      canvas.style.cursor = "grabbing";
    } else if (s.sub === "crop") {
      s.cropFrom = at(e);
    } else if ((s.tool === "draw" && s.opts.brush) || (s.tool === "erase" && s.opts.eraser)) {
      if (!s.history.current.layers.some((l) => l.id === s.active)) return;
      const erase = s.tool === "erase";
      s.live = { layer: s.active, stroke: { points: [at(e)], radius: erase ? s.eraserSize : s.size, erase, color: s.color.color, opacity: s.color.opacity } };
      s.sub = null;
      refresh(s);
    } else return;
    canvas.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  }, { signal });
  canvas.addEventListener("pointermove", (e) => {
    if (s.panFrom) {
      s.pan = { x: e.clientX - s.panFrom.x, y: e.clientY - s.panFrom.y };
      showZoom(s);
    } else if (s.live) {
      for (const ev of e.getCoalescedEvents?.() ?? [e]) s.live.stroke.points.push(at(ev));
      draw(s);
    } else if (s.cropFrom) {
      s.crop = frame(s.cropFrom, at(e), s.history.current);
      draw(s);
    }
  }, { signal });
  const end = () => {
    if (s.live) {
      const { layer, stroke } = s.live;
      s.live = null;
      edit(s, D.strokeLayer(s.history.current, layer, stroke));
    }
    s.cropFrom = null;
    if (s.panFrom) {
      s.panFrom = null;
      canvas.style.cursor = s.tool === "pan" ? "grab" : "";
    }
  };
  canvas.addEventListener("pointerup", end, { signal });
  canvas.addEventListener("pointercancel", end, { signal });
  // The wheel zooms (with Alt/Meta/Ctrl) about the pointer or pans, as Gradio's; two fingers
  // pinch-zoom about their midpoint, and a stroke they started is dropped.
  const offset = (x, y, r = canvas.getBoundingClientRect()) => ({ x: x - (r.left + r.width / 2), y: y - (r.top + r.height / 2) });
  const apply = (next) => {
    if (!next) return false;
    s.pan = next.pan;
    setZoom(s, next.zoom);
    return true;
  };
  stage.addEventListener("wheel", (e) => {
    if (!s.interactive || s.canvas.hidden) return; // a static editor leaves the wheel to the page
    const r = canvas.getBoundingClientRect();
    if (apply(wheelStep(e, s.zoom, fitScale(s), s.pan, offset(e.clientX, e.clientY, r), r))) e.preventDefault();
  }, { signal, passive: false });
  let pinch = null;
  const spread = (t) => Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
  stage.addEventListener("touchstart", (e) => {
    if (e.touches.length !== 2) return;
    pinch = spread(e.touches);
    s.live = s.cropFrom = s.panFrom = null;
    draw(s);
  }, { signal, passive: true });
  stage.addEventListener("touchmove", (e) => {
    if (pinch === null || e.touches.length !== 2) return;
    e.preventDefault();
    const now = spread(e.touches);
    const mid = offset((e.touches[0].clientX + e.touches[1].clientX) / 2, (e.touches[0].clientY + e.touches[1].clientY) / 2);
    if (pinch > 0) apply(zoomAbout(s.zoom, fitScale(s), now / pinch, s.pan, mid));
    pinch = now;
  }, { signal, passive: false });
  stage.addEventListener("touchend", (e) => {
    if (e.touches.length < 2) pinch = null;
  }, { signal });
  stage.addEventListener("dragover", (e) => {
    if (s.interactive && s.opts.sources.includes("upload")) e.preventDefault();
  }, { signal });
  stage.addEventListener("drop", (e) => {
    const file = e.dataTransfer?.files?.[0];
    if (!s.interactive || !s.opts.sources.includes("upload") || !file) return;
    e.preventDefault();
    upload(s, file);
  }, { signal });
  // Gradio's pop-ups close on a click elsewhere.
  document.addEventListener("pointerdown", (e) => {
    if (s.sub && s.sub !== "crop" && !s.bar.el.contains(e.target)) setSub(s, s.sub);
    if (s.zoomMenu && !s.controls.el.contains(e.target)) {
      s.zoomMenu = false;
      refresh(s);
    }
    if (s.layersOpen && !s.layers.el.contains(e.target)) {
      s.layersOpen = false;
      refresh(s);
    }
  }, { signal });
}

// The crop rectangle between two points, in whole pixels, inside the canvas.
function frame([x0, y0], [x1, y1], doc) {
  const clamp = (v, max) => Math.min(Math.max(Math.round(v), 0), max);
  const x = clamp(Math.min(x0, x1), doc.width);
  const y = clamp(Math.min(y0, y1), doc.height);
  return { x, y, width: clamp(Math.max(x0, x1), doc.width) - x, height: clamp(Math.max(y0, y1), doc.height) - y };
}

export function destroyEditor(s) {
  if (s.frame) cancelAnimationFrame(s.frame);
}
