// gr.Markdown in the page: Gradio's wrapper and test ids, LaTeX spans kept from marked and
// rendered by KaTeX only when a delimiter occurs, code blocks with copy buttons and Prism, links,
// heading ids, and sanitising. DOMPurify reports itself unsupported in linkedom, so here the
// inert-<template> parse plus scrub() is the path under test (DOMPurify's config is checked
// through a stand-in); the browser path is checked in Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { installDom, mount } from "./dom.mjs";
import { DEFAULT_DELIMITERS, delimitersOf, headingIds, katexCss, prismLanguage, protectLatex, restoreLatex, scrub, slug, unsafeUrl } from "../../js-shim/components/markdown/helpers.js";

installDom();
Object.defineProperty(document, "compatMode", { value: "CSS1Compat" }); // KaTeX warns in quirks mode
const lib = await import("../../js-shim/components/markdown/lib.js");
const { default: markdown } = await import("../../js-shim/components/markdown/index.js");

// KaTeX itself runs; its stylesheet (imported as text through the bundler) is skipped in Node.
const counts = { math: 0, highlight: 0 };
const realMath = async () => ({ ...(await import("../../js-shim/components/markdown/math.js")), adoptInto: async () => {} });
const realHighlight = () => import("../../js-shim/components/markdown/highlight.js");
lib.setLoaders({
  math: () => (counts.math++, realMath()),
  highlight: () => (counts.highlight++, realHighlight()),
});

const copied = [];
Object.defineProperty(globalThis, "navigator", { configurable: true, value: { clipboard: { writeText: async (t) => copied.push(t) } } });

async function rendered(el) {
  for (let i = 0; i < 200 && (el.hasAttribute("aria-busy") || !el.querySelector(".md")); i++) await new Promise((r) => setTimeout(r, 2));
  assert.equal(el.hasAttribute("aria-busy"), false, "the value was rendered");
}
async function show(props) {
  const m = mount(markdown, props);
  await rendered(m.el);
  return { ...m, md: m.el.querySelector('[data-testid="markdown"] > span.md') };
}

test("the value is drawn in Gradio's markdown-wrapper > div.prose[markdown] > span.md.prose", async () => {
  const { el, md } = await show({ value: "**bold** text" });
  assert.ok(el.classList.contains("block") && el.classList.contains("graft-markdown"));
  assert.ok(el.querySelector(':scope > [data-testid="markdown-wrapper"] > div.prose[data-testid="markdown"] > span.md.prose'));
  assert.equal(md.querySelector("strong").textContent, "bold");
});

test("only $$…$$ is LaTeX by default, an empty list turns LaTeX off, and malformed delimiters are ignored", () => {
  assert.deepEqual(delimitersOf(undefined), DEFAULT_DELIMITERS);
  assert.deepEqual(delimitersOf(null), [{ left: "$$", right: "$$", display: true }]);
  assert.deepEqual(delimitersOf([]), []);
  assert.deepEqual(delimitersOf([{ left: "$", right: "$", display: false }, { left: "", right: "$" }, "x"]), [{ left: "$", right: "$", display: false }]);
  assert.deepEqual(protectLatex("costs $5 and $$x$$", DEFAULT_DELIMITERS).spans, [{ raw: "$$x$$", tex: "x", display: true }]);
  assert.equal(protectLatex("no math $here$", DEFAULT_DELIMITERS).spans.length, 0);
});

test("delimiters protect their spans in order, so $$ wins over $ and \\( \\) works inline", () => {
  const delims = delimitersOf([{ left: "$$", right: "$$", display: true }, { left: "$", right: "$", display: false }, { left: "\\(", right: "\\)", display: false }]);
  const { text, spans } = protectLatex("A $$x^2$$ B $y_1$ C \\(z*w*\\)", delims);
  assert.equal(text, "A %%GRAFTMATH0%% B %%GRAFTMATH1%% C %%GRAFTMATH2%%");
  assert.deepEqual(spans.map((s) => [s.tex, s.display]), [["x^2", true], ["y_1", false], ["z*w*", false]]);
});

