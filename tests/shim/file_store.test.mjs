// Files kept in the page: FileData for uploads and returned files, only live files kept, and
// Gradio's upload checks (file_types, max_file_size) naming the file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FileStore, checkUpload } from "../../js-shim/file-store.js";
import { fileTypeAllowed, parseSize, formatSize } from "../../js-shim/file-checks.js";

const file = (name, size = 3, type = "") => new File([new Uint8Array(size)], name, { type });

test("an uploaded file becomes Gradio's FileData with a blob URL", () => {
  const store = new FileStore();
  const fd = store.add(file("notes.txt", 5, "text/plain"));
  assert.match(fd.url, /^blob:/);
  assert.deepEqual({ ...fd, url: 0, path: 0 }, { path: 0, url: 0, orig_name: "notes.txt", size: 5, mime_type: "text/plain", is_stream: false, meta: { _type: "gradio.FileData" } });
});

test("uploading and replacing 200 files keeps only the live ones", () => {
  const store = new FileStore();
  let value = null;
  for (let i = 0; i < 200; i++) {
    value = store.add(file(`f${i}.bin`));
    store.sweep([value, "text", { nested: [null] }]);
  }
  assert.equal(store.size, 1);
  assert.equal(store.holds(value), true);
  store.clear();
  assert.equal(store.size, 0);
});

test("a function may return a URL, bytes with a name, a Blob or a FileData", async () => {
  const store = new FileStore();
  assert.equal(store.fromReturn("https://x.test/a/report.pdf").orig_name, "report.pdf");
  const bytes = store.fromReturn({ data: new Uint8Array([1, 2, 3]), name: "three.bin" });
  assert.equal(bytes.size, 3);
  assert.deepEqual([...(await store.bytes(bytes))], [1, 2, 3]);
  assert.equal(store.fromReturn(file("b.txt")).orig_name, "b.txt");
  assert.throws(() => store.fromReturn({ nope: 1 }), /expected a file/);
});

test("file_types take extensions (even .nii.gz), MIME groups and exact types", () => {
  assert.equal(fileTypeAllowed(file("brain.nii.gz"), [".nii.gz"]), true);
  assert.equal(fileTypeAllowed(file("brain.gz"), [".nii.gz"]), false);
  assert.equal(fileTypeAllowed(file("a.png", 1, "image/png"), ["image"]), true);
  assert.equal(fileTypeAllowed(file("a.wav", 1, "audio/wav"), ["image", ".txt"]), false);
  assert.equal(fileTypeAllowed(file("a.csv", 1, "text/csv"), ["text/csv"]), true);
  assert.equal(fileTypeAllowed(file("x"), null), true);
});

test("a file of the wrong type or over max_file_size is refused, naming it", () => {
  assert.throws(() => checkUpload(file("a.exe"), { file_types: [".png", "image"] }), /Invalid file type: a\.exe\. Only \.png, image allowed\./);
  assert.throws(() => checkUpload(file("big.bin", 2000), { max_file_size: "1kb" }), /File big\.bin exceeds the maximum allowed size of 1\.0 kB/);
  assert.doesNotThrow(() => checkUpload(file("ok.png", 10, "image/png"), { file_types: ["image"], max_file_size: 100 }));
  assert.equal(parseSize("5 MB"), 5e6);
  assert.equal(formatSize(12300), "12.3 kB");
});
