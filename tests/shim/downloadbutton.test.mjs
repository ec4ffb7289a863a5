// gr.DownloadButton in the page: the label as text, disabled with no file, click fired before
// the download under orig_name, and what a function may return for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { FileStore } from "../../js-shim/file-store.js";

installDom();
const { default: downloadButton } = await import("../../js-shim/components/downloadbutton/index.js");

const report = { path: "blob:r", url: "blob:r", orig_name: "report.txt", size: 4, meta: { _type: "gradio.FileData" } };

// Records each temporary <a download> the button clicks, and when (after which ctx call).
function watchDownloads(ctx) {
  const seen = [];
  const onClick = (e) => {
    const a = e.target;
    if (a.tagName !== "A") return;
    e.preventDefault();
    seen.push({ href: a.getAttribute("href"), download: a.getAttribute("download"), after: ctx.calls.length });
  };
  document.addEventListener("click", onClick);
  return { seen, stop: () => document.removeEventListener("click", onClick) };
}

test("the button's text is the label (default 'Download'), large and secondary", () => {
  const { el } = mountButton({ value: report });
  assert.equal(el.tagName, "BUTTON");
  assert.equal(el.textContent, "Download");
  for (const c of ["graft-button", "lg", "secondary"]) assert.ok(el.classList.contains(c), c);
  assert.equal(mountButton({ label: "Get it", value: report }).el.textContent, "Get it");
});

test("a click fires click first, then downloads the file under its original name", () => {
  const { el, ctx } = mountButton({ value: report });
  const watch = watchDownloads(ctx);
  el.click();
  watch.stop();
  assert.deepEqual(ctx.calls, [["emit", "click", null]]);
  assert.deepEqual(watch.seen, [{ href: "blob:r", download: "report.txt", after: 1 }]);
  assert.equal(document.querySelectorAll("a[download]").length, 0, "the temporary link is removed");
});

test("a file without orig_name downloads under its URL's last segment", () => {
  const { el, ctx } = mountButton({ value: { url: "https://x.test/files/data.csv?token=1" } });
  const watch = watchDownloads(ctx);
  el.click();
  watch.stop();
  assert.equal(watch.seen[0].download, "data.csv");
});

test("an empty value is a disabled button, enabled when a function sets a file", () => {
  const { el, ctx, patch } = mountButton({ value: null });
  assert.equal(el.disabled, true);
  patch({ value: report });
  assert.equal(el.disabled, false);
  patch({ interactive: false });
  assert.equal(el.disabled, true);
  assert.deepEqual(ctx.calls, []);
});

test("a function may return bytes with a name, a URL or a FileData; a list is refused by name", () => {
  const app = { files: new FileStore() };
  const out = downloadButton.edge.output({ data: new TextEncoder().encode("a,b\n"), name: "t.csv" }, {}, app);
  assert.equal(out.orig_name, "t.csv");
  assert.equal(out.size, 4);
  assert.equal(downloadButton.edge.output("https://x.test/z.zip", {}, app).orig_name, "z.zip");
  assert.equal(downloadButton.edge.output(report, {}, app).orig_name, "report.txt");
  assert.throws(() => downloadButton.edge.output(["a", "b"], {}, app), /DownloadButton expects one file/);
  assert.throws(() => downloadButton.edge.output(7, {}, app), /DownloadButton expects a path or URL string/);
  const update = downloadButton.edge.output({ __type__: "update", label: "Download t.csv", value: "https://x.test/t.csv" }, {}, app);
  assert.equal(update.value.orig_name, "t.csv");
  assert.equal(update.label, "Download t.csv");
});

test("a page function receives the file's URL", () => {
  assert.equal(downloadButton.edge.argument(report, {}, { files: new FileStore() }), "blob:r");
  assert.equal(downloadButton.edge.argument(null, {}, { files: new FileStore() }), null);
});

function mountButton(props) {
  return mount(downloadButton, props);
}
