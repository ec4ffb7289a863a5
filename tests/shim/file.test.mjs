// gr.File in the page: Gradio's upload area, file list and names, the events with their
// EventData, upload checks naming the file, and the function edge by `type`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";
import {
  acceptOf, splitName, sizeText, downloadName, chooseFiles, joinUpload, removeAt, toArgument, toOutput, buttonRefusal, fileRefusal,
} from "../../js-shim/components/file/helpers.js";

installDom();
const { default: fileComponent } = await import("../../js-shim/components/file/index.js");

const txt = (name, size = 3, type = "text/plain") => new File([new Uint8Array(size).fill(65)], name, { type });

// mount() with the app's file store and a setValue that records its EventData too.
function mountFile(props, app = { maxFileSize: null }) {
  const m = mount(fileComponent, props);
  m.ctx.files = new FileStore();
  m.ctx.app = app;
  m.ctx.setValue = (value, event = null, data = null) => {
    m.ctx.calls.push(["setValue", value, event, data]);
    m.ctx.setProps({ value });
  };
  return m;
}

function pick(el, files) {
  const input = el.querySelector('input[type="file"]');
  Object.defineProperty(input, "files", { value: files, configurable: true });
  input.dispatchEvent(new Event("change"));
}

function drop(target, files) {
  const e = new Event("drop", { bubbles: true, cancelable: true });
  e.dataTransfer = { files };
  target.dispatchEvent(e);
  return e;
}

const rows = (el) => [...el.querySelectorAll("table.file-preview tr.file")];

test("an empty interactive File shows Gradio's upload area holding the hidden file input", () => {
  const { el } = mountFile({ value: null });
  const area = el.querySelector('button[aria-label^="Click to upload or drop files"]');
  assert.ok(area && !area.hidden);
  const input = area.querySelector('input[type="file"][data-testid="file-upload"]');
  assert.equal(input.getAttribute("aria-label"), "File upload");
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "File");
  assert.match(area.textContent, /Drop File Here.*- or -.*Click to Upload/);
});

test("a static empty File shows Empty and no upload area", () => {
  const { el } = mountFile({ value: null, interactive: false, label: "Report" });
  assert.ok(!el.querySelector('.empty[aria-label="Empty value"]').hidden);
  assert.equal(el.querySelector('input[type="file"]'), null);
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Report");
});

test("picking a file makes it the value and fires upload with that FileData", () => {
  const { el, ctx } = mountFile({ value: null });
  pick(el, [txt("notes.txt", 12345)]);
  const [[kind, value, event, data]] = ctx.calls;
  assert.equal(kind, "setValue");
  assert.equal(event, "upload");
  assert.equal(value.orig_name, "notes.txt");
  assert.match(value.url, /^blob:/);
  assert.deepEqual(data, value);
  assert.equal(ctx.files.size, 1);
  const [row] = rows(el);
  assert.equal(row.querySelector("td.filename").getAttribute("aria-label"), "notes.txt");
  assert.equal(row.querySelector(".stem").textContent, "notes");
  assert.equal(row.querySelector(".ext").textContent, ".txt");
  const link = row.querySelector("td.download a");
  assert.equal(link.getAttribute("download"), "notes.txt");
  assert.equal(link.getAttribute("href"), value.url);
  assert.equal(link.textContent, "12.3 kB\u00a0\u21e3");
  assert.equal(row.querySelector('button[aria-label="Remove this file"]'), null);
  assert.ok(el.querySelector('button[aria-label^="Click to upload or drop files"]').hidden);
});

test("a single File keeps only the first of several picked files", () => {
  const { el, ctx } = mountFile({ value: null });
  pick(el, [txt("a.txt"), txt("b.txt")]);
  assert.equal(ctx.calls[0][1].orig_name, "a.txt");
  assert.equal(Array.isArray(ctx.calls[0][1]), false);
});

