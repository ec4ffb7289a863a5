// One mounted app: renders the core's layout tree with one renderer per component type,
// sends user events into the core, runs the jobs it asks for, and applies its commands.
// Prop patches are applied once per microtask. Owns the DOM; holds no app logic.
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

  constructor(handle, element, { functions } = {}) {
    this.#handle = handle;
    this.#functions = functions;
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
    this.#apply(this.#handle.mount());
  }

  destroy() {
    for (const { renderer, view } of this.#views.values()) renderer.destroy?.(view);
    this.#views.clear();
    this.#handle.delete();
    this.#root.replaceChildren();
  }

  #render(node) {
    const renderer = node.id === 0 && node.type === "blocks" ? renderers.column : renderers[node.type] ?? placeholder;
    const ctx = {
      input: (value) => this.#apply(this.#handle.input(node.id, JSON.stringify(value ?? null))),
      emit: (event, data = null) => this.#apply(this.#handle.dispatch(node.id, event, JSON.stringify(data))),
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
  // A plain return resolves at once; a Promise resolves when it settles.
  #run({ job, fn, js, inputs }) {
    let result;
    try {
      const f = findFunction(fn, this.#functions) ?? (js ? compileJs(js) : null);
      if (!f) throw new Error(`no function registered for "${fn}"`);
      result = f(...inputs);
    } catch (err) {
      this.#apply(this.#handle.reject(job, messageOf(err)));
      return;
    }
    if (result && typeof result.then === "function") {
      result.then(
        (value) => this.#settle(() => this.#handle.resolve(job, JSON.stringify(value ?? null)), job),
        (err) => this.#settle(() => this.#handle.reject(job, messageOf(err)), job),
      );
    } else {
      this.#settle(() => this.#handle.resolve(job, JSON.stringify(result ?? null)), job);
    }
  }

  #settle(call, job) {
    if (!this.#views.size) return; // destroyed while the job ran
    let commands;
    try {
      commands = call();
    } catch (err) {
      // A value JSON cannot carry (a cycle, a BigInt) fails the job with its reason.
      commands = this.#handle.reject(job, `the function's result cannot be sent: ${messageOf(err)}`);
    }
    this.#apply(commands);
  }

  #status({ ids, status, show_progress, message }) {
    for (const id of ids) {
      const el = this.#views.get(id)?.view.el;
      if (!el) continue;
      el.dataset.status = status;
      el.dataset.showProgress = show_progress;
      el.setAttribute("aria-busy", String(status === "pending"));
      if (status === "error") el.dataset.error = message;
      else delete el.dataset.error;
    }
  }

  #toast({ level, title, message }) {
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
    if (level !== "error") setTimeout(() => toast.remove(), 4000);
  }
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
