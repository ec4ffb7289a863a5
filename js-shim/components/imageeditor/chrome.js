// The ImageEditor's buttons, named as Gradio names them: the tool bar on the left (Image,
// Brush, Erase, then the tool's own: Upload/Webcam/Paste or Crop/Resize, Color and Brush Size, Eraser Size),
// the controls top right (Download, Undo, Redo, Save changes, Clear canvas) and the layer menu
// bottom right (Show Layers, layer-N, Add Layer). Drawing only: the view decides what they do.
import { make } from "../atoms/block.js";
import { icon, svgPath } from "../atoms/icons.js";
import { CAMERA } from "../atoms/webcam.js";
import { ANCHORS } from "./helpers.js";

const PATHS = {
  image: "M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15.5 8.5h.01",
  brush: "M19 3l2 2-9.5 9.5-2-2zM9 14.5c-2.5 0-4 1.6-4 3.8 0 .9-.6 1.7-2 1.7 1.5 1.5 6.5 1.6 7.6-1.3.5-1.4.2-2.9-1.6-4.2",
  erase: "M15 4l5 5-10 10H6l-3-3zM9 20h12M9.5 9.5l5 5",
  upload: "M12 16V4m-5 5l5-5 5 5M4 20h16",
  paste: "M9 3h6v3H9zM8 4H5v17h14V4h-3",
  webcam: CAMERA,
  crop: "M6 2v16h16M2 6h16v16",
  resize: "M4 14v6h6M20 10V4h-6M4 20l7-7M20 4l-7 7",
  size: "M4 20L20 4M4 14l10-10M10 20L20 10",
  undo: "M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 010 11H11",
  redo: "M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 000 11H13",
  trash: "M4 7h16M10 11v6M14 11v6M5 7l1 13h12l1-13M9 7V4h6v3",
  layers: "M12 3l9 5-9 5-9-5zM3 13l9 5 9-5",
  plus: "M12 5v14M5 12h14",
  eye: "M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12zM12 9a3 3 0 100 6 3 3 0 000-6z",
  hidden: "M3 3l18 18M10.6 5.1A10 10 0 0122 12s-1 1.9-3.1 3.9M6.6 6.6C3.7 8.4 2 12 2 12s3.6 7 10 7c1.8 0 3.4-.5 4.8-1.3",
  remove: "M6 6l12 12M18 6L6 18",
  pan: "M12 2v20M2 12h20M12 2l-3 3M12 2l3 3M12 22l-3-3M12 22l3-3M2 12l3-3M2 12l3 3M22 12l-3-3M22 12l-3 3",
  zoomIn: "M11 4a7 7 0 100 14 7 7 0 000-14zM21 21l-5-5M11 8v6M8 11h6",
  zoomOut: "M11 4a7 7 0 100 14 7 7 0 000-14zM21 21l-5-5M8 11h6",
  up: "M12 19V5M5 12l7-7 7 7",
  down: "M12 5v14M19 12l-7 7-7-7",
};

export function button(name, path, onClick, signal, className = "graft-editor-button") {
  const b = make("button", className);
  b.type = "button";
  b.setAttribute("aria-label", name);
  b.title = name;
  if (path) b.append(path === "check" || path === "download" ? icon(path) : svgPath(PATHS[path], { size: 16 }));
  // The buttons sit on the canvas's drop area: a click on them is not a click on the canvas.
  b.addEventListener("click", (e) => {
    e.stopPropagation();
    onClick(e);
  }, { signal });
  return b;
}

// The tool bar: tool buttons, a divider, the current tool's own buttons and their pop-up.
export function toolbar(on, signal) {
  const wrap = make("div", "toolbar-wrap");
  const tools = make("div", "half-container");
  const sub = make("div", "half-container right");
  const b = {
    image: button("Image", "image", () => on.tool("image"), signal),
    draw: button("Brush", "brush", () => on.tool("draw"), signal),
    erase: button("Erase", "erase", () => on.tool("erase"), signal),
    upload: button("Upload", "upload", () => on.sub("upload"), signal),
    paste: button("Paste", "paste", () => on.sub("paste"), signal),
    webcam: button("Webcam", "webcam", () => on.sub("webcam"), signal),
    crop: button("Crop", "crop", () => on.sub("crop"), signal),
    resize: button("Resize", "resize", () => on.sub("resize"), signal),
    color: button("Color", null, () => on.sub("color"), signal),
    size: button("Brush Size", "size", () => on.sub("size"), signal),
    eraserSize: button("Eraser Size", "size", () => on.sub("size"), signal),
  };
  b.color.append(svgPath("M12 4a8 8 0 100 16 8 8 0 000-16z", { size: 16, filled: true }));
  tools.append(b.image, b.draw, b.erase);
  const options = make("div", "graft-editor-options");
  options.hidden = true;
  sub.append(b.upload, b.webcam, b.paste, b.crop, b.resize, b.color, b.size, b.eraserSize, options);
  wrap.append(tools, sub);
  wrap.addEventListener("pointerdown", (e) => e.stopPropagation(), { signal });
  return { el: wrap, buttons: b, tools, sub, options };
}

