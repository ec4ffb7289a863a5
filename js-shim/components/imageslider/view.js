// gr.ImageSlider's DOM: two images layered in one frame sized to the first image's aspect
// ratio (so the divider's percent is a percent of the image), the second clipped to the right
// of a draggable divider, Gradio's upload view while the first image is missing, the toolbar
// and Empty. Only drawing lives here; index.js wires the app and helpers.js holds the rules.
import { make } from "../atoms/block.js";
import { svgPath } from "../atoms/icons.js";

// Gradio's Image icon (a framed landscape): the label's, Empty's and the upload area's.
export const imageIcon = (size = 14) => svgPath("M4 4h16v16H4zM4 16l5-5 5 5M13 15l3-3 4 4M9 8.5h.01", { size });

// One image slot: an <img> for a URL, a <canvas> for pixels a function returned.
export function slot(className) {
  const el = make("div", `slider-image ${className}`);
  const img = make("img");
  img.alt = "";
  img.dataset.testid = "imageslider-image";
  img.draggable = false;
  const canvas = make("canvas");
  canvas.dataset.testid = "imageslider-image";
  el.append(img, canvas);
  return { el, img, canvas };
}

// Draws `value` (FileData, a URL string or null) into a slot; returns the image's natural
// size when it is known now (pixels), else null (an <img> reports it on load).
export function draw(s, value, images) {
  const pixels = value && typeof value === "object" ? images?.pixels(value) : null;
  const src = pixels || value == null ? null : typeof value === "string" ? value : value.url ?? value.path;
  s.canvas.hidden = !pixels;
  s.img.hidden = !src;
  if (pixels) {
    s.canvas.width = pixels.width;
    s.canvas.height = pixels.height;
    s.canvas.getContext("2d").putImageData(pixels, 0, 0);
  }
  if (src) {
    if (s.img.getAttribute("src") !== src) s.img.src = src;
  } else s.img.removeAttribute("src");
  return pixels ? { width: pixels.width, height: pixels.height } : null;
}

// The divider: Gradio's div[data-testid=slider] (a line and a grab icon), here also a WAI-ARIA
// slider so a keyboard moves it (Gradio's has role none and only follows a mouse).
export function handle() {
  const el = make("div", "outer");
  el.dataset.testid = "slider";
  el.setAttribute("role", "slider");
  el.setAttribute("aria-label", "Slider position");
  el.setAttribute("aria-valuemin", "0");
  el.setAttribute("aria-valuemax", "100");
  el.setAttribute("aria-orientation", "horizontal");
  el.tabIndex = 0;
  const grip = make("span", "icon-wrap");
  grip.setAttribute("aria-hidden", "true");
  grip.append(make("span", "icon left", "◢"), make("span", "icon center"), make("span", "icon right", "◢"));
  el.append(grip, make("div", "inner"));
  return el;
}

export function placeHandle(el, position, disabled) {
  el.style.left = `${position}%`;
  el.setAttribute("aria-valuenow", String(position));
  el.setAttribute("aria-valuetext", `${Math.round(position)}%`);
  el.classList.toggle("disabled", disabled);
  if (disabled) el.setAttribute("aria-disabled", "true");
  else el.removeAttribute("aria-disabled");
  el.tabIndex = disabled ? -1 : 0;
}

