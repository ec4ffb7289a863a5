// gr.Audio in the page: Gradio's names and test ids, upload/clear/play events, the microphone
// recorder's events, and the WAV codec and numpy conversions a page function sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";
import {
  decodeWav, encodeWav, toInt16, fromNumpy, toNumpy, peaks, sourcesOf, formatTime, isAudioFile, toOutput, channelsToInt16,
} from "../../js-shim/components/audio/helpers.js";

installDom();
const { default: audio } = await import("../../js-shim/components/audio/index.js");

function mountAudio(props) {
  const m = mount(audio, props);
  m.ctx.files = new FileStore();
  m.ctx.closeStreams = () => m.ctx.calls.push(["closeStreams"]);
  return m;
}

// A WAV file with the given format tag, bits and channels around raw little-endian sample bytes.
function wav({ format = 1, bits = 16, channels = 1, rate = 8000, body }) {
  const out = new Uint8Array(44 + body.length);
  const dv = new DataView(out.buffer);
  const put = (at, s) => [...s].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  put(0, "RIFF"); dv.setUint32(4, 36 + body.length, true); put(8, "WAVE");
  put(12, "fmt "); dv.setUint32(16, 16, true); dv.setUint16(20, format, true); dv.setUint16(22, channels, true);
  dv.setUint32(24, rate, true); dv.setUint32(28, (rate * channels * bits) / 8, true); dv.setUint16(32, (channels * bits) / 8, true); dv.setUint16(34, bits, true);
  put(36, "data"); dv.setUint32(40, body.length, true);
  out.set(body, 44);
  return out;
}

test("an interactive Audio shows its label, the waveform container named after it and Gradio's upload area", () => {
  const { el } = mountAudio({ value: null, label: "Voice" });
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Voice");
  assert.ok(el.querySelector('div.audio-container[data-testid="waveform-Voice"]'));
  const area = el.querySelector('button[aria-label^="Drop an audio file here to upload"]');
  assert.ok(area && !area.hidden);
  const input = area.querySelector('input[type="file"][data-testid="file-upload"]');
  assert.equal(input.getAttribute("aria-label"), "File upload");
  assert.equal(input.getAttribute("accept"), "audio/*");
});

test("an unlabelled Audio is named Audio and switches between upload and microphone", () => {
  const { el } = mountAudio({ value: null });
  assert.ok(el.querySelector('[data-testid="waveform-Audio"]'));
  const switcher = el.querySelector('[data-testid="source-select"]');
  assert.ok(!switcher.hidden);
  switcher.querySelector('[aria-label="Record audio"]').click();
  assert.ok(el.querySelector('button[aria-label^="Drop an audio file here to upload"]').hidden);
  assert.ok(!el.querySelector('[data-testid="microphone-waveform"]').hidden);
  assert.ok(el.querySelector('button[aria-label="Record"]'));
});

test("a microphone-only Audio has no switcher and shows Record", () => {
  const { el } = mountAudio({ value: null, sources: ["microphone"] });
  assert.ok(el.querySelector('[data-testid="source-select"]').hidden);
  assert.ok(!el.querySelector('[data-testid="microphone-waveform"]').hidden);
});

test("picking an audio file makes it the value and fires upload", () => {
  const { el, ctx } = mountAudio({ value: null });
  const input = el.querySelector('input[type="file"]');
  Object.defineProperty(input, "files", { value: [new File([new Uint8Array(10)], "a.wav", { type: "audio/wav" })], configurable: true });
  input.dispatchEvent(new Event("change"));
  const [kind, value, event] = ctx.calls.at(-1);
  assert.equal(kind, "setValue");
  assert.equal(event, "upload");
  assert.equal(value.orig_name, "a.wav");
  assert.ok(!el.querySelector('[data-testid="waveform-controls"]').closest("[hidden]"));
});