// The colour swatches (and, unless color_mode is "fixed", a picker for any colour) or a size
// slider, in the pop-up beside the tool bar.
export function fillOptions(options, { kind, brush, color, size }, on, signal) {
  options.replaceChildren();
  if (kind === "color") {
    const menu = make("menu", "swatch");
    for (const s of brush.colors) {
      const sw = button(s.color, null, () => on.color(s), signal, "color");
      sw.style.backgroundColor = s.color;
      sw.style.opacity = String(s.opacity);
      sw.classList.toggle("selected", s.color === color.color && s.opacity === color.opacity);
      sw.setAttribute("aria-pressed", String(sw.classList.contains("selected")));
      menu.append(sw);
    }
    options.append(menu);
    if (!brush.fixed) {
      const picker = document.createElement("input");
      picker.type = "color";
      picker.setAttribute("aria-label", "Pick a color");
      picker.value = hexOf(color.color);
      picker.addEventListener("input", () => on.color({ color: picker.value, opacity: color.opacity }), { signal });
      options.append(picker);
    }
  } else {
    const range = document.createElement("input");
    range.type = "range";
    range.min = "1";
    range.max = "100";
    range.step = "1";
    range.value = String(size);
    range.setAttribute("aria-label", kind === "eraser" ? "Eraser radius" : "Brush radius");
    range.addEventListener("input", () => on.size(Number(range.value)), { signal });
    options.append(svgPath(PATHS.size, { size: 16 }), range);
  }
  options.hidden = false;
}

// Resize Canvas (Gradio's Resize pop-up): Width and Height, whether the image will rescale or
// keep its pixels at an anchor (a 3 × 3 grid), then "Resize Canvas". `form` holds what is
// typed, so a refill (every refresh makes one) keeps it.
let forms = 0;
export function fillResize(options, form, on, signal) {
  options.replaceChildren();
  const wrap = make("div", "graft-editor-resize");
  const number = (name, key) => {
    const label = make("label", "size-input", name);
    const input = document.createElement("input");
    input.type = "number";
    input.min = "1";
    input.step = "1";
    input.value = String(form[key]);
    input.addEventListener("input", () => (form[key] = input.valueAsNumber), { signal });
    label.append(input);
    return label;
  };
  const sizes = make("div", "size-wrap");
  sizes.append(number("Width", "width"), number("Height", "height"));
  const mode = make("fieldset", "scale-wrap");
  mode.append(make("legend", "image-will-label", "Image will:"));
  const group = `graft-resize-mode-${++forms}`;
  const grid = make("div", "anchor-grid");
  grid.setAttribute("role", "group");
  grid.setAttribute("aria-label", "Anchor");
  for (const [text, scale] of [["rescale", true], ["anchor", false]]) {
    const label = make("label", "radio-label");
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = group;
    radio.checked = form.scale === scale;
    radio.addEventListener("change", () => {
      form.scale = scale;
      grid.classList.toggle("off", scale);
    }, { signal });
    label.append(radio, make("span", "", text));
    mode.append(label);
  }
  grid.classList.toggle("off", form.scale);
  for (const anchor of ANCHORS) {
    const box = button(anchor, null, () => {
      form.anchor = anchor;
      for (const b of grid.children) b.setAttribute("aria-pressed", String(b === box));
    }, signal, "anchor-box");
    box.setAttribute("aria-pressed", String(form.anchor === anchor));
    grid.append(box);
  }
  const apply = make("button", "apply-button", "Resize Canvas");
  apply.type = "button";
  apply.addEventListener("click", (e) => (e.stopPropagation(), on.apply({ ...form })), { signal });
  wrap.append(sizes, mode, grid, apply);
  options.append(wrap);
  options.hidden = false;
}

