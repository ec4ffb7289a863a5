// One mounted app: renders the core's layout tree with one renderer per component type,
// sends user events into the core, runs the jobs it asks for, and applies its commands.
// Prop patches are applied once per microtask. Owns the DOM, timers and localStorage (the
// host ports the engine's commands name); holds no app logic.
import { renderers, placeholder } from "./renderers/index.js";
import { findFunction } from "./functions.js";
import { readBrowserState, storeBrowserState } from "./browser-state.js";
import { showStatus, showToast, showValidation } from "./status.js";

// FileData.path of an image a C++ function returned (Session::keep_image).
const CPP_PIXELS = "graft-pixels/cpp-";

export class AppView {
  #handle;
  #functions;
  #root;
  #views = new Map(); // component id -> { renderer, view, props }
  #pendingProps = new Map();
  #flushQueued = false;
  #toasts;
  #timers = new Map(); // Timer component id -> interval handle
  #wakes = new Set(); // time-limit wake-up handles
  #stopped = new Set(); // generator jobs the engine cancelled
  #t0 = performance.now();

  #remote; // RemoteQueue of the Gradio server the app came from, if any
  #config = null; // the app's config, parsed once when first needed
  #deps = null; // dependency id -> { inputs, outputs, targets, backend, queue, apiName, eventData }
  #images = null; // an ImageStore, for apps with an Image (image-support.js)
  #secrets = new Map(); // BrowserState storage_key -> secret
  #uploaded = new Map(); // blob URL or pixel key -> FileData of the server's copy

  constructor(handle, element, { functions, remote = null } = {}) {
    this.#handle = handle;
    this.#functions = functions;
    this.#remote = remote;
    this.#root = element;
  }