test("a LaTeX span reaches KaTeX untouched by Markdown, as display math for $$", async () => {
  const { md } = await show({ value: "Area: $$a_1 * b_2 * c$$ done" });
  const display = md.querySelector("p > .katex-display > .katex");
  assert.ok(display, "KaTeX's display markup is in the paragraph");
  assert.equal(display.querySelector('annotation[encoding="application/x-tex"]').textContent, "a_1 * b_2 * c");
  assert.equal(md.querySelector("em"), null, "the asterisks did not become emphasis");
  assert.match(md.textContent.trim(), /^Area: .* done$/s);
});

test("KaTeX is loaded only when a delimiter occurs in the value", async () => {
  const before = counts.math;
  const { patch, el } = await show({ value: "plain text, $5 and $6" });
  assert.equal(counts.math, before);
  patch({ value: "now $$\\frac{1}{2}$$" });
  await rendered(el);
  assert.equal(counts.math, before + 1);
  assert.ok(el.querySelector(".katex"));
});

test("latex_delimiters=[] shows $$…$$ as text", async () => {
  const { md } = await show({ value: "$$x$$", latex_delimiters: [] });
  assert.equal(md.querySelector(".katex"), null);
  assert.equal(md.textContent.trim(), "$$x$$");
});

test("LaTeX inside inline code and code blocks stays source text", async () => {
  const { md } = await show({ value: "`$$a$$`\n\n```\nprint('$$b$$')\n```" });
  assert.equal(md.querySelector(".katex"), null);
  assert.equal(md.querySelector("p > code").textContent, "$$a$$");
  assert.equal(md.querySelector("pre > code").textContent, "print('$$b$$')\n");
});

test("KaTeX's own elements keep their style attributes while the user's markup loses them", async () => {
  const { md } = await show({ value: '<span style="position:fixed;inset:0">cover</span> $$x^2$$' });
  const user = [...md.querySelectorAll("span")].find((s) => s.textContent === "cover");
  assert.equal(user.getAttribute("style"), null);
  assert.ok(md.querySelector(".katex [style]"), "KaTeX's layout styles are kept");
});

test("a <style>, <script>, <iframe> or <img onerror> in the value never reaches the page", async () => {
  const value = '<style>body{display:none}</style><script>globalThis.pwned=1</script><iframe src="https://x"></iframe>'
    + '<img src="x" onerror="globalThis.pwned=1"><a href="javascript:alert(1)">j</a><form action="/x"><input></form>';
  const { md } = await show({ value });
  for (const tag of ["style", "script", "iframe", "form"]) assert.equal(md.querySelector(tag), null, tag);
  assert.equal(md.querySelector("img").getAttribute("onerror"), null);
  assert.equal(md.querySelector("a").getAttribute("href"), null);
  assert.doesNotMatch(md.innerHTML, /onerror|javascript:|<style|<script/i);
  assert.equal(document.querySelectorAll("style").length, 0);
  assert.equal(globalThis.pwned, undefined);
});

test("sanitize_html=False draws the HTML in a shadow root, where its <style> stays; scripts and handlers are still removed", async () => {
  const { md } = await show({ value: '<style>p { color: red }</style><p onclick="globalThis.pwned=1" style="color: blue">hi</p><script>globalThis.pwned=1</script>', sanitize_html: false });
  assert.ok(md.shadowRoot, "the span hosts an open shadow root");
  const root = md.shadowRoot.querySelector("div.md.prose");
  const styles = [...root.querySelectorAll("style")].map((s) => s.textContent);
  assert.deepEqual(styles, ["p { color: red }"], "the value's <style> is inside the shadow root");
  assert.equal(root.querySelector("p").getAttribute("style"), "color: blue");
  assert.equal(root.querySelector("p").getAttribute("onclick"), null);
  assert.equal(root.querySelector("script"), null);
  assert.equal(md.children.length, 0, "nothing of the value is in the page's own tree");
  assert.equal(document.querySelectorAll("body style").length, 0);
});

test("switching sanitize_html back to True leaves the shadow root", async () => {
  const { el, patch } = await show({ value: "<b>x</b>", sanitize_html: false });
  patch({ sanitize_html: true });
  await rendered(el);
  const md = el.querySelector("span.md");
  assert.equal(md.shadowRoot ?? null, null);
  assert.equal(md.querySelector("b").textContent, "x");
});

