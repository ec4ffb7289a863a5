// gr.SimpleImage in the page: the upload area, image, Remove Image, Download and Empty as
// Gradio draws them, the upload/clear events, Gradio's refusal of a non-image, and the edge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";
import { uploadRefusal, srcOf, toArgument, toOutput } from "../../js-shim/components/simpleimage/helpers.js";

installDom();
const { default: simpleImage } = await import("../../js-shim/components/simpleimage/index.js");

const png = (name = "cat.png", type = "image/png") => new File([new Uint8Array(8)], name, { type });
const fd = (url, name = "cat.png") => ({ path: url, url, orig_name: name, meta: { _type: "gradio.FileData" } });

function mountImage(props) {
  const m = mount(simpleImage, props);
  m.ctx.files = new FileStore();
  return m;
}

function pick(el, file) {
  const input = el.querySelector('input[type="file"]');
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  input.dispatchEvent(new Event("change"));
}

const visible = (el) => el && !el.hidden;

test("an empty interactive SimpleImage shows the upload area for images and no buttons", () => {
  const { el } = mountImage({ value: null });
  const area = el.querySelector('button[aria-label^="Click to upload or drop files"]');
  assert.ok(visible(area));
  assert.equal(area.querySelector("input").getAttribute("accept"), "image/*");
  assert.match(area.textContent, /Drop Image Here.*- or -.*Click to Upload/);
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Image");
  assert.ok(el.querySelector('[data-testid="image"]'));
  assert.ok(!visible(el.querySelector('[aria-label="Remove Image"]')));
  assert.ok(!visible(el.querySelector('.empty[aria-label="Empty value"]')));
  assert.ok(el.classList.contains("empty-value"));
});

test("picking an image keeps it in the page, draws it and fires upload; Remove Image fires clear", () => {
  const { el, ctx } = mountImage({ value: null, label: "Photo" });
  pick(el, png());
  const [[, value, event]] = ctx.calls;
  assert.equal(event, "upload");
  assert.match(value.url, /^blob:/);
  assert.equal(value.orig_name, "cat.png");
  assert.equal(el.querySelector("img").getAttribute("src"), value.url);
  assert.ok(!visible(el.querySelector(".upload-area")));
  el.querySelector('[aria-label="Remove Image"]').click();
  assert.deepEqual(ctx.calls[1], ["setValue", null, "clear"]);
  assert.ok(visible(el.querySelector(".upload-area")));
  assert.ok(!visible(el.querySelector("img")));
});

test("a file that is not an image is refused with Gradio's message and the value is kept", () => {
  const { el, ctx } = mountImage({ value: null });
  pick(el, new File(["hi"], "notes.txt", { type: "text/plain" }));
  assert.deepEqual(ctx.calls.map((c) => c[0]), ["toast"]);
  assert.equal(ctx.calls[0][1].message, "Invalid file type: notes.txt. Only image/* allowed.");
  assert.equal(uploadRefusal(png("big.png"), 4), "File big.png exceeds the maximum allowed size of 4 B.");
  assert.equal(uploadRefusal(png(), null), null);
});

test("a static SimpleImage shows the image with a Download link, or Empty", () => {
  const { el, patch } = mountImage({ value: fd("https://x.test/a/cat.png"), interactive: false, label: "Out" });
  const link = el.querySelector('a[aria-label="Download"]');
  assert.ok(visible(link));
  assert.equal(link.getAttribute("download"), "cat.png");
  assert.ok(!visible(el.querySelector(".upload-area")));
  assert.ok(!visible(el.querySelector('[aria-label="Remove Image"]')));
  patch({ show_download_button: false });
  assert.ok(!visible(link));
  patch({ value: null });
  assert.ok(visible(el.querySelector('.empty[aria-label="Empty value"]')));
  assert.ok(!visible(el.querySelector("img")));
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Out");
});

test("a function receives the image's URL and may return a path, URL or FileData", () => {
  const files = new FileStore();
  assert.equal(toArgument(null), null);
  assert.equal(toArgument(fd("blob:x")), "blob:x");
  assert.equal(srcOf("https://x.test/b.png"), "https://x.test/b.png");
  assert.equal(toOutput(null, files), null);
  const out = toOutput("https://x.test/dir/b.png", files);
  assert.equal(out.url, "https://x.test/dir/b.png");
  assert.equal(out.orig_name, "b.png");
  assert.equal(toOutput(fd("blob:y", "y.png"), files).orig_name, "y.png");
  const update = toOutput({ __type__: "update", value: "c.png", label: "C" }, files);
  assert.equal(update.value.path, "c.png");
  assert.equal(update.label, "C");
});

test("a wrong return throws naming SimpleImage and what came", () => {
  const files = new FileStore();
  assert.throws(() => toOutput(42, files), /^Error: SimpleImage expects a path or URL string, or a FileData .*; got number 42$/);
  assert.throws(() => toOutput(["a.png"], files), /SimpleImage expects .*; got a list of 1/);
  assert.throws(() => toOutput({ name: "a" }, files), /SimpleImage expects .*; got \{"name":"a"\}/);
  assert.throws(() => toOutput("", files), /got ""/);
});
