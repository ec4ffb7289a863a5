// Node tests of js-shim/builder.js against the wasm module: an app declaring all 47
// components and every layout block through the JS builder loads in the core, and the core
// refuses a listener on an event a component lacks.
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const buildDir = path.resolve(process.env.GRAFT_WASM_DIR ?? path.join(__dirname, "../../build/wasm/wasm"));
const createGraftModule = require(path.join(buildDir, "graft-node.cjs"));
const builderUrl = pathToFileURL(path.join(__dirname, "../../js-shim/builder.js")).href;

let Module;
let Blocks;
test.before(async () => {
  Module = await createGraftModule();
  ({ Blocks } = await import(builderUrl));
});

// One of every class of Gradio's events table (47), spread over every layout block.
function buildEverything(demo) {
  const made = [];
  const side = demo.sidebar({ open: false });
  made.push(side.markdown("# Menu"));
  const row = demo.row({ equal_height: true });
  const left = row.column({ scale: 2 });
  made.push(left.textbox({ placeholder: "Name" }), left.number({ precision: 0 }), left.slider({ minimum: 0, maximum: 1, step: 0.1 }));
  made.push(left.checkbox({ value: true }), left.dropdown({ choices: ["a", "b"], multiselect: true }));
  made.push(left.radio({ choices: [["One", 1], ["Two", 2]], type: "index" }), left.checkboxGroup({ choices: ["x", "y"] }));
  const right = row.column();
  made.push(right.html("<b>hi</b>"), right.code({ language: "python" }), right.colorPicker({ value: "#ff0000" }));
  made.push(right.dateTime(), right.multimodalTextbox(), right.dialogue());
  const tabs = demo.tabs();
  const media = tabs.tab("Media");
  for (const m of ["image", "imageEditor", "imageSlider", "simpleImage", "annotatedImage", "audio", "video", "model3d", "gallery", "file", "fileExplorer"]) made.push(media[m]());
  const data = tabs.tab("Data");
  for (const m of ["json", "label", "dataframe", "dataset", "highlightedText", "chatbot", "barPlot", "linePlot", "scatterPlot", "plot", "navbar", "paramViewer"]) made.push(data[m]());
  const more = demo.accordion("More", { open: false });
  const group = more.group();
  made.push(group.button("Go", { variant: "primary" }));
  for (const m of ["clearButton", "deepLinkButton", "duplicateButton", "loginButton", "downloadButton", "uploadButton"]) made.push(group[m]());
  more.form().textbox({ label: "In a form" });
  made.push(demo.state({ n: 1 }), demo.browserState([]), demo.timer(0.5));
  return made;
}

test("an app with all 47 components and every layout block, built in JS, loads in the core", () => {
  const demo = new Blocks({ title: "Everything" });
  const made = buildEverything(demo);
  assert.equal(made.length, 47);
  const types = new Set(demo.config().components.map((c) => c.type));
  for (const t of ["row", "column", "group", "form", "tabs", "tabitem", "accordion", "sidebar", "nativeplot", "state", "timer", "browserstate"]) assert.ok(types.has(t), t);
  made[0].on("change", { fn: () => "x", outputs: [made[1]] });
  const app = Module.AppHandle.fromConfig(JSON.stringify(demo.config()));
  const tree = JSON.parse(app.tree());
  assert.equal(tree.title, "Everything");
  assert.deepEqual(tree.root.children.map((c) => c.type), ["sidebar", "row", "tabs", "accordion", "state", "browserstate", "timer"]);
  app.delete();
});

test("layout blocks carry children in the layout, components do not", () => {
  const demo = new Blocks();
  const tab = demo.tabs().tab("First");
  const box = tab.textbox({ container: false }); // no container: no automatic form
  const layout = demo.config().layout;
  assert.deepEqual(layout.children[0].children[0].children, [{ id: box.id }]);
});

