// Node tests of the image pipeline in the wasm module: pixels out of imagePreprocess, and the
// bad files (zero-byte, corrupt, truncated, not an image, 30000×30000, oversize) each giving
// a JS Error with a clear message while the wasm heap stays below 64 MiB.
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const buildDir = process.env.GRAFT_WASM_DIR ?? path.join(__dirname, "../../build/wasm/wasm");
const createGraftModule = require(path.resolve(buildDir, "graft-node.cjs"));
const HEAP_BOUND = 64 * 1024 * 1024;
const { png } = require("../support/png.cjs");


let Module;
test.before(async () => {
  Module = await createGraftModule();
});

test("imagePreprocess returns the pixels of a PNG converted to the requested mode", () => {
  const rgb = Module.imagePreprocess(png(4, 3), "RGB", "a.png", true, -1, 0);
  assert.deepEqual([rgb.width, rgb.height, rgb.mode, rgb.channels], [4, 3, "RGB", 3]);
  assert.deepEqual([...rgb.pixels.subarray(3 * 5, 3 * 6)], [1, 1, 7]);
  const l = Module.imagePreprocess(png(4, 3), "L", "a.png", true, -1, 0);
  assert.equal(l.mode, "L");
  assert.equal(l.pixels.length, 12);
});

test("imageProbe reads format, size and mode from the header alone", () => {
  assert.deepEqual(Module.imageProbe(png(5, 2), -1, 0), { format: "PNG", width: 5, height: 2, mode: "RGB", orientation: 1 });
});

const bad = {
  "zero-byte": [Buffer.alloc(0), /empty \(0 bytes\)/],
  corrupt: [Buffer.concat([png(16, 16).subarray(0, 41), Buffer.alloc(300, 0x5a)]), /cannot decode PNG file/],
  truncated: [png(64, 64).subarray(0, 60), /PNG/],
  "not an image (wrong extension)": [Buffer.from("just some text, named photo.png"), /cannot identify image file/],
  "30000 x 30000": [png(2, 2, { claimW: 30000, claimH: 30000 }), /900000000 pixels\) exceeds the limit/],
};
for (const [name, [bytes, message]] of Object.entries(bad)) {
  test(`a ${name} file is a JS Error with a clear message, and the heap stays under 64 MiB`, () => {
    assert.throws(() => Module.imagePreprocess(bytes, "RGB", "photo.png", true, -1, 0),
      (err) => err instanceof Error && message.test(err.message));
    assert.ok(Module.HEAP8.buffer.byteLength < HEAP_BOUND, `heap ${Module.HEAP8.buffer.byteLength}`);
  });
}

test("a file over max_file_size is refused before decoding", () => {
  assert.throws(() => Module.imagePreprocess(png(32, 32), "RGB", "a.png", true, 100, 0),
    (err) => err instanceof Error && /over the max_file_size of 100 bytes/.test(err.message));
});

test("WebP is left to the browser in the wasm build, with an error that says so", () => {
  const riff = Buffer.from("RIFF\x1a\0\0\0WEBPVP8L\x0d\0\0\0\x2f\0\0\0\0\0\0\0\0\0\0\0\0", "latin1");
  assert.throws(() => Module.imagePreprocess(riff, "RGB", "a.webp", true, -1, 0),
    (err) => err instanceof Error && /WEBP/.test(err.message));
});

test("a 1000 x 1000 decode and repeated failures leave the heap below 64 MiB", () => {
  for (let i = 0; i < 3; i++) Module.imagePreprocess(png(1000, 1000), "L", "big.png", true, -1, 0);
  for (let i = 0; i < 20; i++) assert.throws(() => Module.imagePreprocess(png(2, 2, { claimW: 30000, claimH: 30000 }), "RGB", "", true, -1, 0));
  assert.ok(Module.HEAP8.buffer.byteLength < HEAP_BOUND, `heap ${Module.HEAP8.buffer.byteLength}`);
});

const bytesOf = (typed) => new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);

test("imageFromArray applies Gradio's float rule: rint(v * 255), negatives to 0", () => {
  const im = Module.imageFromArray(bytesOf(new Float32Array([0, 0.5, 1, -0.5, 0.25, 0.002])), [2, 3], "float32");
  assert.deepEqual([im.width, im.height, im.mode], [3, 2, "L"]);
  assert.deepEqual([...im.pixels], [0, 128, 255, 0, 64, 1]);
});

test("imageFromArray scales uint16 by its high byte once the array's max reaches 256", () => {
  const im = Module.imageFromArray(bytesOf(new Uint16Array([0, 256, 65535])), [1, 1, 3], "uint16");
  assert.equal(im.mode, "RGB");
  assert.deepEqual([...im.pixels], [0, 1, 255]);
});

test("imageFromArray refuses floats outside [-1, 1], bool arrays and unmappable shapes with clear Errors", () => {
  assert.throws(() => Module.imageFromArray(bytesOf(new Float64Array([2])), [1, 1], "float64"),
    (err) => err instanceof Error && /Images of type float must be between -1 and 1/.test(err.message));
  assert.throws(() => Module.imageFromArray(new Uint8Array([0, 1]), [1, 2], "bool"),
    (err) => err instanceof Error && /bool array/.test(err.message));
  assert.throws(() => Module.imageFromArray(new Uint8Array(5), [1, 1, 5], "uint8"),
    (err) => err instanceof Error && /Cannot handle this data type/.test(err.message));
});

