// Gradio's video Player: a <video> with custom controls in [data-testid="<label>-player"] — the
// "play-pause-replay-button", the time, the "Adjust volume" range and "full-screen" — firing
// play, pause, stop and end (at the end), as Gradio's Player does.
import { playState, formatTime } from "./helpers.js";

const control = (name, text, onClick, signal) => {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "icon";
  // Gradio's accessible names are these ids ("play-pause-replay-button", "full-screen"), which
  // Gradio's own tests select by; the state (Play/Pause/Replay) is the button's text and title.
  b.setAttribute("aria-label", name);
  b.dataset.testid = name;
  b.textContent = text;
  b.addEventListener("click", onClick, { signal });
  return b;
};

export function player(ctx) {
  const { signal } = ctx;
  const el = document.createElement("div");
  el.className = "wrap";
  const video = document.createElement("video");
  video.playsInline = true;
  video.preload = "metadata";
  const controls = document.createElement("div");
  controls.className = "controls";
  const play = control("play-pause-replay-button", "Play", () => (video.paused || video.ended ? video.play().catch(() => {}) : video.pause()), signal);
  const time = document.createElement("span");
  time.className = "time";
  const volume = document.createElement("input");
  volume.type = "range";
  volume.min = "0";
  volume.max = "1";
  volume.step = "0.01";
  volume.value = "1";
  volume.setAttribute("aria-label", "Adjust volume");
  volume.addEventListener("input", () => {
    video.volume = Number(volume.value);
    video.muted = video.volume === 0;
  }, { signal });
  const full = control("full-screen", "Full screen", () => (document.fullscreenElement ? document.exitFullscreen() : el.requestFullscreen?.())?.catch?.(() => {}), signal);
  controls.append(play, time, volume, full);
  el.append(video, controls);
  const view = { el, video, play, time, volume, full, src: null, track: null };

  const state = () => {
    const s = playState(video);
    play.textContent = play.title = s;
    time.textContent = `${formatTime(video.currentTime)} / ${formatTime(video.duration)}`;
  };
  video.addEventListener("play", () => { state(); ctx.emit("play", null); }, { signal });
  video.addEventListener("pause", () => { state(); if (!video.ended) ctx.emit("pause", null); }, { signal });
  video.addEventListener("ended", () => {
    state();
    ctx.emit("stop", null);
    ctx.emit("end", null);
  }, { signal });
  for (const e of ["timeupdate", "loadedmetadata", "durationchange"]) video.addEventListener(e, state, { signal });
  video.addEventListener("click", () => play.click(), { signal });
  state();
  return view;
}

// Shows a FileData (or nothing) and its subtitles (a WebVTT file, as a default captions track).
export function setSource(view, video, subtitles, props) {
  const url = video ? video.url ?? video.path : null;
  view.video.autoplay = props.autoplay === true;
  view.video.loop = props.loop === true;
  const subs = subtitles ? subtitles.url ?? subtitles.path : null;
  if (view.track?.getAttribute("src") !== subs) {
    view.track?.remove();
    view.track = null;
    if (subs) {
      view.track = document.createElement("track");
      view.track.setAttribute("kind", "captions");
      view.track.setAttribute("src", subs);
      view.track.setAttribute("label", "Subtitles");
      view.track.toggleAttribute("default", true);
      view.video.append(view.track);
    }
  }
  if (url === view.src) return;
  view.src = url;
  if (url) view.video.setAttribute("src", url);
  else view.video.removeAttribute("src");
}