test("as Gradio 6 writes configs, consecutive form components share an automatic form and a Tab gets a tabs parent", () => {
  const demo = new Blocks();
  const a = demo.textbox();
  const b = demo.slider();
  demo.button("Go");
  const c = demo.number();
  const tab = demo.tab("Only");
  const { components, layout } = demo.config();
  const type = (id) => components.find((x) => x.id === id).type;
  assert.deepEqual(layout.children.map((n) => type(n.id)), ["form", "button", "form", "tabs"]);
  assert.deepEqual(layout.children[0].children, [{ id: a.id }, { id: b.id }]);
  assert.deepEqual(layout.children[2].children, [{ id: c.id }]);
  assert.deepEqual(layout.children[3].children.map((n) => n.id), [tab.id]);
  const app = Module.AppHandle.fromConfig(JSON.stringify(demo.config()));
  app.delete();
});

test("the core refuses a JS-built listener on an event the component lacks, naming it", () => {
  const demo = new Blocks();
  const slider = demo.slider();
  slider.on("submit", { fn: () => 1 });
  assert.throws(() => Module.AppHandle.fromConfig(JSON.stringify(demo.config())), (err) => {
    assert.match(err.message, /\$\.dependencies\[0\]\.targets\[0\]: Slider \(component 2\) has no "submit" event; it supports: change, input, release/);
    return true;
  });
});

test("builder methods refuse props that are not an object, and choices become [display, value] pairs", () => {
  const demo = new Blocks();
  assert.throws(() => demo.image("cat.png"), /image\(props\): props must be an object of Gradio props, got "cat.png"/);
  assert.throws(() => demo.timer(0), /the interval must be a number of seconds > 0/);
  const radio = demo.radio({ choices: ["a", 2] });
  assert.deepEqual(demo.config().components.find((c) => c.id === radio.id).props.choices, [["a", "a"], ["2", 2]]);
});

test("a wrong prop type from the JS builder is reported with its path", () => {
  const demo = new Blocks();
  demo.textbox({ lines: "two" });
  assert.throws(() => Module.AppHandle.fromConfig(JSON.stringify(demo.config())), /\$\.components\[1\]\.props\.lines: expected an integer, got "two"/);
});

test("every event of Gradio's table is a builder method, and a .stream() listener keeps its streaming parameters", () => {
  const demo = new Blocks();
  const cam = demo.image({ sources: ["webcam"], streaming: true });
  const out = demo.image();
  const check = (im) => [{ __type__: "validate", is_valid: true }];
  const live = cam.stream({ fn: (im) => im, inputs: [cam], outputs: [out], stream_every: 0.2, time_limit: 30, validator: check });
  cam.upload({ fn: () => null, inputs: [cam], cancels: [live] });
  const [stream, upload] = demo.config().dependencies;
  assert.deepEqual([stream.targets, stream.connection, stream.stream_every, stream.time_limit], [[[cam.id, "stream"]], "stream", 0.2, 30]);
  assert.equal(stream.validator, `${stream.api_name}_validator`);
  assert.deepEqual([upload.targets, upload.cancels, upload.connection], [[[cam.id, "upload"]], [live.id], undefined]);
  const app = Module.AppHandle.fromConfig(JSON.stringify(demo.config()));
  assert.deepEqual(JSON.parse(app.missingFunctions(JSON.stringify([stream.api_name, stream.validator, upload.api_name]))), []);
  app.delete();
});

test("a listener parameter Gradio does not have is refused, naming it and the listener", () => {
  const demo = new Blocks();
  const box = demo.textbox();
  assert.throws(() => box.change({ fn: () => 1, outputs: [box], streamEvery: 1 }), /listener \(change of component 2\): unknown parameter streamEvery; Gradio's are fn, inputs/);
});

test("a generator function (sync or async) is a generator listener, as a Python generator is", () => {
  const demo = new Blocks();
  const box = demo.textbox();
  box.submit({ fn: async function* stream(x) { yield x; }, inputs: [box], outputs: [box] });
  box.change({ fn: function* count(x) { yield x; }, inputs: [box], outputs: [box] });
  box.blur({ fn: (x) => x, inputs: [box], outputs: [box] });
  const [a, b, c] = demo.config().dependencies;
  assert.deepEqual([a.types?.generator, b.types?.generator, c.types], [true, true, undefined]);
});
