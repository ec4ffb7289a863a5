// gr.Navbar in the page: the links Gradio's Embed draws (main page, then the value's pages),
// their hrefs and targets, the bar at the top of the app, and the shape a function must return.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount, fakeCtx } from "./dom.mjs";
import { navLinks, hrefOf, normalizePath, toWire, showsBar } from "../../js-shim/components/navbar/helpers.js";

installDom();
const navbar = (await import("../../js-shim/components/navbar/index.js")).default;

test("the main page comes first, then each [label, path] whose route is new; external links open a new tab", () => {
  const links = navLinks({ value: [["Analytics", "analytics"], ["Home again", ""], ["About", "https://example.com/about"]] });
  assert.deepEqual(links.map((l) => [l.label, l.href, l.target, l.rel, l.active]), [
    ["Home", "", "_self", "", true],
    ["Analytics", "analytics", "_self", "", false],
    ["About", "https://example.com/about", "_blank", "noopener noreferrer", false],
  ]);
});

test("main_page_name renames the main page, or leaves it out when false", () => {
  assert.deepEqual(navLinks({ main_page_name: "My App" }).map((l) => l.label), ["My App"]);
  assert.deepEqual(navLinks({ main_page_name: false, value: [["A", "a"]] }).map((l) => l.label), ["A"]);
  assert.deepEqual(navLinks({ value: null }).map((l) => l.label), ["Home"]);
});

test("an internal route never becomes a link of another scheme", () => {
  assert.equal(hrefOf("javascript:alert(1)"), "./javascript:alert(1)");
  assert.equal(hrefOf("data:text/html,x"), "./data:text/html,x");
  assert.equal(hrefOf("settings/page"), "settings/page");
  assert.equal(hrefOf("HTTPS://example.com"), "HTTPS://example.com");
  assert.equal(normalizePath("/a/b/?q=1#x"), "a/b");
});

test("a returned list of pairs is the wire value; other shapes are refused naming Navbar", () => {
  assert.deepEqual(toWire([["A", "a"]]), [["A", "a"]]);
  assert.equal(toWire(null), null);
  assert.deepEqual(toWire({ __type__: "update", value: [["B", "b"]] }), { __type__: "update", value: [["B", "b"]] });
  assert.throws(() => toWire("a"), /Navbar expects a list of \[label, path\] pairs or None, got "a"/);
  assert.throws(() => toWire([["A"]]), /Navbar expects each page to be a \[label, path\] pair, got \["A"\] at index 0/);
  assert.throws(() => toWire([["A", 1]]), /label and path to be strings/);
});

test("visible false or \"hidden\" hides the bar", () => {
  assert.equal(showsBar({}), true);
  assert.equal(showsBar({ visible: "hidden" }), false);
  assert.equal(showsBar({ visible: false }), false);
});

test("in an app the bar goes first in .graft-app; the component's own element is an empty hidden div", async () => {
  const app = document.createElement("div");
  app.className = "graft-app";
  const main = document.createElement("main");
  app.append(main);
  document.body.append(app);
  const ctx = fakeCtx({ type: "navbar" });
  const view = navbar.create({ value: [["Docs", "docs"]], elem_id: "nav", elem_classes: ["mine"] }, ctx);
  main.append(view.el);
  await Promise.resolve();
  assert.equal(app.firstElementChild, view.holder);
  assert.equal(view.el.id, "nav");
  assert.ok(view.el.classList.contains("mine"));
  assert.equal(view.el.style.display, "none");
  assert.deepEqual([...app.querySelectorAll(".nav-holder a")].map((a) => [a.textContent, a.getAttribute("href")]), [["Home", ""], ["Docs", "docs"]]);
  assert.equal(app.querySelector(".nav-holder a.active").getAttribute("aria-current"), "page");
  navbar.update(view, { value: [["More", "more"]] }, { value: [["More", "more"]] });
  assert.deepEqual([...app.querySelectorAll(".nav-holder a")].map((a) => a.textContent), ["Home", "More"]);
  navbar.destroy(view);
  assert.equal(app.querySelector(".nav-holder"), null);
  app.remove();
});

test("outside an app the bar stays in the component's element", async () => {
  const { el } = mount(navbar, { value: [["Docs", "docs"]] }, { type: "navbar" });
  await Promise.resolve();
  assert.equal(el.querySelectorAll("nav a").length, 2);
});
