// Audio and video in the page with Graft's JS builder API: a recording or an uploaded sound is
// described ("<rate> Hz, <n> samples") and played back reversed (numpy in, numpy out, WAV made
// in the page); a video uploaded or recorded from the webcam is played back as it is.
import { Blocks } from "../../graft/graft.js";

// Gradio's (sample_rate, samples): samples int16 of shape (n,) or (n, channels); reversed by frame.
function reverse([rate, { shape, data }]) {
  const channels = shape[1] ?? 1;
  const frames = shape[0];
  const out = new Int16Array(data.length);
  for (let f = 0; f < frames; f++) {
    for (let c = 0; c < channels; c++) out[f * channels + c] = data[(frames - 1 - f) * channels + c];
  }
  return [rate, { shape, dtype: "int16", data: out }];
}

const demo = await Blocks.create({ title: "Audio and video" });
demo.markdown("# Audio and video\nRecord or upload a sound to hear it backwards; upload or record a video to play it back.");
const row = demo.row();
const sound = row.audio({ label: "Sound", sources: ["upload", "microphone"], type: "numpy" });
const reversed = row.audio({ label: "Reversed", type: "numpy", interactive: false });
const info = demo.textbox({ label: "Info" });
const describe = {
  fn: (audio) => (audio == null ? ["", null] : [`${audio[0]} Hz, ${audio[1].shape[0]} samples`, reverse(audio)]),
  inputs: [sound],
  outputs: [info, reversed],
};
sound.upload(describe);
sound.stop_recording(describe);
const vrow = demo.row();
const clip = vrow.video({ label: "Clip", sources: ["upload", "webcam"] });
const playback = vrow.video({ label: "Playback", interactive: false });
clip.change({ fn: (url) => url, inputs: [clip], outputs: [playback] });
demo.launch("#app");