// Saves a value as a file: a URL downloads as it is; pixels are encoded in `format` first.
export async function save(value, images, format) {
  const file = await images.file(value, format ?? "webp");
  if (!file) return;
  const a = document.createElement("a");
  a.href = URL.createObjectURL(file);
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

export const css = `
.block.graft-imageslider { display: flex; flex-direction: column; padding: 0; overflow: hidden; min-height: 240px; }
.block.graft-imageslider.empty-value { border-style: dashed; }
.graft-imageslider .graft-block-label svg { flex: none; }
.graft-imageslider > .icon-button-wrapper { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 5; display: flex; gap: var(--spacing-sm); }
.graft-imageslider > .icon-button-wrapper a { text-decoration: none; box-sizing: border-box; }
.graft-imageslider .image-container { flex: 1; display: flex; flex-direction: column; justify-content: center; align-items: stretch; position: relative; min-height: 0; }
.graft-imageslider .slider-wrap { display: flex; align-items: center; justify-content: center; width: 100%; user-select: none; overflow: hidden; }
.graft-imageslider .slider-frame { position: relative; width: min(100%, var(--cap, 100%)); min-height: 80px; touch-action: pan-y; }
.graft-imageslider .slider-frame.sized { min-height: 0; }
.graft-imageslider .slider-image { position: absolute; inset: 0; overflow: hidden; }
.graft-imageslider .slider-image img, .graft-imageslider .slider-image canvas { transform-origin: 0 0; }
.graft-imageslider .slider-frame.zoomed { cursor: grab; }
.graft-imageslider .slider-frame.panning { cursor: grabbing; }
.graft-imageslider .slider-image.base { position: relative; width: 100%; height: 100%; }
.graft-imageslider .slider-image img, .graft-imageslider .slider-image canvas { display: block; width: 100%; height: 100%; object-fit: contain; }
.graft-imageslider .slider-image.top { background: var(--block-background-fill); }
.graft-imageslider .veil { position: absolute; top: 0; bottom: 0; right: 0; display: flex; align-items: center; justify-content: center; background: color-mix(in srgb, var(--block-background-fill) 80%, transparent); color: var(--body-text-color-subdued); pointer-events: none; }
.graft-imageslider .outer { position: absolute; top: 0; bottom: 0; width: 20px; transform: translateX(-50%); cursor: grab; z-index: 3; touch-action: none; outline: none; }
.graft-imageslider .outer.grab { cursor: grabbing; }
.graft-imageslider .outer.disabled { cursor: auto; }
.graft-imageslider .outer .inner { position: absolute; top: 0; bottom: 0; left: calc(50% - 0.5px); width: 1px; background: var(--slider-color, var(--border-color-primary)); }
.graft-imageslider .icon-wrap { position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%); width: 40px; height: 30px; border-radius: 5px; display: flex; align-items: center; justify-content: center; background: var(--color-accent); color: var(--body-text-color); box-shadow: 0 0 5px 2px rgba(0, 0, 0, 0.3); font-size: 12px; z-index: 1; transition: opacity 0.2s; }
.graft-imageslider .icon-wrap .icon.left { transform: rotate(135deg); }
.graft-imageslider .icon-wrap .icon.right { transform: rotate(-45deg); }
.graft-imageslider .icon-wrap .icon.center { width: 1px; height: 100%; margin: 0 4px; background: var(--slider-color, var(--border-color-primary)); opacity: 0.1; }
.graft-imageslider .outer.grab .icon-wrap, .graft-imageslider .outer.disabled .icon-wrap { opacity: 0; }
.graft-imageslider .outer:focus-visible .icon-wrap { outline: 2px solid var(--body-text-color); outline-offset: 2px; }
.graft-imageslider .upload-wrap { display: flex; flex: 1; min-height: 240px; position: relative; }
.graft-imageslider .upload-area { width: 50%; display: flex; align-items: center; justify-content: center; padding: var(--spacing-xl); border: 0; background: transparent; color: var(--body-text-color-subdued); font: inherit; font-size: var(--text-lg); cursor: pointer; }
.graft-imageslider .upload-area:hover { color: var(--body-text-color); }
.graft-imageslider .upload-area:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-imageslider .upload-text { display: flex; flex-direction: column; align-items: center; gap: var(--spacing-sm); text-align: center; }
.graft-imageslider .upload-text .or { font-size: var(--text-md); }
.graft-imageslider .empty-half { width: 50%; display: flex; align-items: center; justify-content: center; border-left: 1px solid var(--border-color-primary); color: var(--body-text-color-subdued); }
.graft-imageslider > .image-container > .empty { flex: 1; min-height: 240px; }
.graft-imageslider:fullscreen { background: var(--block-background-fill); }
.graft-imageslider:fullscreen .image-container { justify-content: center; }
.graft-imageslider:fullscreen .slider-frame { width: min(100%, calc((100vh - 40px) * var(--ratio, 1))); }
.graft-imageslider [hidden] { display: none !important; }
`;