  // Builds the DOM and runs the app's load listeners. An app with images first loads the
  // image pipeline (graft-image.wasm) and the images' watermarks, so every upload and returned
  // image can be handled at once.
  async mount() {
    const tree = JSON.parse(this.#handle.tree());
    if (hasType(tree.root, "image")) {
      const { ImageStore, image } = await import("./image-support.js");
      renderers.image = image;
      this.#images ??= new ImageStore();
      await this.#images.load();
      // A served app's server marks its own images; its watermark paths are the server's.
      if (!this.#remote) await Promise.all(nodesOf(tree.root, "image").map((n) => this.#images.loadWatermark(n.props.watermark)));
    }
    const app = document.createElement("div");
    app.className = "graft-app";
    app.append(this.#render(tree.root));
    this.#toasts = document.createElement("div");
    this.#toasts.className = "graft-toasts";
    app.append(this.#toasts);
    this.#root.replaceChildren(app);
    await this.#restoreBrowserState(tree.root);
    this.#apply(this.#handle.mount());
  }

  destroy() {
    this.#apply(this.#handle.unmount()); // disarms timers, runs unload listeners
    for (const handle of this.#wakes) clearTimeout(handle);
    for (const { renderer, view } of this.#views.values()) renderer.destroy?.(view);
    this.#views.clear();
    this.#images?.clear();
    this.#handle.delete();
    this.#root.replaceChildren();
  }

  #render(node) {
    const renderer = node.id === 0 && node.type === "blocks" ? renderers.column : renderers[node.type] ?? placeholder;
    const ctx = {
      input: (value) => this.#apply(this.#tick() && this.#handle.input(node.id, JSON.stringify(value ?? null))),
      emit: (event, data = null) => this.#apply(this.#tick() && this.#handle.dispatch(node.id, event, JSON.stringify(data))),
      upload: (file) => this.#upload(node.id, file),
      clear: () => this.#setValue(node.id, null, "clear"),
      streamFrame: (frame) => this.#streamFrame(node.id, frame),
      stopStream: () => this.#stopStream(node.id),
      error: (message) => this.#toast({ level: "error", title: "Error", message }),
      images: this.#images,
      type: node.type,
    };
    const view = renderer.create(node.props, ctx);
    for (const child of node.children ?? []) view.el.append(this.#render(child));
    view.el.dataset.graftId = node.id;
    this.#views.set(node.id, { renderer, view, props: node.props });
    return view.el;
  }

  #apply(commandsJson) {
    for (const cmd of JSON.parse(commandsJson)) {
      switch (cmd.type) {
        case "props": this.#adoptImage(cmd.props.value); this.#queueProps(cmd.id, cmd.props); break;
        case "run": this.#run(cmd); break;
        case "status": this.#status(cmd); break;
        case "toast": this.#toast(cmd); break;
        case "arm_timer": this.#armTimer(cmd); break;
        case "disarm_timer": clearInterval(this.#timers.get(cmd.id)); this.#timers.delete(cmd.id); break;
        case "wake": this.#wake(cmd.at); break;
        case "cancel": this.#stopped.add(cmd.job); this.#remote?.cancel(cmd.job); break;
        case "validation": this.#validation(cmd); break;
        case "browser_state": storeBrowserState(cmd.storage_key, this.#secrets.get(cmd.storage_key), cmd.value); break;
        case "scroll": this.#views.get(cmd.id)?.view.el.scrollIntoView?.({ block: "nearest" }); break;
        case "stream_chunk": this.#run({ ...cmd, stream: true, chunk: true }); break;
        case "close_stream": this.#stopped.add(cmd.job); break;
        case "prepare_images": this.#prepareImages(cmd); break;
      }
    }
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
      if (this.#views.size) this.#tick();
    }, Math.max(0, (at - this.#now()) * 1000));
    this.#wakes.add(handle);
  }

  // BrowserState values come back from localStorage before the load listeners run.
  async #restoreBrowserState(root) {
    const states = [];
    const walk = (node) => {
      if (node.type === "browserstate" && node.props.storage_key) states.push(node);
      (node.children ?? []).forEach(walk);
    };
    walk(root);
    for (const node of states) {
      this.#secrets.set(node.props.storage_key, node.props.secret || null);
      const stored = await readBrowserState(node.props.storage_key, node.props.secret);
      try {
        if (stored !== undefined) this.#handle.restoreBrowserState(node.id, stored);
      } catch {
        /* not JSON (written by something else): keep default_value */
      }
    }
  }

  #queueProps(id, props) {
    this.#pendingProps.set(id, { ...this.#pendingProps.get(id), ...props });
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    queueMicrotask(() => {
      this.#flushQueued = false;
      for (const [cid, patch] of this.#pendingProps) {
        const entry = this.#views.get(cid);
        if (!entry) continue;
        entry.props = { ...entry.props, ...patch };
        entry.renderer.update(entry.view, entry.props, patch);
      }
      this.#pendingProps.clear();
    });
  }

  // Runs a job: a function registered under the api_name, else the config's `js`.
  // A plain return resolves at once; a Promise resolves when it settles; a generator job's
  // (async) iterator streams each value until it ends or the engine cancels it.
  #run(cmd) {
    const { job, fn, js, generator, dependency } = cmd;
    const registered = findFunction(fn, this.#functions);
    if (this.#remote && !registered && this.#dependency(dependency).backend) {
      // Later chunks of a server's .stream() event (POST /stream/{event_id}) are not sent yet.
      if (!cmd.chunk) this.#runRemote(cmd);
      return;
    }
    // A registered function gets image inputs as their `type` asks; a config `js` function
    // gets the component values as Gradio's frontend has them.
    const inputs = registered ? this.#imageArguments(dependency, cmd.inputs) : cmd.inputs;
    if (inputs.some(isThenable)) {
      Promise.all(inputs).then((args) => this.#call({ ...cmd, inputs: args }, registered), (err) => this.#settle(() => this.#handle.reject(job, messageOf(err)), job));
      return;
    }
    this.#call({ ...cmd, inputs }, registered);
  }

  // A `.stream()` job (cmd.stream) answers each call with yieldValue; the engine ends it.
  #call({ job, fn, js, inputs, generator, dependency, event_data, stream }, registered) {
    let result;
    // Gradio hands EventData to a function whose signature asks for it; a JS function asks by
    // declaring one parameter more than it has inputs (or the config says collects_event_data).
    const wants = registered && (registered.length > inputs.length || this.#dependency(dependency).eventData);
    const extra = wants ? [event_data ?? null] : [];
    try {
      const frontend = js ? compileJs(js) : null;
      if (!registered && !frontend) throw new Error(`no function registered for "${fn}"`);
      // With both, the config's `js` runs first and its result replaces the inputs (Gradio).
      if (!registered) result = frontend(...inputs);
      else if (!frontend) result = registered(...inputs, ...extra);
      else result = then(frontend(...inputs), (r) => registered(...asArgs(r), ...extra));
    } catch (err) {
      this.#apply(this.#handle.reject(job, messageOf(err)));
      return;
    }
    const send = (value) => JSON.stringify(this.#imageOutputs(dependency, value) ?? null);
    const answer = (value) => (stream ? this.#handle.yieldValue(job, send(value)) : this.#handle.resolve(job, send(value)));
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

  #dependencies() {
    this.#deps ??= new Map(
      this.#appConfig().dependencies.map((d) => [
        d.id,
        {
          inputs: d.inputs, outputs: d.outputs, targets: d.targets, backend: d.backend_fn !== false, queue: d.queue !== false,
          apiName: d.api_name ?? null, eventData: d.collects_event_data === true,
        },
      ]),
    );
    return this.#deps;
  }

  #dependency(id) {
    return this.#dependencies().get(id) ?? { inputs: [], outputs: [], targets: [], backend: false, queue: true, apiName: null };
  }

  #propsOf(id) {
    return this.#views.get(id)?.props ?? null;
  }

  #isImage(id) {
    return renderers.image !== undefined && this.#views.get(id)?.renderer === renderers.image;
  }

  // Image inputs → numpy-like arrays, GraftImages or URLs (some URLs are encoded on demand:
  // those entries are Promises).
  #imageArguments(dependency, values) {
    const ids = this.#dependency(dependency).inputs;
    return values.map((v, i) => (this.#isImage(ids[i]) ? this.#images.argument(v, this.#propsOf(ids[i])) : v));
  }

  // A local function's return value with images it returned as pixels kept in the store.
  #imageOutputs(dependency, value) {
    const ids = this.#dependency(dependency).outputs;
    if (!ids.some((id) => this.#isImage(id))) return value;
    const one = (v, id) => {
      if (!this.#isImage(id)) return v;
      if (v && v.__type__ === "update" && "value" in v) return { ...v, value: this.#images.output(v.value, this.#propsOf(id)) };
      return this.#images.output(v, this.#propsOf(id));
    };
    if (ids.length === 1) return one(value, ids[0]);
    return Array.isArray(value) ? value.map((v, i) => one(v, ids[i])) : value;
  }

  // A C++ function in this module takes gr::image::Image pixels: each asked input is prepared
  // as for a function of the page (decoded, oriented, in its image_mode), then the call runs.
  async #prepareImages({ job, dependency, inputs, values }) {
    if (!this.#handle.provideImages) {
      const message = "this C++ app module was built without image support: graft_add_app binds it when the app's source names gr::image";
      this.#settle(() => this.#handle.reject(job, message), job);
      return;
    }
    const ids = this.#dependency(dependency).inputs;
    try {
      const images = await Promise.all(inputs.map((i, k) => this.#images.argument(values[k], { ...this.#propsOf(ids[i]), type: "pil" })));
      this.#settle(() => this.#handle.provideImages(job, images), job);
    } catch (err) {
      this.#settle(() => this.#handle.failImages(job, messageOf(err)), job);
    }
  }

  // An image a C++ function returned is a FileData whose pixels the module keeps until taken.
  #adoptImage(value) {
    if (typeof value?.path !== "string" || !value.path.startsWith(CPP_PIXELS)) return;
    const image = this.#handle.takeImage?.(value.path);
    if (image) this.#images?.adopt(value.path, image);
  }

  // A file the user chose for an Image: checked and preprocessed now; a bad file is a toast
  // naming it, and the component keeps its value.
  async #upload(id, file) {
    let value;
    try {
      value = await this.#images.upload(file, this.#propsOf(id) ?? {}, { maxFileSize: this.#maxFileSize() });
    } catch (err) {
      if (this.#views.size) this.#toast({ level: "error", title: "Error", message: messageOf(err) });
      return;
    }
    if (this.#views.size) this.#setValue(id, value, "upload");
  }

  // A streaming Image's webcam frame: the component's value (the same pixel slot each time,
  // so no change event fires), then its `stream` event — a new event, or the next chunk of
  // the one running.
  #streamFrame(id, frame) {
    if (!this.#views.size) return;
    const value = this.#images.frame(`stream-${id}`, frame);
    this.#apply(this.#tick() && this.#handle.input(id, JSON.stringify(value)));
    this.#apply(this.#handle.dispatch(id, "stream", "null"));
  }

  // The webcam stopped: each `.stream()` listener of the component ends its event.
  #stopStream(id) {
    if (!this.#views.size) return;
    for (const [dep, { targets }] of this.#dependencies())
      if (targets.some(([t, e]) => t === id && e === "stream")) this.#apply(this.#tick() && this.#handle.closeStream(dep));
  }

  #setValue(id, value, event) {
    this.#queueProps(id, { value });
    this.#apply(this.#tick() && this.#handle.input(id, JSON.stringify(value)));
    this.#apply(this.#handle.dispatch(id, event, "null"));
  }

  #maxFileSize() {
    return this.#appConfig().max_file_size ?? null;
  }

  // A job whose function lives on the server: the config's `js` (if any) runs first and its
  // result becomes the inputs, as in Gradio; files the page holds (uploaded images) go to the
  // server's /upload; then its queue — or /run for a queue=false listener with an api_name —
  // runs it and reports back.
  #runRemote({ job, dependency, js, inputs, event_data, generator }) {
    const dep = this.#dependency(dependency);
    const outputs = dep.outputs.length;
    const shape = (data) => {
      const values = data.map((v) => this.#serverFiles(v));
      return outputs === 1 ? values[0] : values; // wire lists → a return value
    };
    const onUpdate = (u) => {
      switch (u.kind) {
        case "queued": return this.#settle(() => this.#handle.queued(job, u.rank ?? -1, u.eta ?? -1), job);
        case "started": return this.#settle(() => this.#handle.queued(job, -1, u.eta ?? -1), job);
        case "progress": return this.#settle(() => this.#handle.progress(job, JSON.stringify(u.progress)), job);
        case "log": return this.#settle(() => this.#handle.log(job, u.level ?? "info", u.message ?? "", u.title ?? ""), job);
        case "generating": return this.#settle(() => this.#handle.yieldValue(job, JSON.stringify(shape(u.data))), job);
        case "completed":
          if (!Array.isArray(u.data) || u.data.length < outputs) return; // a cancelled run sends no data
          if (!generator) return this.#settle(() => this.#handle.resolve(job, JSON.stringify(shape(u.data))), job);
          this.#settle(() => this.#handle.yieldValue(job, JSON.stringify(shape(u.data))), job);
          return this.#settle(() => this.#handle.endStream(job), job);
        case "failed": return this.#settle(() => this.#handle.reject(job, u.message), job);
        case "validation_failed": return this.#settle(() => this.#handle.rejectedInputs(job, JSON.stringify(u.validation)), job);
      }
    };
    const submit = async (data) => {
      const sent = await this.#uploadFiles(job, dep, data);
      if (this.#stopped.has(job) || !this.#views.size) return;
      const request = { job, fnIndex: dependency, apiName: dep.apiName, data: sent, eventData: event_data };
      if (!dep.queue && dep.apiName) this.#remote.run(request, onUpdate);
      else this.#remote.submit(request, onUpdate);
    };
    const fail = (err) => this.#settle(() => this.#handle.reject(job, messageOf(err)), job);
    try {
      then(js ? compileJs(js)(...inputs) : inputs, (r) => submit(js ? asArgs(r) : r)).catch(fail);
    } catch (err) {
      fail(err);
    }
  }

  // Inputs holding files only the page has (blob: URLs, pixels) are uploaded, all in one
  // request, and replaced by FileData naming the server's copies (remembered, so a file goes
  // up once however many events use it). Upload progress shows as the job's progress. Images
  // were already checked locally when they were chosen.
  async #uploadFiles(job, dep, data) {
    const key = (v) => v.url ?? v.path;
    const out = data.map((v) => (this.#images?.heldHere(v) && this.#uploaded.get(key(v))) || v);
    const held = out.map((v, i) => (this.#images?.heldHere(v) ? i : -1)).filter((i) => i >= 0);
    if (!held.length) return out;
    const files = await Promise.all(held.map((i) => this.#images.file(data[i], this.#propsOf(dep.inputs[i])?.format ?? "webp")));
    const progress = (loaded, total) =>
      this.#settle(() => this.#handle.progress(job, JSON.stringify([{ index: null, length: null, unit: "bytes", progress: loaded / total, desc: "uploading" }])), job);
    const paths = await this.#remote.upload(files, progress);
    held.forEach((i, k) => {
      const sent = { path: paths[k], url: null, orig_name: files[k].name, size: files[k].size, mime_type: files[k].type || null, meta: { _type: "gradio.FileData" } };
      this.#uploaded.set(key(data[i]), sent);
      out[i] = sent;
    });
    return out;
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
        if (this.#stopped.has(job) || !this.#views.size) return;
        this.#settle(() => this.#handle.yieldValue(job, send(value)), job);
      }
      if (end) this.#settle(() => this.#handle.endStream(job), job);
    } catch (err) {
      this.#settle(() => this.#handle.reject(job, messageOf(err)), job);
    } finally {
      this.#stopped.delete(job);
    }
  }

  #status(cmd) {
    for (const id of cmd.ids) {
      const el = this.#views.get(id)?.view.el;
      if (el) showStatus(el, cmd);
    }
  }

  #toast(toast) {
    showToast(this.#toasts, toast);
  }

  #validation({ id, message }) {
    const el = this.#views.get(id)?.view.el;
    if (el) showValidation(el, message);
  }

  #settle(call, job) {
    if (!this.#views.size) return; // destroyed while the job ran
    let commands;
    try {
      this.#tick();
      commands = call();
    } catch (err) {
      // A value JSON cannot carry (a cycle, a BigInt) fails the job with its reason.
      commands = this.#handle.reject(job, `the function's result cannot be sent: ${messageOf(err)}`);
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

function hasType(node, type) {
  return node.type === type || (node.children ?? []).some((c) => hasType(c, type));
}

function nodesOf(node, type) {
  return [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((c) => nodesOf(c, type))];
}

// process_frontend_fn: a non-array result is one value; undefined is none.
function asArgs(r) {
  return r === undefined ? [] : Array.isArray(r) ? r : [r];
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}

// An app's own `js` (from its config) runs; values never do. Compiled once per source.
const compiled = new Map();
function compileJs(source) {
  let fn = compiled.get(source);
  if (!fn) {
    fn = new Function(`return (${source});`)();
    compiled.set(source, fn);
  }
  return fn;
}
