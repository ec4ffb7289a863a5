// gr.MultimodalTextbox in the page: Gradio's names and test ids, Enter/Shift+Enter submitting,
// files from the upload button, drops and pastes (long pasted text becoming a .txt file),
// checked against file_types and max_file_size, removed again; the microphone attaching an
// audio file; and the function edge (URLs in, a string or {text, files} out).
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";
import * as h from "../../js-shim/components/multimodaltextbox/helpers.js";

installDom();
const mmtb = (await import("../../js-shim/components/multimodaltextbox/index.js")).default;

const file = (name, type = "", size = 4) => new File([new Uint8Array(size)], name, { type });
// A mounted box with a real file store, recording setValue's event data too.
function box(props = {}, app = {}) {
  const m = mount(mmtb, props);
  m.ctx.files = new FileStore();
  m.ctx.app = { maxFileSize: null, remote: false, ...app };
  const setValue = m.ctx.setValue;
  m.values = [];
  m.ctx.setValue = (v, e, d) => (m.values.push([v, e ?? null, d ?? null]), setValue(v, e));
  const q = (s) => m.el.querySelector(s);
  return { ...m, q, field: q("[data-testid=textbox]") };
}
const drop = (target, files) => {
  const e = new Event("drop", { bubbles: true, cancelable: true });
  e.dataTransfer = { files };
  target.dispatchEvent(e);
};
const key = (field, init) => {
  const e = new KeyboardEvent("keydown", { cancelable: true, ...init });
  Object.assign(e, { key: init.key, shiftKey: !!init.shiftKey });
  field.dispatchEvent(e);
  return e;
};
const emitted = (ctx, event) => ctx.calls.filter((c) => c[0] === "emit" && c[1] === event);

test("the box is Gradio's 'Multimedia input field' group, with its named buttons and a textarea named by the title", () => {
  const { el, q, field } = box({ sources: ["upload", "microphone"] });
  assert.ok(el.querySelector('div.full-container[role=group][aria-label="Multimedia input field"]'));
  assert.equal(field.tagName, "TEXTAREA");
  assert.equal(q(`#${field.getAttribute("aria-labelledby")}`).textContent, "MultimodalTextbox");
  assert.equal(q("button.upload-button[data-testid=upload-button]").getAttribute("aria-label"), "Upload a file");
  assert.equal(q("[data-testid=microphone-button]").getAttribute("aria-label"), "Record audio");
  assert.equal(q("button.submit-button[data-testid=submit-button]").getAttribute("aria-label"), "Submit");
  assert.equal(q("[data-testid=microphone-button]").hidden, false);
  assert.equal(box({}).q("[data-testid=microphone-button]").hidden, true, "sources default to upload only");
});

test("typing sets the value {text, files}; a value from a function fills the box without firing anything", () => {
  const { field, ctx, patch, values } = box();
  field.value = "hello";
  field.dispatchEvent(new Event("input"));
  assert.deepEqual(values[0], [{ text: "hello", files: [] }, null, null]);
  const n = ctx.calls.length;
  patch({ value: { text: "from fn", files: [] } });
  assert.equal(field.value, "from fn");
  assert.equal(ctx.calls.length, n);
});

test("Enter submits a one-line box (Shift+Enter is a newline); with lines > 1, Shift+Enter submits", async () => {
  const one = box();
  assert.equal(key(one.field, { key: "Enter", shiftKey: true }).defaultPrevented, false);
  assert.equal(key(one.field, { key: "Enter" }).defaultPrevented, true);
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(emitted(one.ctx, "submit").length, 1);
  assert.equal(h.submitsOn({ lines: 3 }, { key: "Enter" }), false);
  assert.equal(h.submitsOn({ lines: 3 }, { key: "Enter", shiftKey: true }), true);
  assert.equal(h.submitsOn({}, { key: "Enter", isComposing: true }), false);
});

test("Submit and Stop buttons fire submit and stop; submit_btn/stop_btn as text show that text", async () => {
  const { q, ctx } = box({ submit_btn: "Send", stop_btn: true });
  assert.equal(q(".submit-button").textContent, "Send");
  assert.equal(q(".stop-button").hidden, false);
  q(".submit-button").click();
  q(".stop-button").click();
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(ctx.calls.filter((c) => c[0] === "emit").map((c) => c[1]), ["submit", "stop"]);
  assert.equal(box({ submit_btn: false }).q(".submit-button").hidden, true);
});

