// gr.Video in the page: Gradio's names and test ids, upload/clear and the player's events, the
// static Download link, and the value shapes a function may return.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";
import { videoOf, subtitlesOf, isVideoFile, playState, toOutput } from "../../js-shim/components/video/helpers.js";

installDom();
const { default: video } = await import("../../js-shim/components/video/index.js");

function mountVideo(props) {
  const m = mount(video, props);
  m.ctx.files = new FileStore();
  return m;
}
const fd = (url, name = "clip.mp4") => ({ path: url, url, orig_name: name });

test("an interactive Video has Gradio's container, label and upload area", () => {
  const { el } = mountVideo({ value: null });
  assert.ok(el.querySelector('div.video-container[data-testid="video"]'));
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Video");
  const area = el.querySelector('button[aria-label^="Drop a video file here to upload"]');
  assert.ok(area && !area.hidden);
  const input = area.querySelector('input[type="file"][data-testid="file-upload"]');
  assert.equal(input.getAttribute("accept"), "video/*");
  assert.ok(!el.querySelector('[data-testid="source-select"]').hidden);
});

test("choosing the webcam source shows Record instead of the upload area", () => {
  const { el } = mountVideo({ value: null });
  el.querySelector('[aria-label="Record video from camera"]').click();
  assert.ok(el.querySelector('button[aria-label^="Drop a video file here to upload"]').hidden);
  const rec = el.querySelector('button[aria-label="Record"]');
  assert.ok(rec && !rec.closest("[hidden]"));
});

test("uploading a video makes it the value, fires upload and shows the player named after the label", () => {
  const { el, ctx } = mountVideo({ value: null, label: "Clip" });
  const input = el.querySelector('input[type="file"]');
  Object.defineProperty(input, "files", { value: [new File([new Uint8Array(8)], "a.mp4", { type: "video/mp4" })], configurable: true });
  input.dispatchEvent(new Event("change"));
  const [kind, value, event] = ctx.calls.at(-1);
  assert.deepEqual([kind, event, value.orig_name], ["setValue", "upload", "a.mp4"]);
  const playerEl = el.querySelector('[data-testid="Clip-player"]');
  assert.ok(!playerEl.hidden);
  assert.ok(playerEl.querySelector('[aria-label="play-pause-replay-button"]'));
  assert.ok(playerEl.querySelector('input[type="range"][aria-label="Adjust volume"]'));
  assert.ok(playerEl.querySelector('[aria-label="full-screen"]'));
});

test("an image file is refused with a toast naming it", () => {
  const { el, ctx } = mountVideo({ value: null });
  const input = el.querySelector('input[type="file"]');
  Object.defineProperty(input, "files", { value: [new File(["x"], "cat.png", { type: "image/png" })], configurable: true });
  input.dispatchEvent(new Event("change"));
  assert.equal(ctx.calls.length, 1);
  assert.match(ctx.calls[0][1].message, /cat\.png/);
});

test("Clear empties the video and fires clear", () => {
  const { el, ctx } = mountVideo({ value: fd("blob:v") });
  el.querySelector('button[aria-label="Clear"]').click();
  assert.deepEqual(ctx.calls.at(-1), ["setValue", null, "clear"]);
});

test("play, pause and the end fire play, pause, stop and end", () => {
  const { el, ctx } = mountVideo({ value: fd("blob:v"), interactive: false });
  const media = el.querySelector(`[data-testid="Video-player"] video`);
  media.dispatchEvent(new Event("play"));
  media.dispatchEvent(new Event("pause"));
  media.dispatchEvent(new Event("ended"));
  assert.deepEqual(ctx.calls.map((c) => c[1]), ["play", "pause", "stop", "end"]);
});

test("a static Video offers a Download link and no container test id or clear button", () => {
  const { el } = mountVideo({ value: fd("blob:d", "d.webm"), interactive: false });
  const link = el.querySelector('[data-testid="download-div"] a');
  assert.equal(link.getAttribute("href"), "blob:d");
  assert.equal(link.getAttribute("download"), "d.webm");
  assert.equal(el.querySelector('[data-testid="video"]'), null);
  assert.ok(el.querySelector('button[aria-label="Clear"]').closest("[hidden]"));
});

test("a {video, subtitles} value plays the video with a captions track, loop and autoplay as props say", () => {
  const { el, ctx, patch } = mountVideo({ value: null, interactive: false, loop: true });
  patch({ value: { video: fd("blob:m"), subtitles: fd("blob:s", "s.vtt") } });
  const media = el.querySelector(`[data-testid="Video-player"] video`);
  assert.equal(media.getAttribute("src"), "blob:m");
  assert.equal(media.querySelector("track").getAttribute("src"), "blob:s");
  assert.equal(media.loop, true);
  assert.equal(ctx.calls.length, 0);
});

test("the edge gives a page function the URL and takes paths, blobs and (video, subtitles)", () => {
  const files = new FileStore();
  assert.equal(video.edge.argument(fd("blob:a"), {}, { files }), "blob:a");
  assert.equal(video.edge.argument({ video: fd("blob:b"), subtitles: null }, {}, { files }), "blob:b");
  assert.equal(video.edge.argument(null, {}, { files }), null);
  assert.equal(video.edge.output("https://x/y.mp4", {}, { files }).orig_name, "y.mp4");
  const blob = video.edge.output(new Blob([new Uint8Array(3)], { type: "video/webm" }), {}, { files });
  assert.equal(blob.size, 3);
  const both = video.edge.output(["https://x/y.mp4", "https://x/y.vtt"], {}, { files });
  assert.deepEqual([both.__type__, both.value.orig_name, both.subtitles.orig_name], ["update", "y.mp4", "y.vtt"]);
  assert.throws(() => video.edge.output(42, {}, { files }), /Video expects/);
});

test("helpers: value shapes, video files and the play button's state", () => {
  assert.equal(videoOf({ video: null, subtitles: null }), null);
  assert.equal(subtitlesOf(fd("blob:x")), null);
  assert.ok(isVideoFile({ name: "a.mov", type: "" }));
  assert.ok(!isVideoFile({ name: "a.wav", type: "audio/wav" }));
  assert.equal(playState({ paused: true, ended: false }), "Play");
  assert.equal(playState({ paused: false, ended: false }), "Pause");
  assert.equal(playState({ paused: true, ended: true }), "Replay");
});
