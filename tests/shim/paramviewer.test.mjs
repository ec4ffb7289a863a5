// gr.ParamViewer in the page: one <details class=param> per parameter, the Open All / Close All
// toggle, links that are checked, and nothing parsed as HTML.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { params, slug, descriptionParts, linkifyParts, safeHref, toWire } from "../../js-shim/components/paramviewer/helpers.js";

installDom();
const { default: pv } = await import("../../js-shim/components/paramviewer/index.js");

const value = {
  value: { type: "str | None", description: "The text. See [docs](https://gradio.app/docs).", default: "None" },
  lines: { type: "int", description: "", default: "1" },
};

test("each parameter is a details.param whose summary shows `name: type`, then default and description", () => {
  const { el } = mount(pv, { value, header: "Parameters" });
  const details = [...el.querySelectorAll("details.param")];
  assert.equal(details.length, 2);
  assert.equal(details[0].querySelector("summary").textContent, "value: str | None");
  assert.equal(details[0].querySelector(".default").textContent, "default= None");
  assert.equal(details[0].querySelector(".description").textContent, "The text. See docs.");
  assert.equal(details[1].querySelector(".description"), null);
  assert.equal(el.querySelector(".header .title").textContent, "Parameters");
});

test("the toggle opens every parameter and then closes them, naming itself Open All / Close All", () => {
  const { el } = mount(pv, { value });
  const toggle = el.querySelector("button.toggle-all");
  assert.equal(toggle.getAttribute("aria-label"), "Open All");
  toggle.click();
  assert.ok([...el.querySelectorAll("details.param")].every((d) => d.open));
  assert.equal(toggle.getAttribute("aria-label"), "Close All");
  toggle.click();
  assert.ok([...el.querySelectorAll("details.param")].every((d) => !d.open));
  assert.equal(toggle.getAttribute("aria-label"), "Open All");
});

test("without a header there is no title, but the toggle stays", () => {
  const { el } = mount(pv, { value });
  assert.equal(el.querySelector(".header .title").hidden, true);
  assert.ok(el.querySelector("button.toggle-all"));
});

test("a description's markdown link opens in a new tab; a javascript: link stays text", () => {
  const { el } = mount(pv, { value: { a: { type: "x", description: "[ok](https://x.org) [bad](javascript:alert(1))", default: null } } });
  const links = [...el.querySelectorAll(".description a")];
  assert.equal(links.length, 1);
  assert.equal(links[0].getAttribute("href"), "https://x.org");
  assert.equal(links[0].getAttribute("target"), "_blank");
  assert.match(el.querySelector(".description").textContent, /\[bad\]\(javascript:alert\(1\)\)/);
});

test("markup in names, types and descriptions is shown as text", () => {
  const { el } = mount(pv, { value: { "<img src=x onerror=alert(1)>": { type: "<b>t</b>", description: "<script>x</script>", default: null } } });
  assert.equal(el.querySelector("img"), null);
  assert.equal(el.querySelector("b"), null);
  assert.equal(el.querySelector("script"), null);
  assert.match(el.querySelector("summary").textContent, /<img/);
});

test("anchor_links gives each parameter a prefixed id and a link to it", () => {
  const { el } = mount(pv, { value, anchor_links: "tb" });
  const first = el.querySelector("details.param");
  assert.equal(first.id, "param-tb-value");
  assert.equal(first.querySelector("a.param-link").getAttribute("href"), "#param-tb-value");
});

test("linkify turns listed words in types into #h- links", () => {
  const { el } = mount(pv, { value: { f: { type: "FileData | None", description: "", default: null } }, linkify: ["FileData"] });
  const a = el.querySelector("summary a");
  assert.equal(a.textContent, "FileData");
  assert.equal(a.getAttribute("href"), "#h-filedata");
});

test("a new value replaces the parameters without firing events", () => {
  const { el, ctx, patch } = mount(pv, { value: null });
  assert.equal(el.querySelectorAll("details.param").length, 0);
  patch({ value });
  assert.equal(el.querySelectorAll("details.param").length, 2);
  assert.deepEqual(ctx.calls, []);
});

test("helpers: parameters, slugs, link parts and output validation", () => {
  assert.deepEqual(params({ a: { type: "int" } }), [{ name: "a", type: "int", description: "", default: null }]);
  assert.deepEqual(params(null), []);
  assert.equal(slug("My Param_1", true), "param-my-param-1");
  assert.deepEqual(descriptionParts("a [b](/c) d"), [{ text: "a " }, { text: "b", href: "/c" }, { text: " d" }]);
  assert.deepEqual(linkifyParts("A|A", ["A"]).map((p) => p.href ?? p.text), ["#h-a", "|", "#h-a"]);
  assert.equal(safeHref(" java\tscript:x"), null);
  assert.equal(safeHref("data:text/html,x"), null);
  assert.equal(safeHref("#anchor"), "#anchor");
  assert.deepEqual(toWire(null), {});
  assert.throws(() => toWire([1]), /ParamViewer expects/);
  assert.throws(() => toWire({ a: "str" }), /ParamViewer expects "a"/);
});
