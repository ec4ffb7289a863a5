// The component gallery's live examples (site/gallery/, built by scripts/site-docs.mjs): one
// per drawn type of js-shim/components/registry.js — tests/shim/docs_site.test.mjs fails when a
// type has none. Each entry is the component as a Gradio config writes it:
//   props     the component's props (value included)
//   children  for layouts: the blocks inside, each { type, props, children? }
//   events    the events the example listens to; each appears in the example's "Event log"
//             with the EventData and the value a page function receives. Default: every event
//             of the type in the core's specs.
//   input     false: the log's function does not take the component's value (an input makes an
//             unset `interactive` true, by Gradio's rule — wrong for display components)
//   note      one sentence shown above the example
//   contain   true: the example draws in a box of its own (Sidebar is fixed to the viewport)
//   type      the example's root type when it is not the entry's (a Tab lives in a Tabs)
//   listenTo  "children": listen to the root's children of the entry's type (each Tab)
// Plain data, read both by the build (Node) and the page; images and files are beside it in media/.
const file = (name, mime) => ({ path: name, url: `media/${name}`, orig_name: name, mime_type: mime, meta: { _type: "gradio.FileData" } });
const sunset = file("sunset.png", "image/png");
const hills = file("hills.png", "image/png");
const sea = file("sea.png", "image/png");

// A Gradio 4 BarPlot/LinePlot/ScatterPlot value: the Altair chart as JSON, as 4.x's postprocess wrote it.
const altair4 = (chart, mark, data) => ({
  type: "altair",
  chart,
  plot: JSON.stringify({
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    data: { values: data },
    mark,
    encoding: { x: { field: "x", type: chart === "bar" ? "nominal" : "quantitative" }, y: { field: "y", type: "quantitative" } },
  }),
});
const points = [{ x: 1, y: 2 }, { x: 2, y: 5 }, { x: 3, y: 3 }, { x: 4, y: 7 }, { x: 5, y: 6 }];

