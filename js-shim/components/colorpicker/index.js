// gr.ColorPicker (Gradio's Colorpicker.svelte): BlockTitle and a swatch button that opens a
// popover with a saturation/brightness area, a hue slider, a text box (hex, rgb(), hsl()) and
// Hex/RGB/HSL modes. Edits go through ctx.setValue (input while dragging); release fires on
// pointer-up, submit on Enter in the text box, focus/blur once for the whole widget.
import { applyBlock, block, blockTitle, updateTitle } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import * as h from "./helpers.js";
import { buildPopover } from "./popover.js";
import { css } from "./style.js";

const FALLBACK = "Color Picker";
const shown = (view) => view.value ?? "#000000";

// Draws the popover's markers, slider values and text for the current value and hsv.
function refresh(view) {
  view.swatch.style.background = shown(view);
  const p = view.popover;
  if (!p) return;
  const { h: hue, s, v } = view.hsv;
  p.area.style.setProperty("--hue", String(hue));
  p.area.setAttribute("aria-valuetext", shown(view));
  p.areaMarker.style.left = `${s * 100}%`;
  p.areaMarker.style.top = `${(1 - v) * 100}%`;
  p.areaMarker.style.background = shown(view);
  p.hue.setAttribute("aria-valuenow", String(Math.round(hue)));
  p.hueMarker.style.left = `${(hue / 360) * 100}%`;
  p.hueMarker.style.background = `hsl(${hue}, 100%, 50%)`;
  p.preview.style.background = shown(view);
  p.text.value = h.formatColor(shown(view), view.mode);
  p.text.removeAttribute("aria-invalid");
  for (const [mode, b] of p.modes) b.setAttribute("aria-pressed", String(mode === view.mode));
}

// A user edit: stores the value (the core fires input, and change when it differs).
function edit(view, ctx, hsv) {
  view.hsv = hsv;
  const hex = h.hsvToHex(hsv);
  if (hex !== view.value) {
    view.value = hex;
    ctx.setValue(hex);
  }
  refresh(view);
}

function commitText(view, ctx) {
  const hex = h.normalizeColor(view.popover.text.value);
  if (!hex) return view.popover.text.setAttribute("aria-invalid", "true");
  if (hex !== view.value) edit(view, ctx, h.hsvForValue(hex, view.hsv));
}

function open(view, ctx, yes) {
  view.open = yes;
  view.swatch.setAttribute("aria-expanded", String(yes));
  if (!yes) return view.popover?.el.remove();
  view.popover ??= buildPopover(view, ctx, view.act);
  view.popover.el.setAttribute("aria-label", view.title.title.textContent);
  view.wrapper.append(view.popover.el);
  refresh(view);
}

function blurWidget(view, ctx) {
  if (!view.hasFocus) return;
  view.hasFocus = false;
  ctx.emit("blur", null);
}

function handlers(view, ctx) {
  const release = () => ctx.emit("release", view.value);
  const drag = (kind, e) => {
    if (kind === "area") edit(view, ctx, { h: view.hsv.h, ...h.svFromPoint(e.clientX, e.clientY, view.rect) });
    else edit(view, ctx, { ...view.hsv, h: h.hueFromX(e.clientX, view.rect) });
  };
  return {
    down(kind, e) {
      e.preventDefault();
      view.dragging = kind;
      view.rect = view.popover[kind].getBoundingClientRect();
      view.popover[kind].focus?.();
      drag(kind, e);
    },
    move(e) {
      if (view.dragging) drag(view.dragging, e);
    },
    up() {
      if (!view.dragging) return;
      view.dragging = null;
      view.dragEnded = true;
      release();
    },
    key(kind, e) {
      const next = kind === "area" ? h.stepSv(view.hsv, e.key, e.shiftKey) : h.stepHue(view.hsv.h, e.key, e.shiftKey);
      if (next === null) return;
      e.preventDefault();
      edit(view, ctx, kind === "area" ? { ...view.hsv, ...next } : { ...view.hsv, h: next });
      release();
    },
    text(e) {
      if (e.type === "change") return commitText(view, ctx);
      if (e.key !== "Enter") return;
      commitText(view, ctx);
      ctx.emit("submit", null);
    },
    // Escape closes the popover and returns focus to the swatch, so the widget keeps focus.
    close() {
      view.swatch.focus();
      open(view, ctx, false);
    },
    mode(mode) {
      view.mode = mode;
      refresh(view);
    },
    eyedropper() {
      new window.EyeDropper().open().then((r) => {
        const hex = h.normalizeColor(r.sRGBHex);
        if (hex) edit(view, ctx, h.hsvForValue(hex, view.hsv));
      }, () => {});
    },
  };
}

function create(props, ctx) {
  const el = block(props, { kind: "colorpicker" });
  const title = blockTitle(props, FALLBACK);
  const wrapper = document.createElement("div");
  wrapper.className = "wrapper";
  const swatch = document.createElement("button");
  swatch.type = "button";
  swatch.className = "dialog-button";
  swatch.setAttribute("aria-haspopup", "dialog");
  swatch.setAttribute("aria-expanded", "false");
  swatch.setAttribute("aria-label", props.label ?? FALLBACK);
  wrapper.append(swatch);
  el.append(title.el, wrapper);
  const view = { el, title, wrapper, swatch, popover: null, open: false, mode: "hex", dragging: null,
    hasFocus: false, value: null, hsv: { h: 0, s: 0, v: 0 }, rect: null };
  const on = (target, type, fn) => target.addEventListener(type, fn, { signal: ctx.signal });
  on(swatch, "click", () => open(view, ctx, !view.open));
  on(wrapper, "focusin", () => {
    if (view.hasFocus) return;
    view.hasFocus = true;
    ctx.emit("focus", null);
  });
  on(wrapper, "focusout", (e) => {
    if (!e.relatedTarget || !wrapper.contains(e.relatedTarget)) blurWidget(view, ctx);
  });
  // A click outside closes the popover (Gradio's click_outside); closing can remove the focused
  // element without a focusout, so blur is fired here too. The click that ends a drag released
  // outside the area is not one.
  on(document, "click", (e) => {
    const dragEnded = view.dragEnded;
    view.dragEnded = false;
    if (dragEnded || wrapper.contains(e.target)) return;
    if (view.open) open(view, ctx, false);
    blurWidget(view, ctx);
  });
  view.act = handlers(view, ctx);
  on(window, "pointermove", view.act.move);
  on(window, "pointerup", view.act.up);
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  applyBlock(view.el, props);
  const has = changedIn(props, patch);
  if (has("label", "show_label", "info")) {
    updateTitle(view.title, props, FALLBACK);
    view.swatch.setAttribute("aria-label", props.label ?? FALLBACK);
    view.popover?.el.setAttribute("aria-label", props.label ?? FALLBACK);
  }
  if (has("interactive")) {
    view.swatch.disabled = props.interactive === false;
    if (props.interactive === false && view.open) open(view, null, false);
  }
  // A value from a function moves the markers, but not under a pointer that is dragging them.
  if (has("value")) {
    view.value = props.value ?? null;
    if (!view.dragging) view.hsv = h.hsvForValue(shown(view), view.hsv);
  }
  refresh(view);
}

export default {
  receives: "str \"#rrggbb\"",
  create,
  update,
  css,
  edge: {
    argument: (value) => value ?? null,
    output: (value) => h.checkOutput(value),
  },
};
