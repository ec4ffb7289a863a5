// The mounted component tree of one app: loads each used type's module (registry.js), gives
// every component its context object, applies prop patches once per microtask, and mounts and
// tears down subtrees as Gradio does (visible false: not in the DOM; children torn down before
// parents, each component's AbortSignal aborted). Knows no component type by name.
import { drawn, invisible } from "./components/registry.js";
import { isMounted } from "./components/atoms/props.js";
// Gradio's atoms and containers, which every app's components import: fetched with graft.js
// rather than after the first component chunk (one round trip less before an app is ready).
import { syncCustomButtons } from "./components/atoms/block.js";
import "./components/atoms/layout.js";

let nextUid = 0;
const adopted = new Set(); // component modules whose CSS the document already has

const loading = new Map(); // type -> Promise of its module (one import per page)

// Starts fetching the modules of these types (a config's, before the runtime is ready).
export function prefetchModules(types) {
  for (const type of new Set(types)) if (drawn[type] && !loading.has(type)) loading.set(type, drawn[type]());
}

// The modules for these types, loaded in parallel; unknown types map to null.
export async function loadModules(types) {
  prefetchModules(types);
  const modules = new Map();
  await Promise.all(
    [...new Set(types)].map(async (type) => {
      if (!drawn[type]) return modules.set(type, null);
      const mod = (await loading.get(type)).default;
      adoptCss(mod);
      modules.set(type, mod);
    }),
  );
  return modules;
}

function adoptCss(mod) {
  if (!mod.css || adopted.has(mod) || typeof document === "undefined") return;
  adopted.add(mod);
  // A constructed stylesheet: not an inline <style>, so a strict style-src CSP allows it.
  if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(mod.css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = mod.css;
    document.head.append(style);
  }
}

// Every node of a layout tree, depth first.
export function nodesOf(root) {
  const out = [];
  const walk = (n) => {
    out.push(n);
    (n.children ?? []).forEach(walk);
  };
  walk(root);
  return out;
}

export class ComponentTree {
  #nodes = new Map(); // id -> { id, type, props, children: [id], parent }
  #mounted = new Map(); // id -> { mod, view, ctx, controller }
  #slots = new Map(); // id -> the DOM node standing for it in its parent (element or comment)
  #modules;
  #makeCtx; // (node, base) -> the app's part of the context
  #pending = new Map();
  #flushQueued = false;

  #onRemember;

  constructor(root, modules, makeCtx, onRemember = null) {
    this.#onRemember = onRemember;
    this.#modules = modules;
    this.#makeCtx = makeCtx;
    const add = (n, parent) => {
      this.#nodes.set(n.id, { id: n.id, type: n.type, props: n.props ?? {}, children: (n.children ?? []).map((c) => c.id), parent });
      (n.children ?? []).forEach((c) => add(c, n.id));
    };
    add(root, null);
    this.rootId = root.id;
  }

  // The root's element (the Blocks root is drawn as a column).
  render() {
    return this.#slot(this.rootId);
  }

  node(id) {
    return this.#nodes.get(id) ?? null;
  }

  props(id) {
    return this.#nodes.get(id)?.props ?? null;
  }

  typeOf(id) {
    return this.#nodes.get(id)?.type ?? null;
  }

  moduleOf(type) {
    return this.#modules.get(type) ?? null;
  }

  view(id) {
    return this.#mounted.get(id)?.view ?? null;
  }

  element(id) {
    return this.#mounted.get(id)?.view.el ?? null;
  }

  ctx(id) {
    return this.#mounted.get(id)?.ctx ?? null;
  }

  get size() {
    return this.#mounted.size;
  }

