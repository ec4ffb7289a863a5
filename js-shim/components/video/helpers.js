// gr.Video's pure logic (no DOM, Node-tested): the value's shapes (FileData, or Gradio's
// {video, subtitles} / (video, subtitles) a function may return), the player's time and button
// state, and which files count as video.

// The video FileData of a value in any shape Gradio uses.
export function videoOf(value) {
  if (value == null) return null;
  if (typeof value === "object" && !Array.isArray(value) && "video" in value && !("path" in value)) return value.video ?? null;
  return value;
}

// The subtitles FileData a value carries, if any ({video, subtitles}).
export function subtitlesOf(value) {
  return value && typeof value === "object" && !Array.isArray(value) && "video" in value ? value.subtitles ?? null : null;
}

const VIDEO_EXT = /\.(mp4|webm|ogv|ogg|mov|m4v|mkv|avi)$/i;

export function isVideoFile(file) {
  const type = String(file.type ?? "");
  return type ? type.startsWith("video/") : VIDEO_EXT.test(file.name ?? "");
}

// Gradio's play/pause/replay button: what it shows for the media's state.
export function playState({ paused, ended }) {
  return ended ? "Replay" : paused ? "Play" : "Pause";
}

export function formatTime(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) seconds = 0;
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

// What a function returned → the wire FileData; with subtitles, an update carrying them as the
// `subtitles` prop (Gradio sends subtitles beside the video). Throws naming what was expected.
export function toOutput(value, files) {
  if (value == null) return null;
  let video = value;
  let subtitles = null;
  if (Array.isArray(value) && value.length === 2) [video, subtitles] = value;
  else if (typeof value === "object" && "video" in value && !("path" in value)) ({ video, subtitles = null } = value);
  const take = (v) => {
    try {
      return files.fromReturn(v);
    } catch (err) {
      throw new Error(`Video expects a URL or path, a FileData, a Blob, {data, name} or {video, subtitles}: ${err.message}`);
    }
  };
  const fd = take(video);
  if (subtitles == null) return fd;
  return { __type__: "update", value: fd, subtitles: take(subtitles) };
}

export const RECEIVES = "a URL string";