// A CSS colour as #rrggbb for <input type=color> (the canvas normalises any CSS colour).
function hexOf(css) {
  const g = new OffscreenCanvas(1, 1).getContext("2d");
  g.fillStyle = "#000";
  g.fillStyle = css;
  const v = g.fillStyle;
  if (v.startsWith("#")) return v;
  const m = v.match(/\d+(\.\d+)?/g) ?? [0, 0, 0];
  return `#${m.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;
}

// The controls top right, in Gradio's order: Download, Pan, Zoom out, Zoom in, the zoom (a
// button showing it, whose menu sets Fit to screen or a preset), then Undo, Redo, Save changes,
// Clear canvas.
export const ZOOM_PRESETS = [0.25, 0.5, 1, 2, 4];
export function controls(on, signal) {
  const el = make("div", "graft-editor-controls icon-button-wrapper");
  const b = {
    download: button("Download", "download", on.download, signal),
    pan: button("Pan", "pan", on.pan, signal),
    zoomOut: button("Zoom out", "zoomOut", on.zoomOut, signal),
    zoomIn: button("Zoom in", "zoomIn", on.zoomIn, signal),
    zoom: button("Zoom", null, on.zoomMenu, signal, "zoom-number"),
    undo: button("Undo", "undo", on.undo, signal),
    redo: button("Redo", "redo", on.redo, signal),
    save: button("Save changes", "check", on.save, signal),
    clear: button("Clear canvas", "trash", on.clear, signal),
  };
  b.save.classList.add("save");
  b.zoom.setAttribute("aria-haspopup", "menu");
  const menu = make("ul", "zoom-controls");
  menu.setAttribute("role", "menu");
  menu.hidden = true;
  for (const zoom of ["fit", ...ZOOM_PRESETS]) {
    const li = make("li");
    const item = button(zoom === "fit" ? "Fit to screen" : `${zoom * 100}%`, null, () => on.setZoom(zoom), signal, "zoom-option");
    item.setAttribute("role", "menuitem");
    item.textContent = item.getAttribute("aria-label");
    li.append(item);
    menu.append(li);
  }
  const zoomWrap = make("div", "zoom-wrap");
  zoomWrap.append(b.zoom, menu);
  el.append(b.download, b.pan, b.zoomOut, b.zoomIn, zoomWrap, make("span", "separator"), b.undo, b.redo, b.save, b.clear);
  el.addEventListener("pointerdown", (e) => e.stopPropagation(), { signal });
  return { el, buttons: b, menu };
}

// The layer menu: closed, a button naming the active layer; open, each layer with its
// visibility toggle, arrows to reorder it and (for layers the user added) a delete button, then
// Add Layer.
export function layerMenu(on, signal) {
  const el = make("div", "graft-editor-layers");
  const title = button("Show Layers", null, () => on.toggle(), signal, "layer-title-button");
  const name = make("span", "layer-name");
  title.prepend(name);
  title.append(svgPath(PATHS.layers, { size: 14 }));
  const list = make("ul", "layer-list");
  el.append(list, title);
  el.addEventListener("pointerdown", (e) => e.stopPropagation(), { signal });
  return { el, title, name, list };
}

export function fillLayers(menu, { layers, active, hidden, open, allowAdditional }, on, signal) {
  menu.name.textContent = open ? "Layers" : layers.find((l) => l.id === active)?.name ?? "";
  // Gradio's name, with the text shown (the active layer) in it, so speech input finds it.
  menu.title.setAttribute("aria-label", open ? "Show Layers" : `Show Layers: ${menu.name.textContent}`);
  menu.title.setAttribute("aria-expanded", String(open));
  menu.list.hidden = !open;
  menu.list.replaceChildren();
  if (!open) return;
  layers.forEach((l, i) => {
    const li = make("li");
    const shown = !hidden.has(l.id);
    li.append(button(`${shown ? "Hide" : "Show"} ${l.name}`, shown ? "eye" : "hidden", () => on.visibility(l.id), signal, "graft-editor-button small"));
    const pick = button(`layer-${i + 1}`, null, () => on.select(l.id), signal, "layer-button");
    pick.textContent = l.name;
    pick.classList.toggle("selected_layer", l.id === active);
    pick.setAttribute("aria-current", String(l.id === active));
    li.append(pick);
    // Gradio's arrows: up (under the layer before) and down (over the layer after).
    if (i > 0) li.append(button(`Move ${l.name} up`, "up", () => on.move(l.id, "up"), signal, "graft-editor-button small"));
    if (i < layers.length - 1) li.append(button(`Move ${l.name} down`, "down", () => on.move(l.id, "down"), signal, "graft-editor-button small"));
    if (l.user_created && layers.length > 1) li.append(button(`Delete ${l.name}`, "remove", () => on.remove(l.id), signal, "graft-editor-button small"));
    menu.list.append(li);
  });
  if (allowAdditional) {
    const li = make("li", "add-layer");
    li.append(button("Add Layer", "plus", () => on.add(), signal, "graft-editor-button small"));
    menu.list.append(li);
  }
}
