// gr.FileExplorer in the page: Python's fnmatch, the tree Gradio's ls lists from the app's
// `paths`, the selection rules of its DirectoryExplorer, the edge, and the drawn FileTree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { fnmatch, buildTree, contentOf, check, openedFor, toArgument, toWire, nodeAt } from "../../js-shim/components/fileexplorer/helpers.js";

installDom();
const { default: fe } = await import("../../js-shim/components/fileexplorer/index.js");

const paths = ["docs/b.md", "docs/a.md", "docs/img/x.png", "src/main.py", "README.md", "notes/"];
const names = (items) => items.map((x) => x.name);

test("fnmatch is Python's: * crosses '/', ? is one character, [seq] and [!seq] are classes", () => {
  assert.ok(fnmatch("./docs/a.md", "*.md"));
  assert.ok(fnmatch("./a.md", "**/*"));
  assert.ok(!fnmatch("a.md", "**/*"));
  assert.ok(fnmatch("./a1.md", "*a?.md"));
  assert.ok(fnmatch("./b.md", "*[abc].md"));
  assert.ok(!fnmatch("./d.md", "*[abc].md"));
  assert.ok(fnmatch("./d.md", "*[!abc].md"));
  assert.ok(!fnmatch("./A.MD", "*.md")); // case-sensitive, as on POSIX
  assert.ok(fnmatch("./a+b(1).md", "*+b(1).md"));
  assert.ok(fnmatch("./x[", "*["));
});

test("the tree lists folders first, each sorted, as Gradio's ls does", () => {
  const tree = buildTree(paths);
  assert.deepEqual(names(tree), ["docs", "notes", "src", "README.md"]);
  assert.deepEqual(names(nodeAt(tree, ["docs"]).children), ["img", "a.md", "b.md"]);
  assert.deepEqual(nodeAt(tree, ["notes"]).children, []);
});

test("glob keeps matching files (folders stay); ignore_glob drops files and folders with their contents", () => {
  const md = buildTree(paths, { glob: "*.md" });
  assert.deepEqual(names(md), ["docs", "notes", "src", "README.md"]);
  assert.deepEqual(names(nodeAt(md, ["docs"]).children), ["img", "a.md", "b.md"]);
  assert.deepEqual(nodeAt(md, ["src"]).children, []);
  assert.equal(nodeAt(md, ["docs"]).valid, false);
  const ignored = buildTree(paths, { ignore_glob: "*/docs" });
  assert.deepEqual(names(ignored), ["notes", "src", "README.md"]);
  assert.deepEqual(names(buildTree(paths, { ignore_glob: "*.py" }).find((x) => x.name === "src").children), []);
});

test("glob matches the path joined to root_dir, as Gradio matches the absolute path", () => {
  assert.deepEqual(names(buildTree(["a.md", "b.txt"], { glob: "/srv/app/*.md", root_dir: "/srv/app" })), ["a.md"]);
  assert.deepEqual(names(buildTree(["a.md", "../x", "/"])), ["a.md"]);
});

test("an opened valid folder lists a '.' entry for itself first; the root never does", () => {
  const tree = buildTree(paths);
  assert.deepEqual(names(contentOf(nodeAt(tree, ["docs"]))), [".", "img", "a.md", "b.md"]);
  assert.deepEqual(names(contentOf({ children: tree, valid: true }, true)), ["docs", "notes", "src", "README.md"]);
});

test("ticking files adds them; file_count single keeps only the latest", () => {
  let s = check({ value: [], folders: [] }, { path: ["docs", "a.md"], checked: true, type: "file" });
  s = check(s, { path: ["README.md"], checked: true, type: "file" });
  assert.deepEqual(s.value, [["docs", "a.md"], ["README.md"]]);
  const single = check(s, { path: ["src", "main.py"], checked: true, type: "file" }, "single");
  assert.deepEqual(single.value, [["src", "main.py"]]);
  assert.deepEqual(check(s, { path: ["docs", "a.md"], checked: false, type: "file" }).value, [["README.md"]]);
});

test("ticking a folder selects all it lists; unticking it or one file inside unticks the folder", () => {
  const tree = buildTree(paths, { glob: "*.md" });
  const node = nodeAt(tree, ["docs"]);
  let s = check({ value: [], folders: [] }, { path: ["docs"], checked: true, type: "folder", node });
  assert.deepEqual(s.value, [["docs", "a.md"], ["docs", "b.md"]]);
  assert.deepEqual(s.folders, [["docs"], ["docs", "img"]]);
  const one = check(s, { path: ["docs", "a.md"], checked: false, type: "file" });
  assert.deepEqual(one.folders, [["docs", "img"]]);
  assert.deepEqual(check(s, { path: ["docs"], checked: false, type: "folder" }), { value: [], folders: [] });
});

test("the folders on the way to a selected file open first", () => {
  assert.deepEqual([...openedFor([["docs", "img", "x.png"], ["README.md"]])], ["docs", "docs/img"]);
});

test("a function receives a path for single and a list for multiple, joined to root_dir", () => {
  const value = [["docs", "a.md"], ["docs", "."]];
  assert.deepEqual(toArgument(value, {}), ["docs/a.md", "docs"]);
  assert.deepEqual(toArgument(value, { root_dir: "/srv/app/" }), ["/srv/app/docs/a.md", "/srv/app/docs"]);
  assert.equal(toArgument([["a.md"]], { file_count: "single" }), "a.md");
  assert.equal(toArgument([], { file_count: "single" }), null);
  assert.throws(() => toArgument(value, { file_count: "single" }), /Expected only one file, but 2 were selected/);
});