test("links open in a new tab with rel noopener noreferrer; in-page #anchors do not", async () => {
  const { md } = await show({ value: "[out](https://gradio.app) [in](#section) <a href='https://x.y'>raw</a>" });
  const [out, inPage, raw] = md.querySelectorAll("a");
  assert.equal(out.target, "_blank");
  assert.equal(out.rel, "noopener noreferrer");
  assert.equal(raw.target, "_blank");
  assert.equal(inPage.getAttribute("target"), null);
});

test("header_links gives headings Gradio's h-<slug> ids, numbered when repeated, with anchors hidden from assistive tech", async () => {
  const { md } = await show({ value: "# Hello World\n\n## Hello World\n\n### Café & Co.", header_links: true });
  const headings = [...md.querySelectorAll("h1, h2, h3")];
  assert.deepEqual(headings.map((h) => h.id), ["h-hello-world", "h-hello-world-1", "h-café--co"]);
  const anchor = headings[0].querySelector("a.md-header-anchor");
  assert.equal(anchor.getAttribute("href"), "#h-hello-world");
  assert.equal(anchor.getAttribute("aria-hidden"), "true");
  assert.equal(headings[0].textContent, "Hello World", "the heading's text is unchanged");
  const plain = await show({ value: "# Hello" });
  assert.equal(plain.md.querySelector("h1").id, "");
});

test("each code block gets Gradio's copy button, named 'Copy code', which copies the code", async () => {
  const { md } = await show({ value: "```\nline 1\nline 2\n```" });
  const button = md.querySelector("div.code_wrap > button.copy_code_button");
  assert.equal(button.title, "copy");
  assert.equal(button.getAttribute("aria-label"), "Copy code");
  assert.equal(button.nextElementSibling.localName, "pre");
  button.click();
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(copied.at(-1), "line 1\nline 2");
  assert.ok(button.classList.contains("copied"), "the check icon shows");
});

test("a fenced block naming a language is highlighted with Prism's token spans; Prism loads only then", async () => {
  const before = counts.highlight;
  await show({ value: "```\nno language\n```\n\ninline `code`" });
  assert.equal(counts.highlight, before, "no fenced block names a language");
  const { md } = await show({ value: "```python\ndef f(x):\n    return x  # done\n```\n\n```cpp\nint main() { return 0; }\n```" });
  assert.equal(counts.highlight, before + 1);
  const py = md.querySelector("code.language-python");
  assert.equal(py.querySelector(".token.keyword").textContent, "def");
  assert.equal(py.querySelector(".token.comment").textContent, "# done");
  assert.equal(py.textContent, "def f(x):\n    return x  # done\n", "highlighting keeps the text");
  assert.ok(md.querySelector("code.language-cpp .token.keyword"), "C++ loads its C and C-like grammars first");
  const unknown = (await show({ value: "```cobol\nDISPLAY 'X'.\n```" })).md.querySelector("code");
  assert.equal(unknown.children.length, 0, "an unknown language stays plain text");
});

test("the latest value wins when renders finish out of order", async () => {
  const { el, patch } = mount(markdown, { value: "$$slow$$" });
  patch({ value: "fast" });
  await rendered(el);
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(el.querySelector("span.md").textContent.trim(), "fast");
});

test("the Copy conversation button copies the Markdown source and fires copy with {value}", async () => {
  const { el, ctx } = await show({ value: "# Title", buttons: ["copy"] });
  const button = el.querySelector('button[aria-label="Copy conversation"]');
  button.click();
  assert.equal(copied.at(-1), "# Title");
  assert.deepEqual(ctx.calls, [["emit", "copy", { value: "# Title" }]]);
});

