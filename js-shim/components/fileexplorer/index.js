// gr.FileExplorer as Gradio 6 draws its FileTree: nested ul > li > span.wrap with a checkbox
// (when interactive; none for folders with file_count "single"), a folder's "expand directory"
// toggle or a file's icon, and span.item-name. The value is Gradio's wire value, the selected
// paths as segments: [["docs", "a.md"]].
//
// Where the tree comes from: a page has no server file system, so the app lists its files in
// the `paths` prop — path strings such as "docs/a.md" ("docs/empty/" names an empty folder) —
// in the config or from a function's gr.update(paths=...). It is independent of `value`.
// glob and ignore_glob filter it as Gradio's `ls` filters the disk (fnmatch on root_dir joined
// with the path); root_dir only prefixes the paths a function receives.
import { block, applyBlock, blockLabel, updateBlockLabel, make } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { drawList } from "./tree.js";
import { css } from "./style.js";
import { buildTree, check, keyOf, nodeAt, openedFor, isWire, toArgument, toWire } from "./helpers.js";

const TREE_KEYS = ["paths", "glob", "ignore_glob", "root_dir"];

function create(props, ctx) {
  const el = block(props, { kind: "fileexplorer" });
  const label = blockLabel(props, "FileExplorer");
  const wrap = make("div", "file-wrap");
  el.append(label, wrap);
  const view = { el, label, wrap, ctx, props, tree: [], value: [], folders: [], open: new Set(), rows: new Map() };
  const on = (type, fn) => wrap.addEventListener(type, fn, { signal: ctx.signal });
  on("change", (e) => e.target.matches?.("input[type=checkbox]") && ticked(view, e.target));
  on("click", (e) => click(view, e));
  on("keydown", (e) => keydown(view, e));
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch, ctx) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  view.props = props;
  const px = (v) => (v == null ? "" : typeof v === "number" ? `${v}px` : String(v));
  view.el.style.maxHeight = px(props.max_height === undefined ? 500 : props.max_height);
  view.el.style.minHeight = px(props.min_height);
  if (changed("label", "show_label")) updateBlockLabel(view.label, { ...props, label: props.label || undefined }, "FileExplorer");
  const first = patch === props;
  if (changed(...TREE_KEYS)) {
    view.tree = buildTree(props.paths, props);
    // Gradio re-lists the tree when root_dir or a glob changes and clears a value the same
    // update did not set.
    if (!first && !("value" in patch) && view.value.length) {
      view.value = [];
      view.folders = [];
      // Told after this update, not inside the core's patch being applied.
      queueMicrotask(() => ctx.signal.aborted || ctx.setValue([]));
    }
  }
  if (changed("value")) {
    view.value = isWire(props.value) ? props.value : [];
    view.folders = [];
  }
  // Gradio opens the folders on the way to the selected files when the tree is (re)drawn.
  if (first || changed(...TREE_KEYS)) view.open = openedFor(view.value);
  draw(view);
}

// The whole tree is redrawn on each change (it is small); focus returns to the same control.
function draw(view) {
  const focused = view.wrap.contains(document.activeElement) ? document.activeElement : null;
  const again = focused && { key: focused.closest("[data-key]")?.dataset.key, part: focused.dataset.part };
  view.rows = new Map();
  view.wrap.replaceChildren(drawList(view, view.tree, [], [], true));
  if (again?.key !== undefined) {
    const row = [...view.wrap.querySelectorAll("[data-key]")].find((r) => r.dataset.key === again.key);
    (row?.dataset.part === again.part ? row : row?.querySelector(`[data-part="${again.part}"]`))?.focus();
  }
}

// A checkbox changed: Gradio's DirectoryExplorer rules, then input/change; a ticked folder opens.
function ticked(view, box) {
  const info = view.rows.get(box.closest("[data-key]").dataset.key);
  if (!info) return;
  const next = check({ value: view.value, folders: view.folders }, { ...info, checked: box.checked, node: info.node }, view.props.file_count);
  view.value = next.value;
  view.folders = next.folders;
  if (info.type === "folder" && box.checked) openTree(view, info.path);
  draw(view);
  view.ctx.setValue(view.value);
}

// Ticking a folder selects everything in it, so Gradio opens it and every folder below it.
function openTree(view, path) {
  view.open.add(keyOf(path));
  const walk = (node, p) => {
    for (const child of node?.children ?? []) {
      if (child.type !== "folder") continue;
      view.open.add(keyOf([...p, child.name]));
      walk(child, [...p, child.name]);
    }
  };
  walk(nodeAt(view.tree, path), path);
}

function toggle(view, key) {
  if (view.open.has(key)) view.open.delete(key);
  else view.open.add(key);
  draw(view);
}

function click(view, e) {
  const row = e.target.closest?.(".wrap");
  if (!row) return;
  const key = row.dataset.key;
  if (e.target.closest(".icon")) return toggle(view, key);
  if (row.classList.contains("selectable")) select(view, key);
}

function keydown(view, e) {
  if (e.key !== "Enter" && e.key !== " ") return;
  const part = e.target.dataset?.part;
  const key = e.target.closest?.("[data-key]")?.dataset.key;
  if (part === "toggle") {
    e.preventDefault();
    toggle(view, key);
  } else if (part === "row") {
    e.preventDefault();
    select(view, key);
  }
}

// Gradio's SelectData for a row: its index path in the listing and its path joined by "/".
function select(view, key) {
  const info = view.rows.get(key);
  if (info) view.ctx.emit("select", { index: info.index, value: keyOf(info.path), selected: true });
}

export default {
  receives: "str (file_count single) or [str] (multiple): selected paths, joined to root_dir",
  create,
  update,
  css,
  edge: {
    argument: (value, props) => toArgument(value, props),
    output: (value, props) => {
      if (value && value.__type__ === "update") return "value" in value ? { ...value, value: toWire(value.value, { ...props, ...value }) } : value;
      return toWire(value, props);
    },
  },
};