test("chosen files become thumbnails with Remove file, set the value and fire upload with their FileData", () => {
  const { q, el, picker = q("input[type=file]"), values } = box({ file_count: "multiple" });
  Object.defineProperty(picker, "files", { configurable: true, value: [file("cat.png", "image/png"), file("notes.txt", "text/plain")] });
  picker.dispatchEvent(new Event("change"));
  const [value, event, data] = values.at(-1);
  assert.equal(event, "upload");
  assert.deepEqual(value.files.map((f) => f.orig_name), ["cat.png", "notes.txt"]);
  assert.deepEqual(data.map((f) => f.orig_name), ["cat.png", "notes.txt"]);
  const thumbs = el.querySelectorAll('[role=list][aria-label="Uploaded files"] > [role=listitem][aria-label="File thumbnail"]');
  assert.equal(thumbs.length, 2);
  assert.match(thumbs[0].querySelector("img.thumbnail-image").getAttribute("src"), /^blob:/);
  assert.equal(q(".thumbnails > .upload-button.thumbnail-add"), q("[data-testid=upload-button]"), "the upload button moves among the thumbnails");
  thumbs[0].querySelector('[aria-label="Remove file"]').click();
  assert.deepEqual(values.at(-1)[0].files.map((f) => f.orig_name), ["notes.txt"]);
  assert.equal(el.querySelectorAll("[aria-label='File thumbnail']").length, 1);
  // The redraw replaced the thumbnails, and their listeners went with them: cat.png's Remove
  // file would now remove notes.txt, the file at its index.
  const before = values.length;
  thumbs[0].querySelector('[aria-label="Remove file"]').click();
  assert.equal(values.length, before);
  assert.equal(el.querySelectorAll("[aria-label='File thumbnail']").length, 1);
});

test("a single-file box takes one file and hides its upload button while it holds it", () => {
  const { q, el, values } = box({ file_count: "single" });
  drop(q(".full-container"), [file("a.png", "image/png"), file("b.png", "image/png")]);
  assert.deepEqual(values.at(-1)[0].files.map((f) => f.orig_name), ["a.png"]);
  assert.equal(values.at(-1)[2].orig_name, "a.png");
  assert.equal(el.querySelector("[data-testid=upload-button]").hidden, true);
});

test("a file outside file_types or over max_file_size is refused with Gradio's message and the value kept", () => {
  const { q, ctx, values } = box({ file_types: ["image"], file_count: "multiple" }, { maxFileSize: "1kb" });
  drop(q(".full-container"), [file("doc.pdf", "application/pdf"), file("big.png", "image/png", 5000), file("ok.png", "image/png")]);
  const toasts = ctx.calls.filter((c) => c[0] === "toast").map((c) => c[1].message);
  assert.deepEqual(toasts, ["Invalid file type: doc.pdf. Only image allowed.", "File big.png exceeds the maximum allowed size of 1.0 kB."]);
  assert.deepEqual(values.at(-1)[0].files.map((f) => f.orig_name), ["ok.png"]);
  assert.equal(q("input[type=file]").getAttribute("accept"), "image/*");
});

test("pasting text longer than max_plain_text_length attaches it as pasted_text.txt, as Gradio does", () => {
  const { field, values } = box({ max_plain_text_length: 10, file_count: "multiple" });
  const paste = (text) => {
    const e = new Event("paste", { cancelable: true });
    e.clipboardData = { getData: () => text, files: [] };
    field.dispatchEvent(e);
    return e;
  };
  assert.equal(paste("short").defaultPrevented, false);
  assert.equal(values.length, 0);
  assert.equal(paste("a long pasted paragraph").defaultPrevented, true);
  const [value, event] = values.at(-1);
  assert.equal(event, "upload");
  assert.equal(value.files[0].orig_name, "pasted_text.txt");
  assert.equal(value.files[0].mime_type, "text/plain");
});

test("the microphone records until pressed again, then attaches the audio and fires stop_recording", async () => {
  const tracks = [];
  globalThis.navigator = { mediaDevices: { getUserMedia: async () => ({ getTracks: () => [{ stop: () => tracks.push("stopped") }] }) } };
  globalThis.MediaRecorder = class {
    mimeType = "audio/webm;codecs=opus";
    state = "inactive";
    listeners = {};
    addEventListener(type, fn) { (this.listeners[type] ??= []).push(fn); }
    start() { this.state = "recording"; }
    stop() {
      this.state = "inactive";
      for (const fn of this.listeners.dataavailable ?? []) fn({ data: new Blob([new Uint8Array(8)], { type: "audio/webm" }) });
      for (const fn of this.listeners.stop ?? []) fn({});
    }
  };
  const { q, ctx, values } = box({ sources: ["microphone"] });
  const mic = q("[data-testid=microphone-button]");
  mic.click();
  assert.equal(mic.getAttribute("aria-pressed"), "true");
  await new Promise((r) => setTimeout(r, 0));
  mic.click();
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(mic.getAttribute("aria-pressed"), "false");
  assert.equal(emitted(ctx, "stop_recording").length, 1);
  const f = values.at(-1)[0].files[0];
  assert.match(f.orig_name, /^recording-\d+\.webm$/);
  assert.equal(f.mime_type, "audio/webm;codecs=opus");
  assert.deepEqual(tracks, ["stopped"]);
  delete globalThis.MediaRecorder;
});

