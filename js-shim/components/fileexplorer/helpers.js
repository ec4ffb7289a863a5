// gr.FileExplorer's pure logic (Node-tested): Python's fnmatch, the tree Gradio's `ls` would
// list for the app's `paths` (glob, ignore_glob, folders first), the selection rules of
// Gradio's DirectoryExplorer, and the function edge (preprocess by file_count, postprocess).
// No DOM here.

const describe = (v) => {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return JSON.stringify(v) ?? String(v);
};

// Python's fnmatch.fnmatchcase (Gradio runs on POSIX, where fnmatch is case-sensitive): `*`
// matches any run of characters, "/" included, `?` one character, `[seq]` / `[!seq]` a class.
export function fnmatch(name, pattern) {
  return globRegExp(pattern).test(name);
}

const cache = new Map();
function globRegExp(pattern) {
  let re = cache.get(pattern);
  if (re) return re;
  let src = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") src += "[\\s\\S]*";
    else if (c === "?") src += "[\\s\\S]";
    else if (c === "[") {
      let j = i + 1;
      if (pattern[j] === "!") j++;
      if (pattern[j] === "]") j++;
      while (j < pattern.length && pattern[j] !== "]") j++;
      if (j >= pattern.length) src += "\\[";
      else {
        let body = pattern.slice(i + 1, j).replace(/\\/g, "\\\\").replace(/\^/g, "\\^");
        if (body[0] === "!") body = "^" + body.slice(1);
        src += `[${body}]`;
        i = j;
      }
    } else src += c.replace(/[.+^${}()|\\\]/]/g, "\\$&");
  }
  re = new RegExp(`^(?:${src})$`);
  if (cache.size > 64) cache.clear();
  cache.set(pattern, re);
  return re;
}

// A path string ("docs/a.md"; "docs/empty/" names a folder) → its segments; null for a path
// that leaves the root (".."), which Gradio's safe_join refuses.
export function segmentsOf(path) {
  if (typeof path !== "string") return null;
  const parts = path.split("/").filter((s) => s !== "" && s !== ".");
  if (!parts.length || parts.includes("..")) return null;
  return parts;
}

// The full path fnmatch sees: Gradio matches glob and ignore_glob against the absolute path
// (root_dir joined with the item), so "*.md" matches at any depth and "**/*" matches all.
export function fullPath(rootDir, segments) {
  const root = String(rootDir ?? ".").replace(/\/+$/, "");
  return [root, ...segments].join("/");
}

// The tree Gradio's `ls` lists, from the app's path list: nodes {name, type, valid, children}
// sorted folders first, each by name. Files must match glob; anything matching ignore_glob is
// left out with its subtree; a folder is `valid` (itself selectable, shown as a "." entry
// inside it) when its own path matches glob.
export function buildTree(paths, { glob = "**/*", ignore_glob = null, root_dir = "." } = {}) {
  const root = { name: "", type: "folder", children: new Map() };
  for (const p of Array.isArray(paths) ? paths : []) {
    const segs = segmentsOf(p);
    if (!segs) continue;
    const folder = p.endsWith("/");
    let node = root;
    segs.forEach((name, i) => {
      const type = i < segs.length - 1 || folder ? "folder" : "file";
      let child = node.children.get(name);
      if (!child || (child.type === "file" && type === "folder")) {
        child = { name, type, children: type === "folder" ? new Map() : null };
        node.children.set(name, child);
      }
      if (child.type === "folder") node = child;
    });
  }
  return listed(root, [], { glob: glob || "**/*", ignore_glob, root_dir });
}

