// gr.MultimodalTextbox as Gradio's MultimodalTextbox.svelte draws it: a "Multimedia input field"
// group > BlockTitle > file thumbnails ("File thumbnail", "Remove file") > "Upload a file" >
// textarea[data-testid=textbox] > "Record audio" > "Submit"/"Stop". Files come from the
// button, a drop, a paste (and long pasted text becomes a .txt file, as in Gradio) or the
// microphone; each is checked against file_types and max_file_size and kept in the app's
// file store. Edits set the value {text, files}; submit, stop, focus, blur, select are events.
import { applyBlock, block, blockTitle, updateTitle } from "../atoms/block.js";
import * as h from "./helpers.js";
import { startRecording } from "./recorder.js";
import { svgIcon } from "./icons.js";
import { addFiles, button, commit, drawFiles, tag } from "./files.js";
import { css } from "./style.js";

function create(props, ctx) {
  const el = block(props, { kind: "multimodaltextbox" });
  el.classList.add("multimodal-textbox");
  const group = tag("div", "full-container", { role: "group", "aria-label": "Multimedia input field" });
  const title = blockTitle(props, "MultimodalTextbox");
  const picker = tag("input", null, { type: "file", "aria-label": "File upload", "data-testid": "file-upload", hidden: "" });
  // Gradio's div.thumbnails holds the upload button and listitems with no list; here the items
  // sit in a role=list (named "Uploaded files") beside the button, so assistive tech gets a list.
  const thumbs = tag("div", "thumbnails", { "data-testid": "container_el" });
  const list = tag("div", "thumbnail-list", { role: "list", "aria-label": "Uploaded files" });
  thumbs.append(list);
  const upload = button("upload-button", "Upload a file", "paperclip", "upload-button");
  const field = tag("textarea", null, { "data-testid": "textbox" });
  // Gradio's textarea has no name; here the title names it (sr-only when show_label is false).
  field.setAttribute("aria-labelledby", (title.title.id ||= ctx.uid("title")));
  const textWrap = tag("div", "textarea-wrapper");
  textWrap.append(field);
  const mic = button("microphone-button", "Record audio", "microphone", "microphone-button");
  const discard = button("cancel-recording", "Discard recording", "close");
  const submit = button("submit-button", "Submit", null, "submit-button");
  const stop = button("stop-button", "Stop", null, "stop-button");
  const row = tag("div", "input-row");
  row.append(upload, textWrap, mic, discard, submit, stop);
  const wrapper = tag("div", "input-wrapper");
  wrapper.append(thumbs, row);
  const inputs = tag("div", "input-container");
  inputs.append(picker, wrapper);
  group.append(title.el, inputs);
  el.append(group);
  const view = { el, group, title, picker, thumbs, list, upload, field, mic, discard, submit, stop, row, wrapper, value: h.valueOf(props.value), recording: null };
  setRecording(view, null);

  const on = (target, type, fn) => target.addEventListener(type, fn, { signal: ctx.signal });
  on(field, "input", () => {
    field.setAttribute("rows", String(h.rowsFor(field.value, ctx.props())));
    commit(view, ctx, { text: field.value, files: view.value.files });
  });
  on(field, "keydown", (e) => {
    if (!h.submitsOn(ctx.props(), e)) return;
    e.preventDefault();
    submitNow(view, ctx);
  });
  on(field, "focus", () => ctx.emit("focus"));
  on(field, "blur", () => ctx.emit("blur"));
  on(field, "select", () => {
    const [start, end] = [field.selectionStart, field.selectionEnd];
    if (end > start) ctx.emit("select", { value: field.value.slice(start, end), index: [start, end] });
  });
  on(field, "paste", (e) => {
    const text = e.clipboardData?.getData("text") ?? "";
    const files = [...(e.clipboardData?.files ?? [])];
    if (h.pasteBecomesFile(text, ctx.props())) {
      e.preventDefault();
      addFiles(view, ctx, [new File([text], "pasted_text.txt", { type: "text/plain", lastModified: Date.now() })]);
    } else if (files.length) {
      e.preventDefault();
      addFiles(view, ctx, files);
    }
  });
  on(group, "dragenter", (e) => (e.preventDefault(), el.classList.add("dragging")));
  on(group, "dragover", (e) => e.preventDefault());
  on(group, "dragleave", (e) => !group.contains(e.relatedTarget) && el.classList.remove("dragging"));
  on(group, "drop", (e) => {
    e.preventDefault();
    el.classList.remove("dragging");
    addFiles(view, ctx, [...(e.dataTransfer?.files ?? [])]);
  });
  on(upload, "click", () => picker.click());
  on(picker, "change", () => {
    addFiles(view, ctx, [...(picker.files ?? [])]);
    picker.value = "";
  });
  on(mic, "click", () => (view.recording ? finishRecording(view, ctx) : record(view, ctx)));
  on(discard, "click", () => {
    view.recording?.then((r) => r?.cancel());
    setRecording(view, null);
    ctx.emit("clear");
  });
  on(submit, "click", () => submitNow(view, ctx));
  on(stop, "click", () => ctx.emit("stop"));
  ctx.signal.addEventListener("abort", () => view.recording?.then((r) => r?.cancel()), { once: true });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch, ctx) {
  applyBlock(view.el, props);
  updateTitle(view.title, props, "MultimodalTextbox");
  const { field, picker } = view;
  if ("value" in patch) {
    view.value = h.valueOf(props.value);
    if (field.value !== view.value.text) field.value = view.value.text;
  }
  const off = props.interactive === false;
  field.setAttribute("rows", String(h.rowsFor(field.value, props)));
  field.placeholder = props.placeholder ?? "";
  field.disabled = off;
  field.dir = props.rtl ? "rtl" : "ltr";
  field.style.textAlign = props.text_align ?? "";
  if (props.autofocus) field.autofocus = true;
  for (const [k, v] of Object.entries(props.html_attributes ?? {})) if (v != null && /^[a-z]+$/.test(k) && !k.startsWith("on")) field.setAttribute(k, String(v));
  const accept = h.acceptAttr(props.file_types);
  if (accept) picker.setAttribute("accept", accept);
  else picker.removeAttribute("accept");
  picker.toggleAttribute("multiple", h.fileCount(props) !== "single");
  picker.toggleAttribute("webkitdirectory", h.fileCount(props) === "directory");
  view.mic.hidden = !h.sourcesOf(props).includes("microphone");
  for (const [b, prop, icon] of [[view.submit, props.submit_btn ?? true, "submit"], [view.stop, props.stop_btn ?? false, "stop"]]) {
    b.hidden = !prop;
    b.classList.toggle("padded-button", typeof prop === "string");
    b.replaceChildren(typeof prop === "string" ? prop : svgIcon(icon));
  }
  for (const b of [view.upload, view.mic, view.submit, view.discard]) b.disabled = off;
  drawFiles(view, props, ctx);
}

