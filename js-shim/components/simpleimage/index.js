// gr.SimpleImage in the page: BlockLabel ("Image"), div[data-testid=image] holding Gradio's upload
// area while interactive and empty, else the image; "Remove Image" clears an interactive one, a
// Download link serves a static one, Empty shows a static one with no image. Uploads stay in the
// page (ctx.files); a page function receives the image's URL, as Gradio hands Python its path.
import { block, applyBlock, blockLabel, updateBlockLabel, iconButton, empty, make, customButtons } from "../atoms/block.js";
import { icon, svgPath } from "../atoms/icons.js";
import { uploadArea } from "../atoms/upload-area.js";
import { uploadRefusal, srcOf, toArgument, toOutput, RECEIVES } from "./helpers.js";

// Gradio's Image icon (a framed landscape), drawn in the Empty state and the upload area.
const imageIcon = (size = 14) => svgPath("M4 4h16v16H4zM4 16l5-5 5 5M13 15l3-3 4 4M9 8.5h.01", { size });

function create(props, ctx) {
  const { signal } = ctx;
  const el = block(props, { kind: "simpleimage" });
  const label = blockLabel(props, "Image");
  const tools = make("div", "icon-button-wrapper");
  const download = make("a", "icon-button");
  download.setAttribute("aria-label", "Download");
  download.title = "Download";
  download.append(icon("download"));
  const clear = iconButton("Remove Image", "close", (e) => {
    e.stopPropagation();
    show(view, null);
    ctx.setValue(null, "clear");
  }, signal);
  tools.append(download, clear);
  const box = make("div", "image-container");
  box.dataset.testid = "image";
  const take = (file) => {
    const refusal = uploadRefusal(file, ctx.app?.maxFileSize);
    if (refusal) return ctx.toast({ level: "error", title: "Error", message: refusal });
    const value = ctx.files.add(file);
    show(view, value);
    ctx.setValue(value, "upload");
  };
  // SimpleImage's Upload is given no aria_label: Gradio's default name stays.
  const area = uploadArea(take, signal, { name: "Click to upload or drop files", heading: "Drop Image Here", accept: "image/*" });
  area.querySelector(".upload-text").prepend(svgPath("M12 21V8m-5 5l5-5 5 5M4 3h16", { size: 24 })); // Gradio's Upload icon
  const img = make("img");
  img.alt = "";
  const none = empty();
  none.append(imageIcon(32));
  box.append(area, img, none);
  el.append(label, tools, box);
  const view = { el, label, tools, download, clear, area, img, none, props, value: null };
  update(view, props, props);
  return view;
}

function update(view, props, patch) {
  applyBlock(view.el, props);
  view.props = props;
  updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "Image");
  view.label.prepend(imageIcon()); // the label's text replaced the icon
  show(view, "value" in patch ? props.value ?? null : view.value);
}

// The image when there is one; else the upload area (interactive) or Empty (static).
function show(view, value) {
  view.value = value;
  const interactive = view.props.interactive !== false;
  const src = srcOf(value);
  view.img.hidden = !src;
  if (src) {
    if (view.img.getAttribute("src") !== src) view.img.src = src;
    view.img.alt = value?.alt_text ?? "";
  } else view.img.removeAttribute("src");
  view.area.hidden = value != null || !interactive;
  view.none.hidden = Boolean(src) || (interactive && value == null);
  view.clear.hidden = !src || !interactive;
  view.download.hidden = !src || interactive || view.props.show_download_button === false;
  if (src) {
    view.download.href = src;
    view.download.download = value?.orig_name || "image";
  }
  view.tools.hidden = view.clear.hidden && view.download.hidden && !customButtons(view.props.buttons).length;
  // Gradio's interactive Block is dashed while it holds no image.
  view.el.classList.toggle("empty-value", interactive && value == null);
}

const css = `
.block.graft-simpleimage { display: flex; flex-direction: column; padding: 0; overflow: hidden; min-height: 200px; }
.block.graft-simpleimage.empty-value { border-style: dashed; }
.graft-simpleimage > .icon-button-wrapper { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 3; display: flex; gap: var(--spacing-sm); }
.graft-simpleimage > .icon-button-wrapper a { text-decoration: none; box-sizing: border-box; }
.graft-simpleimage .graft-block-label svg { flex: none; }
.graft-simpleimage .image-container { flex: 1; display: flex; flex-direction: column; justify-content: center; align-items: center; min-height: 0; }
.graft-simpleimage .image-container img { width: 100%; height: 100%; max-height: 100%; object-fit: scale-down; display: block; border-radius: var(--radius-lg); }
.graft-simpleimage .upload-area { flex: 1; display: flex; align-items: center; justify-content: center; width: 100%; min-height: 200px; padding: var(--spacing-xl); border: 0; background: transparent; color: var(--body-text-color-subdued); font: inherit; font-size: var(--text-lg); cursor: pointer; }
.graft-simpleimage .upload-area:hover { color: var(--body-text-color); }
.graft-simpleimage .upload-area:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-simpleimage .upload-text { display: flex; flex-direction: column; align-items: center; gap: var(--spacing-sm); }
.graft-simpleimage .upload-text .or { font-size: var(--text-md); }
.graft-simpleimage > .image-container > .empty { flex: 1; width: 100%; min-height: 200px; }
.graft-simpleimage [hidden] { display: none !important; }
`;

export default {
  toolbar: (view) => view.tools, // where Gradio 6's custom buttons go
  receives: RECEIVES,
  create,
  update,
  css,
  edge: {
    argument: (value) => toArgument(value),
    output: (value, props, app) => toOutput(value, app.files),
  },
};
