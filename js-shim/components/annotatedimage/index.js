// gr.AnnotatedImage as Gradio 6 draws it: BlockLabel "Annotated Image" > div.container >
// div.image-container (img.base-image, one img.mask per annotation) and div.legend of
// button.legend-item; hovering or focusing an entry shows its mask alone, clicking it fires
// select {index, value: label}. Labels are text nodes; colours pass safeColor.
import { block, applyBlock, blockLabel, updateBlockLabel, iconButton, empty, make, redrawSignal, customButtons, syncCustomButtons } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { svgPath } from "../atoms/icons.js";
import { displayValue, legendColor, maskFilter, toArgument, toWire, urlOf } from "./helpers.js";

const FALLBACK = "Annotated Image";

function create(props, ctx) {
  const el = block(props, { kind: "annotatedimage" });
  const label = blockLabel(props, FALLBACK);
  const body = make("div", "container");
  el.append(label, body);
  const view = { el, label, body, masks: [], active: null, ctx };
  const on = (type, fn) => body.addEventListener(type, fn, { signal: ctx.signal });
  const itemOf = (e) => e.target.closest?.(".legend-item");
  on("click", (e) => {
    const item = itemOf(e);
    if (item) ctx.emit("select", { index: Number(item.dataset.index), value: item.dataset.label });
  });
  const hover = (e, label) => {
    if (!itemOf(e)) return;
    view.active = label(itemOf(e));
    paint(view);
  };
  for (const t of ["mouseover", "focusin"]) on(t, (e) => hover(e, (item) => item.dataset.label));
  for (const t of ["mouseout", "focusout"]) on(t, (e) => hover(e, () => null));
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  if (changed("label", "show_label")) updateBlockLabel(view.label, { ...props, label: props.label || undefined }, FALLBACK);
  if (changed("value", "color_map", "show_legend", "height", "buttons")) draw(view, props);
}

function draw(view, props) {
  drawBody(view, props);
  syncCustomButtons(view, props, view.ctx, view.tools);
}

function drawBody(view, props) {
  const { body } = view;
  view.tools = null;
  // Each drawing has its own Fullscreen button, listening to the document too: the replaced
  // one's listeners go.
  const signal = redrawSignal(view, "drawn", view.ctx.signal);
  body.replaceChildren();
  view.masks = [];
  view.active = null;
  const value = displayValue(props.value);
  if (!value) return body.append(empty());
  const frame = make("div", "image-container");
  // The image's toolbar: Fullscreen (a default) and Gradio 6's custom buttons.
  const full = (props.buttons ?? ["fullscreen"]).includes("fullscreen");
  if (full || customButtons(props.buttons).length) frame.append((view.tools = make("div", "icon-button-wrapper")));
  if (full) view.tools.append(fullscreenButton(view, signal));
  const base = make("img", "base-image");
  base.alt = "the base file that is annotated";
  base.src = urlOf(value.image);
  base.classList.toggle("fit-height", props.height != null);
  frame.append(base);
  const n = value.annotations.length;
  value.annotations.forEach((a, i) => {
    const mask = make("img", "mask fit-height");
    // Gradio names every mask by the component's label; the annotation's label says more.
    mask.alt = `segmentation mask identifying ${a.label} within the uploaded file`;
    mask.src = urlOf(a.image);
    mask.style.filter = maskFilter(a.label, i, n, props.color_map);
    frame.append(mask);
    view.masks.push({ el: mask, label: a.label });
  });
  body.append(frame);
  if (props.show_legend === false) return;
  const legend = make("div", "legend");
  value.annotations.forEach((a, i) => {
    const item = make("button", "legend-item", a.label);
    item.type = "button";
    item.dataset.index = String(i);
    item.dataset.label = a.label;
    item.style.backgroundColor = legendColor(a.label, i, n, props.color_map);
    legend.append(item);
  });
  body.append(legend);
}

// Gradio: the hovered (or focused) label's masks fully shown, every other mask hidden.
function paint(view) {
  for (const { el, label } of view.masks) {
    el.classList.toggle("active", view.active !== null && label === view.active);
    el.classList.toggle("inactive", view.active !== null && label !== view.active);
  }
}

function fullscreenButton(view, signal) {
  const button = iconButton("Fullscreen", "", () => {
    if (document.fullscreenElement === view.el) document.exitFullscreen?.();
    else view.el.requestFullscreen?.()?.catch?.(() => {});
  }, signal);
  button.append(svgPath("M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"));
  document.addEventListener("fullscreenchange", () => {
    const full = document.fullscreenElement === view.el;
    button.setAttribute("aria-label", full ? "Exit fullscreen mode" : "Fullscreen");
    button.title = button.getAttribute("aria-label");
  }, { signal });
  return button;
}

const css = `
.graft-annotatedimage { padding: 0; overflow: hidden; }
.graft-annotatedimage .container { display: flex; position: relative; flex-direction: column; justify-content: center; align-items: center; width: 100%; height: 100%; }
.graft-annotatedimage .image-container { position: relative; flex-grow: 1; width: 100%; overflow: hidden; }
.graft-annotatedimage .base-image { display: block; width: 100%; height: auto; }
.graft-annotatedimage .fit-height { top: 0; left: 0; width: 100%; height: 100%; object-fit: contain; }
.graft-annotatedimage .mask { opacity: 0.85; transition: all 0.2s ease-in-out; position: absolute; pointer-events: none; }
.graft-annotatedimage .image-container:hover .mask { opacity: 0.3; }
.graft-annotatedimage .image-container .mask.active { opacity: 1; }
.graft-annotatedimage .image-container .mask.inactive { opacity: 0; }
.graft-annotatedimage .icon-button-wrapper { position: absolute; top: var(--spacing-sm, 4px); right: var(--spacing-sm, 4px); z-index: 3; display: flex; gap: 4px; }
.graft-annotatedimage .legend { display: flex; flex-direction: row; flex-wrap: wrap; align-content: center; justify-content: center; align-items: center; gap: var(--spacing-sm); padding: var(--spacing-sm); }
.graft-annotatedimage .legend-item { display: flex; flex-direction: row; align-items: center; cursor: pointer; border: none; border-radius: var(--radius-sm); padding: var(--spacing-sm); font: inherit; color: var(--body-text-color); }
.graft-annotatedimage .legend-item:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 1px; }
.graft-annotatedimage:fullscreen { background: var(--block-background-fill); }
.graft-annotatedimage:fullscreen .image-container, .graft-annotatedimage:fullscreen .base-image { height: 100%; object-fit: contain; }
`;

export default {
  receives: "[image URL, [[mask URL, label]]]",
  create,
  update,
  css,
  toolbar: (view) => view.tools ?? null,
  edge: {
    argument: (value) => toArgument(value),
    // A gr.update() may carry the value beside other props; its color_map colours the masks.
    output: (value, props, app) => {
      if (value && value.__type__ === "update") {
        if (!("value" in value)) return value;
        const wire = toWire(value.value, { ...props, ...value }, app.files);
        return typeof wire?.then === "function" ? wire.then((v) => ({ ...value, value: v })) : { ...value, value: wire };
      }
      return toWire(value, props, app.files);
    },
  },
};