test("sanitizeHtml gives DOMPurify the safe or the raw configuration and still scrubs what it returns", () => {
  const seen = [];
  const purify = {
    isSupported: true,
    sanitize(html, config) {
      seen.push(config);
      const t = document.createElement("template");
      t.innerHTML = html;
      return t.content;
    },
  };
  const safe = lib.sanitizeHtml('<b style="color:red" onclick="x()">b</b><style>p{}</style>', { purify });
  assert.deepEqual(seen[0].FORBID_ATTR, ["style"]);
  assert.ok(["style", "script", "iframe", "form", "link", "meta", "base"].every((t) => seen[0].FORBID_TAGS.includes(t)));
  assert.equal(safe.querySelector("b").getAttribute("style"), null);
  assert.equal(safe.querySelector("b").getAttribute("onclick"), null);
  assert.equal(safe.querySelector("style"), null);
  const raw = lib.sanitizeHtml('<b style="color:red" onclick="x()">b</b><style>p{}</style>', { purify, raw: true });
  assert.deepEqual(seen[1].ADD_TAGS, ["style"]);
  assert.equal(raw.querySelector("b").getAttribute("style"), "color:red");
  assert.equal(raw.querySelector("b").getAttribute("onclick"), null);
  assert.ok(raw.querySelector("style"));
});

test("scrub drops script URLs (even obfuscated), handlers, srcdoc and comments; data: images stay", () => {
  const t = document.createElement("template");
  t.innerHTML = '<a href=" java\tscript:alert(1)">a</a><img src="data:image/png;base64,AAAA"><img src="data:text/html,x">'
    + '<svg><a xlink:href="javascript:1"><text>t</text></a></svg><!-- c --><div srcdoc="x" onmouseover="y">d</div>';
  const root = scrub(t.content);
  const [img1, img2] = root.querySelectorAll("img");
  assert.equal(root.querySelector("a").getAttribute("href"), null);
  assert.equal(img1.getAttribute("src"), "data:image/png;base64,AAAA");
  assert.equal(img2.getAttribute("src"), null);
  assert.equal(root.querySelector("div").attributes.length, 0);
  assert.equal([...root.childNodes].some((n) => n.nodeType === 8), false);
  assert.equal(unsafeUrl("href", "JaVaScRiPt:x"), true);
  assert.equal(unsafeUrl("href", "https://ok"), false);
});

test("restoreLatex puts math nodes in text, and source text in code and attributes", () => {
  const t = document.createElement("template");
  t.innerHTML = '<p title="%%GRAFTMATH0%%">a %%GRAFTMATH0%% b</p><code>%%GRAFTMATH1%%</code>';
  const spans = [{ raw: "$$x$$", tex: "x", display: true }, { raw: "$$y$$", tex: "y", display: true }];
  restoreLatex(t.content, spans, (s) => Object.assign(document.createElement("i"), { textContent: s.tex }));
  assert.equal(t.content.querySelector("p").getAttribute("title"), "$$x$$");
  assert.equal(t.content.querySelector("p > i").textContent, "x");
  assert.equal(t.content.querySelector("p").textContent, "a x b");
  assert.equal(t.content.querySelector("code").textContent, "$$y$$");
});

test("slug and headingIds follow github-slugger as Gradio uses it", () => {
  assert.equal(slug("Hello, World!"), "hello-world");
  assert.equal(slug("snake_case  two"), "snake_case--two");
  assert.deepEqual(headingIds(["A", "A", "B", "A"]), ["h-a", "h-a-1", "h-b", "h-a-2"]);
});

test("prismLanguage reads marked's language-x class with Gradio's common aliases", () => {
  assert.equal(prismLanguage("language-py"), "python");
  assert.equal(prismLanguage("language-sh"), "bash");
  assert.equal(prismLanguage("language-html"), "markup");
  assert.equal(prismLanguage("language-brainfuck"), null);
  assert.equal(prismLanguage(""), null);
});

test("KaTeX's CSS loses its @font-face rules (no font files ship) and falls back to math fonts", () => {
  const css = katexCss('@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2")}.katex .amsrm{font-family:KaTeX_AMS}.x{font-family:"KaTeX_SansSerif";color:red}');
  assert.doesNotMatch(css, /@font-face|url\(/);
  assert.match(css, /\.amsrm\{font-family:KaTeX_AMS,math,serif\}/);
  assert.match(css, /font-family:"KaTeX_SansSerif",math,serif;color:red/);
});

test("a function's output must be text: objects are refused by name, numbers shown as text", () => {
  assert.equal(markdown.edge.output(3), "3");
  assert.equal(markdown.edge.output(null), null);
  assert.throws(() => markdown.edge.output({ a: 1 }), /Markdown expects a string/);
  assert.equal(markdown.receives, "str");
});