function listed(node, path, opts) {
  const out = [];
  for (const child of node.children.values()) {
    const full = fullPath(opts.root_dir, [...path, child.name]);
    const valid = fnmatch(full, opts.glob);
    if (child.type === "file" && !valid) continue;
    if (opts.ignore_glob && fnmatch(full, opts.ignore_glob)) continue;
    const item = { name: child.name, type: child.type, valid };
    if (child.type === "folder") item.children = listed(child, [...path, child.name], opts);
    out.push(item);
  }
  const order = (a, b) => (a.type !== b.type ? (a.type === "folder" ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return out.sort(order);
}

// What a folder shows when opened: its items, after a "." entry for the folder itself when it
// is valid (Gradio's valid_for_selection; the root never has one).
export function contentOf(node, isRoot = false) {
  const items = node.children ?? [];
  return !isRoot && node.valid ? [{ name: ".", type: "file", dot: true }, ...items] : items;
}

export const keyOf = (segments) => segments.join("/");
const samePath = (a, b) => keyOf(a) === keyOf(b);
// Whether `path` is `folder` or lies inside it (by segments, so "docs2" is not inside "docs").
const inside = (path, folder) => folder.length <= path.length && folder.every((s, i) => s === path[i]);

// The folders open when the tree is drawn: Gradio opens every folder on the way to a selected
// file (its FileTree opens a folder when a selected path starts with it).
export function openedFor(value) {
  const open = new Set();
  for (const p of Array.isArray(value) ? value : []) {
    for (let i = 1; i < p.length; i++) open.add(keyOf(p.slice(0, i)));
  }
  return open;
}

// Everything a ticked folder selects, as Gradio's FileTree does when it opens a folder "selected
// entirely": each item it lists (the "." entry too), and the contents of each subfolder.
export function everythingUnder(node, path) {
  const out = [];
  for (const item of contentOf(node)) {
    const p = [...path, item.name];
    out.push({ path: p, type: item.type });
    if (item.type === "folder") out.push(...everythingUnder(item, p));
  }
  return out;
}

// Gradio's DirectoryExplorer oncheck: the new selection {value, folders} after a checkbox
// changes. `value` lists the selected files' paths (the component's value); `folders` the
// ticked folders (drawn only). Ticking a folder ticks all it holds (`node`: its tree node).
export function check({ value, folders }, { path, checked, type, node }, fileCount = "multiple") {
  value = [...(value ?? [])];
  folders = [...(folders ?? [])];
  const has = (set, p) => set.some((x) => samePath(x, p));
  if (checked) {
    if (fileCount === "single") return { value: [path], folders };
    if (type === "folder") {
      if (!has(folders, path)) folders.push(path);
      for (const item of node ? everythingUnder(node, path) : []) {
        const set = item.type === "folder" ? folders : value;
        if (!has(set, item.path)) set.push(item.path);
      }
    } else if (!has(value, path)) value.push(path);
    return { value, folders };
  }
  folders = folders.filter((f) => !inside(path, f)); // a folder no longer holds everything
  if (type === "folder") {
    folders = folders.filter((f) => !inside(f, path));
    value = value.filter((f) => !inside(f, path));
  } else value = value.filter((f) => !samePath(f, path));
  return { value, folders };
}

// The node at `path` in a tree (null when the path is not listed).
export function nodeAt(tree, path) {
  let items = tree;
  let node = null;
  for (const name of path) {
    node = items.find((x) => x.name === name) ?? null;
    if (!node) return null;
    items = node.children ?? [];
  }
  return node;
}

// The wire value: each selected path as its segments, [["docs", "a.md"]].
export function isWire(value) {
  return Array.isArray(value) && value.every((p) => Array.isArray(p) && p.every((s) => typeof s === "string"));
}

// FileExplorer.preprocess: the path joined to root_dir (normalised, so a folder's "." entry is
// the folder), a string for file_count "single" and a list of strings for "multiple". With no
// root_dir (or "."), paths are relative: "docs/a.md".
export function toArgument(value, props = {}) {
  if (value === null || value === undefined) return null;
  const paths = isWire(value) ? value : [];
  const join = (segs) => {
    const parts = segs.filter((s) => s !== "" && s !== ".");
    const root = props.root_dir && props.root_dir !== "." ? String(props.root_dir).replace(/\/+$/, "") : "";
    if (!root) return parts.join("/") || ".";
    return [root, ...parts].join("/");
  };
  if (props.file_count === "single") {
    if (paths.length > 1) throw new Error(`Expected only one file, but ${paths.length} were selected.`);
    return paths.length ? join(paths[0]) : null;
  }
  return paths.map(join);
}

// FileExplorer.postprocess: a path string or a list of them (root_dir stripped from the
// front) → the wire value; the wire value itself is taken too.
export function toWire(value, props = {}) {
  if (value === null || value === undefined) return null;
  if (isWire(value) && value.length && value.every(Array.isArray)) return value.map((p) => [...p]);
  const files = typeof value === "string" ? [value] : value;
  if (!Array.isArray(files) || !files.every((f) => typeof f === "string")) {
    throw new Error(`FileExplorer expects a path string or a list of path strings, got ${describe(value)}`);
  }
  const root = props.root_dir && props.root_dir !== "." ? String(props.root_dir).replace(/\/+$/, "") : null;
  return files.map((f) => {
    const rel = root && f.startsWith(`${root}/`) ? f.slice(root.length + 1) : f;
    return rel.split("/");
  });
}
