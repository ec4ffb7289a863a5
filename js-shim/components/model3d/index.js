// gr.Model3D in the page: BlockLabel ("3D Model"), Gradio's upload area while empty and
// interactive, else div.model3D[data-testid=model3d] with Undo (reset the camera), Download
// (static) or Clear (interactive) and the WebGL canvas; Empty when static and empty. three.js is
// imported only when a model is first shown (viewer.js), never by pages without a Model3D.
import { block, applyBlock, blockLabel, updateBlockLabel, iconButton, empty, make } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { svgPath } from "../atoms/icons.js";
import { uploadArea } from "../atoms/upload-area.js";
import { checkUpload } from "../../file-store.js";
import { FILE_TYPES, formatOf, toArgument, toOutput, RECEIVES } from "./helpers.js";

const NO_WEBGL = "This browser cannot draw 3D: WebGL 2 is not available. Download the model to view it elsewhere.";

function create(props, ctx) {
  const { signal } = ctx;
  const el = block(props, { kind: "model3d" });
  const label = blockLabel({}, "3D Model");
  const stage = make("div", "model3D");
  const tools = make("div", "icon-button-wrapper");
  // Gradio's Undo puts the camera back where the model was first shown from.
  const undo = iconButton("Undo", "", () => view.viewer?.reset(), signal);
  undo.append(svgPath("M3 7v6h6M3 13a9 9 0 1 0 3-7.7L3 8"));
  const download = make("a", "icon-button");
  download.dataset.testid = "model3d-download-link";
  download.setAttribute("aria-label", "Download");
  download.title = "Download";
  download.append(svgPath("M12 3v13m-5-5l5 5 5-5M4 21h16"));
  const clear = iconButton("Clear", "close", (e) => {
    e.stopPropagation();
    show(view, null);
    ctx.setValue(null, "clear");
  }, signal);
  tools.append(undo, download, clear);
  const canvas = make("canvas");
  canvas.setAttribute("role", "img");
  const message = make("p", "model3d-message");
  stage.append(tools, canvas, message);
  const take = (file) => {
    try {
      checkUpload(file, { file_types: FILE_TYPES, max_file_size: ctx.app?.maxFileSize });
    } catch (err) {
      return ctx.toast({ level: "error", title: "Error", message: err.message });
    }
    const value = ctx.files.add(file);
    show(view, value);
    ctx.setValue(value, "upload");
  };
  // Gradio's i18n key "model3d.drop_to_upload" is missing from its table (it shows the key);
  // Graft says what en.json's "3D_model.drop_to_upload" says.
  const upload = uploadArea(take, signal, {
    name: "Drop a 3D model (.obj, .glb, .stl, .gltf, .splat, or .ply) file here to upload",
    heading: "Drop File Here",
    accept: FILE_TYPES.join(", "),
  });
  const none = empty();
  none.append(fileIcon());
  el.append(label, stage, upload, none);
  const view = { el, label, stage, tools, undo, download, clear, canvas, message, upload, none, ctx, value: null, shownUrl: null, viewer: null, load: 0 };
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  view.props = props;
  // Gradio: `label || "3D Model"`, so an empty label falls back too.
  if (changed("label") || changed("show_label")) updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "3D Model");
  view.el.classList.toggle("auto-height", props.height == null);
  const interactive = props.interactive !== false;
  view.stage.className = interactive ? "input-model" : "model3D";
  view.stage.toggleAttribute("data-testid", !interactive);
  if (!interactive) view.stage.dataset.testid = "model3d";
  if (changed("display_mode")) view.shownUrl = null; // the model is rebuilt in the new mode
  view.viewer?.setProps(props);
  show(view, changed("value") ? props.value ?? null : view.value);
}

// Draws `value`: the viewer when there is a model, else the upload area (interactive) or Empty.
function show(view, value) {
  const interactive = view.props.interactive !== false;
  const filled = value != null;
  view.value = value;
  view.stage.hidden = !filled;
  view.upload.hidden = filled || !interactive;
  view.none.hidden = filled || interactive;
  view.el.classList.toggle("empty-value", !filled);
  // Gradio's static toolbar: Undo and Download; its upload toolbar (ModifyUpload): Undo and Clear.
  view.download.hidden = interactive || !filled;
  view.clear.hidden = !interactive;
  // Static Undo waits for a camera move (Gradio's has_change_history); upload's is always on.
  view.undo.disabled = !interactive && !view.moved;
  if (!filled) {
    view.shownUrl = null;
    view.load++;
    view.viewer?.clear();
    return;
  }
  const url = value.url ?? value.path;
  const name = value.orig_name || value.path || "model";
  view.download.setAttribute("href", url);
  view.download.setAttribute("download", name);
  view.canvas.setAttribute("aria-label", `3D model: ${name}`);
  if (url !== view.shownUrl) {
    view.shownUrl = url;
    load(view, value, name);
  }
}

