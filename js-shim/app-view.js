// One mounted app: draws the core's layout tree (component-tree.js), sends user events into
// the core, runs the jobs it asks for, and applies its commands. Owns timers and localStorage
// (the host ports the engine's commands name); holds no app logic and no component-specific
// code: what a type does at the function edge lives in its module (components/<type>/).
import { ComponentTree, loadModules, nodesOf } from "./component-tree.js";
import { findFunction } from "./functions.js";
import { readBrowserState, storeBrowserState } from "./browser-state.js";
import { showStatus, showToast, showValidation, toastArea } from "./status.js";
import { compileJs } from "./config-js.js";
import { onToast, toastsTo } from "./toast-api.js";
import { followTheme } from "./theme.js";
import { applyAppOptions, runAppJs } from "./app-options.js";
import { FileStore } from "./file-store.js";
import { NativeRunner } from "./native-runner.js";
import { appModuleOf } from "./runtime.js";

// A C++ function's result (JSON text) with the files it returned, named by the paths its
// worker gave them, replaced by their FileData in the page's file store.
function withFiles(json, made) {
  if (!made.size) return json;
  return JSON.stringify(JSON.parse(json), (key, v) => (v && typeof v === "object" && !Array.isArray(v) && made.has(v.path) ? made.get(v.path) : v));
}

const NO_EDGE = { inputs: [], outputs: [], backend_fn: false, queue: true, api_name: null, collects_event_data: false };
// How deep the files in an input are looked for (a chat history nests messages in a list).
const MAX_FILE_DEPTH = 16;

// `v` with each file `held` says the page holds (at any depth) put through `f`. Lists and
// objects in which nothing changed come back as they were, not copied (a 100,000-row table
// with no file in it costs one walk).
function mapHeld(v, held, f, depth = 0) {
  if (!v || typeof v !== "object" || depth > MAX_FILE_DEPTH) return v;
  if (held(v)) return f(v);
  if (v.meta?._type === "gradio.FileData") return v;
  let out = v;
  for (const [k, x] of Array.isArray(v) ? v.entries() : Object.entries(v)) {
    const y = mapHeld(x, held, f, depth + 1);
    if (y === x) continue;
    if (out === v) out = Array.isArray(v) ? [...v] : { ...v };
    out[k] = y;
  }
  return out;
}

export class AppView {
  #handle;
  #functions;
  #root;
  #tree = null;
  #toasts;
  #timers = new Map(); // Timer component id -> interval handle
  #wakes = new Set(); // time-limit wake-up handles
  #stopped = new Set(); // generator jobs the engine cancelled
  #t0 = performance.now();
  #remote; // RemoteQueue of the Gradio server the app came from, if any
  #config = null; // the app's config, parsed once when first needed
  #secrets = new Map(); // BrowserState storage_key -> secret
  #uploaded = new Map(); // blob URL or pixel key -> FileData of the server's copy
  #alive = false;
  #autoscroll = true; // scroll_to_output listeners scroll (off in an embed, as Gradio)
  // What components' function edges and prepare hooks share: app-wide settings and stores.
  #app;
  #unsubscribe = null;
  #unfollowTheme = null;
  #undoOptions = null;
  #sweepQueued = false;
  #toastSink = (toast) => this.#toast(toast);
  #natives = null; // NativeRunner: a C++ app's functions, in its worker
  #attached = null; // component id → the events listeners target
  #nativeImages = new Map(); // pixels C++ functions returned in the worker, by FileData path

