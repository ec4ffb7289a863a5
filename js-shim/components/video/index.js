// gr.Video in the page: BlockLabel, div.video-container[data-testid=video] holding the upload area,
// the webcam recorder or the player (custom controls in [data-testid="<label>-player"]), a source
// switcher, a static Download link, and the edge: a page function receives the video's URL.
// Conversions Gradio makes with ffmpeg (format, watermark, trimming) do not apply in the page.
import { block, applyBlock, blockLabel, updateBlockLabel, iconButton, empty, customButtons } from "../atoms/block.js";
import { checkUpload } from "../../file-store.js";
import { videoOf, subtitlesOf, isVideoFile, toOutput, RECEIVES } from "./helpers.js";
import { uploadArea } from "../atoms/upload-area.js";
import { sourceSelect, updateSourceSelect } from "../atoms/source-select.js";
import { webcam } from "./webcam.js";
import { player, setSource } from "./player.js";

const SOURCE_NAMES = { upload: "Upload file", webcam: "Record video from camera" };
const sourcesOf = (props) => (Array.isArray(props.sources) ? props.sources : props.sources ? [props.sources] : ["upload", "webcam"]).filter((s) => s in SOURCE_NAMES);

function create(props, ctx) {
  const { signal } = ctx;
  const el = block(props, { kind: "video" });
  const label = blockLabel(props, "Video");
  const box = document.createElement("div");
  box.className = "video-container";
  const switcher = sourceSelect(SOURCE_NAMES, (source) => {
    view.source = source;
    show(view, view.value, ctx);
  }, signal);
  const clear = iconButton("Clear", "close", () => {
    show(view, null, ctx);
    ctx.setValue(null, "clear");
  }, signal);
  const tools = document.createElement("div");
  tools.className = "icon-button-wrapper";
  tools.append(clear);
  const downloadDiv = document.createElement("div");
  downloadDiv.dataset.testid = "download-div";
  const download = document.createElement("a");
  download.textContent = "Download";
  downloadDiv.append(download);
  const none = empty();
  const view = { el, label, box, switcher, clear, tools, downloadDiv, download, none, source: null, value: null };

  const take = (file) => {
    try {
      if (!isVideoFile(file)) throw new Error(`Invalid file type: ${file.name}. Only video files are allowed.`);
      checkUpload(file, { max_file_size: ctx.app?.maxFileSize });
    } catch (err) {
      return ctx.toast({ level: "error", title: "Error", message: err.message });
    }
    const value = ctx.files.add(file);
    show(view, value, ctx);
    ctx.setValue(value, "upload");
  };
  view.upload = uploadArea(take, signal, { name: "Drop a video file here to upload", heading: "Drop Video Here", accept: "video/*" });
  view.cam = webcam({
    props: () => ctx.props(),
    started: () => ctx.emit("start_recording", null),
    stopped: (file) => {
      const value = ctx.files.add(file);
      show(view, value, ctx);
      ctx.setValue(value, "stop_recording");
    },
    error: (message) => ctx.toast({ level: "error", title: "Error", message }),
  }, signal);
  view.player = player(ctx);
  box.append(tools, view.upload, view.cam.el, view.player.el, none);
  el.append(label, box, switcher, downloadDiv);
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch, ctx) {
  applyBlock(view.el, props);
  view.props = props;
  updateBlockLabel(view.label, props, "Video");
  view.interactive = props.interactive !== false;
  view.box.toggleAttribute("data-testid", view.interactive);
  if (view.interactive) view.box.dataset.testid = "video";
  view.player.el.dataset.testid = `${props.label ?? "Video"}-player`;
  const sources = sourcesOf(props);
  if (!sources.includes(view.source)) view.source = sources[0] ?? null;
  updateSourceSelect(view.switcher, sources, view.source, view.interactive);
  show(view, "value" in patch ? props.value ?? null : view.value, ctx);
}

// The player for a value; else (interactive) the chosen source; else Empty.
function show(view, value, ctx) {
  view.value = value;
  const props = view.props;
  const video = videoOf(value);
  const has = video != null;
  const live = view.cam.recording();
  view.player.el.hidden = !has || live;
  view.clear.hidden = !has || !view.interactive;
  view.tools.hidden = view.clear.hidden && !customButtons(props.buttons).length;
  view.upload.hidden = has || !view.interactive || view.source !== "upload";
  const cam = view.interactive && (live || (!has && view.source === "webcam"));
  view.cam.el.hidden = !cam;
  view.cam.show(cam);
  view.none.hidden = has || view.interactive;
  const url = has ? video.url ?? video.path : null;
  view.downloadDiv.hidden = !has || view.interactive || props.show_download_button === false;
  if (url) {
    view.download.setAttribute("href", url);
    view.download.setAttribute("download", video.orig_name ?? "video");
  } else {
    view.download.removeAttribute("href");
  }
  setSource(view.player, video, subtitlesOf(value) ?? props.subtitles ?? null, props);
}

export default {
  toolbar: (view) => view.tools, // where Gradio 6's custom buttons go
  create,
  update,
  destroy(view) {
    view.cam.destroy();
    view.player.video.pause?.();
  },
  receives: RECEIVES,
  edge: {
    // Gradio hands a Python function the video's filepath: here its URL.
    argument: (value) => {
      const video = videoOf(value);
      return video == null ? null : typeof video === "string" ? video : video.url ?? video.path;
    },
    output(value, props, app) {
      if (value && value.__type__ === "update" && "value" in value) {
        const out = toOutput(value.value, app.files);
        return out?.__type__ === "update" ? { ...value, ...out } : { ...value, value: out };
      }
      return toOutput(value, app.files);
    },
  },
  css: `
.graft-video { display: flex; flex-direction: column; gap: var(--spacing-md); position: relative; }
.graft-video .video-container { position: relative; display: flex; flex-direction: column; min-height: 160px; justify-content: center; }
.graft-video .upload-area { flex: 1; display: flex; align-items: center; justify-content: center; min-height: 160px; width: 100%; border: 0; background: transparent; color: var(--body-text-color-subdued); font: inherit; font-size: var(--text-lg); cursor: pointer; }
.graft-video .upload-area:hover { color: var(--body-text-color); }
.graft-video .upload-text { display: flex; flex-direction: column; align-items: center; gap: var(--spacing-sm); }
.graft-video video { display: block; width: 100%; max-height: 480px; background: #000; border-radius: var(--radius-md); }
.graft-video .webcam { display: flex; flex-direction: column; gap: var(--spacing-md); align-items: center; }
.graft-video .controls { display: flex; gap: var(--spacing-md); align-items: center; padding: var(--spacing-sm) 0; }
.graft-video .controls .time { font-family: var(--font-mono); font-size: var(--text-sm); color: var(--body-text-color); }
.graft-video .controls input[type="range"] { flex: 1; accent-color: var(--color-accent); }
.graft-video .icon-button-wrapper { position: absolute; top: 6px; right: 6px; z-index: 1; display: flex; gap: 4px; }
.graft-video button.icon, .graft-video button.record-button, .graft-video .icon-button, .graft-video [data-testid="download-div"] a {
  font: inherit; font-size: var(--text-sm); padding: 4px 10px; border-radius: var(--radius-md); border: 1px solid var(--border-color-primary);
  background: var(--block-background-fill); color: var(--body-text-color); cursor: pointer; text-decoration: none; }
.graft-video .source-selection { display: flex; gap: var(--spacing-sm); justify-content: center; }
.graft-video .source-selection button[aria-pressed="true"] { border-color: var(--color-accent); }
.graft-video [hidden] { display: none !important; }
`,
};