  // Every component's current value (for releasing files no value names).
  values() {
    return [...this.#nodes.values()].map((n) => n.props.value);
  }

  // A user edit already known to the core: the tree's copy follows, without redrawing.
  remember(id, props) {
    const node = this.#nodes.get(id);
    if (node) node.props = { ...node.props, ...props };
  }

  // A patch from the core, applied with the others of this microtask.
  queue(id, props) {
    this.#pending.set(id, { ...this.#pending.get(id), ...props });
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  flush() {
    this.#flushQueued = false;
    const batch = [...this.#pending];
    this.#pending.clear();
    for (const [id, patch] of batch) this.#patch(id, patch);
  }

  #patch(id, patch) {
    const node = this.#nodes.get(id);
    if (!node) return;
    node.props = { ...node.props, ...patch };
    const entry = this.#mounted.get(id);
    if ("visible" in patch && entry && !isMounted(node.props)) return this.#hide(id);
    if ("visible" in patch && !entry && isMounted(node.props)) return this.#show(id);
    if (!entry) return;
    entry.mod.update(entry.view, node.props, patch, entry.ctx);
    if ("buttons" in patch || "show_label" in patch) syncCustomButtons(entry.view, node.props, entry.ctx, entry.mod.toolbar?.(entry.view));
  }

  // Removes a subtree from the DOM; a comment keeps its place for when it is shown again.
  #hide(id) {
    const slot = this.#slots.get(id);
    const mark = document.createComment(`graft ${id}`);
    slot?.replaceWith(mark);
    this.teardown(id);
    this.#slots.set(id, mark);
  }

  #show(id) {
    const slot = this.#slots.get(id);
    if (!slot || !slot.parentNode) return; // its parent is not mounted: it mounts with it
    const el = this.#slot(id);
    slot.replaceWith(el);
  }

  // The DOM node for `id`: its element when mounted, else a comment holding its place.
  #slot(id) {
    const node = this.#nodes.get(id);
    const mod = this.#modules.get(node.type);
    if (!isMounted(node.props) || mod === undefined || invisible.includes(node.type)) {
      const mark = document.createComment(`graft ${id}`);
      this.#slots.set(id, mark);
      return mark;
    }
    const el = this.#mount(node, mod);
    this.#slots.set(id, el);
    return el;
  }

  #mount(node, mod) {
    const controller = new AbortController();
    const ctx = {
      ...this.#makeCtx(node),
      id: node.id,
      type: node.type,
      props: () => this.#nodes.get(node.id).props,
      signal: controller.signal,
      children: node.children.map((c) => this.#nodes.get(c)),
      mountChildren: (container, ids = node.children) => this.#mountChildren(container, ids),
      viewOf: (id) => this.view(id),
      parentView: () => (node.parent == null ? null : this.view(node.parent)),
      // A change the component made itself (an accordion opened): kept for when it is redrawn,
      // and told to the core, so a later update to the same value is not taken as no change.
      remember: (props) => {
        this.remember(node.id, props);
        this.#onRemember?.(node.id, props);
      },
      uid: (prefix) => `graft-${prefix}-${++nextUid}`,
    };
    const impl = mod ?? placeholder;
    const view = impl.create(node.props, ctx);
    view.el.dataset.graftId = node.id;
    syncCustomButtons(view, node.props, ctx, impl.toolbar?.(view));
    this.#mounted.set(node.id, { mod: impl, view, ctx, controller });
    if (!impl.ownsChildren) this.#mountChildren(view.body ?? view.el, node.children);
    return view.el;
  }

  #mountChildren(container, ids) {
    const views = [];
    for (const id of ids) {
      container.append(this.#slot(id));
      views.push(this.view(id));
    }
    return views;
  }

  // Tears a subtree down, children before parents: each signal aborted, each destroy called.
  teardown(id) {
    const node = this.#nodes.get(id);
    for (const c of node?.children ?? []) this.teardown(c);
    const entry = this.#mounted.get(id);
    if (!entry) return;
    this.#mounted.delete(id);
    entry.controller.abort();
    entry.mod.destroy?.(entry.view);
  }
}

// A type Graft does not draw yet: an honest note in its place, never a blank.
const placeholder = {
  create(props, ctx) {
    const el = document.createElement("div");
    el.className = "block graft-placeholder";
    el.setAttribute("role", "note");
    el.textContent = `${props.label ?? ctx.type}: Graft does not display "${ctx.type}" components yet`;
    return { el };
  },
  update() {},
};