test("a refused microphone shows an error toast naming the component and the cause", async () => {
  globalThis.navigator = { mediaDevices: { getUserMedia: async () => { throw Object.assign(new Error("nope"), { name: "NotAllowedError" }); } } };
  globalThis.MediaRecorder = class {};
  const { q, ctx } = box({ sources: ["microphone"] });
  q("[data-testid=microphone-button]").click();
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(ctx.calls.find((c) => c[0] === "toast")[1], { level: "error", title: "Error", message: "MultimodalTextbox: microphone permission denied" });
  assert.equal(q("[data-testid=microphone-button]").getAttribute("aria-pressed"), "false");
  delete globalThis.MediaRecorder;
});

test("not interactive, the textarea and buttons are disabled and drops are ignored", () => {
  const { q, field, values } = box({ interactive: false });
  assert.equal(field.disabled, true);
  assert.equal(q(".submit-button").disabled, true);
  drop(q(".full-container"), [file("a.png", "image/png")]);
  assert.equal(values.length, 0);
});

test("focus, blur and a selection fire Gradio's events", () => {
  const { field, ctx } = box();
  field.value = "hello world";
  field.dispatchEvent(new Event("focus"));
  field.selectionStart = 6;
  field.selectionEnd = 11;
  field.dispatchEvent(new Event("select"));
  field.dispatchEvent(new Event("blur"));
  assert.deepEqual(ctx.calls.filter((c) => c[0] === "emit"), [["emit", "focus", null], ["emit", "select", { value: "world", index: [6, 11] }], ["emit", "blur", null]]);
});

test("a page function receives the text and each file's URL; files outside file_types are refused", () => {
  const value = { text: "hi", files: [{ path: "blob:x/1", url: "blob:x/1", orig_name: "cat.png", mime_type: "image/png" }] };
  assert.deepEqual(mmtb.edge.argument(value, {}), { text: "hi", files: ["blob:x/1"] });
  assert.deepEqual(mmtb.edge.argument(null, {}), { text: "", files: [] });
  assert.throws(() => mmtb.edge.argument(value, { file_types: [".pdf"] }), /Invalid file type: image\/png/);
});

test("a function may return a string, {text, files} with URLs or FileData, or null; other shapes fail naming the component", () => {
  const app = { files: new FileStore() };
  assert.deepEqual(mmtb.edge.output("hey", {}, app), { text: "hey", files: [] });
  assert.deepEqual(mmtb.edge.output(null, {}, app), { text: "", files: [] });
  const out = mmtb.edge.output({ files: ["https://x.test/a/cat.png"] }, {}, app);
  assert.equal(out.text, "");
  assert.deepEqual([out.files[0].url, out.files[0].orig_name, out.files[0].mime_type], ["https://x.test/a/cat.png", "cat.png", "image/png"]);
  assert.deepEqual(mmtb.edge.output({ __type__: "update", value: null, interactive: false }, {}, app), { __type__: "update", value: { text: "", files: [] }, interactive: false });
  assert.throws(() => mmtb.edge.output(42, {}, app), /MultimodalTextbox expects a string or \{text, files\}/);
  assert.throws(() => mmtb.edge.output({ text: 5 }, {}, app), /"text" to be a string/);
});

test("the textarea grows with its text up to max_lines; accept follows file_types", () => {
  assert.equal(h.rowsFor("a", { lines: 1 }), 1);
  assert.equal(h.rowsFor("a\nb\nc", { lines: 1 }), 2, "max_lines unset: lines + 1");
  assert.equal(h.rowsFor("a\nb\nc\nd\ne", { lines: 1, max_lines: 4 }), 4);
  assert.equal(h.acceptAttr(["image", ".pdf", "audio/wav"]), "image/*,.pdf,audio/wav");
  assert.equal(h.acceptAttr(["file"]), "");
});
