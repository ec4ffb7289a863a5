// The player (Gradio's AudioPlayer): a native <audio> driven by Gradio's controls
// ([data-testid=waveform-controls]: "Play"/"Pause", time, download, "Clear") and a waveform
// drawn on a canvas from the decoded samples (Gradio uses wavesurfer; peaks are enough here).
// Fires play, pause and stop (at the end), as Gradio's player does.
import { formatTime, peaks } from "./helpers.js";
import { decodeBrowser } from "./decode.js";
import { iconButton } from "../atoms/block.js";

export function player(ctx, onClear) {
  const { signal } = ctx;
  const el = document.createElement("div");
  el.className = "component-wrapper";
  const audio = document.createElement("audio");
  audio.preload = "metadata";
  const canvas = document.createElement("canvas");
  canvas.className = "waveform";
  canvas.width = 600;
  canvas.height = 80;
  canvas.setAttribute("aria-hidden", "true");
  const controls = document.createElement("div");
  controls.className = "controls";
  controls.dataset.testid = "waveform-controls";
  const play = iconButton("Play", "Play", () => (audio.paused ? audio.play().catch(() => {}) : audio.pause()), signal);
  play.classList.add("play-pause-button");
  const time = document.createElement("span");
  time.className = "time";
  const download = document.createElement("a");
  download.className = "download-link";
  download.textContent = "Download";
  download.setAttribute("aria-label", "Download");
  const clear = iconButton("Clear", "close", () => onClear(), signal);
  controls.append(play, time, download, clear);
  el.append(audio, canvas, controls);
  const view = { el, audio, canvas, play, time, download, clear, peaks: null, src: null };

  const named = (paused) => {
    play.setAttribute("aria-label", paused ? "Play" : "Pause");
    play.title = play.textContent = paused ? "Play" : "Pause";
  };
  const tick = () => {
    time.textContent = `${formatTime(audio.currentTime)} / ${formatTime(audio.duration)}`;
    draw(view);
  };
  audio.addEventListener("play", () => { named(false); ctx.emit("play", null); }, { signal });
  audio.addEventListener("pause", () => { named(true); if (!audio.ended) ctx.emit("pause", null); }, { signal });
  audio.addEventListener("ended", () => { named(true); ctx.emit("stop", null); }, { signal });
  for (const e of ["timeupdate", "loadedmetadata", "durationchange"]) audio.addEventListener(e, tick, { signal });
  // Clicking the waveform seeks, as wavesurfer's does.
  canvas.addEventListener("click", (e) => {
    const box = canvas.getBoundingClientRect();
    if (box.width && Number.isFinite(audio.duration)) audio.currentTime = ((e.clientX - box.left) / box.width) * audio.duration;
  }, { signal });
  named(true);
  return view;
}

// Shows a FileData (or nothing): the audio's source, the download link and the waveform.
export function setSource(view, value, props, ctx) {
  const url = value ? value.url ?? value.path : null;
  if (url === view.src) return;
  view.src = url;
  view.peaks = null;
  draw(view);
  if (!url) {
    view.audio.removeAttribute("src");
    view.download.removeAttribute("href");
    return;
  }
  view.audio.setAttribute("src", url);
  view.download.setAttribute("href", url);
  view.download.download = value.orig_name ?? "audio";
  view.audio.autoplay = props.autoplay === true;
  if (typeof fetch !== "function" || !ctx.files) return;
  // The waveform is drawn once the samples are decoded; a file the browser cannot decode has none.
  ctx.files.bytes(value).then(decodeBrowser).then((decoded) => {
    if (!decoded || view.src !== url) return;
    view.peaks = peaks(decoded.channels[0], view.canvas.width);
    draw(view);
  }).catch(() => {});
}

function draw(view) {
  const g = view.canvas.getContext?.("2d");
  if (!g) return;
  const { width, height } = view.canvas;
  g.clearRect(0, 0, width, height);
  if (!view.peaks) return;
  const style = getComputedStyle(view.canvas);
  const done = view.audio.duration ? view.audio.currentTime / view.audio.duration : 0;
  const mid = height / 2;
  view.peaks.forEach(([lo, hi], x) => {
    g.fillStyle = x / width < done ? style.getPropertyValue("--color-accent") || "#f97316" : style.color || "#888";
    g.fillRect(x, mid - hi * mid, 1, Math.max(1, (hi - lo) * mid));
  });
}