test("dropping files on the upload area uploads them as a list when file_count is multiple", () => {
  const { el, ctx } = mountFile({ value: null, file_count: "multiple" });
  const e = drop(el.querySelector(".upload-area"), [txt("a.txt"), txt("b.md")]);
  assert.equal(e.defaultPrevented, true);
  const value = ctx.calls[0][1];
  assert.deepEqual(value.map((f) => f.orig_name), ["a.txt", "b.md"]);
  assert.equal(ctx.calls[0][2], "upload");
  assert.equal(rows(el).length, 2);
  assert.equal(el.querySelectorAll('button[aria-label="Remove this file"]').length, 2);
});

test("uploading more files to a list appends them, and the picker stays in the toolbar's Upload button", () => {
  const { el, ctx } = mountFile({ value: null, file_count: "multiple" });
  pick(el, [txt("a.txt")]);
  const upload = el.querySelector('button.icon-button[aria-label="Upload"]');
  assert.ok(!upload.hidden && upload.querySelector('input[data-testid="file-upload"]'));
  pick(el, [txt("b.txt")]);
  assert.deepEqual(ctx.calls[1][1].map((f) => f.orig_name), ["a.txt", "b.txt"]);
});

test("a directory File sets webkitdirectory on the input; multiple sets multiple", () => {
  assert.equal(mountFile({ file_count: "directory" }).el.querySelector("input").hasAttribute("webkitdirectory"), true);
  const input = mountFile({ file_count: "multiple" }).el.querySelector("input");
  assert.equal(input.hasAttribute("multiple"), true);
  assert.equal(input.hasAttribute("webkitdirectory"), false);
});

test("file_types become the input's accept attribute, as Gradio's Upload writes it", () => {
  const { el } = mountFile({ file_types: [".pdf", "image", "text/csv", "file"] });
  assert.equal(el.querySelector("input").getAttribute("accept"), ".pdf, image/*, text/csv");
});

test("a file of a refused type shows an error toast naming it and keeps the previous value", () => {
  const { el, ctx } = mountFile({ value: null, file_types: [".txt"], file_count: "multiple" });
  pick(el, [txt("keep.txt")]);
  drop(el.querySelector('button[aria-label="Upload"]'), [txt("ok.txt"), txt("photo.png", 3, "image/png")]);
  assert.equal(ctx.calls.length, 2);
  const [kind, toast] = ctx.calls[1];
  assert.equal(kind, "toast");
  assert.equal(toast.level, "error");
  assert.match(toast.message, /photo\.png/);
  assert.deepEqual(ctx.props().value.map((f) => f.orig_name), ["keep.txt"]);
  assert.equal(rows(el).length, 1);
});

test("a file over the app's max_file_size is refused with Gradio's message", () => {
  const { el, ctx } = mountFile({ value: null }, { maxFileSize: "1kb" });
  pick(el, [txt("big.bin", 2000)]);
  assert.deepEqual(ctx.calls, [["toast", { level: "error", title: "Error", message: "File big.bin exceeds the maximum allowed size of 1.0 kB." }]]);
});

test("Clear empties the File and fires clear", () => {
  const { el, ctx } = mountFile({ value: null });
  pick(el, [txt("a.txt")]);
  el.querySelector('button[aria-label="Clear"]').click();
  assert.deepEqual(ctx.calls[1], ["setValue", null, "clear", null]);
  assert.equal(rows(el).length, 0);
  assert.ok(!el.querySelector(".upload-area").hidden);
});

test("removing one file of a list fires delete with the removed FileData and its index", () => {
  const { el, ctx } = mountFile({ value: null, file_count: "multiple" });
  pick(el, [txt("a.txt"), txt("b.txt"), txt("c.txt")]);
  const b = ctx.calls[0][1][1];
  rows(el)[1].querySelector('button[aria-label="Remove this file"]').click();
  const [, value, event, data] = ctx.calls[1];
  assert.equal(event, "delete");
  assert.deepEqual(value.map((f) => f.orig_name), ["a.txt", "c.txt"]);
  assert.deepEqual(data, { file: b, index: 1 });
  assert.equal(rows(el).length, 2);
});