test("a function returns a path, a list of paths or the wire value; anything else says what was expected", () => {
  assert.deepEqual(toWire("docs/a.md"), [["docs", "a.md"]]);
  assert.deepEqual(toWire(["/srv/app/a.md", "b.md"], { root_dir: "/srv/app" }), [["a.md"], ["b.md"]]);
  assert.deepEqual(toWire([["docs", "a.md"]]), [["docs", "a.md"]]);
  assert.deepEqual(toWire([]), []);
  assert.equal(toWire(null), null);
  assert.throws(() => toWire(42), /FileExplorer expects a path string or a list of path strings, got 42/);
  assert.throws(() => toWire([1]), /got a list/);
  assert.throws(() => fe.edge.output({ a: 1 }, {}), /FileExplorer expects/);
});

const rows = (el) => [...el.querySelectorAll(".wrap")].map((r) => r.querySelector(".item-name").textContent);
const box = (el, name) => el.querySelector(`input[aria-label="${name}"]`);
const toggleOf = (el, key) => [...el.querySelectorAll(".wrap")].find((r) => r.dataset.key === key).querySelector(".icon");

test("the tree is drawn closed but for folders holding the value; the toggle opens a folder", () => {
  const { el } = mount(fe, { paths, value: [["src", "main.py"]] });
  assert.deepEqual(rows(el), ["docs", "notes", "src", ".", "main.py", "README.md"]);
  const toggle = toggleOf(el, "docs");
  assert.equal(toggle.getAttribute("aria-label"), "expand directory");
  assert.equal(toggle.getAttribute("aria-expanded"), "false");
  toggle.click();
  assert.deepEqual(rows(el).slice(0, 5), ["docs", ".", "img", "a.md", "b.md"]);
  assert.equal(toggleOf(el, "docs").getAttribute("aria-expanded"), "true");
  assert.ok(box(el, "src/main.py").checked);
});

test("Enter on a folder's toggle opens and closes it", () => {
  const { el } = mount(fe, { paths });
  const press = () => toggleOf(el, "notes").dispatchEvent(Object.assign(new Event("keydown", { bubbles: true }), { key: "Enter" }));
  press();
  assert.equal(toggleOf(el, "notes").getAttribute("aria-expanded"), "true");
  press();
  assert.equal(toggleOf(el, "notes").getAttribute("aria-expanded"), "false");
});

test("ticking a file sets the value; single file_count replaces the selection", () => {
  const { el, ctx } = mount(fe, { paths, file_count: "single" });
  const tick = (name) => {
    const b = box(el, name);
    b.checked = !b.checked;
    b.dispatchEvent(new Event("change", { bubbles: true }));
  };
  tick("README.md");
  toggleOf(el, "src").click();
  tick("src/main.py");
  assert.deepEqual(ctx.calls.map((c) => c.slice(0, 2)), [["setValue", [["README.md"]]], ["setValue", [["src", "main.py"]]]]);
  assert.ok(!box(el, "README.md").checked);
  // Single: folders have no checkbox.
  assert.equal(box(el, "docs"), null);
});

test("ticking a folder opens it and selects its files", () => {
  const { el, ctx } = mount(fe, { paths, glob: "*.md" });
  const b = box(el, "docs");
  b.checked = true;
  b.dispatchEvent(new Event("change", { bubbles: true }));
  assert.deepEqual(ctx.calls.at(-1)[1], [["docs", "a.md"], ["docs", "b.md"]]);
  assert.ok(box(el, "docs/a.md").checked);
  assert.equal(toggleOf(el, "docs").getAttribute("aria-expanded"), "true");
});

test("with a select listener a row click fires select with its index path and path", () => {
  const { el, ctx } = mount(fe, { paths, _selectable: true, value: [["docs", "a.md"]] });
  const row = [...el.querySelectorAll(".wrap")].find((r) => r.dataset.key === "docs/a.md");
  assert.equal(row.getAttribute("role"), "button");
  row.querySelector(".item-name").click();
  assert.deepEqual(ctx.calls, [["emit", "select", { index: [0, 2], value: "docs/a.md", selected: true }]]);
});

test("not interactive: no checkboxes, selected rows highlighted", () => {
  const { el } = mount(fe, { paths, interactive: false, value: [["README.md"]] });
  assert.equal(el.querySelectorAll("input").length, 0);
  assert.deepEqual([...el.querySelectorAll(".wrap.selected")].map((r) => r.dataset.key), ["README.md"]);
});

test("a new value from a function redraws the ticks; new paths clear the value", async () => {
  const { el, ctx, patch } = mount(fe, { paths, value: [] });
  patch({ value: [["README.md"]] });
  assert.ok(box(el, "README.md").checked);
  patch({ paths: ["other.txt"] });
  assert.deepEqual(rows(el), ["other.txt"]);
  await Promise.resolve();
  assert.deepEqual(ctx.calls.at(-1), ["setValue", [], null]);
});

test("max_height defaults to 500px as in Gradio; height is the block's", () => {
  const { el } = mount(fe, { paths, height: 200 });
  assert.equal(el.style.maxHeight, "500px");
  assert.equal(el.style.height, "200px");
});
