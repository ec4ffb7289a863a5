// The mounted tree: visible false removes a subtree (torn down children first, listeners
// released), "hidden" keeps it, showing again re-creates it from current props, patches
// reach only their component, and lazy layouts mount children when first shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom } from "./dom.mjs";

installDom();
const { ComponentTree } = await import("../../js-shim/component-tree.js");
const tabs = (await import("../../js-shim/components/tabs/index.js")).default;
const tabitem = (await import("../../js-shim/components/tabitem/index.js")).default;
const accordion = (await import("../../js-shim/components/accordion/index.js")).default;

function recorder(log) {
  return {
    create(props, ctx) {
      const el = document.createElement("div");
      el.className = `fake ${props.name ?? ""}`;
      el.classList.toggle("hidden", props.visible === "hidden");
      log.push(["create", ctx.id]);
      ctx.signal.addEventListener("abort", () => log.push(["abort", ctx.id]));
      return { el, props };
    },
    update(view, props, patch) {
      log.push(["update", props.name, Object.keys(patch).join(",")]);
      view.el.classList.toggle("hidden", props.visible === "hidden");
    },
    destroy(view) {
      log.push(["destroy", view.props.name]);
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function tree(root, modules, emitted = []) {
  const ctx = () => ({ emit: (e, d) => emitted.push([e, d]), app: {} });
  return new ComponentTree(root, new Map(Object.entries(modules)), ctx);
}

test("visible false tears a subtree down children first; showing it again re-creates it with current props", async () => {
  const log = [];
  const fake = recorder(log);
  const root = { id: 0, type: "fake", props: { name: "root" }, children: [
    { id: 1, type: "fake", props: { name: "col" }, children: [{ id: 2, type: "fake", props: { name: "leaf", value: "a" } }] },
  ] };
  const t = tree(root, { fake });
  document.body.replaceChildren(t.render());
  assert.equal(document.querySelectorAll(".fake").length, 3);
  log.length = 0;
  t.queue(1, { visible: false });
  t.queue(2, { value: "b" }); // an update while unmounted is kept
  await flush();
  assert.deepEqual(log.filter((e) => e[0] !== "update"), [["abort", 2], ["destroy", "leaf"], ["abort", 1], ["destroy", "col"]]);
  assert.equal(document.querySelectorAll(".fake").length, 1, "gone from the DOM");
  t.queue(1, { visible: true });
  await flush();
  assert.equal(document.querySelectorAll(".fake").length, 3);
  assert.equal(t.props(2).value, "b");
  assert.equal(document.body.firstChild.children[0].className.includes("col"), true, "back in its place");
});

test("visible 'hidden' keeps the component in the DOM, not displayed", async () => {
  const log = [];
  const t = tree({ id: 0, type: "fake", props: {}, children: [{ id: 1, type: "fake", props: { name: "x" } }] }, { fake: recorder(log) });
  document.body.replaceChildren(t.render());
  t.queue(1, { visible: "hidden" });
  await flush();
  const el = document.querySelector(".x");
  assert.ok(el, "still mounted");
  assert.equal(el.classList.contains("hidden"), true);
});

test("an unknown type shows an honest note; invisible types draw nothing", () => {
  const t = tree({ id: 0, type: "fake", props: {}, children: [{ id: 1, type: "mystery", props: {} }, { id: 2, type: "state", props: {} }] }, { fake: recorder([]), mystery: null, state: null });
  document.body.replaceChildren(t.render());
  assert.match(document.body.textContent, /does not display "mystery"/);
  assert.equal(document.querySelectorAll("[role=note]").length, 1);
});

test("a Tab's children mount the first time it is selected; selecting fires Tabs select and change", async () => {
  const log = [];
  const emitted = [];
  const root = { id: 0, type: "tabs", props: {}, children: [
    { id: 1, type: "tabitem", props: { label: "Flip Text" }, children: [{ id: 3, type: "fake", props: { name: "a" } }] },
    { id: 2, type: "tabitem", props: { label: "Flip Image" }, children: [{ id: 4, type: "fake", props: { name: "b" } }] },
  ] };
  const t = tree(root, { tabs, tabitem, fake: recorder(log) }, emitted);
  document.body.replaceChildren(t.render());
  await flush();
  const buttons = [...document.querySelectorAll("[role=tab]")];
  assert.deepEqual(buttons.map((b) => b.textContent), ["Flip Text", "Flip Image"]);
  assert.equal(buttons[0].getAttribute("aria-selected"), "true");
  assert.ok(document.querySelector(".a"), "the first tab's content is mounted");
  assert.equal(document.querySelector(".b"), null, "the second tab's content waits");
  buttons[1].dispatchEvent(new Event("click"));
  assert.ok(document.querySelector(".b"));
  assert.deepEqual(emitted[0], ["select", { value: "Flip Image", index: 1, id: 2, component_id: 2 }]);
  assert.equal(emitted[1][0], "change");
  // The choice redrew the buttons, and the replaced ones' listeners went with them: the first
  // tab's old button would select it again.
  const count = emitted.length;
  buttons[0].dispatchEvent(new Event("click"));
  assert.equal(emitted.length, count);
  assert.equal(document.querySelector("[role=tab][aria-selected=true]").textContent, "Flip Image");
});

test("a function setting Tabs.selected shows that tab", async () => {
  const root = { id: 0, type: "tabs", props: {}, children: [
    { id: 1, type: "tabitem", props: { label: "One", id: "one" } },
    { id: 2, type: "tabitem", props: { label: "Two", id: "two" } },
  ] };
  const t = tree(root, { tabs, tabitem });
  document.body.replaceChildren(t.render());
  t.queue(0, { selected: "two" });
  await flush();
  assert.equal(document.querySelector("[aria-selected=true]").textContent, "Two");
});

test("a closed Accordion mounts its content when first opened and fires expand/collapse", async () => {
  const emitted = [];
  const root = { id: 0, type: "accordion", props: { label: "Open for More!", open: false }, children: [{ id: 1, type: "fake", props: { name: "inner" } }] };
  const t = tree(root, { accordion, fake: recorder([]) }, emitted);
  document.body.replaceChildren(t.render());
  const header = document.querySelector("button.label-wrap");
  assert.equal(header.textContent, "Open for More! ▼");
  assert.equal(document.querySelector(".inner"), null);
  header.dispatchEvent(new Event("click"));
  assert.ok(document.querySelector(".inner"));
  header.dispatchEvent(new Event("click"));
  assert.ok(document.querySelector(".inner"), "stays mounted once rendered");
  assert.deepEqual(emitted.map((e) => e[0]), ["expand", "collapse"]);
});