test("clicking a download link fires download with the file; clicking its name fires select", () => {
  const files = [
    { path: "https://x.test/a.csv", url: "https://x.test/a.csv", orig_name: "a.csv", size: 10, meta: { _type: "gradio.FileData" } },
    { path: "https://x.test/b.csv", url: "https://x.test/b.csv", orig_name: "b.csv", size: null, meta: { _type: "gradio.FileData" } },
  ];
  const { el, ctx } = mountFile({ value: files, interactive: false });
  const [, second] = rows(el);
  assert.equal(second.querySelector("td.download a").textContent, "(size unknown)\u00a0\u21e3");
  second.querySelector("td.download a").addEventListener("click", (e) => e.preventDefault());
  second.querySelector("td.download a").click();
  second.querySelector("td.filename .stem").click();
  assert.deepEqual(ctx.calls, [["emit", "download", { file: files[1], index: 1 }], ["emit", "select", { index: 1, value: "b.csv" }]]);
  assert.equal(el.querySelector('button[aria-label="Remove this file"]'), null, "a static list removes nothing");
});

test("a value set by a function is drawn without firing events", () => {
  const { el, ctx, patch } = mountFile({ value: null });
  patch({ value: { path: "https://x.test/r.pdf", url: "https://x.test/r.pdf", orig_name: "r.pdf", size: 1 } });
  assert.equal(rows(el).length, 1);
  patch({ value: null });
  assert.equal(rows(el).length, 0);
  assert.deepEqual(ctx.calls, []);
});

test("height is the empty File's height and the list's maximum height", () => {
  const { el, patch } = mountFile({ value: null, height: 200 });
  assert.equal(el.style.height, "200px");
  patch({ value: { path: "u", url: "u", orig_name: "u.txt", size: 1 } });
  assert.equal(el.style.height, "");
  assert.equal(el.querySelector(".file-preview-holder").style.maxHeight, "200px");
});

test("helpers: names split at the last dot, sizes as Gradio shows them, downloads named by orig_name", () => {
  assert.deepEqual(splitName("brain.nii.gz"), ["brain.nii", ".gz"]);
  assert.deepEqual(splitName("README"), ["README", ""]);
  assert.deepEqual(splitName(".bashrc"), [".bashrc", ""]);
  assert.equal(sizeText({ size: 999 }), "999 B\u00a0\u21e3");
  assert.equal(downloadName({ url: "https://x.test/dir/data.csv?x=1" }), "data.csv");
  assert.equal(downloadName({ url: "blob:x", orig_name: "r.txt" }), "r.txt");
  assert.equal(acceptOf(null), "");
});

test("helpers: an upload joins the value as Gradio's FileUpload does; removal leaves the rest", () => {
  const a = { url: "a" }, b = { url: "b" }, c = { url: "c" };
  assert.deepEqual(joinUpload(null, [a], {}), a);
  assert.deepEqual(joinUpload(null, [a, b], { file_count: "multiple" }), [a, b]);
  assert.deepEqual(joinUpload([a], [b, c], { file_count: "multiple" }), [a, b, c]);
  assert.deepEqual(removeAt([a, b, c], 0), { value: [b, c], data: { file: a, index: 0 } });
  assert.deepEqual(chooseFiles([txt("x.txt"), txt("y.txt")], {}, null).files.map((f) => f.name), ["x.txt"]);
  assert.equal(fileRefusal(txt("x.exe"), { file_types: [".txt"] }, null), "Invalid file type: x.exe. Only .txt allowed.");
  assert.equal(buttonRefusal(txt("x.exe"), { file_types: [".txt", "image"] }, null), "Invalid file type only .txt, image allowed. x.exe was not uploaded.");
});

