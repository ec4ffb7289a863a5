// Microphone recording for MultimodalTextbox's "microphone" source (Gradio records through
// its MinimalAudioRecorder): MediaRecorder on getUserMedia's audio, in the browser's own format
// (WebM/Opus in Chromium, Ogg or MP4 elsewhere). A refusal becomes an Error naming the cause.
export async function startRecording(media = globalThis.navigator?.mediaDevices, Recorder = globalThis.MediaRecorder) {
  if (!media?.getUserMedia || typeof Recorder !== "function") throw new Error("MultimodalTextbox: this browser cannot record audio");
  let stream;
  try {
    stream = await media.getUserMedia({ audio: true });
  } catch (err) {
    const denied = err?.name === "NotAllowedError" || err?.name === "SecurityError";
    throw new Error(`MultimodalTextbox: ${denied ? "microphone permission denied" : `no microphone (${err?.message ?? err})`}`);
  }
  const recorder = new Recorder(stream);
  const chunks = [];
  recorder.addEventListener("dataavailable", (e) => e.data?.size && chunks.push(e.data));
  const stopped = new Promise((resolve) => recorder.addEventListener("stop", resolve, { once: true }));
  const release = () => stream.getTracks().forEach((t) => t.stop());
  recorder.start();
  return {
    // Ends the recording: its audio as a Blob (null when nothing was recorded).
    async stop() {
      if (recorder.state !== "inactive") recorder.stop();
      await stopped;
      release();
      return chunks.length ? new Blob(chunks, { type: recorder.mimeType || chunks[0].type || "audio/webm" }) : null;
    },
    cancel() {
      if (recorder.state !== "inactive") recorder.stop();
      release();
    },
  };
}
