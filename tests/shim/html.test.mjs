// gr.HTML in the page: the app's HTML in a shadow root, ${value} templates, click, and the
// sanitising that keeps scripts, handlers and javascript: URLs out (linkedom cannot run them,
// so these tests read the sanitised markup).
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { fill, scrub, sanitize, unsafeUrl, PURIFY, toWire, px } from "../../js-shim/components/html/helpers.js";

installDom();
const { default: html } = await import("../../js-shim/components/html/index.js");

const content = (el) => el.querySelector(".html-container > div.prose.gradio-style").shadowRoot.querySelector(".graft-html-root");

test("the value is drawn inside div.html-container > div.prose.gradio-style, in a shadow root", () => {
  const { el } = mount(html, { value: "<h1>Hello</h1><p>world</p>" });
  const host = el.querySelector(".html-container > div.prose.gradio-style");
  assert.ok(host.shadowRoot, "content lives in an open shadow root");
  assert.equal(content(el).querySelector("h1").textContent, "Hello");
  assert.equal(host.children.length, 0, "nothing of the value is in the page's own tree");
});

test("a <script> in the value is removed and inline handlers and javascript: URLs are stripped", () => {
  const value = '<p onclick="steal()">x</p><script>window.pwned = 1</script><img src="x" onerror="window.pwned = 1">'
    + '<a href=" java\tscript:alert(1)">link</a><a href="https://gradio.app">ok</a><svg><a href="javascript:1"><text>t</text></a><script>1</script></svg>'
    + '<iframe srcdoc="<script>1</script>"></iframe>';
  const { el } = mount(html, { value });
  const root = content(el);
  assert.equal(root.querySelector("script"), null);
  assert.equal(root.querySelector("iframe"), null);
  assert.equal(root.querySelector("p").getAttribute("onclick"), null);
  assert.equal(root.querySelector("img").getAttribute("onerror"), null);
  assert.equal(root.querySelector("img").getAttribute("src"), "x");
  const links = [...root.querySelectorAll("a")];
  assert.equal(links[0].getAttribute("href"), null);
  assert.equal(links[1].getAttribute("href"), "https://gradio.app");
  assert.equal(links[2].getAttribute("href"), null);
  assert.doesNotMatch(root.innerHTML, /onerror|onclick|javascript:|<script/i);
  assert.equal(globalThis.pwned, undefined);
});

test("a <style> in the value stays inside the shadow root, never in the page", () => {
  const { el } = mount(html, { value: "<style>body { display: none }</style><b>x</b>" });
  assert.ok(content(el).querySelector("style"));
  assert.equal(document.querySelectorAll("style").length, 0);
});

test("html_template substitutes ${value} as text, evaluating nothing else", () => {
  const { el } = mount(html, { value: "Ada", html_template: "<h2>Hi ${value}!</h2><p>${1+1} ${value}</p>" });
  assert.equal(content(el).querySelector("h2").textContent, "Hi Ada!");
  assert.equal(content(el).querySelector("p").textContent, "${1+1} Ada");
});

test("css_template becomes a <style> scoped to the component's root in its shadow root", () => {
  const { el } = mount(html, { value: "x", css_template: "color: red; h1 { color: ${value}; }" });
  const style = el.querySelector(".prose").shadowRoot.querySelectorAll("style")[1];
  assert.equal(style.textContent, ".graft-html-root { color: red; h1 { color: x; } }");
});

test("a new value replaces the content without firing any event", () => {
  const { el, ctx, patch } = mount(html, { value: "<p>one</p>" });
  patch({ value: "<p>two</p>" });
  assert.equal(content(el).textContent, "two");
  assert.deepEqual(ctx.calls, []);
});

test("clicking the content fires click", () => {
  const { el, ctx } = mount(html, { value: "<button>Go</button>" });
  el.querySelector(".prose").click();
  assert.deepEqual(ctx.calls, [["emit", "click", null]]);
});

test("min_height and max_height size the container, which scrolls past max_height", () => {
  const { el } = mount(html, { value: "x", min_height: 100, max_height: "20em" });
  const c = el.querySelector(".html-container");
  assert.equal(c.style.minHeight, "100px");
  assert.equal(c.style.maxHeight, "20em");
  assert.equal(c.style.overflowY, "auto");
});

test("the label is drawn only with show_label, and padding adds the padded class", () => {
  assert.equal(mount(html, { value: "x", label: "Card" }).el.querySelector('[data-testid="block-label"]').hidden, true);
  const { el } = mount(html, { value: "x", label: "Card", show_label: true, padding: true });
  assert.equal(el.querySelector('[data-testid="block-label"]').textContent, "Card");
  assert.equal(el.querySelector('[data-testid="block-label"]').hidden, false);
  assert.ok(el.classList.contains("padded"));
});

test("DOMPurify is asked for a fragment, keeping <style> and forbidding <script>", () => {
  assert.equal(PURIFY.WHOLE_DOCUMENT, false);
  assert.deepEqual(PURIFY.FORBID_TAGS, ["script"]);
  assert.deepEqual(PURIFY.ADD_TAGS, ["style"]);
  assert.equal(PURIFY.FORCE_BODY, true);
});

test("sanitize uses DOMPurify when it is supported, then scrubs its result", () => {
  let asked = null;
  const purify = {
    isSupported: true,
    sanitize(text, options) {
      asked = options;
      const t = document.createElement("template");
      t.innerHTML = text;
      return t.content;
    },
  };
  const out = sanitize('<i onmouseover="x()">y</i>', purify);
  assert.equal(asked, PURIFY);
  assert.equal(out.firstChild.getAttribute("onmouseover"), null);
});

test("helpers: templates, URL checks, scrubbing nested templates, output values", () => {
  assert.equal(fill(undefined, "<b>v</b>"), "<b>v</b>");
  assert.equal(fill("${value}|${value}", null), "|");
  assert.equal(unsafeUrl("href", "JaVaScRiPt:alert(1)"), true);
  assert.equal(unsafeUrl("href", "\u0001javascript:x"), true);
  assert.equal(unsafeUrl("src", "data:image/png;base64,AAAA"), false);
  assert.equal(unsafeUrl("href", "data:text/html,<script>1</script>"), true);
  assert.equal(unsafeUrl("src", "data:image/svg+xml,<svg/>"), true);
  assert.equal(unsafeUrl("href", "/relative?x=1"), false);
  const t = document.createElement("template");
  t.innerHTML = "<template><b onclick='x'>in</b></template><form action='javascript:x'><button formaction='vbscript:y'>b</button></form>";
  const box = document.createElement("div");
  box.append(scrub(t.content));
  assert.match(box.innerHTML, /<b>in<\/b>/);
  assert.doesNotMatch(box.innerHTML, /onclick|javascript|vbscript/);
  assert.equal(toWire(null), null);
  assert.equal(toWire(3), "3");
  assert.throws(() => toWire({ a: 1 }), /HTML expects a string/);
  assert.equal(px(10), "10px");
  assert.equal(px(undefined), "");
});