test("a page function receives the URL for filepath and a list of URLs when multiple", () => {
  const one = { path: "blob:a", url: "blob:a", orig_name: "a.txt" };
  const two = { path: "blob:b", url: "blob:b", orig_name: "b.txt" };
  const app = { files: new FileStore() };
  assert.equal(toArgument(one, {}, app), "blob:a");
  assert.deepEqual(toArgument([one, two], { file_count: "multiple" }, app), ["blob:a", "blob:b"]);
  assert.deepEqual(toArgument(one, { file_count: "multiple" }, app), ["blob:a"]);
  assert.equal(toArgument(null, {}, app), null);
});

test("type binary hands a page function the file's bytes (a list for multiple)", async () => {
  const app = { files: new FileStore() };
  const a = app.files.add(new File([new Uint8Array([1, 2, 3])], "a.bin"));
  const b = app.files.add(new File([new Uint8Array([9])], "b.bin"));
  const bytes = await toArgument(a, { type: "binary" }, app);
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual([...bytes], [1, 2, 3]);
  const list = await toArgument([a, b], { type: "binary", file_count: "multiple" }, app);
  assert.deepEqual(list.map((x) => [...x]), [[1, 2, 3], [9]]);
});

test("a function may return a URL, bytes with a name, a Blob, a FileData or a list of them", () => {
  const app = { files: new FileStore() };
  assert.equal(toOutput("https://x.test/a/report.pdf", {}, app).orig_name, "report.pdf");
  const bytes = toOutput({ data: new TextEncoder().encode("hi"), name: "hi.txt" }, {}, app);
  assert.equal(bytes.orig_name, "hi.txt");
  assert.equal(bytes.size, 2);
  assert.match(bytes.url, /^blob:/);
  assert.equal(toOutput(new File(["x"], "f.txt"), {}, app).orig_name, "f.txt");
  assert.deepEqual(toOutput(["https://x.test/1.txt", "https://x.test/2.txt"], { file_count: "multiple" }, app).map((f) => f.orig_name), ["1.txt", "2.txt"]);
  assert.equal(toOutput({ url: "https://x.test/u.bin", orig_name: "u.bin" }, {}, app).path, "https://x.test/u.bin");
  assert.equal(toOutput(null, {}, app), null);
  const update = toOutput({ __type__: "update", visible: true, value: "https://x.test/v.txt" }, {}, app);
  assert.equal(update.value.orig_name, "v.txt");
  assert.equal(update.visible, true);
});

test("a returned URL the page handed to a function keeps its file's original name", () => {
  const app = { files: new FileStore() };
  const held = app.files.add(new File(["abc"], "notes.txt"));
  const url = toArgument(held, {}, app);
  assert.equal(toOutput(url, {}, app).orig_name, "notes.txt");
});

test("a wrong value from a function is an error naming File and what it expects", () => {
  const app = { files: new FileStore() };
  assert.throws(() => toOutput(42, {}, app), /^Error: File expects a path or URL string, bytes with a name .*; got 42$/);
  assert.throws(() => toOutput({ name: "x" }, {}, app), /File expects .*got \{"name":"x"\}/);
  assert.throws(() => toOutput(["ok.txt", 5], { file_count: "multiple" }, app), /File expects .*got 5/);
  assert.throws(() => toOutput(["a", "b"], {}, app, { kind: "DownloadButton", list: false }), /DownloadButton expects one file/);
});

test("a single File takes one returned file; a multiple File takes a list and wraps one file", () => {
  const app = { files: new FileStore() };
  assert.throws(() => fileComponent.edge.output(["https://x.test/1.txt"], { file_count: "single" }, app), /File expects one file \(file_count is "single"\)/);
  const wrapped = fileComponent.edge.output("https://x.test/1.txt", { file_count: "multiple" }, app);
  assert.deepEqual(wrapped.map((f) => f.orig_name), ["1.txt"]);
});
