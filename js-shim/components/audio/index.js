// gr.Audio in the page: BlockLabel, div.audio-container[data-testid=waveform-<label>] holding the
// upload area, the microphone recorder or the player, the source switcher, and the function edge:
// filepath → the URL, numpy → Gradio's (sample_rate, int16 samples), WAV decoded exactly here.
import { block, applyBlock, blockLabel, updateBlockLabel, empty } from "../atoms/block.js";
import { checkUpload } from "../../file-store.js";
import { sourcesOf, labelOf, isAudioFile, toNumpy, toOutput } from "./helpers.js";
import { samplesOf } from "./decode.js";
import { uploadArea } from "../atoms/upload-area.js";
import { sourceSelect, updateSourceSelect } from "../atoms/source-select.js";
import { recorder } from "./recorder.js";
import { player, setSource } from "./player.js";

const SOURCE_NAMES = { upload: "Upload file", microphone: "Record audio" };

function create(props, ctx) {
  const { signal } = ctx;
  const el = block(props, { kind: "audio" });
  const label = blockLabel(props, "Audio");
  const box = document.createElement("div");
  box.className = "audio-container";
  const switcher = sourceSelect(SOURCE_NAMES, (source) => {
    view.source = source;
    show(view, view.value, ctx);
  }, signal);
  const none = empty();
  const view = { el, label, box, switcher, none, source: null, value: null };

  const take = (file) => {
    try {
      if (!isAudioFile(file)) throw new Error(`Invalid file type: ${file.name}. Only audio files are allowed.`);
      checkUpload(file, { max_file_size: ctx.app?.maxFileSize });
    } catch (err) {
      return ctx.toast({ level: "error", title: "Error", message: err.message });
    }
    const value = ctx.files.add(file);
    show(view, value, ctx);
    ctx.setValue(value, "upload");
  };
  const clear = () => {
    show(view, null, ctx);
    ctx.setValue(null, "clear");
  };
  view.upload = uploadArea(take, signal, { name: "Drop an audio file here to upload", heading: "Drop Audio Here", accept: "audio/*" });
  view.rec = recorder({
    props: () => ctx.props(),
    started: () => ctx.emit("start_recording", null),
    paused: () => ctx.emit("pause_recording", null),
    stopped: (file) => {
      if (!file) {
        ctx.emit("stop_recording", null);
        if (ctx.props().streaming === true) ctx.closeStreams();
        return;
      }
      const value = ctx.files.add(file);
      show(view, value, ctx);
      ctx.setValue(value, "stop_recording");
    },
    // A streaming microphone's chunk: the `stream` event, a new one or the next of the running one.
    chunk: (blob, type) => {
      if (signal.aborted) return;
      ctx.setValue(ctx.files.add(new Blob([blob], { type: type || blob.type }), "chunk.webm"), "stream");
    },
    error: (message) => ctx.toast({ level: "error", title: "Error", message }),
  }, signal);
  view.player = player(ctx, clear);
  box.append(view.upload, view.rec.el, view.player.el, none);
  el.append(label, box, switcher);
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch, ctx) {
  applyBlock(view.el, props);
  view.props = props;
  updateBlockLabel(view.label, props, "Audio");
  view.box.dataset.testid = `waveform-${labelOf(props)}`;
  const sources = sourcesOf(props);
  if (!sources.includes(view.source)) view.source = sources[0] ?? null;
  view.interactive = props.interactive !== false;
  updateSourceSelect(view.switcher, sources, view.source, view.interactive);
  view.player.audio.loop = props.loop === true;
  show(view, "value" in patch ? props.value ?? null : view.value, ctx);
}

// What the container holds: the player for a value, else (interactive) the chosen source, else Empty.
function show(view, value, ctx) {
  view.value = value;
  const has = value != null;
  const live = view.rec.recording();
  view.player.el.hidden = !has || live;
  view.player.clear.hidden = !view.interactive;
  view.upload.hidden = has || !view.interactive || view.source !== "upload";
  view.rec.el.hidden = !view.interactive || (!live && (has || view.source !== "microphone"));
  view.none.hidden = has || view.interactive;
  setSource(view.player, value, view.props, ctx);
}

export default {
  create,
  update,
  destroy(view) {
    view.rec.destroy();
    view.player.audio.pause();
  },
  receives: 'by `type`: filepath → a URL string; numpy → [sample_rate, {shape, dtype: "int16", data}]',
  edge: {
    // numpy: WAV samples exactly, other formats through the browser's decoder (async).
    argument(value, props, app) {
      if (value == null) return null;
      const url = value.url ?? value.path ?? value;
      if (props.type === "filepath") return url;
      return app.files.bytes(typeof value === "string" ? { url: value } : value).then(samplesOf).then(toNumpy);
    },
    output(value, props, app) {
      if (value && value.__type__ === "update" && "value" in value) return { ...value, value: toOutput(value.value, app) };
      return toOutput(value, app);
    },
  },
  css: `
.graft-audio { display: flex; flex-direction: column; gap: var(--spacing-md); position: relative; }
.graft-audio .audio-container { display: flex; flex-direction: column; min-height: 120px; justify-content: center; }
.graft-audio .upload-area { flex: 1; display: flex; align-items: center; justify-content: center; min-height: 120px; width: 100%; border: 0; background: transparent; color: var(--body-text-color-subdued); font: inherit; font-size: var(--text-lg); cursor: pointer; }
.graft-audio .upload-area:hover { color: var(--body-text-color); }
.graft-audio .upload-text { display: flex; flex-direction: column; align-items: center; gap: var(--spacing-sm); }
.graft-audio .mic-wrap { display: flex; gap: var(--spacing-md); align-items: center; justify-content: center; padding: var(--spacing-lg); }
.graft-audio button.record-button, .graft-audio .source-selection button, .graft-audio .controls .icon-button, .graft-audio .controls a {
  font: inherit; font-size: var(--text-sm); padding: 4px 10px; border-radius: var(--radius-md); border: 1px solid var(--border-color-primary);
  background: var(--block-background-fill); color: var(--body-text-color); cursor: pointer; text-decoration: none; }
.graft-audio .rec-status { color: var(--body-text-color-subdued); font-size: var(--text-sm); }
.graft-audio canvas.waveform { width: 100%; height: 80px; color: var(--body-text-color-subdued); cursor: pointer; }
.graft-audio .controls { display: flex; gap: var(--spacing-md); align-items: center; justify-content: center; flex-wrap: wrap; }
.graft-audio .controls .time { font-family: var(--font-mono); font-size: var(--text-sm); color: var(--body-text-color); }
.graft-audio .source-selection { display: flex; gap: var(--spacing-sm); justify-content: center; }
.graft-audio .source-selection button[aria-pressed="true"] { border-color: var(--color-accent); }
.graft-audio [hidden] { display: none !important; }
`,
};
