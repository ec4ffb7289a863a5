// Gradio's blocks_flipper with the JS builder: two Tabs ("Flip Text", "Flip Image") and an
// Accordion "Open for More!" holding a Slider. The image arrives as pixels (type numpy:
// {shape, dtype, data}) and its mirror image is drawn straight from the returned pixels.
import { Blocks } from "../../graft/graft.js";

const flipText = (x) => [...(x ?? "")].reverse().join("");

function flipImage(img) {
  if (!img) throw new Error("Please upload an image first.");
  const { shape, data } = img;
  const [h, w, c = 1] = shape;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) out.set(data.subarray((y * w + x) * c, (y * w + x + 1) * c), (y * w + (w - 1 - x)) * c);
  return { shape, dtype: "uint8", data: out };
}

const demo = await Blocks.create({ title: "Blocks Flipper" });
demo.markdown("Flip text or image files using this demo.");
const tabs = demo.tabs();
const textTab = tabs.tab("Flip Text");
const textInput = textTab.textbox();
const textOutput = textTab.textbox();
const textButton = textTab.button("Flip");
const imageTab = tabs.tab("Flip Image");
const images = imageTab.row();
const imageInput = images.image({ type: "numpy" });
const imageOutput = images.image();
const imageButton = imageTab.button("Flip");
const more = demo.accordion("Open for More!", { open: false });
more.markdown("Look at me...");
more.slider({ minimum: 0, maximum: 1, value: 0.1, step: 0.1, interactive: true, label: "Slide me" });

textButton.click({ fn: flipText, inputs: [textInput], outputs: [textOutput], api_name: "flip_text" });
imageButton.click({ fn: flipImage, inputs: [imageInput], outputs: [imageOutput], api_name: "flip_image" });
demo.launch("#app");