test("a file that is not audio is refused with a toast naming it and the value is kept", () => {
  const { el, ctx } = mountAudio({ value: null });
  const input = el.querySelector('input[type="file"]');
  Object.defineProperty(input, "files", { value: [new File(["x"], "notes.txt", { type: "text/plain" })], configurable: true });
  input.dispatchEvent(new Event("change"));
  assert.equal(ctx.calls.length, 1);
  assert.equal(ctx.calls[0][0], "toast");
  assert.match(ctx.calls[0][1].message, /notes\.txt/);
});

test("Clear in the player empties the value and fires clear", () => {
  const { el, ctx } = mountAudio({ value: { path: "blob:x", url: "blob:x", orig_name: "a.wav" } });
  el.querySelector('[data-testid="waveform-controls"] button[aria-label="Clear"]').click();
  assert.deepEqual(ctx.calls.at(-1), ["setValue", null, "clear"]);
  assert.ok(!el.querySelector('button[aria-label^="Drop an audio file here to upload"]').hidden);
});

test("playing, pausing and reaching the end fire play, pause and stop", () => {
  const { el, ctx } = mountAudio({ value: { path: "blob:y", url: "blob:y" }, interactive: false });
  const media = el.querySelector("audio");
  media.dispatchEvent(new Event("play"));
  assert.equal(el.querySelector('[data-testid="waveform-controls"] button[aria-label="Pause"]').textContent, "Pause");
  media.dispatchEvent(new Event("pause"));
  media.dispatchEvent(new Event("ended"));
  assert.deepEqual(ctx.calls.map((c) => c[1]), ["play", "pause", "stop"]);
});

test("a static Audio without a value shows Empty and no upload area or clear button", () => {
  const { el } = mountAudio({ value: null, interactive: false });
  assert.ok(!el.querySelector('.empty[aria-label="Empty value"]').hidden);
  assert.ok(el.querySelector('button[aria-label^="Drop an audio file here to upload"]').hidden);
  assert.ok(el.querySelector('[data-testid="source-select"]').hidden);
});

test("a value from a function shows the player without firing any event", () => {
  const { el, ctx, patch } = mountAudio({ value: null });
  patch({ value: { path: "blob:z", url: "blob:z", orig_name: "z.wav" } });
  assert.equal(ctx.calls.length, 0);
  assert.equal(el.querySelector("audio").getAttribute("src"), "blob:z");
  assert.equal(el.querySelector('[data-testid="waveform-controls"] a').getAttribute("href"), "blob:z");
});

test("16-bit PCM WAV decodes to its exact samples, stereo interleaved", () => {
  const body = new Uint8Array(new Int16Array([1, -2, 32767, -32768]).buffer);
  const d = decodeWav(wav({ channels: 2, rate: 22050, body }));
  assert.equal(d.sampleRate, 22050);
  assert.equal(d.channels, 2);
  assert.deepEqual([...d.data], [1, -2, 32767, -32768]);
  assert.deepEqual(toNumpy(d)[1].shape, [2, 2]);
});

test("8, 24 and 32-bit integer WAV samples become int16 as Gradio converts them", () => {
  assert.deepEqual([...decodeWav(wav({ bits: 8, body: new Uint8Array([0, 128, 255]) })).data], [-32768, 0, 32512]);
  // 24-bit 0x7FFFFF, -1 (0xFFFFFF), 0x000100
  assert.deepEqual([...decodeWav(wav({ bits: 24, body: new Uint8Array([0xff, 0xff, 0x7f, 0xff, 0xff, 0xff, 0x00, 0x01, 0x00]) })).data], [32767, 0, 1]);
  const i32 = new Uint8Array(new Int32Array([2147483647, -65536 * 3 - 5, 65535]).buffer);
  assert.deepEqual([...decodeWav(wav({ bits: 32, body: i32 })).data], [32767, -3, 0]);
});

test("32-bit float WAV samples are scaled by their peak to ±32767", () => {
  const f = new Uint8Array(new Float32Array([0.5, -0.25, 0]).buffer);
  assert.deepEqual([...decodeWav(wav({ format: 3, bits: 32, body: f })).data], [32767, -16383, 0]);
});

test("a file that is not WAV is refused by the WAV decoder", () => {
  assert.throws(() => decodeWav(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])), /not a WAV/);
});

