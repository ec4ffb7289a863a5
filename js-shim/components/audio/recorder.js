// The microphone recorder (Gradio's AudioRecorder / StreamAudio): MediaRecorder with "Record",
// "pause"/"Resume" and "Stop". A recording ends as the value (a WAV, as Gradio's recorder makes);
// with streaming=True each `stream_every` seconds' chunk goes to the `stream` event instead.
import { recordingToWav } from "./decode.js";

const button = (name, text, onClick, signal) => {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "record-button";
  b.setAttribute("aria-label", name);
  b.textContent = text;
  b.addEventListener("click", onClick, { signal });
  return b;
};

// hooks: { props(), started(), paused(), stopped(file|null), chunk(blob), error(message) }
export function recorder(hooks, signal) {
  const el = document.createElement("div");
  el.className = "mic-wrap";
  el.dataset.testid = "microphone-waveform";
  const state = { rec: null, stream: null, chunks: [] };
  const record = button("Record", "Record", () => start(), signal);
  const pause = button("pause", "Pause", () => togglePause(), signal);
  const stop = button("Stop", "Stop", () => finish(), signal);
  const status = document.createElement("span");
  status.className = "rec-status";
  status.setAttribute("aria-live", "polite");
  el.append(record, pause, stop, status);

  const show = () => {
    const on = state.rec != null;
    record.hidden = on;
    stop.hidden = !on;
    pause.hidden = !on || hooks.props().streaming === true;
    const paused = state.rec?.state === "paused";
    pause.setAttribute("aria-label", paused ? "Resume" : "pause");
    pause.textContent = paused ? "Resume" : "Pause";
    status.textContent = !on ? "" : paused ? "Paused" : "Recording…";
  };

  async function start() {
    if (state.rec) return;
    try {
      state.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      return hooks.error(`The microphone is not available: ${err.message}`);
    }
    const streaming = hooks.props().streaming === true;
    const rec = new MediaRecorder(state.stream);
    state.rec = rec;
    state.chunks = [];
    rec.addEventListener("dataavailable", (e) => {
      if (!e.data?.size) return;
      if (streaming) hooks.chunk(e.data, rec.mimeType);
      else state.chunks.push(e.data);
    });
    rec.addEventListener("stop", async () => {
      release();
      if (state.dead) return;
      if (streaming) return hooks.stopped(null);
      const blob = new Blob(state.chunks, { type: rec.mimeType || "audio/webm" });
      hooks.stopped(blob.size ? await recordingToWav(blob) : null);
    });
    rec.start(streaming ? Math.max(50, (hooks.props().stream_every ?? 0.5) * 1000) : undefined);
    show();
    hooks.started();
  }

  function togglePause() {
    const rec = state.rec;
    if (!rec) return;
    if (rec.state === "recording") {
      rec.pause();
      hooks.paused();
    } else if (rec.state === "paused") {
      rec.resume();
    }
    show();
  }

  function finish() {
    const rec = state.rec;
    if (!rec) return;
    state.rec = null;
    show();
    if (rec.state !== "inactive") rec.stop();
  }

  function release() {
    for (const t of state.stream?.getTracks() ?? []) t.stop();
    state.stream = null;
  }

  show();
  // Torn down mid-recording: the microphone is released and nothing is reported.
  const destroy = () => {
    const rec = state.rec;
    state.rec = null;
    state.dead = true;
    if (rec && rec.state !== "inactive") {
      try { rec.stop(); } catch { /* already stopped */ }
    }
    release();
  };
  return { el, destroy, recording: () => state.rec != null };
}
