// Node tests of the engine inputs and commands added for timers, generators, cancels,
// validators and BrowserState, through the wasm binding the shim uses.
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const buildDir = path.resolve(process.env.GRAFT_WASM_DIR ?? path.join(__dirname, "../../build/wasm/wasm"));
const createGraftModule = require(path.join(buildDir, "graft-node.cjs"));

const config = JSON.stringify({
  title: "Events",
  components: [
    { id: 1, type: "textbox", props: {} },
    { id: 2, type: "textbox", props: {} },
    { id: 3, type: "button", props: {} },
    { id: 4, type: "timer", props: { value: 0.5 } },
    { id: 5, type: "browserstate", props: { storage_key: "k", default_value: "light" } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
  dependencies: [
    { id: 0, targets: [[3, "click"]], inputs: [1], outputs: [2], api_name: "count", types: { generator: true, cancel: false }, time_limit: 2 },
    { id: 1, targets: [[4, "tick"]], inputs: [], outputs: [5], api_name: "theme", validator: "check" },
  ],
});

let Module;
test.before(async () => {
  Module = await createGraftModule();
});

const ofType = (json, type) => JSON.parse(json).filter((c) => c.type === type);

test("mount arms the Timer and a tick runs the validator before the function", () => {
  const app = Module.AppHandle.fromConfig(config);
  assert.deepEqual(ofType(app.mount(), "arm_timer"), [{ type: "arm_timer", id: 4, interval: 0.5 }]);
  const [check] = ofType(app.timerFired(4), "run");
  assert.equal(check.fn, "check");
  assert.equal(check.validator, true);
  const [theme] = ofType(app.resolve(check.job, "null"), "run");
  assert.equal(theme.fn, "theme");
  assert.deepEqual(ofType(app.resolve(theme.job, '"dark"'), "browser_state"), [{ type: "browser_state", id: 5, storage_key: "k", value: "dark" }]);
  app.delete();
});

test("a generator streams chunks, and its time limit cancels it", () => {
  const app = Module.AppHandle.fromConfig(config);
  const cmds = JSON.parse(app.dispatch(3, "click", "null"));
  const run = cmds.find((c) => c.type === "run");
  assert.equal(run.generator, true);
  assert.deepEqual(cmds.find((c) => c.type === "wake"), { type: "wake", at: 2 });
  assert.deepEqual(ofType(app.yieldValue(run.job, '"1"'), "props"), [{ type: "props", id: 2, props: { value: "1" } }]);
  assert.deepEqual(ofType(app.advanceTo(2), "cancel"), [{ type: "cancel", job: run.job }]);
  assert.throws(() => app.advanceTo(1), (err) => err instanceof Error && /time cannot go back/.test(err.message));
  app.delete();
});

test("restored BrowserState values and logs cross the binding; bad levels are Errors", () => {
  const app = Module.AppHandle.fromConfig(config);
  app.restoreBrowserState(5, '"dark"');
  assert.equal(JSON.parse(app.props(5)).value, "dark");
  const run = ofType(app.dispatch(3, "click", "null"), "run")[0];
  assert.deepEqual(ofType(app.log(run.job, "warning", "careful", "", 10), "toast"), [{ type: "toast", level: "warning", title: "Warning", message: "careful", duration: 10 }]);
  assert.throws(() => app.log(run.job, "loud", "x", "", -1), /unknown toast level "loud"/);
  assert.equal(ofType(app.cancel(0), "cancel").length, 1);
  app.delete();
});
