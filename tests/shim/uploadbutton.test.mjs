// gr.UploadButton in the page: Gradio's hidden input and test id, the button's look and name,
// click then the picker, uploads as FileData (one or a list), refused types naming the file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";

installDom();
const { default: uploadButton } = await import("../../js-shim/components/uploadbutton/index.js");

const txt = (name, size = 3, type = "text/plain") => new File([new Uint8Array(size)], name, { type });

function mountButton(props, app = { maxFileSize: null }) {
  const m = mount(uploadButton, props);
  m.ctx.files = new FileStore();
  m.ctx.app = app;
  m.ctx.setValue = (value, event = null, data = null) => {
    m.ctx.calls.push(["setValue", value, event, data]);
    m.ctx.setProps({ value });
  };
  return m;
}

function pick(input, files) {
  Object.defineProperty(input, "files", { value: files, configurable: true });
  input.dispatchEvent(new Event("change"));
}

test("the hidden input comes before a button named by the label, with Gradio's test id", () => {
  const { el } = mountButton({ label: "Upload a file", variant: "primary", size: "sm" });
  const [input, button] = el.children;
  assert.equal(input.tagName, "INPUT");
  assert.equal(input.type, "file");
  assert.equal(input.className, "hide");
  assert.equal(input.dataset.testid, "Upload a file-upload-button");
  assert.equal(button.tagName, "BUTTON");
  assert.equal(button.textContent, "Upload a file");
  for (const c of ["graft-button", "sm", "primary"]) assert.ok(button.classList.contains(c), c);
});

test("an unlabelled UploadButton reads 'Upload a File', large and secondary", () => {
  const { el } = mountButton({});
  assert.equal(el.querySelector("button").textContent, "Upload a File");
  assert.equal(el.querySelector("input").dataset.testid, "Upload a File-upload-button");
  assert.ok(el.querySelector("button").classList.contains("lg"));
  assert.ok(el.querySelector("button").classList.contains("secondary"));
});

test("clicking fires click, then opens the file picker", () => {
  const { el, ctx } = mountButton({ label: "Up" });
  const input = el.querySelector("input");
  const order = [];
  input.addEventListener("click", () => order.push(["picker", ctx.calls.length]));
  el.querySelector("button").click();
  assert.deepEqual(ctx.calls, [["emit", "click", null]]);
  assert.deepEqual(order, [["picker", 1]]);
});

test("choosing a file fires upload with its FileData; multiple gives a list", () => {
  const one = mountButton({ label: "Up" });
  pick(one.el.querySelector("input"), [txt("a.txt"), txt("b.txt")]);
  const [kind, value, event, data] = one.ctx.calls[0];
  assert.deepEqual([kind, event], ["setValue", "upload"]);
  assert.equal(value.orig_name, "a.txt");
  assert.deepEqual(data, value);
  const many = mountButton({ label: "Up", file_count: "multiple" });
  pick(many.el.querySelector("input"), [txt("a.txt"), txt("b.txt")]);
  assert.deepEqual(many.ctx.calls[0][1].map((f) => f.orig_name), ["a.txt", "b.txt"]);
});

test("file_count and file_types set multiple, webkitdirectory and accept on the input", () => {
  const input = mountButton({ file_count: "directory", file_types: ["image", ".csv"] }).el.querySelector("input");
  assert.equal(input.hasAttribute("webkitdirectory"), true);
  assert.equal(input.getAttribute("accept"), "image/*, .csv");
  assert.equal(mountButton({ file_count: "multiple" }).el.querySelector("input").hasAttribute("multiple"), true);
});

test("a file of the wrong type shows Gradio's 'Invalid file type only … allowed.' toast and uploads nothing", () => {
  const { el, ctx } = mountButton({ file_types: [".txt"] });
  pick(el.querySelector("input"), [txt("photo.png", 3, "image/png")]);
  assert.deepEqual(ctx.calls, [["toast", { level: "error", title: "Error", message: "Invalid file type only .txt allowed. photo.png was not uploaded." }]]);
});

test("a file over max_file_size is refused with the size message", () => {
  const { el, ctx } = mountButton({}, { maxFileSize: 10 });
  pick(el.querySelector("input"), [txt("big.txt", 11)]);
  assert.match(ctx.calls[0][1].message, /^File big\.txt exceeds the maximum allowed size of 10 B\.$/);
});

test("interactive false disables the button; icon comes first, named after the label", () => {
  const { el, patch } = mountButton({ label: "Up", icon: { url: "https://x.test/i.png" } });
  const img = el.querySelector("button img");
  assert.equal(img.getAttribute("alt"), "Up icon");
  assert.equal(el.querySelector("button").disabled, false);
  patch({ interactive: false });
  assert.equal(el.querySelector("button").disabled, true);
  patch({ label: "Again" });
  assert.equal(el.querySelector("input").dataset.testid, "Again-upload-button");
});

test("elem_id, elem_classes and scale go on the button; visible hidden hides it", () => {
  const { el, patch } = mountButton({ elem_id: "up", elem_classes: ["x"], scale: 0 });
  const button = el.querySelector("button");
  assert.equal(button.id, "up");
  assert.ok(button.classList.contains("x") && button.classList.contains("fit"));
  patch({ visible: "hidden", variant: "stop" });
  assert.ok(el.classList.contains("hidden"));
  assert.ok(button.classList.contains("stop") && !button.classList.contains("secondary"));
});

test("the edge hands a page function the URL and takes a returned file", () => {
  const app = { files: new FileStore() };
  const fd = app.files.add(txt("n.txt"));
  assert.equal(uploadButton.edge.argument(fd, {}, app), fd.url);
  assert.equal(uploadButton.edge.output(fd.url, {}, app).orig_name, "n.txt");
  assert.throws(() => uploadButton.edge.output(3, {}, app), /UploadButton expects/);
});
