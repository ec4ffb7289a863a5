// Node tests of the wasm module itself (the CommonJS build of the same bindings the browser
// uses): what crosses the binding edge, and that C++ errors arrive as JS Errors with messages.
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const buildDir = process.env.GRAFT_WASM_DIR ? path.resolve(process.env.GRAFT_WASM_DIR) : path.join(__dirname, "../../build/wasm/wasm");
const createGraftModule = require(path.join(buildDir, "graft-node.cjs"));

const config = JSON.stringify({
  title: "Hello",
  components: [
    { id: 1, type: "textbox", props: { placeholder: "What is your name?" } },
    { id: 2, type: "textbox", props: {} },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }] },
  dependencies: [{ id: 0, targets: [[1, "change"]], inputs: [1], outputs: [2], api_name: "welcome" }],
});

let Module;
test.before(async () => {
  Module = await createGraftModule();
});

test("a keystroke asks for the function, and its result becomes a prop patch", () => {
  const app = Module.AppHandle.fromConfig(config);
  const run = JSON.parse(app.input(1, JSON.stringify("Ada"))).find((c) => c.type === "run");
  assert.equal(run.fn, "welcome");
  assert.deepEqual(run.inputs, ["Ada"]);
  const patch = JSON.parse(app.resolve(run.job, JSON.stringify("Welcome to Gradio, Ada!"))).find((c) => c.type === "props");
  assert.deepEqual(patch, { type: "props", id: 2, props: { value: "Welcome to Gradio, Ada!" } });
  app.delete();
});

test("the render tree carries types, resolved props and the layout", () => {
  const app = Module.AppHandle.fromConfig(config);
  const tree = JSON.parse(app.tree());
  assert.equal(tree.title, "Hello");
  assert.deepEqual(tree.root.children.map((c) => c.type), ["textbox", "textbox"]);
  assert.equal(tree.root.children[0].props.placeholder, "What is your name?");
  assert.equal(tree.root.children[1].props.interactive, false);
  app.delete();
});

test("a bad config throws an Error listing each problem with its path", () => {
  const bad = JSON.stringify({ components: [{ id: 1, type: "hologram" }], layout: { id: 0, children: [{ id: 1 }] }, dependencies: [{ targets: [[7, "click"]] }] });
  assert.throws(() => Module.AppHandle.fromConfig(bad), (err) => {
    assert.ok(err instanceof Error);
    assert.match(err.message, /\$\.components\[0\]\.type: unknown component type "hologram"/);
    assert.match(err.message, /\$\.dependencies\[0\]\.targets\[0\]: no component with id 7/);
    return true;
  });
});

test("malformed JSON from the host is a JS Error with the parser's message, not a bare number", () => {
  const app = Module.AppHandle.fromConfig(config);
  assert.throws(() => app.input(1, "{not json"), (err) => err instanceof Error && /parse error/.test(err.message));
  assert.throws(() => app.input(99, '"x"'), (err) => err instanceof Error && /no component with id 99/.test(err.message));
  app.delete();
});

test("a missing function is named with its dependency's path", () => {
  const app = Module.AppHandle.fromConfig(config);
  assert.deepEqual(JSON.parse(app.missingFunctions("[]")), [
    { path: "$.dependencies[0].api_name", message: 'no function registered for "welcome"; register one with register("welcome", fn)' },
  ]);
  assert.deepEqual(JSON.parse(app.missingFunctions('["welcome"]')), []);
  app.delete();
});