async function submitNow(view, ctx) {
  if (view.recording) await finishRecording(view, ctx);
  ctx.emit("submit");
}

function setRecording(view, pending) {
  view.recording = pending;
  view.mic.classList.toggle("recording", Boolean(pending));
  view.mic.setAttribute("aria-pressed", String(Boolean(pending)));
  view.discard.hidden = !pending;
}

function record(view, ctx) {
  const pending = startRecording().catch((err) => {
    if (view.recording === pending) setRecording(view, null);
    ctx.toast({ level: "error", title: "Error", message: err.message });
    return null;
  });
  setRecording(view, pending);
}

// Ends the recording and attaches it as an audio file (Gradio: stop_recording, then the
// recorded audio joins the files).
async function finishRecording(view, ctx) {
  const pending = view.recording;
  setRecording(view, null);
  const recorder = await pending;
  const blob = await recorder?.stop();
  if (!blob || ctx.signal.aborted) return;
  ctx.emit("stop_recording");
  const file = new File([blob], h.recordingName(blob.type), { type: blob.type });
  const props = ctx.props();
  commit(view, ctx, h.withFiles(view.value, [ctx.files.add(file, file.name)], h.fileCount(props) === "single" ? "single" : "multiple"));
}

export default {
  receives: "{text: str, files: [str]}: the text and each attached file's URL (Gradio passes paths)",
  create,
  update,
  css,
  edge: {
    argument: (value, props) => h.argumentOf(value, props),
    output: (value, props, app) => {
      const fileOf = (f) => h.fileFromStore(app?.files, f);
      if (value && typeof value === "object" && value.__type__ === "update") return "value" in value ? { ...value, value: h.outputOf(value.value, fileOf) } : value;
      return h.outputOf(value, fileOf);
    },
  },
};