export const examples = {
  accordion: {
    props: { label: "Settings", open: false },
    children: [{ type: "textbox", props: { label: "Inside the accordion", value: "Mounted the first time it opens." } }],
    events: ["expand", "collapse"],
    note: "Click its title to open or close it.",
  },
  annotatedimage: {
    props: {
      label: "Annotated Image",
      value: {
        image: sunset,
        annotations: [
          { image: file("annotation-sun.png", "image/png"), label: "sun" },
          { image: file("annotation-ground.png", "image/png"), label: "ground" },
        ],
      },
    },
    events: ["select"],
    input: false,
    note: "Hover a label in the legend to show its mask alone; click it to fire select.",
  },
  audio: {
    props: { label: "Audio", type: "filepath", sources: ["upload", "microphone"] },
    events: ["upload", "change", "clear", "play", "pause", "stop", "start_recording", "stop_recording"],
    note: "Upload a sound or record one; the log shows the URL a function receives.",
  },
  barplot: {
    props: { label: "BarPlot (Gradio 4)", value: altair4("bar", { type: "bar" }, [{ x: "apple", y: 3 }, { x: "banana", y: 12 }, { x: "cherry", y: 7 }]) },
    events: [],
    input: false,
    note: "Gradio 4 configs write barplot with an Altair chart; gr.Plot's Vega draws it.",
  },
  button: {
    props: { value: "Run", variant: "primary" },
    events: ["click"],
    note: "Variants primary, secondary and stop; sizes sm, md and lg.",
  },
  chatbot: {
    props: {
      label: "Chatbot",
      height: 260,
      likeable: true,
      value: [
        { role: "user", content: [{ type: "text", text: "What does Graft do?" }] },
        { role: "assistant", content: [{ type: "text", text: "It runs **Gradio apps** in the browser: no server, no Python." }] },
        { role: "user", content: [{ type: "text", text: "Can it show pictures?" }] },
        { role: "assistant", content: [{ type: "file", file: hills }] },
      ],
    },
    events: ["like", "copy"],
    input: false,
    note: "Messages in Gradio's format; the thumbs fire like.",
  },
  checkbox: {
    props: { label: "Subscribe", value: true, info: "Ticking it fires change and select" },
    events: ["change", "select"],
  },
  checkboxgroup: {
    props: { label: "Toppings", choices: ["cheese", "tomato", "basil", "olives"], value: ["cheese"] },
    events: ["change", "select"],
  },
  code: {
    props: { label: "Code", language: "python", lines: 4, value: 'def greet(name):\n    return f"Hello {name}!"\n' },
    events: ["change", "focus", "blur"],
    note: "CodeMirror, loaded only by apps with a Code component.",
  },
  colorpicker: {
    props: { label: "Colour", value: "#f97316" },
    events: ["change", "submit"],
  },
  column: {
    props: { scale: 1 },
    children: [
      { type: "textbox", props: { label: "First in the column" } },
      { type: "textbox", props: { label: "Second in the column" } },
    ],
    events: [],
    note: "Stacks its children; in a Row, scale and min_width share the width.",
  },
  dataframe: {
    props: {
      label: "Dataframe",
      headers: ["fruit", "count", "price"],
      datatype: ["str", "number", "number"],
      value: { headers: ["fruit", "count", "price"], data: [["apple", 3, 0.5], ["banana", 12, 0.25], ["cherry", 40, 0.1]] },
      interactive: true,
      type: "array",
    },
    events: ["change", "select"],
    note: "Double-click a cell to edit it; the log shows the rows a function receives.",
  },
  dataset: {
    props: { label: "Examples", components: ["textbox"], samples: [["Hello from the gallery"], ["Bonjour"], ["Hola"]], type: "values" },
    events: ["click", "select"],
    note: "Gradio's Examples: a click picks a sample.",
  },
  datetime: {
    props: { label: "When", value: "2026-12-04 12:00:00", type: "string" },
    events: ["change", "submit"],
  },
  dialogue: {
    props: {
      label: "Dialogue",
      speakers: ["Speaker 1", "Speaker 2"],
      tags: ["(laughs)", "(sighs)", "(clears throat)"],
      submit_btn: true,
      value: [
        { speaker: "Speaker 1", text: "Hello, how are you?" },
        { speaker: "Speaker 2", text: "I'm fine, thank you!" },
      ],
    },
    events: ["change", "input", "submit"],
    note: "Type \":\" in a line for its tags; the switch shows the plain text a function receives.",
  },
  downloadbutton: {
    props: { label: "Download notes.txt", value: file("notes.txt", "text/plain") },
    events: ["click"],
    input: false,
  },
  dropdown: {
    props: { label: "Fruit", choices: ["apple", "banana", "cherry"], value: "banana", info: "Type to filter" },
    events: ["change", "select", "focus", "blur"],
  },
  fallback: {
    props: { value: { component: "my_custom_component", value: [1, 2, 3] } },
    events: [],
    input: false,
    note: "What Gradio draws for a component it has no frontend for: its value as JSON.",
  },
  fileexplorer: {
    props: {
      label: "File Explorer",
      file_count: "multiple",
      paths: ["docs/getting-started.md", "docs/components.md", "src/app.cpp", "src/app.h", "README.md"],
      glob: "**/*",
    },
    events: ["change", "input", "select"],
    note: "The page has no file system: the app gives the tree as paths. Open a folder and tick files.",
  },
  file: {
    props: { label: "Files", file_count: "multiple", value: [file("notes.txt", "text/plain")] },
    events: ["upload", "change", "clear", "delete", "download", "select"],
    note: "Kept in the page: a function receives each file's URL.",
  },
  form: {
    props: {},
    children: [
      { type: "textbox", props: { label: "First name" } },
      { type: "textbox", props: { label: "Last name" } },
    ],
    events: [],
    note: "Gradio wraps form components in it on its own; it joins their borders.",
  },
  gallery: {
    props: {
      label: "Gallery",
      columns: 3,
      height: "auto",
      value: [{ image: sunset, caption: "Sunset" }, { image: hills, caption: "Hills" }, { image: sea, caption: "Sea" }],
    },
    events: ["select", "preview_open", "preview_close"],
    input: false,
    note: "Click a thumbnail to preview it.",
  },
  group: {
    props: {},
    children: [
      { type: "textbox", props: { label: "In a group (1)" } },
      { type: "textbox", props: { label: "In a group (2)" } },
    ],
    events: [],
    note: "Draws its children without gaps between them.",
  },
  highlightedtext: {
    props: {
      label: "HighlightedText",
      show_legend: true,
      value: [
        { token: "Graft ", class_or_confidence: null },
        { token: "draws", class_or_confidence: "verb" },
        { token: " every ", class_or_confidence: null },
        { token: "component", class_or_confidence: "noun" },
      ],
    },
    events: ["select"],
    input: false,
    note: "Click a highlighted token: it fires select.",
  },
  html: {
    props: { value: "<p>gr.HTML renders the app's own <b>markup</b>, in a shadow root of its own.</p>" },
    events: ["click"],
    input: false,
    note: "Scripts and on* handlers are removed; click it to fire click.",
  },
  image: {
    props: { label: "Image", type: "numpy", value: sunset, sources: ["upload", "clipboard"] },
    events: ["upload", "change", "clear", "select"],
    note: "Click the picture: select gives the pixel. Upload or paste another one.",
  },
  imageeditor: {
    props: { label: "Image Editor", type: "filepath", value: { background: sunset, layers: [], composite: sunset }, canvas_size: [160, 120] },
    events: ["change", "input", "apply", "upload", "clear"],
    note: "Draw on the picture with the brush; Save changes fires apply.",
  },
  imageslider: {
    props: { label: "Image Slider", type: "filepath", value: [sunset, sea] },
    events: ["upload", "change", "clear"],
    input: false,
    note: "Drag the divider or move it with the arrow keys.",
  },
  json: {
    props: { label: "JSON", value: { name: "Graft", components: ["textbox", "slider"], nested: { deep: { deeper: [1, 2, 3] } } } },
    events: [],
    input: false,
    note: "Fold and unfold its objects and arrays.",
  },
  label: {
    props: { label: "Label", value: { label: "cat", confidences: [{ label: "cat", confidence: 0.8 }, { label: "dog", confidence: 0.15 }, { label: "bird", confidence: 0.05 }] } },
    events: ["select"],
    input: false,
    note: "Click a class: it fires select.",
  },
  lineplot: {
    props: { label: "LinePlot (Gradio 4)", value: altair4("line", { type: "line", point: true }, points) },
    events: [],
    input: false,
    note: "Gradio 4's lineplot: an Altair chart, drawn by gr.Plot's Vega.",
  },
  markdown: {
    props: { value: "**Markdown** with a [link to the components](#markdown), `code`, math $e^{i\\pi} + 1 = 0$ and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |", latex_delimiters: [{ left: "$", right: "$", display: false }] },
    events: [],
    input: false,
  },
  model3d: {
    props: { label: "3D Model", value: file("cube.obj", "model/obj"), clear_color: [0, 0, 0, 0] },
    events: ["change", "clear", "upload"],
    input: false,
    note: "A cube: drag to turn it, scroll to zoom; three.js loads only for apps with a Model3D.",
  },
  multimodaltextbox: {
    props: { label: "Message", placeholder: "Type a message or attach a file", value: { text: "", files: [] } },
    events: ["change", "submit"],
    note: "Text and files together; Enter submits.",
  },
  nativeplot: {
    props: {
      name: "barplot",
      label: "BarPlot",
      x: "fruit",
      y: "count",
      height: 240,
      value: { columns: ["fruit", "count"], data: [["apple", 3], ["banana", 12], ["cherry", 7], ["date", 5]], datatypes: { fruit: "nominal", count: "quantitative" }, mark: "bar" },
    },
    events: ["select", "double_click"],
    input: false,
    note: "BarPlot, LinePlot and ScatterPlot all write nativeplot; Vega draws it, loaded only here.",
  },
  navbar: {
    props: { main_page_name: "Gallery", value: [["Start", "../start/"], ["Playground", "../playground/"], ["Gradio's Navbar", "https://www.gradio.app/docs/gradio/navbar"]] },
    events: ["change"],
    input: false,
    note: "Drawn at the top of its app, as Gradio's navbar: this page, then the value's pages.",
  },
  number: {
    props: { label: "Number", value: 42, minimum: 0, maximum: 100, step: 1 },
    events: ["change", "submit", "focus", "blur"],
  },
  paramviewer: {
    props: {
      value: {
        label: { type: "str | None", description: "The component's label.", default: "None" },
        visible: { type: "bool | Literal['hidden']", description: "Whether it is shown.", default: "True" },
      },
    },
    events: [],
    input: false,
    note: "Click a parameter to read its description.",
  },
  plot: {
    props: {
      label: "Plot",
      value: {
        type: "altair",
        plot: JSON.stringify({
          $schema: "https://vega.github.io/schema/vega-lite/v5.json",
          data: { values: [{ x: 1, y: 2 }, { x: 2, y: 5 }, { x: 3, y: 3 }, { x: 4, y: 7 }, { x: 5, y: 6 }] },
          mark: { type: "line", point: true },
          encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
        }),
      },
    },
    events: [],
    input: false,
    note: "An Altair (Vega-Lite) figure or a Matplotlib image; Plotly and Bokeh need libraries Graft does not load.",
  },
  radio: {
    props: { label: "Size", choices: ["small", "medium", "large"], value: "medium" },
    events: ["change", "select"],
  },
  row: {
    props: { variant: "panel" },
    children: [
      { type: "textbox", props: { label: "Left", scale: 2 } },
      { type: "textbox", props: { label: "Right", scale: 1 } },
    ],
    events: [],
    note: "Lays its children side by side; scale shares the width.",
  },
  scatterplot: {
    props: { label: "ScatterPlot (Gradio 4)", value: altair4("scatter", { type: "point" }, points) },
    events: [],
    input: false,
    note: "Gradio 4's scatterplot: an Altair chart, drawn by gr.Plot's Vega.",
  },
  sidebar: {
    props: { label: "Sidebar", open: false, width: 240 },
    children: [{ type: "markdown", props: { value: "A panel at the edge of the page. Here it is kept inside the example's box." } }],
    events: ["expand", "collapse"],
    contain: true,
    note: "Open it with the arrow at its edge.",
  },
  simpleimage: {
    props: { label: "Simple Image", value: hills },
    events: ["upload", "change", "clear"],
    note: "An image without pixel processing: a function receives its URL.",
  },
  slider: {
    props: { label: "Slider", minimum: 0, maximum: 10, step: 0.5, value: 3 },
    events: ["change", "release"],
  },
  tabitem: {
    type: "tabs",
    props: {},
    children: [
      { type: "tabitem", props: { label: "First tab" }, children: [{ type: "markdown", props: { value: "The first Tab's content." } }] },
      { type: "tabitem", props: { label: "Second tab" }, children: [{ type: "markdown", props: { value: "Mounted when first shown." } }] },
    ],
    events: ["select"],
    listenTo: "children",
    note: "A Tab (config type tabitem) is one page of a Tabs; its select fires when it is chosen.",
  },
  tabs: {
    props: {},
    children: [
      { type: "tabitem", props: { label: "Text" }, children: [{ type: "textbox", props: { label: "In the first tab" } }] },
      { type: "tabitem", props: { label: "Numbers" }, children: [{ type: "number", props: { label: "In the second tab", value: 7 } }] },
    ],
    events: ["select", "change"],
  },
  textbox: {
    props: { label: "Name", placeholder: "Type, then press Enter", lines: 1, max_lines: 1 },
    events: ["change", "submit", "focus", "blur"],
  },
  uploadbutton: {
    props: { label: "Upload a file", file_count: "single" },
    events: ["upload", "click"],
  },
  video: {
    props: { label: "Video", sources: ["upload", "webcam"] },
    events: ["upload", "change", "clear", "play", "pause"],
    note: "Upload a video or record one from the webcam.",
  },
};