  constructor(handle, element, { functions, remote = null, autoscroll = true } = {}) {
    this.#autoscroll = autoscroll;
    this.#handle = handle;
    this.#functions = functions;
    this.#remote = remote;
    this.#root = element;
    this.#app = {
      remote: Boolean(remote),
      maxFileSize: null,
      images: null, // an ImageStore, made by gr.Image's module for apps that have one
      files: new FileStore(), // files kept in the page (uploads, files functions return)
      // Names the core owns that the page matches (the C++ pixels' FileData prefix, …).
      constants: JSON.parse(handle.constructor.constants?.() ?? "{}"),
      takeImage: (path) => this.#takeImage(path),
    };
    const source = appModuleOf(handle);
    if (source && handle.runNativesInHost) {
      this.#natives = new NativeRunner(source, handle, this.#app.constants);
      handle.runNativesInHost();
    }
  }

  // Loads the modules of the types the app uses (each its own chunk), lets them prepare (gr.Image
  // loads its pipeline and watermarks), builds the DOM and runs the app's load listeners.
  async mount() {
    const tree = JSON.parse(this.#handle.tree());
    this.#app.maxFileSize = this.#appConfig().max_file_size ?? null;
    const nodes = nodesOf(tree.root);
    if (tree.root.type === "blocks") tree.root.type = "column"; // the root is drawn as a column
    const modules = await loadModules(nodes.map((n) => n.type));
    for (const [type, mod] of modules) if (mod?.prepare) await mod.prepare(nodes.filter((n) => n.type === type), this.#app);
    this.#tree = new ComponentTree(tree.root, modules, (node) => this.#context(node), (id, props) => this.#handle.noteProps(id, JSON.stringify(props)));
    const app = document.createElement("div");
    app.className = "graft-app gradio-container";
    const main = document.createElement("main");
    main.className = "contain";
    main.append(this.#tree.render());
    this.#toasts = toastArea();
    app.append(main, this.#toasts);
    this.#unfollowTheme = followTheme(this.#root, app);
    this.#undoOptions = applyAppOptions(this.#appConfig(), app);
    this.#root.replaceChildren(app);
    this.#alive = true;
    this.#unsubscribe = onToast(this.#toastSink);
    await this.#restoreBrowserState(nodes);
    this.#apply(this.#handle.mount());
    this.#natives?.warm();
    try {
      runAppJs(this.#appConfig());
    } catch (err) {
      this.#toast({ level: "error", title: "Error", message: `the app's js failed: ${messageOf(err)}` });
    }
  }

  destroy() {
    this.#apply(this.#handle.unmount()); // disarms timers, runs unload listeners
    this.#alive = false;
    this.#unsubscribe?.();
    this.#unfollowTheme?.();
    this.#undoOptions?.();
    for (const handle of this.#wakes) clearTimeout(handle);
    this.#tree?.teardown(this.#tree.rootId);
    this.#app.images?.clear();
    this.#app.files.clear();
    this.#natives?.destroy();
    this.#nativeImages.clear();
    this.#handle.delete();
    this.#root.replaceChildren();
  }

  // The app's half of each component's context (components/README.md).
  #context(node) {
    const id = node.id;
    return {
      app: this.#app,
      files: this.#app.files,
      setValue: (value, event = null, data = null) => {
        this.#tree.remember(id, { value });
        this.#sweepSoon();
        this.#apply(this.#tick() && this.#handle.input(id, JSON.stringify(value ?? null)));
        if (event) this.#apply(this.#handle.dispatch(id, event, JSON.stringify(data)));
      },
      // A custom button in a component's toolbar fires that gr.Button's click, as Gradio's
      // Blocks routes custom_button_click.
      emit: (event, data = null) => event === "custom_button_click"
        ? this.#customButton(data?.id)
        : this.#apply(this.#tick() && this.#handle.dispatch(id, event, JSON.stringify(data ?? null))),
      redraw: (patch) => this.#tree.queue(id, patch),
      toast: (toast) => this.#toast({ level: "info", title: "", duration: null, ...toast }),
      closeStreams: () => this.#alive && this.#apply(this.#tick() && this.#handle.closeStreamsOf(id)),
      listens: (event) => this.#attachedEvents().get(id)?.has(event) ?? false,
    };
  }

  // A Button a prop update put in some `buttons` after load is unknown to the core: said, not thrown.
  #customButton(id) {
    try {
      this.#apply(this.#tick() && this.#handle.dispatch(id, "click", "null"));
    } catch (err) {
      this.#toast({ level: "error", title: "Error", message: `custom button ${id}: ${messageOf(err)}`, duration: null });
    }
  }

  // Each component's events that some listener targets (Gradio's `attached_events`): a
  // component may draw a control only when its event is listened to (ImageEditor's Save changes).
  #attachedEvents() {
    if (!this.#attached) {
      this.#attached = new Map();
      for (const dep of this.#appConfig().dependencies ?? []) {
        for (const target of dep.targets ?? []) {
          if (!Array.isArray(target)) continue;
          const [cid, event] = target;
          if (!this.#attached.has(cid)) this.#attached.set(cid, new Set());
          this.#attached.get(cid).add(event);
        }
      }
    }
    return this.#attached;
  }

  #apply(commandsJson) {
    for (const cmd of JSON.parse(commandsJson)) {
      switch (cmd.type) {
        case "props":
          this.#received(cmd.id, cmd.props);
          this.#tree.queue(cmd.id, cmd.props);
          if ("value" in cmd.props) this.#sweepSoon();
          break;
        case "run": this.#run(cmd); break;
        case "status": this.#status(cmd); break;
        case "toast": this.#toast(cmd); break;
        case "arm_timer": this.#armTimer(cmd); break;
        case "disarm_timer": clearInterval(this.#timers.get(cmd.id)); this.#timers.delete(cmd.id); break;
        case "wake": this.#wake(cmd.at); break;
        case "cancel": this.#stopped.add(cmd.job); this.#remote?.cancel(cmd.job); this.#natives?.cancel(cmd.job); break;
        case "validation": this.#validation(cmd); break;
        case "browser_state": this.#storeBrowserState(cmd); break;
        case "scroll": if (this.#autoscroll) this.#tree.element(cmd.id)?.scrollIntoView?.({ block: "nearest" }); break;
        case "stream_chunk": this.#run({ ...cmd, stream: true, chunk: true }); break;
        case "close_stream": this.#stopped.add(cmd.job); this.#remote?.closeStream(cmd.job); break;
        case "prepare_images": this.#prepareImages(cmd); break;
      }
    }
  }

  // Files no component value names any more are released, once the patches of this turn are in.
  #sweepSoon() {
    // Nothing held, nothing to release: no walk over every value (a 100,000-row table's too).
    if (this.#sweepQueued || !this.#app.files.size) return;
    this.#sweepQueued = true;
    setTimeout(() => {
      this.#sweepQueued = false;
      if (this.#alive) this.#app.files.sweep(this.#tree.values());
    }, 0);
  }

  // A value from the core passes its type's `received` edge (gr.Image takes C++ pixels).
  #received(id, props) {
    if (!("value" in props)) return;
    this.#edgeOf(this.#tree.typeOf(id))?.received?.(props.value, this.#app);
  }

  #edgeOf(type) {
    return this.#tree.moduleOf(type)?.edge ?? null;
  }

  // Virtual time for the engine is seconds since this view was created.
  #now() {
    return (performance.now() - this.#t0) / 1000;
  }

  // Brings the engine's clock up to now (for ETAs and time limits); always true.
  #tick() {
    this.#apply(this.#handle.advanceTo(this.#now()));
    return true;
  }

  // gr.Timer ticks only while the page is visible, as Gradio's frontend does.
  #armTimer({ id, interval }) {
    clearInterval(this.#timers.get(id));
    const handle = setInterval(() => {
      if (document.visibilityState === "visible") this.#apply(this.#tick() && this.#handle.timerFired(id));
    }, interval * 1000);
    this.#timers.set(id, handle);
  }

  #wake(at) {
    const handle = setTimeout(() => {
      this.#wakes.delete(handle);
      if (this.#alive) this.#tick();
    }, Math.max(0, (at - this.#now()) * 1000));
    this.#wakes.add(handle);
  }

  // BrowserState values come back from localStorage before the load listeners run.
  async #restoreBrowserState(nodes) {
    for (const node of nodes.filter((n) => n.type === "browserstate" && n.props.storage_key)) {
      this.#secrets.set(node.props.storage_key, node.props.secret || null);
      const stored = await readBrowserState(node.props.storage_key, node.props.secret);
      try {
        if (stored !== undefined) this.#handle.restoreBrowserState(node.id, stored);
      } catch {
        /* not JSON (written by something else): keep default_value */
      }
    }
  }

  // The value lives on in the engine; a value the browser would not keep is reported, not lost
  // silently.
  #storeBrowserState({ storage_key, value }) {
    storeBrowserState(storage_key, this.#secrets.get(storage_key), value).catch((err) =>
      this.#toast({ level: "warning", title: "Warning", message: `BrowserState "${storage_key}" was not saved: ${messageOf(err)}` }),
    );
  }

  // Runs a job: a function registered under the api_name, else the config's `js`.
  // A plain return resolves at once; a Promise resolves when it settles; a generator job's
  // (async) iterator streams each value until it ends or the engine cancels it.
  #run(cmd) {
    const edge = cmd.edge ?? NO_EDGE;
    if (cmd.native && this.#natives) return this.#runNative(cmd, edge);
    const registered = findFunction(cmd.fn, this.#functions);
    if (this.#remote && !registered && edge.backend_fn) {
      // A server's .stream() event: the first chunk joins its queue, later ones follow it.
      if (cmd.chunk) this.#sendChunk(cmd, edge);
      else this.#runRemote(cmd, edge);
      return;
    }
    // A registered function gets each input as its component's `type` asks (its edge); a
    // config `js` function gets the component values as Gradio's frontend has them.
    let inputs;
    try {
      inputs = registered && !cmd.validator ? this.#arguments(edge, cmd.inputs) : cmd.inputs;
    } catch (err) {
      return this.#apply(this.#handle.reject(cmd.job, messageOf(err)));
    }
    if (inputs.some(isThenable)) {
      Promise.all(inputs).then(
        (args) => this.#call({ ...cmd, inputs: args }, edge, registered),
        (err) => this.#settle(() => this.#handle.reject(cmd.job, messageOf(err)), cmd.job),
      );
      return;
    }
    this.#call({ ...cmd, inputs }, edge, registered);
  }

  #arguments(edge, values) {
    return values.map((v, i) => {
      const slot = edge.inputs[i];
      if (slot?.unconverted && v != null) throw new Error(`input ${i + 1} (component ${slot.id}): ${slot.unconverted}`);
      const convert = slot && this.#edgeOf(slot.type)?.argument;
      return convert ? convert(v, this.#tree.props(slot.id) ?? {}, this.#app) : v;
    });
  }

  // A function's return value → the wire values the core takes, through each output's edge.
  // A value of the wrong shape throws an Error naming the component and what it expected. An
  // edge may answer with a Promise (AnnotatedImage's boxes over a URL wait for its size); then
  // so does this.
  #outputs(edge, value) {
    const one = (v, slot) => {
      const convert = this.#edgeOf(slot.type)?.output;
      if (!convert || v === undefined) return v;
      const named = (err) => {
        const label = this.#tree.props(slot.id)?.label;
        return new Error(`output ${slot.type}${label ? ` "${label}"` : ""} (component ${slot.id}): ${messageOf(err)}`);
      };
      try {
        const out = convert(v, this.#tree.props(slot.id) ?? {}, this.#app);
        return isThenable(out) ? out.then(null, (err) => Promise.reject(named(err))) : out;
      } catch (err) {
        throw named(err);
      }
    };
    if (!edge.outputs.some((s) => this.#edgeOf(s.type)?.output)) return value;
    if (edge.outputs.length === 1) return one(value, edge.outputs[0]);
    if (!Array.isArray(value)) return value;
    const out = value.map((v, i) => (edge.outputs[i] ? one(v, edge.outputs[i]) : v));
    return out.some(isThenable) ? Promise.all(out) : out;
  }

  // The EventData a function asking for one receives: Gradio always sets `target`, the
  // component whose event ran it; the event's own data (select's index/value…) joins it.
  #eventData(cmd) {
    const target = cmd.target != null ? { id: cmd.target, type: this.#tree.typeOf(cmd.target), props: this.#tree.props(cmd.target) } : null;
    const data = cmd.event_data;
    if (data && typeof data === "object" && !Array.isArray(data)) return { ...data, target };
    return data == null ? { target } : { target, _data: data };
  }

  // A `.stream()` job (cmd.stream) answers each call with yieldValue; the engine ends it.
  #call(cmd, edge, registered) {
    const { job, js, inputs, generator, stream } = cmd;
    let result;
    // Gradio hands EventData to a function whose signature asks for it; a JS function asks by
    // declaring one parameter more than it has inputs (or the config says collects_event_data).
    const wants = registered && !cmd.validator && (registered.length > inputs.length || edge.collects_event_data);
    const extra = wants ? [this.#eventData(cmd)] : [];
    try {
      const frontend = js ? compileJs(js) : null;
      if (!registered && !frontend) throw new Error(`no function registered for "${cmd.fn}"`);
      // With both, the config's `js` runs first and its result replaces the inputs (Gradio).
      result = toastsTo(this.#toastSink, () => {
        if (!registered) return frontend(...inputs);
        if (!frontend) return registered(...inputs, ...extra);
        return then(frontend(...inputs), (r) => registered(...asArgs(r), ...extra));
      });
    } catch (err) {
      this.#apply(this.#handle.reject(job, messageOf(err)));
      return;
    }
    // The wire text of a returned value: a string, or a Promise of one when an output edge waits.
    const send = (value) => {
      const out = cmd.validator ? value : this.#outputs(edge, value);
      return isThenable(out) ? out.then((v) => JSON.stringify(v ?? null)) : JSON.stringify(out ?? null);
    };
    const give = (text) => (stream ? this.#handle.yieldValue(job, text) : this.#handle.resolve(job, text));
    const answer = (value) => {
      const text = send(value);
      if (!isThenable(text)) return give(text);
      text.then((t) => this.#settle(() => give(t), job), (err) => this.#settle(() => this.#handle.reject(job, messageOf(err)), job));
      return "[]"; // no commands yet: they come when the value is ready
    };
    if (generator && result && (result[Symbol.asyncIterator] || result[Symbol.iterator])) {
      this.#stream(job, result, send, !stream);
    } else if (isThenable(result)) {
      result.then(
        (value) => this.#settle(() => answer(value), job),
        (err) => this.#settle(() => this.#handle.reject(job, messageOf(err)), job),
      );
    } else {
      this.#settle(() => answer(result), job);
    }
  }

  #appConfig() {
    this.#config ??= JSON.parse(this.#handle.config());
    return this.#config;
  }

  // A C++ function in this module takes gr::image::Image pixels: each asked input is prepared
  // by its component's `pixels` edge (decoded, oriented, in its image_mode), then the call runs.
  async #prepareImages({ job, inputs, values, edge = NO_EDGE }) {
    if (!this.#handle.provideImages) {
      const message = "this C++ app module was built without image support: graft_add_app binds it when the app's source names gr::image";
      this.#settle(() => this.#handle.reject(job, message), job);
      return;
    }
    try {
      const images = await this.#pixels(inputs, values, edge);
      this.#settle(() => this.#handle.provideImages(job, images), job);
    } catch (err) {
      this.#settle(() => this.#handle.failImages(job, messageOf(err)), job);
    }
  }

  #pixels(inputs, values, edge) {
    return Promise.all(
      inputs.map((i, k) => {
        const slot = edge.inputs[i];
        const pixels = slot && this.#edgeOf(slot.type)?.pixels;
        if (!pixels) throw new Error(`input ${i} (${slot?.type ?? "unknown"}) cannot give a C++ function pixels`);
        return pixels(values[k], this.#tree.props(slot.id) ?? {}, this.#app);
      }),
    );
  }

  // A C++ function's job, run in the app's worker (native-runner.js): its reports reach the
  // engine as they arrive, so a generator's yields show one by one. A call that needs pixels
  // comes back asking for them, and runs again with the listener's prepared gr.Image inputs.
  #runNative(cmd, edge, images = null, files = null) {
    const { job, generator, stream } = cmd;
    const settle = (call) => this.#settle(call, job);
    const request = {
      job, fn: cmd.fn, dependency: cmd.dependency, generator: Boolean(generator), images, files,
      inputs: JSON.stringify(cmd.inputs), event_data: JSON.stringify(cmd.event_data ?? null),
    };
    const made = new Map(); // path the C++ side named a returned file by -> its FileData here
    this.#natives.run(request, (m) => {
      if (!this.#alive) return;
      for (const { path, image } of m.images ?? []) this.#keepNativeImage(path, image);
      for (const f of m.files ?? []) made.set(f.path, this.#app.files.add(new Blob([f.bytes], { type: f.mime_type || "" }), f.name));
      if ("yield" in m) return settle(() => this.#handle.yieldValue(job, withFiles(m.yield, made)));
      if ("progress" in m) return settle(() => this.#handle.progress(job, m.progress));
      if ("log" in m) return settle(() => this.#handle.log(job, ...m.log));
      if ("crashed" in m) {
        console.error(`Graft: ${m.crashed}`);
        return settle(() => this.#handle.rejectNative(job, m.crashed, true));
      }
      const o = JSON.parse(m.outcome);
      if (o.kind === "failed") return settle(() => this.#handle.rejectNative(job, o.message, o.user_error));
      if (o.kind === "needs_files") {
        // The bytes of every file the inputs name, read from the page's store (or fetched).
        this.#fileBytes(cmd.inputs).then(
          (read) => this.#alive && !this.#stopped.has(job) && this.#runNative(cmd, edge, images, read),
          (err) => settle(() => this.#handle.rejectNative(job, `a file could not be read: ${messageOf(err)}`, true)),
        );
        return;
      }
      if (o.kind === "needs_images") {
        const values = o.inputs.map((i) => cmd.inputs[i]);
        this.#pixels(o.inputs, values, edge).then(
          (prepared) => {
            const aligned = cmd.inputs.map(() => null);
            o.inputs.forEach((i, k) => (aligned[i] = prepared[k]));
            if (this.#alive && !this.#stopped.has(job)) this.#runNative(cmd, edge, aligned, files);
          },
          (err) => settle(() => this.#handle.rejectNative(job, messageOf(err), true)),
        );
        return;
      }
      const value = withFiles(JSON.stringify(o.value ?? null), made);
      if (generator) return stream ? undefined : settle(() => this.#handle.endStream(job));
      settle(() => (stream ? this.#handle.yieldValue(job, value) : this.#handle.resolve(job, value)));
    });
  }

  // {url or path: bytes} of each FileData in `values`, at any depth.
  async #fileBytes(values) {
    const found = new Map();
    const walk = (v) => {
      if (!v || typeof v !== "object") return;
      if (Array.isArray(v)) return v.forEach(walk);
      if (v.meta?._type === "gradio.FileData" && typeof (v.url ?? v.path) === "string") found.set(v.url ?? v.path, v);
      else Object.values(v).forEach(walk);
    };
    walk(values);
    const read = {};
    await Promise.all([...found].map(async ([key, file]) => (read[key] = await this.#app.files.bytes(file))));
    return read;
  }

  // Pixels a C++ function returned in the worker wait here until gr.Image's edge takes them;
  // the last 64 untaken are kept, as the Session keeps its own.
  #keepNativeImage(path, image) {
    this.#nativeImages.set(path, image);
    if (this.#nativeImages.size > 64) this.#nativeImages.delete(this.#nativeImages.keys().next().value);
  }

  #takeImage(path) {
    const image = this.#nativeImages.get(path);
    if (image) {
      this.#nativeImages.delete(path);
      return image;
    }
    return this.#handle.takeImage?.(path) ?? null;
  }

  // A job whose function lives on the server: the config's `js` (if any) runs first and its
  // result becomes the inputs, as in Gradio; files the page holds (uploaded images) go to the
  // server's /upload; then its queue — or /run for a queue=false listener with an api_name —
  // runs it and reports back.
  #runRemote({ job, dependency, js, inputs, event_data, generator }, edge) {
    const outputs = edge.outputs.length;
    const shape = (data) => {
      const values = data.map((v) => this.#serverFiles(v));
      return outputs === 1 ? values[0] : values; // wire lists → a return value
    };
    const settle = (call) => this.#settle(call, job);
    const onUpdate = (u) => {
      switch (u.kind) {
        case "queued": return settle(() => this.#handle.queued(job, u.rank ?? -1, u.eta ?? -1));
        case "started": return settle(() => this.#handle.queued(job, -1, u.eta ?? -1));
        case "progress": return settle(() => this.#handle.progress(job, JSON.stringify(u.progress)));
        case "log": return settle(() => this.#handle.log(job, u.level ?? "info", u.message ?? "", u.title ?? "", u.duration ?? -1));
        case "generating": return settle(() => this.#handle.yieldValue(job, JSON.stringify(shape(u.data))));
        case "completed":
          if (!Array.isArray(u.data) || u.data.length < outputs) return; // a cancelled run sends no data
          if (!generator) return settle(() => this.#handle.resolve(job, JSON.stringify(shape(u.data))));
          settle(() => this.#handle.yieldValue(job, JSON.stringify(shape(u.data))));
          return settle(() => this.#handle.endStream(job));
        case "failed": return settle(() => this.#handle.reject(job, u.message));
        case "validation_failed": return settle(() => this.#handle.rejectedInputs(job, JSON.stringify(u.validation)));
      }
    };
    const submit = async (data) => {
      const sent = await this.#uploadFiles(job, edge, data);
      if (this.#stopped.has(job) || !this.#alive) return;
      const request = { job, fnIndex: dependency, apiName: edge.api_name, data: sent, eventData: event_data };
      if (!edge.queue && edge.api_name) this.#remote.run(request, onUpdate);
      else this.#remote.submit(request, onUpdate);
    };
    const fail = (err) => settle(() => this.#handle.reject(job, messageOf(err)));
    try {
      then(js ? compileJs(js)(...inputs) : inputs, (r) => submit(js ? asArgs(r) : r)).catch(fail);
    } catch (err) {
      fail(err);
    }
  }

  // The next chunk of a server's `.stream()` event (Gradio's POST /stream/{event_id}); the
  // server answers it on the data stream (process_streaming), and only then does the engine
  // send the next one. A stream's value is new data under the same name each time (a webcam's
  // latest frame), so its files are uploaded afresh, never found among earlier uploads.
  async #sendChunk({ job, inputs, event_data }, edge) {
    const forget = () => inputs.forEach((v) => v && typeof v === "object" && this.#uploaded.delete(v.url ?? v.path));
    try {
      forget();
      const sent = await this.#uploadFiles(job, edge, inputs);
      forget();
      if (this.#stopped.has(job) || !this.#alive) return;
      await this.#remote.sendChunk({ job, data: sent, eventData: event_data });
    } catch (err) {
      this.#settle(() => this.#handle.reject(job, messageOf(err)), job);
    }
  }

  // Files only the page has (blob: URLs, pixels), anywhere in the inputs — a value itself, a
  // File list, an ImageEditor's dict, a MultimodalTextbox's files, a Gallery's items — are
  // uploaded, all in one request, and replaced by FileData naming the server's copies
  // (remembered, so a file goes up once however many events use it), as Gradio's client walks
  // a payload for its files. Upload progress shows as the job's progress. Images were already
  // checked locally when they were chosen.
  async #uploadFiles(job, edge, data) {
    const { images, files: store } = this.#app;
    const here = (v) => Boolean(images?.heldHere(v) || store.holds(v));
    const key = (v) => v.url ?? v.path;
    const pending = new Map(); // key → { value, input index }: each file once
    data.forEach((v, i) => mapHeld(v, here, (file) => {
      if (!this.#uploaded.has(key(file)) && !pending.has(key(file))) pending.set(key(file), { value: file, input: i });
      return file;
    }));
    if (pending.size) {
      const held = [...pending.values()];
      const asFile = async ({ value, input }) =>
        images?.heldHere(value)
          ? images.file(value, this.#tree.props(edge.inputs[input]?.id)?.format ?? "webp")
          : new File([await store.bytes(value)], value.orig_name ?? "file", { type: value.mime_type ?? "" });
      const files = await Promise.all(held.map(asFile));
      const progress = (loaded, total) =>
        this.#settle(() => this.#handle.progress(job, JSON.stringify([{ index: null, length: null, unit: "bytes", progress: loaded / total, desc: "uploading" }])), job);
      const paths = await this.#remote.upload(files, progress);
      held.forEach(({ value }, k) => {
        const f = files[k];
        this.#uploaded.set(key(value), { path: paths[k], url: null, orig_name: f.name, size: f.size, mime_type: f.type || null, meta: { _type: "gradio.FileData" } });
      });
    }
    return data.map((v) => mapHeld(v, here, (file) => this.#uploaded.get(key(file)) ?? file));
  }

  // FileData the server returned gets its URL, as Gradio's frontend gives it one.
  #serverFiles(value) {
    if (Array.isArray(value)) return value.map((v) => this.#serverFiles(v));
    if (!value || typeof value !== "object") return value;
    if (value.meta?._type === "gradio.FileData" && value.path && !value.url) return { ...value, url: this.#remote.fileUrl(value.path) };
    if (value.__type__ === "update" && "value" in value) return { ...value, value: this.#serverFiles(value.value) };
    return value;
  }

  async #stream(job, iterator, send, end = true) {
    try {
      for await (const value of iterator) {
        if (this.#stopped.has(job) || !this.#alive) return;
        let text = send(value);
        if (isThenable(text)) {
          text = await text; // yields stay in order: the next waits for this one
          if (this.#stopped.has(job) || !this.#alive) return;
        }
        this.#settle(() => this.#handle.yieldValue(job, text), job);
      }
      if (end) this.#settle(() => this.#handle.endStream(job), job);
    } catch (err) {
      this.#settle(() => this.#handle.reject(job, messageOf(err)), job);
    } finally {
      this.#stopped.delete(job);
    }
  }

  // A type whose module says `tracker: false` (Gradio's buttons) shows no status tracker.
  #status(cmd) {
    for (const id of cmd.ids) {
      const el = this.#tree.element(id);
      if (el && this.#tree.moduleOf(this.#tree.typeOf(id))?.tracker !== false) showStatus(el, cmd);
    }
  }

  #toast(toast) {
    if (this.#toasts) showToast(this.#toasts, toast);
  }

  #validation({ id, message }) {
    const el = this.#tree.element(id);
    if (el) showValidation(el, message);
  }

  #settle(call, job) {
    if (!this.#alive) return; // destroyed while the job ran
    let commands;
    try {
      this.#tick();
      commands = call();
    } catch (err) {
      // A value JSON cannot carry (a cycle, a BigInt), or of the wrong shape for its output,
      // fails the job with its reason.
      commands = this.#handle.reject(job, messageOf(err));
    }
    this.#apply(commands);
  }
}

function then(value, next) {
  return isThenable(value) ? value.then(next) : next(value);
}

function isThenable(value) {
  return Boolean(value) && typeof value.then === "function";
}

// process_frontend_fn: a non-array result is one value; undefined is none.
function asArgs(r) {
  return r === undefined ? [] : Array.isArray(r) ? r : [r];
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
