// The JS builder API, named like Gradio's Python API. It writes a Gradio config and keeps the
// app's functions beside it; launch() hands both to the core, which checks the config.
import { AppView } from "./app-view.js";
import { loadRuntime } from "./runtime.js";
import { ensureStylesheet } from "./stylesheet.js";
import { showLoadError } from "./load-error.js";

class BuildState {
  components = [];
  dependencies = [];
  children = new Map([[0, []]]);
  functions = new Map();
  types = new Map(); // id -> type
  auto = new Set(); // the form/tabs blocks add() made
  unrendered = new Map(); // id -> config of the buttons moved into another component's `buttons`
  nextId = 1;

  // Gradio's fill_expected_parents: a form component (container=True) goes into an automatic
  // `form` block and a Tab into a `tabs` block, shared with the previous sibling when that is
  // one already — so a builder app's config is shaped as Gradio 6 writes it.
  add(parent, type, props) {
    const expected = EXPECTED_PARENT[type];
    if (expected && props.container !== false && this.typeOf(parent) !== expected) {
      const siblings = this.children.get(parent);
      const last = siblings[siblings.length - 1];
      const wrapper = last !== undefined && this.typeOf(last) === expected && this.auto.has(last) ? last : this.#create(parent, expected, {});
      this.auto.add(wrapper);
      return this.#create(wrapper, type, props);
    }
    return this.#create(parent, type, props);
  }

  typeOf(id) {
    return id === 0 ? "blocks" : this.types.get(id);
  }

  #create(parent, type, props) {
    props = this.#customButtons(type, props);
    const id = this.nextId++;
    this.types.set(id, type);
    this.components.push({ id, type, props: dropUndefined(props) });
    this.children.get(parent).push(id);
    this.children.set(id, []);
    return id;
  }

  // Gradio 6's custom buttons: a button() handle in `buttons` is written as that Button's
  // config with its id, and the Button leaves $.components and the layout (Gradio unrenders it);
  // its click listeners, attached before or after, fire from the host's toolbar.
  #customButtons(type, props) {
    if (!Array.isArray(props.buttons) || !props.buttons.some((b) => b instanceof Component)) return props;
    props.buttons.forEach((b, i) => {
      if (!(b instanceof Component) || this.unrendered.has(b.id)) return;
      const entry = this.components.find((c) => c.id === b.id);
      if (entry?.type !== "button") throw new TypeError(`${type}(props): buttons[${i}] must be a button() handle (a gr.Button), got ${entry ? `a ${entry.type}` : `component ${b.id}, which is not in this app`}`);
    }); // every entry checked before any Button leaves the layout
    const buttons = props.buttons.map((b) => {
      if (!(b instanceof Component)) return b;
      if (this.unrendered.has(b.id)) return this.unrendered.get(b.id);
      const at = this.components.findIndex((c) => c.id === b.id);
      const entry = this.components[at];
      this.components.splice(at, 1);
      for (const kids of this.children.values()) if (kids.includes(b.id)) kids.splice(kids.indexOf(b.id), 1);
      const config = { ...entry.props, name: "button", id: b.id };
      this.unrendered.set(b.id, config);
      return config;
    });
    return { ...props, buttons };
  }

  // Gradio names an endpoint after its function, made unique with _1, _2, ….
  apiName(requested, fn) {
    if (requested) {
      if (this.functions.has(requested)) throw new Error(`api_name "${requested}" is used by two listeners`);
      return requested;
    }
    const base = (fn?.name || "fn").replace(/[^\w-]/g, "");
    let name = base;
    for (let i = 1; this.functions.has(name); i++) name = `${base}_${i}`;
    return name;
  }

  // Gradio's Python marks a component whose like/retry/undo/select event has a listener
  // (likeable, _retryable, _undoable, _selectable): the page shows those buttons only then.
  markListened(targets) {
    const flag = { like: "likeable", retry: "_retryable", undo: "_undoable", select: "_selectable" };
    for (const [id, event] of targets) {
      const c = flag[event] && this.components.find((x) => x.id === id);
      if (c) c.props[flag[event]] = true;
    }
  }

  listen(targets, options, after) {
    this.markListened(targets);
    const { fn, inputs = [], outputs = [], api_name, cancels, ...rest } = options ?? {};
    const unknown = Object.keys(rest).filter((k) => !LISTENER_PARAMS.has(k));
    if (unknown.length) {
      const where = targets.map(([t, e]) => (t == null ? e : `${e} of component ${t}`)).join(", ");
      throw new TypeError(`listener (${where}): unknown parameter${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; Gradio's are fn, inputs, outputs, api_name, cancels, ${[...LISTENER_PARAMS].join(", ")}`);
    }
    const id = this.dependencies.length;
    const name = fn ? this.apiName(api_name, fn) : api_name ?? "unnamed";
    if (fn) this.functions.set(name, fn);
    if (typeof rest.validator === "function") {
      // A validator function is registered beside fn; the config names it, as Gradio's does.
      const validator = this.apiName(`${name}_validator`, rest.validator);
      this.functions.set(validator, rest.validator);
      rest.validator = validator;
    }
    this.dependencies.push(dropUndefined({
      id, targets, inputs: ids(inputs), outputs: ids(outputs), backend_fn: Boolean(fn),
      api_name: name, ...rest,
      // A generator function (sync or async) streams its yields, as a Python generator does.
      types: isGenerator(fn) ? { generator: true, cancel: false } : undefined,
      cancels: cancels === undefined ? undefined : (Array.isArray(cancels) ? cancels : [cancels]).map((c) => (typeof c === "number" ? c : c.id)),
      // A .stream() listener streams its input (Gradio's connection "stream").
      connection: targets.some(([, e]) => e === "stream") ? "stream" : undefined,
      trigger_after: after?.id ?? null,
      trigger_only_on_success: after?.only === "success",
      trigger_only_on_failure: after?.only === "failure",
    }));
    return new EventListener(this, id);
  }

  // Layout blocks get `children` (possibly empty), as Gradio writes them; components do not.
  layout(id) {
    const kids = this.children.get(id);
    const container = id === 0 || LAYOUT_TYPES.has(this.components.find((c) => c.id === id)?.type);
    const node = { id };
    if (container) node.children = kids.map((k) => this.layout(k));
    return node;
  }
}

