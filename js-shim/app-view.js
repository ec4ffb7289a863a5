// One mounted app: renders the core's layout tree with one renderer per component type,
// sends user events into the core, runs the jobs it asks for, and applies its commands.
// Prop patches are applied once per microtask. Owns the DOM, timers and localStorage (the
// host ports the engine's commands name); holds no app logic.
import { renderers, placeholder } from "./renderers/index.js";
import { findFunction } from "./functions.js";

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
  #deps = null; // dependency id -> { outputs, backend } (from the config, for remote jobs)

  constructor(handle, element, { functions, remote = null } = {}) {
    this.#handle = handle;
    this.#functions = functions;
    this.#remote = remote;
    this.#root = element;
  }

  // Builds the DOM and runs the app's load listeners.
  mount() {
    const tree = JSON.parse(this.#handle.tree());
    const app = document.createElement("div");
    app.className = "graft-app";
    app.append(this.#render(tree.root));
    this.#toasts = document.createElement("div");
    this.#toasts.className = "graft-toasts";
    app.append(this.#toasts);
    this.#root.replaceChildren(app);
    this.#restoreBrowserState(tree.root);
    this.#apply(this.#handle.mount());
  }

  destroy() {
    this.#apply(this.#handle.unmount()); // disarms timers, runs unload listeners
    for (const handle of this.#wakes) clearTimeout(handle);
    for (const { renderer, view } of this.#views.values()) renderer.destroy?.(view);
    this.#views.clear();
    this.#handle.delete();
    this.#root.replaceChildren();
  }

  #render(node) {
    const renderer = node.id === 0 && node.type === "blocks" ? renderers.column : renderers[node.type] ?? placeholder;
    const ctx = {
      input: (value) => this.#apply(this.#tick() && this.#handle.input(node.id, JSON.stringify(value ?? null))),
      emit: (event, data = null) => this.#apply(this.#tick() && this.#handle.dispatch(node.id, event, JSON.stringify(data))),
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
        case "props": this.#queueProps(cmd.id, cmd.props); break;
        case "run": this.#run(cmd); break;
        case "status": this.#status(cmd); break;
        case "toast": this.#toast(cmd); break;
        case "arm_timer": this.#armTimer(cmd); break;
        case "disarm_timer": clearInterval(this.#timers.get(cmd.id)); this.#timers.delete(cmd.id); break;
        case "wake": this.#wake(cmd.at); break;
        case "cancel": this.#stopped.add(cmd.job); this.#remote?.cancel(cmd.job); break;
        case "validation": this.#validation(cmd); break;
        case "browser_state": storeBrowserState(cmd.storage_key, cmd.value); break;
        case "scroll": this.#views.get(cmd.id)?.view.el.scrollIntoView?.({ block: "nearest" }); break;
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

  #validation({ id, message }) {
    const el = this.#views.get(id)?.view.el;
    if (!el) return;
    el.querySelector(":scope > .graft-validation")?.remove();
    el.toggleAttribute("aria-invalid", Boolean(message));
    if (!message) return;
    const note = document.createElement("p");
    note.className = "graft-validation";
    note.setAttribute("role", "alert");
    note.textContent = message;
    el.append(note);
  }

  // BrowserState values come back from localStorage before the load listeners run.
  #restoreBrowserState(node) {
    if (node.type === "browserstate" && node.props.storage_key) {
      const stored = readBrowserState(node.props.storage_key);
      try {
        if (stored !== undefined) this.#handle.restoreBrowserState(node.id, stored);
      } catch {
        /* not JSON (written by something else): keep default_value */
      }
    }
    for (const child of node.children ?? []) this.#restoreBrowserState(child);
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
    const { job, fn, js, inputs, generator } = cmd;
    if (this.#remote && !findFunction(fn, this.#functions) && this.#dependency(cmd.dependency).backend) {
      this.#runRemote(cmd);
      return;
    }
    let result;
    try {
      const registered = findFunction(fn, this.#functions);
      const frontend = js ? compileJs(js) : null;
      if (!registered && !frontend) throw new Error(`no function registered for "${fn}"`);
      // With both, the config's `js` runs first and its result replaces the inputs (Gradio).
      result = registered && frontend ? then(frontend(...inputs), (r) => registered(...asArgs(r))) : (registered ?? frontend)(...inputs);
    } catch (err) {
      this.#apply(this.#handle.reject(job, messageOf(err)));
      return;
    }
    if (generator && result && (result[Symbol.asyncIterator] || result[Symbol.iterator])) {
      this.#stream(job, result);
    } else if (result && typeof result.then === "function") {
      result.then(
        (value) => this.#settle(() => this.#handle.resolve(job, JSON.stringify(value ?? null)), job),
        (err) => this.#settle(() => this.#handle.reject(job, messageOf(err)), job),
      );
    } else {
      this.#settle(() => this.#handle.resolve(job, JSON.stringify(result ?? null)), job);
    }
  }

  #dependency(id) {
    this.#deps ??= new Map(JSON.parse(this.#handle.config()).dependencies.map((d) => [d.id, { outputs: d.outputs.length, backend: d.backend_fn !== false }]));
    return this.#deps.get(id) ?? { outputs: 0, backend: false };
  }

  // A job whose function lives on the server: the config's `js` (if any) runs first and its
  // result becomes the inputs, as in Gradio; then the server's queue runs it and reports back.
  #runRemote({ job, dependency, js, inputs, event_data, generator }) {
    const { outputs } = this.#dependency(dependency);
    const shape = (data) => (outputs === 1 ? data[0] : data); // wire lists → a return value
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
    const submit = (data) => this.#remote.submit({ job, fnIndex: dependency, data, eventData: event_data }, onUpdate);
    try {
      if (js) then(compileJs(js)(...inputs), (r) => submit(asArgs(r)));
      else submit(inputs);
    } catch (err) {
      this.#apply(this.#handle.reject(job, messageOf(err)));
    }
  }

  async #stream(job, iterator) {
    try {
      for await (const value of iterator) {
        if (this.#stopped.has(job) || !this.#views.size) return;
        this.#settle(() => this.#handle.yieldValue(job, JSON.stringify(value ?? null)), job);
      }
      this.#settle(() => this.#handle.endStream(job), job);
    } catch (err) {
      this.#settle(() => this.#handle.reject(job, messageOf(err)), job);
    } finally {
      this.#stopped.delete(job);
    }
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

  #status({ ids, status, show_progress, message, queue_position, eta, progress }) {
    const text = statusText(status, queue_position, eta, progress);
    for (const id of ids) {
      const el = this.#views.get(id)?.view.el;
      if (!el) continue;
      el.dataset.status = status;
      el.dataset.showProgress = show_progress;
      el.setAttribute("aria-busy", String(status === "pending" || status === "generating"));
      if (queue_position != null) el.dataset.queuePosition = queue_position;
      else delete el.dataset.queuePosition;
      if (eta != null) el.dataset.eta = eta.toFixed(1);
      else delete el.dataset.eta;
      if (status === "error") el.dataset.error = message;
      else delete el.dataset.error;
      // A visible, announced line as Gradio's loading status shows: queue place, ETA, progress.
      let line = el.querySelector(":scope > .graft-status");
      if (!text || show_progress === "hidden") {
        line?.remove();
        continue;
      }
      if (!line) {
        line = document.createElement("p");
        line.className = "graft-status";
        line.setAttribute("role", "status");
        el.prepend(line);
      }
      line.textContent = text;
    }
  }


  #toast({ level, title, message, duration }) {
    const toast = document.createElement("div");
    toast.className = `graft-toast graft-toast-${level}`;
    toast.setAttribute("role", level === "error" ? "alert" : "status");
    const heading = document.createElement("strong");
    heading.textContent = title;
    const body = document.createElement("p");
    body.textContent = message;
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", () => toast.remove());
    toast.append(heading, body, close);
    this.#toasts.append(toast);
    if (level !== "error" || duration != null) setTimeout(() => toast.remove(), (duration ?? 4) * 1000);
  }
}

// BrowserState values are JSON in localStorage (Gradio also encrypts them with `secret`;
// Graft stores them as JSON — see docs/scenarios.md). Storage may be unavailable: ignore.
function readBrowserState(key) {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeBrowserState(key, value) {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    /* private mode or quota: the value lives on in the engine */
  }
}

function then(value, next) {
  return value && typeof value.then === "function" ? value.then(next) : next(value);
}

// process_frontend_fn: a non-array result is one value; undefined is none.
function asArgs(r) {
  return r === undefined ? [] : Array.isArray(r) ? r : [r];
}

// "queue: 2 | 3.1s", "processing", "Denoising 3/10 steps" — or nothing once the run is over.
function statusText(status, position, eta, progress) {
  if (status !== "pending" && status !== "generating") return "";
  const step = Array.isArray(progress) ? progress[progress.length - 1] : null;
  if (step) {
    const frac = step.index != null && step.length != null ? ` ${step.index}/${step.length}${step.unit ? ` ${step.unit}` : ""}` : "";
    const pct = step.progress != null ? ` ${Math.round(step.progress * 100)}%` : "";
    return `${step.desc ?? "progress"}${frac}${pct}`;
  }
  const when = eta != null ? ` | ${eta.toFixed(1)}s` : "";
  if (position != null) return `queue: ${position + 1}${when}`;
  return status === "generating" ? "generating" : `processing${when}`;
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