test("encoding then decoding a WAV gives back the samples and rate", () => {
  const samples = new Int16Array([0, 100, -100, 32767, -32768, 7]);
  const d = decodeWav(encodeWav(samples, 44100, 2));
  assert.deepEqual([d.sampleRate, d.channels, [...d.data]], [44100, 2, [...samples]]);
});

test("returned samples convert by dtype as Gradio's convert_to_16_bit_wav does", () => {
  assert.deepEqual([...toInt16(new Uint8Array([0, 255]), "uint8")], [-32768, 32767]);
  assert.deepEqual([...toInt16([1, -1], "int8")], [256, -256]);
  assert.deepEqual([...toInt16([65536 * 2 + 1], "int32")], [2]);
  assert.deepEqual([...toInt16([0, 65535], "uint16")], [-32768, 32767]);
  assert.throws(() => toInt16([1], "int64"), /int64/);
});

test("numpy-like returns: typed arrays, plain arrays, channel rows and {shape, dtype, data}", () => {
  assert.deepEqual([...fromNumpy([8000, new Float32Array([1, -0.5])]).data], [32767, -16383]);
  assert.deepEqual([...fromNumpy([8000, [1, 2, 3]]).data], [1, 2, 3]);
  const rows = fromNumpy([8000, [[1, 2], [3, 4]]]);
  assert.deepEqual([rows.channels, [...rows.data]], [2, [1, 2, 3, 4]]);
  const obj = fromNumpy([16000, { shape: [2, 2], dtype: "int16", data: new Int16Array([5, 6, 7, 8]) }]);
  assert.deepEqual([obj.sampleRate, obj.channels, [...obj.data]], [16000, 2, [5, 6, 7, 8]]);
  assert.throws(() => fromNumpy([16000, { shape: [3, 2], dtype: "int16", data: new Int16Array(4) }]), /shape/);
  assert.throws(() => fromNumpy([0.5, [1]]), /sample rate/);
  assert.equal(fromNumpy("a.wav"), null);
});

test("a function returning (sample_rate, samples) gets a WAV file in the page", async () => {
  const files = new FileStore();
  const out = toOutput([8000, new Int16Array([1, 2, 3])], { files });
  assert.equal(out.orig_name, "audio.wav");
  assert.equal(out.mime_type, "audio/wav");
  const back = decodeWav(await files.bytes(out));
  assert.deepEqual([back.sampleRate, [...back.data]], [8000, [1, 2, 3]]);
  assert.equal(toOutput("https://x/a.mp3", { files }).orig_name, "a.mp3");
  assert.throws(() => toOutput({ nope: 1 }, { files }), /Audio expects/);
});

test("the numpy edge gives a page function Gradio's (sample_rate, int16 data)", async () => {
  const files = new FileStore();
  const fd = files.add(new Blob([encodeWav(new Int16Array([4, -4]), 8000)], { type: "audio/wav" }), "a.wav");
  const [rate, arr] = await audio.edge.argument(fd, { type: "numpy" }, { files });
  assert.equal(rate, 8000);
  assert.deepEqual([arr.shape, arr.dtype, [...arr.data]], [[2], "int16", [4, -4]]);
  assert.equal(audio.edge.argument(fd, { type: "filepath" }, { files }), fd.url);
});

test("helpers: sources, time, peaks, audio file checks and float channels", () => {
  assert.deepEqual(sourcesOf({}), ["upload", "microphone"]);
  assert.deepEqual(sourcesOf({ streaming: true, sources: ["upload", "microphone"] }), ["microphone"]);
  assert.equal(formatTime(75.4), "1:15");
  assert.deepEqual(peaks([0, 0.5, -1, 0.25], 2), [[0, 0.5], [-1, 0.25]]);
  assert.ok(isAudioFile({ name: "x.mp3", type: "" }));
  assert.ok(!isAudioFile({ name: "x.png", type: "image/png" }));
  assert.deepEqual([...channelsToInt16([new Float32Array([1, 0]), new Float32Array([-2, 0.5])])], [32767, -32767, 0, 16384]);
});
