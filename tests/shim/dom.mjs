// A DOM for Node tests of the shim's components (linkedom): installs window/document globals
// and gives a fake component context that records what a component asks of the app.
import { parseHTML } from "linkedom";

// linkedom ignores addEventListener's `signal` option; browsers remove the listener when the
// signal aborts, and components rely on that for teardown and redraws.
const patched = new Set();
function honourSignals(proto) {
  if (!proto || patched.has(proto)) return;
  patched.add(proto);
  const add = proto.addEventListener;
  proto.addEventListener = function (type, listener, options) {
    const signal = options && typeof options === "object" ? options.signal : null;
    if (signal?.aborted) return;
    add.call(this, type, listener, options);
    signal?.addEventListener("abort", () => this.removeEventListener(type, listener, options), { once: true });
  };
}

export function installDom() {
  const { window, document, HTMLElement, Event, CustomEvent, KeyboardEvent } = parseHTML("<!doctype html><html><body></body></html>");
  for (const target of [document.createElement("div"), document, window]) honourSignals(definerOf(target));
  Object.assign(globalThis, { window, document, HTMLElement, Event, CustomEvent });
  globalThis.KeyboardEvent ??= KeyboardEvent ?? class extends Event {
    constructor(type, init = {}) { super(type, init); Object.assign(this, { key: init.key, shiftKey: !!init.shiftKey, isComposing: false }); }
  };
  return { window, document };
}

// The prototype in `target`'s chain that defines addEventListener.
function definerOf(target) {
  let proto = Object.getPrototypeOf(target);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "addEventListener")) proto = Object.getPrototypeOf(proto);
  return proto ?? null;
}

// ctx as the app gives it, recording setValue/emit/toast calls in `calls`.
export function fakeCtx({ id = 1, type = "textbox", props = {}, children = [] } = {}) {
  const calls = [];
  const controller = new AbortController();
  let n = 0;
  let current = props;
  const ctx = {
    id, type, children, calls,
    props: () => current,
    setProps: (p) => { current = { ...current, ...p }; },
    setValue: (value, event) => { calls.push(["setValue", value, event ?? null]); current = { ...current, value }; },
    emit: (event, data = null) => calls.push(["emit", event, data]),
    toast: (t) => calls.push(["toast", t]),
    files: null,
    signal: controller.signal,
    abort: () => controller.abort(),
    mountChildren: () => [],
    app: { maxFileSize: null, remote: false },
    uid: (prefix) => `t-${prefix}-${++n}`,
  };
  return ctx;
}

// Builds a component with `props` and returns its view, ctx and a patch function that
// applies an update as the app would (merged props + the patch).
export function mount(component, props, ctxOptions = {}) {
  const ctx = fakeCtx({ props, ...ctxOptions });
  const view = component.create(props, ctx);
  document.body.append(view.el);
  const patch = (p) => {
    ctx.setProps(p);
    component.update(view, ctx.props(), p, ctx);
  };
  return { view, ctx, patch, el: view.el };
}
