// Image filters with the JS builder API: the uploaded photo reaches the functions as pixels
// (type="numpy": {shape, dtype, data}), decoded, oriented and converted in WebAssembly; the
// filtered pixels they return are drawn straight onto the page. Nothing leaves the browser.
import { Blocks } from "../../graft/graft.js";

function pixels(img) {
  if (!img) throw new Error("Please upload an image first.");
  return img;
}

// The classic sepia matrix, per pixel of an RGB array.
function sepia(img) {
  const { shape, data } = pixels(img);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 3) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    out[i] = Math.min(255, 0.393 * r + 0.769 * g + 0.189 * b);
    out[i + 1] = Math.min(255, 0.349 * r + 0.686 * g + 0.168 * b);
    out[i + 2] = Math.min(255, 0.272 * r + 0.534 * g + 0.131 * b);
  }
  return { shape, dtype: "uint8", data: out };
}

// Left-right mirror.
function mirror(img) {
  const { shape, data } = pixels(img);
  const [h, w] = shape;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) out.set(data.subarray((y * w + x) * 3, (y * w + x) * 3 + 3), (y * w + (w - 1 - x)) * 3);
  return { shape, dtype: "uint8", data: out };
}

const describe = (img) => (img ? `${img.shape[1]} × ${img.shape[0]} pixels, RGB` : "");

const demo = await Blocks.create({ title: "Image filters" });
demo.markdown("# Image filters\nUpload a photo, then pick a filter. It runs on the pixels, in your browser.");
const row = demo.row();
const input = row.image({ label: "Photo", type: "numpy", image_mode: "RGB" });
const output = row.image({ label: "Filtered", format: "png" });
const size = demo.textbox({ label: "Size" });
const buttons = demo.row();
buttons.button("Sepia", { variant: "primary" }).click({ fn: sepia, inputs: [input], outputs: [output], api_name: "sepia" });
buttons.button("Mirror").click({ fn: mirror, inputs: [input], outputs: [output], api_name: "mirror" });
input.change({ fn: describe, inputs: [input], outputs: [size], api_name: "describe" });

// Live: a streaming webcam (gr.Image(sources=["webcam"], streaming=True)) whose frames go
// through the same sepia function, five times a second, for at most a minute.
demo.markdown("## Live\nStream your webcam through the sepia filter.");
const live = demo.row();
const camera = live.image({ label: "Webcam", sources: ["webcam"], streaming: true });
const toned = live.image({ label: "Sepia, live" });
camera.stream({ fn: sepia, inputs: [camera], outputs: [toned], api_name: "live_sepia", stream_every: 0.2, time_limit: 60 });
demo.launch("#app");
