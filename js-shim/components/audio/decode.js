// Decoding audio in the browser: WAV exactly (helpers.decodeWav), other formats through the
// browser's decoder (AudioContext.decodeAudioData), which resamples to the context's rate —
// so a page function may see 48000 Hz where Gradio (ffmpeg) would keep an mp3's 44100 Hz.
import { isWav, decodeWav, channelsToInt16, encodeWav } from "./helpers.js";

// Float channels of any format the browser decodes, or null when it refuses (or has no decoder).
export async function decodeBrowser(bytes) {
  const Ctx = globalThis.AudioContext ?? globalThis.webkitAudioContext;
  if (!Ctx) return null;
  const ac = new Ctx();
  try {
    const buffer = await ac.decodeAudioData(bytes.slice().buffer);
    const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c));
    return { sampleRate: buffer.sampleRate, channels };
  } catch {
    return null;
  } finally {
    ac.close?.();
  }
}

// {sampleRate, channels, data: Int16Array} of a file's bytes, WAV exact, else decoded.
export async function samplesOf(bytes) {
  if (isWav(bytes)) return decodeWav(bytes);
  const decoded = await decodeBrowser(bytes);
  if (!decoded) throw new Error("Audio: the browser cannot decode this file");
  return { sampleRate: decoded.sampleRate, channels: decoded.channels.length, data: channelsToInt16(decoded.channels) };
}

// A recording (webm/ogg from MediaRecorder) as a 16-bit WAV File, as Gradio's recorder hands
// over a WAV; the recording itself when the browser cannot decode it.
export async function recordingToWav(blob) {
  const decoded = await decodeBrowser(new Uint8Array(await blob.arrayBuffer()));
  if (!decoded) return new File([blob], `recording.${extOf(blob.type)}`, { type: blob.type });
  const wav = encodeWav(channelsToInt16(decoded.channels), decoded.sampleRate, decoded.channels.length);
  return new File([wav], "recording.wav", { type: "audio/wav" });
}

const extOf = (type) => (type.includes("ogg") ? "ogg" : type.includes("mp4") ? "m4a" : "webm");
