// Gradio's gallery_selections with the JS builder: solid-colour images made on load (pixels a
// page function returns, shown without a server); selecting one names it (select's EventData)
// and sets the index, "Darken selected" darkens it, "Deselect" clears the selection. Below, a
// Dataset of example messages fills a Textbox when one is clicked.
import { Blocks } from "../../graft/graft.js";

const update = (props) => ({ __type__: "update", ...props });
const COLOURS = [["Coral", [255, 127, 80]], ["Teal", [0, 128, 128]], ["Gold", [255, 215, 0]], ["Slate", [112, 128, 144]]];
const SIZE = 96;

// The pixels shown, kept in the page as Gradio's demo keeps them in a gr.State.
let images = [];

function solid([r, g, b]) {
  const data = new Uint8Array(SIZE * SIZE * 3);
  for (let i = 0; i < data.length; i += 3) data.set([r, g, b], i);
  return { shape: [SIZE, SIZE, 3], dtype: "uint8", data };
}

// [pixels, caption] pairs: Gallery.postprocess takes them as Gradio's does.
const shown = () => images.map((image, i) => [image, COLOURS[i][0]]);

function generateImages() {
  images = COLOURS.map(([, rgb]) => solid(rgb));
  return shown();
}

// A function declaring one parameter more than its inputs receives the EventData: select's
// {index, value: {image, caption}}.
function describeSelection(evt) {
  return [`You selected image ${evt.index + 1}: ${evt.value.caption}`, evt.index];
}

function darkenSelected(index) {
  if (index === null || index === undefined || !images[index]) throw new Error("Select an image first.");
  const { shape, dtype, data } = images[index];
  images[index] = { shape, dtype, data: data.map((v) => Math.round(v * 0.8)) };
  return shown();
}

const demo = await Blocks.create({ title: "Gallery selections" });
demo.markdown("# Gallery selections\nClick an image to select it and open its preview (arrow keys move, Escape closes).");
const gallery = demo.gallery({ label: "Generated images", columns: 4, height: 320 });
const row = demo.row();
const selection = row.textbox({ label: "Selection" });
const selected = row.number({ label: "Selected index" });
const buttons = demo.row();
const darken = buttons.button("Darken selected");
const deselect = buttons.button("Deselect");
const message = demo.textbox({ label: "Message", interactive: true });
const examples = demo.dataset({ label: "Example messages", components: ["textbox"], samples: [["Hello from the page!"], ["Bonjour"], ["Hola"]], type: "values" });

demo.handle().on("load", { fn: generateImages, outputs: [gallery], api_name: "generate_images" });
gallery.select({ fn: describeSelection, outputs: [selection, selected], api_name: "describe_selection" });
darken.click({ fn: darkenSelected, inputs: [selected], outputs: [gallery], api_name: "darken_selected" });
deselect.click({ fn: () => [update({ selected_index: null }), "Nothing selected", null], outputs: [gallery, selection, selected], api_name: "deselect" });
examples.click({ fn: (sample) => sample[0], inputs: [examples], outputs: [message], api_name: "load_example" });
demo.launch("#app");
