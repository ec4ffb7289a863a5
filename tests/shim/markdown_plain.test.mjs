// gr.Markdown's fast path (markdown/plain.js): a value it calls plain must render exactly as
// marked renders it (headings and paragraphs of the same text), and anything marked would read
// as other Markdown, HTML, a link or LaTeX must go to the renderer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Marked } from "marked";
import { plainBlocks } from "../../js-shim/components/markdown/plain.js";

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
// The blocks as the HTML marked writes.
const html = (blocks, breaks) => blocks.map(({ tag, lines }) => `<${tag}>${lines.map(escape).join(breaks ? "<br>" : "\n")}</${tag}>\n`).join("");

const plain = [
  "Start typing below to see the output.",
  "# Hello World!\nStart typing below to see the output.",
  "## Größe (cm) — 20% off\n\n“Quoted” and 'single' text?\nA second line.\n\n### 数学 与 文本",
  "a - b + c = d / e",
  "3.14 is close to pi\n1.5 times",
  "Line one\r\nLine two",
  "",
  "\n\n",
];

test("a value the fast path draws is what marked draws, with and without line_breaks", () => {
  for (const text of plain) {
    const blocks = plainBlocks(text);
    assert.ok(blocks, JSON.stringify(text));
    for (const breaks of [false, true]) {
      assert.equal(html(blocks, breaks), new Marked({ gfm: true, breaks }).parse(text), `${JSON.stringify(text)} breaks=${breaks}`);
    }
  }
  assert.deepEqual(plainBlocks("# Hello World!\nStart typing."), [{ tag: "h1", lines: ["Hello World!"] }, { tag: "p", lines: ["Start typing."] }]);
});

test("other Markdown, HTML, links, lists, rules, code and LaTeX are not plain", () => {
  const markdown = [
    "**bold**", "_em_", "`code`", "~~gone~~", "a | b", "<b>x</b>", "[a](b)", "![i](u)", "#no space", "####### seven",
    "# closed #", "see https://example.com", "mail a@b.co", "visit www.example.com", "1. first", "2) second", "1.",
    "- item", "+ item", "text\n---", "text\n===", "  indented", "    code", "trailing  \nbreak", "a &amp; b",
    "cost $$x$$", "back\\slash", "tab\tstop", "> quote", "ok\n# fine\n* item",
  ];
  for (const text of markdown) assert.equal(plainBlocks(text), null, JSON.stringify(text));
  assert.equal(plainBlocks(null), null);
  assert.equal(plainBlocks(42), null);
});

test("header_links headings and a custom LaTeX delimiter in the text go to the renderer", () => {
  assert.equal(plainBlocks("# Title", { headerLinks: true }), null);
  assert.ok(plainBlocks("No heading here", { headerLinks: true }));
  assert.equal(plainBlocks("area is (pi r2)", { delimiters: [{ left: "(", right: ")", display: false }] }), null);
  assert.ok(plainBlocks("area is pi r2", { delimiters: [{ left: "(", right: ")", display: false }] }));
});