class EventListener {
  #state;
  constructor(state, id) {
    this.#state = state;
    this.id = id;
  }
  then(options) { return this.#state.listen([[null, "then"]], options, { id: this.id }); }
  success(options) { return this.#state.listen([[null, "success"]], options, { id: this.id, only: "success" }); }
  failure(options) { return this.#state.listen([[null, "failure"]], options, { id: this.id, only: "failure" }); }
}

class Component {
  #state;
  constructor(state, id) {
    this.#state = state;
    this.id = id;
  }
  // on("click", {fn, inputs, outputs, …}) — listener parameters by Gradio's names. Each event
  // of Gradio's table is a method too (click, change, upload, stream, key_up, …); one the
  // component does not have is refused when the app is built, with its path.
  on(event, options) { return this.#state.listen([[this.id, event]], options); }
}

// Every event name of Gradio's events table.
const EVENTS = ["apply", "blur", "change", "clear", "click", "collapse", "copy", "delete", "double_click", "download",
  "edit", "end", "example_select", "expand", "focus", "input", "key_up", "like", "option_select", "pause",
  "pause_recording", "play", "preview_close", "preview_open", "release", "retry", "select", "start_recording", "stop",
  "stop_recording", "stream", "submit", "tick", "undo", "upload"];
for (const event of EVENTS) {
  Component.prototype[event] = function (options) { return this.on(event, options); };
}

// Listener parameters a JS builder listener takes besides fn, inputs, outputs, api_name and
// cancels, by Gradio's names; written into the config as they are.
const LISTENER_PARAMS = new Set(["api_description", "scroll_to_output", "show_progress", "show_progress_on", "queue",
  "batch", "max_batch_size", "preprocess", "postprocess", "trigger_mode", "js", "concurrency_limit", "concurrency_id",
  "api_visibility", "time_limit", "stream_every", "key", "validator", "show_api"]);

// gr.Blocks parameters that need a Python server; accepted, with nothing to do in a page.
const BLOCKS_NOT_APPLICABLE = new Set(["analytics_enabled", "mode", "css_paths", "head_paths", "delete_cache"]);

// The components Gradio's Python wraps in an automatic parent (FormComponent → Form; Tab → Tabs).
const EXPECTED_PARENT = {
  textbox: "form", number: "form", slider: "form", checkbox: "form", checkboxgroup: "form", radio: "form",
  dropdown: "form", multimodaltextbox: "form", tabitem: "tabs",
};

const LAYOUT_TYPES = new Set(["row", "column", "group", "form", "tabs", "tabitem", "accordion", "sidebar"]);

// Components whose builder method takes only props: method name → config `type`.
// (BarPlot, LinePlot and ScatterPlot write "nativeplot", as Gradio 5+ does.)
const PROPS_ONLY = {
  number: "number", slider: "slider", checkbox: "checkbox", code: "code", colorPicker: "colorpicker",
  dateTime: "datetime", multimodalTextbox: "multimodaltextbox", dialogue: "dialogue",
  downloadButton: "downloadbutton", uploadButton: "uploadbutton", json: "json", label: "label",
  dataframe: "dataframe", dataset: "dataset", highlightedText: "highlightedtext", chatbot: "chatbot",
  file: "file", fileExplorer: "fileexplorer", image: "image", imageEditor: "imageeditor",
  imageSlider: "imageslider", simpleImage: "simpleimage", annotatedImage: "annotatedimage",
  audio: "audio", video: "video", model3d: "model3d", gallery: "gallery", plot: "plot", navbar: "navbar", paramViewer: "paramviewer",
};

// Gradio's template buttons are `button`s in the config; only their default label differs.
const TEMPLATE_BUTTONS = {
  clearButton: "Clear", deepLinkButton: "Share via Link", duplicateButton: "Duplicate Space",
  loginButton: "Sign in with Hugging Face",
};

function checkedProps(method, props) {
  if (props === null || typeof props !== "object" || Array.isArray(props)) {
    throw new TypeError(`${method}(props): props must be an object of Gradio props, got ${JSON.stringify(props)}`);
  }
  return props;
}

// Choices as Gradio writes them: [display, value] pairs; a bare value v is [String(v), v].
function withChoices(props) {
  if (!Array.isArray(props.choices)) return props;
  return { ...props, choices: props.choices.map((c) => (Array.isArray(c) ? c : [String(c), c])) };
}

// Rows, columns, tabs … and the Blocks itself: anything that holds components. One method per
// Gradio class (camelCase of its name), props by Gradio's names.
class BlockContext {
  #state;
  #id;
  constructor(state, id) {
    this.#state = state;
    this.#id = id;
  }
  get id() { return this.#id; }
  // This block as a component handle, for listeners on layout blocks (tab select, accordion expand).
  handle() { return new Component(this.#state, this.#id); }
  component(type, props = {}) {
    return new Component(this.#state, this.#state.add(this.#id, type, checkedProps(type, props)));
  }
  #block(type, props) { return new BlockContext(this.#state, this.#state.add(this.#id, type, checkedProps(type, props))); }

  markdown(value, props = {}) { return this.component("markdown", { ...checkedProps("markdown", props), value }); }
  html(value = "", props = {}) { return this.component("html", { ...checkedProps("html", props), value }); }
  textbox(props = {}) { return this.component("textbox", props); }
  button(value = "Run", props = {}) { return this.component("button", { ...checkedProps("button", props), value }); }
  dropdown(props = {}) { return this.component("dropdown", withChoices(checkedProps("dropdown", props))); }
  radio(props = {}) { return this.component("radio", withChoices(checkedProps("radio", props))); }
  checkboxGroup(props = {}) { return this.component("checkboxgroup", withChoices(checkedProps("checkboxGroup", props))); }
  state(value) { return this.component("state", value === undefined ? {} : { value }); }
  browserState(defaultValue, props = {}) {
    return this.component("browserstate", { ...checkedProps("browserState", props), default_value: defaultValue });
  }
  timer(value = 1, props = {}) {
    if (!(typeof value === "number" && value > 0)) throw new RangeError(`timer(${JSON.stringify(value)}): the interval must be a number of seconds > 0`);
    return this.component("timer", { active: true, ...checkedProps("timer", props), value });
  }

  row(props = {}) { return this.#block("row", props); }
  column(props = {}) { return this.#block("column", props); }
  group(props = {}) { return this.#block("group", props); }
  form(props = {}) { return this.#block("form", props); }
  tabs(props = {}) { return this.#block("tabs", props); }
  tab(label, props = {}) { return this.#block("tabitem", { ...checkedProps("tab", props), label }); }
  accordion(label, props = {}) { return this.#block("accordion", { ...checkedProps("accordion", props), label }); }
  sidebar(props = {}) { return this.#block("sidebar", props); }
}

for (const [method, type] of Object.entries(PROPS_ONLY)) {
  BlockContext.prototype[method] = function (props = {}) { return this.component(type, checkedProps(method, props)); };
}
// LinePlot, ScatterPlot and BarPlot all write "nativeplot"; Gradio's Python names the class in
// props.name, which tells the page the chart's mark.
for (const [method, name] of Object.entries({ linePlot: "lineplot", scatterPlot: "scatterplot", barPlot: "barplot" })) {
  BlockContext.prototype[method] = function (props = {}) { return this.component("nativeplot", { name, ...checkedProps(method, props) }); };
}
for (const [method, label] of Object.entries(TEMPLATE_BUTTONS)) {
  BlockContext.prototype[method] = function (props = {}) { return this.component("button", { value: label, ...checkedProps(method, props) }); };
}

// gr.ClearButton(components=[…]): a click sets each component to its empty value, as Gradio's
// pure-frontend clear does — here a page function (no `js` to compile, so it runs under a
// strict CSP).
BlockContext.prototype.clearButton = function ({ components = [], ...props } = {}) {
  const button = this.component("button", { value: "Clear", ...checkedProps("clearButton", props) });
  const targets = Array.isArray(components) ? components : [components];
  if (targets.length) button.click({ fn: () => (targets.length === 1 ? null : targets.map(() => null)), inputs: [], outputs: targets, queue: false, show_progress: "hidden", api_visibility: "private" });
  return button;
};

export class Blocks extends BlockContext {
  #state;
  #title;
  #view = null;

  // Loads the runtime first, so launch() is synchronous.
  static async create(options = {}) {
    await loadRuntime();
    return new Blocks(options);
  }

  // gr.Blocks' parameters by Gradio's names. `css`, `js`, `head`, `theme` (Gradio's variable
  // names → values) and `fill_height` act in the page; the others are accepted and, with no
  // server, have nothing to do (docs/embedding.md); an unknown one is refused with its name.
  constructor({ title = "Gradio", css = null, js = null, head = null, theme = null, fill_height = false, fill_width = false, ...rest } = {}) {
    const unknown = Object.keys(rest).filter((k) => !BLOCKS_NOT_APPLICABLE.has(k));
    if (unknown.length) throw new TypeError(`Blocks: unknown parameter${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; Gradio's are title, css, js, head, theme, fill_height, fill_width, ${[...BLOCKS_NOT_APPLICABLE].join(", ")}`);
    const state = new BuildState();
    super(state, 0);
    this.#state = state;
    this.#title = title;
    Object.assign(this, { css, js, head, theme, fill_height, fill_width });
  }

  // The app as a Gradio 6.x-shaped config.
  config() {
    const s = this.#state;
    return dropUndefined({
      version: "6.25.0", mode: "blocks", title: this.#title, css: this.css, protocol: "sse_v3", api_prefix: "/gradio_api",
      js: this.js ?? undefined, head: this.head ?? undefined, theme: this.theme ?? undefined,
      fill_height: this.fill_height, fill_width: this.fill_width,
      components: s.components, layout: s.layout(0), dependencies: s.dependencies,
    });
  }

  // Mounts the app into `target` (an element or a selector). Problems are shown there too.
  async launch(target) {
    const element = typeof target === "string" ? document.querySelector(target) : target;
    if (!element) throw new Error(`launch(${JSON.stringify(target)}): no such element`);
    ensureStylesheet();
    try {
      const module = await loadRuntime();
      const handle = module.AppHandle.fromConfig(JSON.stringify(this.config()));
      this.#view?.destroy();
      this.#view = new AppView(handle, element, { functions: this.#state.functions });
      await this.#view.mount();
      // Ready as <graft-app> signals it, so tests and embedders wait for it the same way.
      element.toggleAttribute("data-ready", true);
      element.dispatchEvent(new Event("graft:ready", { bubbles: true }));
    } catch (err) {
      showLoadError(element, err);
      throw err;
    }
  }
}

function ids(components) {
  return (Array.isArray(components) ? components : [components]).map((c) => (typeof c === "number" ? c : c.id));
}

function isGenerator(fn) {
  const kind = fn?.constructor?.name;
  return kind === "GeneratorFunction" || kind === "AsyncGeneratorFunction";
}

function dropUndefined(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