// Reads the file and hands it to the viewer (created, with three.js, on first use). A newer
// value or teardown makes an older load drop its result.
async function load(view, value, name) {
  const { ctx } = view;
  const token = ++view.load;
  const stale = () => token !== view.load || ctx.signal.aborted;
  view.stage.setAttribute("aria-busy", "true");
  setMessage(view, "");
  try {
    const viewer = await viewerOf(view);
    if (stale()) return;
    if (!viewer) return setMessage(view, NO_WEBGL);
    const bytes = await ctx.files.bytes(value);
    if (stale()) return;
    const url = value.url ?? value.path;
    const base = /^(blob|data):/.test(url) ? "" : url.slice(0, url.lastIndexOf("/") + 1);
    view.moved = false;
    await viewer.show(bytes, formatOf(value), base);
    if (!stale()) view.undo.disabled = view.props.interactive === false;
  } catch (err) {
    if (!stale()) setMessage(view, `Could not show ${name}: ${err?.message ?? err}`);
  } finally {
    if (!stale()) view.stage.setAttribute("aria-busy", "false");
  }
}

// The view's three.js viewer, or null when the browser has no WebGL 2 (three.js needs it). The
// context is opened before three.js is fetched, so a browser without WebGL never downloads it.
function viewerOf(view) {
  view.viewerPromise ??= (async () => {
    const gl = view.canvas.getContext?.("webgl2", { antialias: true, alpha: true });
    if (!gl) return null;
    const { createViewer } = await import("./viewer.js");
    if (view.ctx.signal.aborted) return null;
    view.viewer = createViewer(view.canvas, gl, {
      moved: () => {
        view.moved = true;
        view.undo.disabled = false;
      },
    });
    view.viewer.setProps(view.props);
    return view.viewer;
  })();
  return view.viewerPromise;
}

// Gradio's File icon, which its BlockLabel and Empty show for Model3D.
function fileIcon() {
  return svgPath("M13 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9zM13 2v7h7", { size: 40 });
}

function setMessage(view, text) {
  view.message.textContent = text;
  view.message.hidden = !text;
  view.canvas.hidden = !!text;
}

const css = `
.block.graft-model3d { display: flex; flex-direction: column; padding: 0; overflow: hidden; min-height: 160px; }
.block.graft-model3d.empty-value { border-style: dashed; }
.graft-model3d .model3D, .graft-model3d .input-model { position: relative; display: flex; flex: 1; width: 100%; min-height: 0; border-radius: var(--block-radius); overflow: hidden; }
.graft-model3d.auto-height .model3D, .graft-model3d.auto-height .input-model { aspect-ratio: 2 / 1; min-height: 240px; max-height: 420px; flex: none; }
.graft-model3d canvas { display: block; width: 100%; height: 100%; outline: none; touch-action: none; }
.graft-model3d .icon-button-wrapper { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 3; display: flex; gap: var(--spacing-sm); }
.graft-model3d .icon-button[disabled] { opacity: 0.5; cursor: default; }
.graft-model3d a.icon-button { text-decoration: none; }
.graft-model3d .model3d-message { margin: auto; padding: var(--spacing-xl); color: var(--body-text-color-subdued); text-align: center; }
.graft-model3d .upload-area { flex: 1; display: flex; flex-direction: column; align-items: center; justify-content: center; width: 100%; min-height: 160px; padding: var(--spacing-xl); border: 0; background: transparent; color: var(--body-text-color-subdued); font: inherit; font-size: var(--text-lg); cursor: pointer; }
.graft-model3d .upload-area:hover { color: var(--body-text-color); }
.graft-model3d .upload-area:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-model3d .upload-text { display: flex; flex-direction: column; align-items: center; gap: var(--spacing-sm); }
.graft-model3d .upload-text .or { font-size: var(--text-md); }
.graft-model3d > .empty { flex: 1; min-height: 120px; opacity: 0.5; }
.graft-model3d [hidden] { display: none !important; }
`;

export default {
  toolbar: (view) => view.tools, // where Gradio 6's custom buttons go
  receives: RECEIVES,
  create,
  update,
  destroy(view) {
    view.load++;
    view.viewer?.dispose();
  },
  css,
  edge: {
    argument: (value) => toArgument(value),
    output: (value, props, app) => toOutput(value, app.files),
  },
};