test("GIF encoding is refused in the browser build with an Error that says so; PNG works", () => {
  const rgb = new Uint8Array([1, 2, 3, 4, 5, 6]);
  assert.throws(() => Module.imageEncode(rgb, 2, 1, "RGB", "gif", -1),
    (err) => err instanceof Error && /not available in the browser build/.test(err.message));
  const png = Module.imageEncode(rgb, 2, 1, "RGB", "png", -1);
  assert.deepEqual([...Module.imagePreprocess(png, "RGB", "a.png", true, -1, 0).pixels], [1, 2, 3, 4, 5, 6]);
});

test("imageInput follows gr.Image's type: pixels for numpy and pil, the original file for filepath when the mode matches", () => {
  const pil = Module.imageInput(png(4, 3), "L", "pil", "a.png", -1, 0);
  assert.equal(pil.originalFile, false);
  assert.deepEqual([pil.image.mode, pil.image.width, pil.image.height], ["L", 4, 3]);
  const same = Module.imageInput(png(4, 3), "RGB", "filepath", "a.png", -1, 0);
  assert.equal(same.originalFile, true);
  assert.equal(same.image, null);
  const converted = Module.imageInput(png(4, 3), "L", "filepath", "a.png", -1, 0);
  assert.deepEqual([converted.originalFile, converted.suffix, converted.image.mode], [false, "png", "L"]);
  assert.throws(() => Module.imageInput(png(4, 3), "RGB", "tensor", "a.png", -1, 0),
    (err) => err instanceof Error && /unknown type "tensor"/.test(err.message));
});

test("imageConvert turns any image into RGBA for the canvas, and checks what it is given", () => {
  const l = Module.imageInput(png(2, 1), "L", "numpy", "a.png", -1, 0).image;
  const rgba = Module.imageConvert(l, "RGBA");
  assert.equal(rgba.mode, "RGBA");
  assert.deepEqual([...rgba.pixels.subarray(0, 4)], [l.pixels[0], l.pixels[0], l.pixels[0], 255]);
  assert.throws(() => Module.imageConvert({ width: 2, height: 1, mode: "RGB", pixels: new Uint8Array(5) }, "RGBA"),
    (err) => err instanceof Error && /must be a Uint8Array of 6 bytes for RGB 2 x 1/.test(err.message));
  assert.throws(() => Module.imageConvert({ width: 2, height: 1, mode: "RGBX", pixels: new Uint8Array(8) }, "RGBA"),
    (err) => err instanceof Error && /Pillow mode name/.test(err.message));
});

test("imageConvert converts RGB to LAB and back through LittleCMS with Pillow's values, and quotes Pillow for the pairs it refuses", () => {
  const rgb = { width: 1, height: 1, mode: "RGB", pixels: new Uint8Array([10, 200, 30]) };
  const lab = Module.imageConvert(rgb, "LAB");
  assert.deepEqual([lab.mode, ...lab.pixels], ["LAB", 180, 191, 63]);  // as Pillow 9.4's ImageCms gives it
  assert.deepEqual([...Module.imageConvert(lab, "RGB").pixels], [19, 200, 31]);
  assert.throws(() => Module.imageConvert(lab, "L"), (err) => err instanceof Error && /conversion from LAB to RGB not supported/.test(err.message));
});

// Pillow writes JPEGs of every kind it can (4:2:0, 4:2:2, 4:4:4, progressive, grayscale, CMYK, odd
// sizes) and says what it decodes them to; the wasm build must give the same bytes.
test("the browser build decodes JPEGs to exactly Pillow's pixels, 4:2:2 and CMYK included", () => {
  const script = `
import base64, io, json, numpy as np
from PIL import Image
y, x = np.mgrid[0:37, 0:53]
rgb = np.stack([(x * 7 + y * 3) % 256, ((x ^ y) * 13) % 256, 255 - (y * 5 + x) % 256], -1).astype(np.uint8)
im = Image.fromarray(rgb)
cases = {"420": (im, {}), "422": (im, {"subsampling": 1}), "444": (im, {"subsampling": 0}),
         "progressive_422": (im, {"subsampling": 1, "progressive": True}), "gray": (im.convert("L"), {}),
         "cmyk": (im.convert("CMYK"), {})}
out = {}
for name, (src, opts) in cases.items():
    buf = io.BytesIO(); src.save(buf, "JPEG", quality=85, **opts)
    back = Image.open(io.BytesIO(buf.getvalue()))
    out[name] = [base64.b64encode(buf.getvalue()).decode(), back.mode, base64.b64encode(back.tobytes()).decode()]
print(json.dumps(out))`;
  const cases = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script]).toString());
  for (const [name, [file, mode, pixels]] of Object.entries(cases)) {
    const im = Module.imagePreprocess(Buffer.from(file, "base64"), "", `${name}.jpg`, false, -1, 0);
    assert.equal(im.mode, mode, name);
    assert.ok(Buffer.from(im.pixels).equals(Buffer.from(pixels, "base64")), `${name}: pixels differ from Pillow's`);
  }
});
