// Recording from the webcam (Gradio's Webcam in video mode): a live preview, mirrored when
// mirror_webcam, "Record" starts a MediaRecorder (with the microphone when include_audio),
// "Stop" ends it and hands the recording over as a file.
export function webcam(hooks, signal) {
  const el = document.createElement("div");
  el.className = "webcam";
  const preview = document.createElement("video");
  preview.muted = preview.playsInline = preview.autoplay = true;
  const btn = document.createElement("button");
  btn.type = "button";
  btn.className = "record-button";
  el.append(preview, btn);
  const state = { stream: null, rec: null, chunks: [], dead: false };
  const name = (text) => {
    btn.textContent = text;
    btn.setAttribute("aria-label", text);
  };
  name("Record");
  btn.addEventListener("click", () => (state.rec ? stop() : record()), { signal });

  async function open() {
    if (state.stream) return true;
    const props = hooks.props();
    try {
      state.stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: props.include_audio !== false });
    } catch (err) {
      hooks.error(`The webcam is not available: ${err.message}`);
      return false;
    }
    preview.srcObject = state.stream;
    preview.style.transform = props.mirror_webcam === false ? "" : "scaleX(-1)";
    return true;
  }

  async function record() {
    if (!(await open()) || state.rec) return;
    const rec = new MediaRecorder(state.stream);
    state.rec = rec;
    state.chunks = [];
    rec.addEventListener("dataavailable", (e) => e.data?.size && state.chunks.push(e.data));
    rec.addEventListener("stop", () => {
      close();
      if (state.dead) return;
      const type = rec.mimeType || "video/webm";
      const ext = type.includes("mp4") ? "mp4" : "webm";
      hooks.stopped(new File(state.chunks, `recording.${ext}`, { type: type.split(";")[0] }));
    });
    rec.start();
    name("Stop");
    hooks.started();
  }

  function stop() {
    const rec = state.rec;
    state.rec = null;
    name("Record");
    if (rec?.state !== "inactive") rec?.stop();
  }

  function close() {
    for (const t of state.stream?.getTracks() ?? []) t.stop();
    state.stream = null;
    preview.srcObject = null;
  }

  return {
    el,
    // The preview starts when the webcam source is shown, as Gradio's Webcam does.
    show: (on) => (on ? globalThis.navigator?.mediaDevices && open() : !state.rec && close()),
    recording: () => state.rec != null,
    destroy: () => {
      state.dead = true;
      stop();
      close();
    },
  };
}
