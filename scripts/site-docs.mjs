#!/usr/bin/env node
// Builds the docs site into SITE_DIR (default dist/site), after scripts/build has copied site/
// there: the reference pages rendered from docs/*.md (and the two READMEs they link to), the
// getting-started page and the playground (templates in site/start/, site/playground/), and
// the component gallery — one live example per drawn type of js-shim/components/registry.js,
// with its events, wire value and what a function receives from the core's specs (the table
// `build/native/graft docs components` prints, as for docs/components.md), so it cannot drift.
// Everything is read from the repository (site/, docs/, js-shim/), never from SITE_DIR, so a
// fresh copy of site/ is all it needs. Usage: node scripts/site-docs.mjs [SITE_DIR]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync, statSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Marked } from "marked";
import Prism from "prismjs";
import loadLanguages from "prismjs/components/index.js";
import { drawn } from "../js-shim/components/registry.js";
import { componentsMarkdown } from "./components-doc.mjs";
import { examples } from "../site/gallery/examples.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const site = process.argv[2] ?? join(repo, "dist/site");
const REPO_URL = "https://github.com/graft-app/graft/blob/main/"; // package/package.json's repository
loadLanguages(["cpp", "json", "bash", "cmake", "javascript", "markup"]);
const read = (path) => readFileSync(join(repo, path), "utf8");
const write = (path, text) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};
const warnings = [];
const warn = (message) => (warnings.push(message), console.warn(`site-docs: warning: ${message}`));

export const escape = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// JSON for a <script type="application/json">: no "<" in it, so no "</script>" or "<!--" can end
// or confuse the element.
export const scriptJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

// ---------------------------------------------------------------- page frame and code blocks

const LANGS = { sh: "bash", shell: "bash", js: "javascript", mjs: "javascript", html: "markup", xml: "markup", cpp: "cpp", "c++": "cpp", json: "json", cmake: "cmake" };

// A code block, highlighted at build time (no script in the page). Focusable: a <pre> that
// scrolls must be reachable by keyboard.
export function codeBlock(code, lang, label) {
  const grammar = Prism.languages[LANGS[lang] ?? lang];
  const html = grammar ? Prism.highlight(code, grammar, LANGS[lang] ?? lang) : escape(code);
  return `<pre class="code" tabindex="0"${label ? ` aria-label="${escape(label)}"` : ""}><code${grammar ? ` class="language-${LANGS[lang] ?? lang}"` : ""}>${html}</code></pre>`;
}

const NAV = [
  ["start/", "Get started"],
  ["gallery/", "Components"],
  ["#demos", "Demos"],
  ["playground/", "Playground"],
  ["docs/", "Docs"],
];

// The site's header, for a page at `path` (relative to the site's root): links are relative,
// so the site works from any folder of any host.
export function header(path) {
  const depth = path.split("/").length - 1;
  const root = depth ? "../".repeat(depth) : "./";
  const section = path.split("/")[0] + "/";
  const items = NAV.map(([href, text]) => {
    const current = href === section || (href === "#demos" && path === "index.html") ? ' aria-current="page"' : "";
    return `<li><a href="${root}${href}"${href === "#demos" ? "" : current}>${text}</a></li>`;
  }).join("");
  return `<header class="site-header"><a class="brand" href="${root}"${path === "index.html" ? ' aria-current="page"' : ""}>Graft</a><nav aria-label="Site"><ul>${items}</ul></nav></header>`;
}

function page({ path, title, body, head = "", scripts = "", bodyClass = "" }) {
  const root = "../".repeat(path.split("/").length - 1);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Graft</title>
<link rel="icon" href="${root}docs-assets/icon.svg">
<link rel="stylesheet" href="${root}docs-assets/site.css">
${head}</head>
<body${bodyClass ? ` class="${bodyClass}"` : ""}>
<a class="skip" href="#content">Skip to content</a>
${header(path)}
${body}
${scripts}</body>
</html>
`;
}

// A template of site/ (start/, playground/, index.html): `<!--#header-->` becomes the header,
// `<!--#source PATH LANG-->` the file site/PATH highlighted, `<!--#snippet LANG\n…-->` the code
// in it, other markers what `fill` gives.
function fromTemplate(path, fill = {}) {
  let html = read(join("site", path));
  html = html.replace("<!--#header-->", header(path));
  html = html.replace(/<!--#source (\S+) (\S+)-->/g, (_, src, lang) => codeBlock(read(join("site", src)).trimEnd(), lang, `${src.split("/").pop()}`));
  html = html.replace(/<!--#snippet (\S+)\n([\s\S]*?)-->/g, (_, lang, code) => codeBlock(code.trimEnd(), lang));
  for (const [marker, text] of Object.entries(fill)) html = html.replace(`<!--#${marker}-->`, () => text);
  const left = html.match(/<!--#[\w-]+[^>]*-->/);
  if (left) throw new Error(`site/${path}: unknown marker ${left[0]}`);
  write(path, html);
}

// ---------------------------------------------------------------- reference pages (docs/*.md)

// Which Markdown files become pages, and where: docs/*.md, plus the READMEs they link to.
function docPages() {
  const pages = new Map();
  for (const name of readdirSync(join(repo, "docs")).filter((f) => f.endsWith(".md")).sort())
    pages.set(`docs/${name}`, name === "README.md" ? "docs/index.html" : `docs/${name.replace(/\.md$/, ".html")}`);
  pages.set("README.md", "docs/overview.html");
  pages.set("js-shim/components/README.md", "docs/component-contract.html");
  return pages;
}

// GitHub's heading ids (the anchors the Markdown's own links use): the text, lower case, without
// punctuation, spaces as hyphens; repeats get -1, -2.
export function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };
}

const plain = (html) => html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

// A link of the Markdown file `src` (repository-relative), as the built page at `out` needs it:
// a rendered page's link goes to that page, a file beside the docs is copied into the site, and
// anything else in the repository links to the repository.
export function rewriteLink(href, src, out, pages, copies) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#") || href.startsWith("/")) return href;
  const [path, hash] = href.split("#");
  const target = posix.normalize(posix.join(posix.dirname(src), path)).replace(/\/$/, "");
  const suffix = hash !== undefined ? `#${hash}` : "";
  const fromDir = posix.dirname(out);
  if (pages.has(target)) return posix.relative(fromDir, pages.get(target)) + suffix || posix.basename(pages.get(target)) + suffix;
  if (target.startsWith("docs/") && existsSync(join(repo, target)) && statSync(join(repo, target)).isFile()) {
    copies.add(target);
    return posix.relative(fromDir, target) + suffix;
  }
  const isDir = existsSync(join(repo, target)) && statSync(join(repo, target)).isDirectory();
  return REPO_URL.replace("/blob/", isDir ? "/tree/" : "/blob/") + target + suffix;
}

function renderDocs() {
  const pages = docPages();
  const copies = new Set();
  const rendered = [];
  for (const [src, out] of pages) {
    const slug = slugger();
    let title = null;
    const marked = new Marked({ gfm: true });
    marked.use({
      renderer: {
        heading({ tokens, depth }) {
          const html = this.parser.parseInline(tokens);
          const id = slug(plain(html));
          if (depth === 1 && !title) title = plain(html);
          return `<h${depth} id="${escape(id)}">${html} <a class="anchor" href="#${escape(id)}" aria-label="Link to this section">#</a></h${depth}>\n`;
        },
        link({ href, title: t, tokens }) {
          const to = rewriteLink(href, src, out, pages, copies);
          return `<a href="${escape(to)}"${t ? ` title="${escape(t)}"` : ""}>${this.parser.parseInline(tokens)}</a>`;
        },
        code({ text, lang }) {
          return codeBlock(text, (lang ?? "").split(/\s/)[0]);
        },
      },
    });
    // Wide tables scroll on their own, reachable by keyboard.
    const html = marked.parse(read(src)).replace(/<table>/g, '<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>').replace(/<\/table>/g, "</table></div>");
    rendered.push({ src, out, title: title ?? src, html });
  }
  // The list beside every page: the contents, the overview, then docs/README.md's order.
  const order = ["docs/README.md", "README.md", ...[...read("docs/README.md").matchAll(/\]\(([\w-]+\.md)\)/g)].map((m) => `docs/${m[1]}`)];
  const rank = (p) => (order.includes(p.src) ? order.indexOf(p.src) : order.length);
  const label = { "docs/README.md": "Contents", "README.md": "Overview" };
  const list = (current) => `<nav class="docs-nav" aria-label="Documentation"><ul>${[...rendered]
    .sort((a, b) => rank(a) - rank(b))
    .map((p) => `<li><a href="${posix.relative("docs", p.out)}"${p.out === current ? ' aria-current="page"' : ""}>${escape(label[p.src] ?? p.title)}</a></li>`)
    .join("")}</ul></nav>`;
  for (const p of rendered) {
    const source = `<p class="doc-source">Rendered from <a href="${REPO_URL}${p.src}"><code>${escape(p.src)}</code></a>.</p>`;
    write(p.out, page({
      path: p.out,
      title: p.title,
      bodyClass: "docs",
      body: `<div class="docs-layout">${list(p.out)}<main id="content" class="prose">${p.html}${source}</main></div>`,
    }));
  }
  for (const file of copies) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    copyFileSync(join(repo, file), join(site, file));
  }
  return rendered;
}

// ---------------------------------------------------------------- the component gallery

// The core's specs as the table docs/components.md is generated from: per config type, its
// Gradio classes, events, wire value, what a page function receives and its status.
async function specTable() {
  let md;
  if (existsSync(join(repo, "build/native/graft"))) md = await componentsMarkdown(join(repo, "build/native/graft"));
  else {
    warn("build/native/graft is not built: the gallery reads docs/components.md instead");
    md = read("docs/components.md");
  }
  const specs = new Map();
  for (const line of md.split("\n")) {
    if (!line.startsWith("| `")) continue;
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
    const [type, cls, events, wire, receives, status] = cells;
    const key = type.replace(/`/g, "");
    const template = /template of/.test(cls);
    const entry = specs.get(key) ?? { classes: [], events: [], wire, receives, status };
    entry.classes.push(cls.replace(/ \(template of \w+\)/, ""));
    if (!template && !entry.events.length && events !== "—") entry.events = events.split(", ").filter((e) => /^[a-z_]+$/.test(e));
    if (key === "html") entry.events = events; // "all 34 events (HTML can trigger any)"
    if (cls === "NativePlot") Object.assign(entry, { wire, receives, status });
    specs.set(key, entry);
  }
  return specs;
}

// Props the page reads for a type: every `props.name` in the code its module runs (its folder
// and the atoms it imports, followed from index.js), so the list cannot drift from the code.
// `except`: files whose props are counted elsewhere (the Block's, common to every component).
export function propsRead(entry, except = new Set()) {
  const names = new Set();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || except.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bprops(?:\(\))?\??\.([a-zA-Z]\w*)/g)) names.add(m[1]);
    for (const m of text.matchAll(/\bprops(?:\(\))?\??\[["']([a-zA-Z]\w*)["']\]/g)) names.add(m[1]);
    // Layout blocks made by atoms/layout.js's container() name their props `p`.
    if (/\bcontainer\("/.test(text)) for (const m of text.matchAll(/\bp\.([a-z][a-z_]*)\b/g)) names.add(m[1]);
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(join(dirname(file), m[1]));
  };
  visit(entry);
  // A module that passes another's props on with some of them set to constants
  // (`{ ...props, show_label: false }`, as Fallback does with JSON's) does not read those.
  const fixed = new Set();
  const own = existsSync(entry) ? readFileSync(entry, "utf8") : "";
  for (const m of own.matchAll(/\{\s*\.\.\.props,([^{}]*)\}/g)) {
    for (const [, key, value] of m[1].matchAll(/([a-zA-Z_]\w*)\s*:\s*([^,]+)/g)) if (!/\bprops\b/.test(value)) fixed.add(key);
  }
  return { names: [...names].filter((p) => !p.startsWith("_") && !fixed.has(p)).sort(), files: seen };
}

function defaultProps() {
  const text = read("core/src/components/defaults.cpp");
  const json = text.slice(text.indexOf('R"json(') + 7, text.indexOf(')json"'));
  return JSON.parse(json);
}

// An example's Gradio config: the component (and its children), an "Event log" textbox, and a
// listener per logged event whose function (registered by site/gallery/gallery.js) writes the
// event into the log.
export function exampleConfig(type, example, spec) {
  const components = [];
  const add = (node) => {
    const c = { id: components.length + 1, type: node.type, props: node.props ?? {} };
    components.push(c);
    const children = (node.children ?? []).map(add);
    return children.length ? { id: c.id, children } : { id: c.id };
  };
  const root = add({ type: example.type ?? type, props: example.props, children: example.children });
  const events = example.events ?? spec?.events?.filter?.((e) => e !== "stream") ?? [];
  const layout = { id: 0, children: [root] };
  const dependencies = [];
  if (events.length) {
    const log = { id: components.length + 1, type: "textbox", props: { label: "Event log", lines: 3, max_lines: 6, interactive: false, placeholder: "Use the component: its events appear here" } };
    components.push(log);
    layout.children.push({ id: log.id });
    const targets = example.listenTo === "children" ? components.filter((c) => c.type === type).map((c) => c.id) : [root.id];
    const takesValue = example.input !== false && !/layout/.test(spec?.status ?? "") && example.listenTo !== "children";
    for (const target of targets)
      for (const event of events)
        dependencies.push({ id: dependencies.length, targets: [[target, event]], inputs: takesValue ? [target] : [], outputs: [log.id], api_name: `log_${target}_${event}`, queue: false });
  }
  return { title: `${type} example`, components, layout, dependencies };
}

// A type's Python class: the one named as the type (NativePlot, not BarPlot), else its first.
const className = (spec, type) => spec?.classes.find((c) => c.toLowerCase() === type) ?? spec?.classes.find((c) => !/\(/.test(c)) ?? type;

async function renderGallery() {
  const specs = await specTable();
  const defaults = defaultProps();
  const block = propsRead(join(repo, "js-shim/components/atoms/block.js"));
  const blockProps = block.names;
  const types = Object.keys(drawn).sort();
  const missing = types.filter((t) => !examples[t]);
  if (missing.length) warn(`no gallery example for ${missing.join(", ")} (add one to site/gallery/examples.js)`);
  const toc = types.map((t) => `<li><a href="#${t}">${escape(className(specs.get(t), t))}</a></li>`).join("");
  const sections = types.map((type) => {
    const spec = specs.get(type);
    if (!spec) warn(`${type}: not in the core's specs`);
    const example = examples[type];
    const name = className(spec, type);
    const own = propsRead(join(repo, "js-shim/components", type, "index.js"), block.files).names.filter((p) => !blockProps.includes(p));
    const props = own.map((p) => {
      const d = defaults[type]?.[p];
      return `<li><code>${escape(p)}</code>${d !== undefined ? ` <span class="default">= ${escape(JSON.stringify(d))}</span>` : ""}</li>`;
    }).join("");
    const events = Array.isArray(spec?.events) ? spec.events.map((e) => `<code>${e}</code>`).join(" ") || "none" : escape(spec?.events ?? "unknown");
    let live;
    if (example) {
      const config = exampleConfig(type, example, spec);
      const json = scriptJson(config);
      const shown = { type: example.type ?? type, props: example.props, ...(example.children ? { children: example.children } : {}) };
      live = `${example.note ? `<p class="note">${escape(example.note)}</p>` : ""}
<div class="example${example.contain ? " contain" : ""}"><graft-app eager="false" initial_height="${example.contain ? "240px" : "120px"}" data-example="${type}" aria-label="${escape(name)} example"><script type="application/json">${json}</script></graft-app></div>
<details class="source"><summary>Example config</summary>${codeBlock(JSON.stringify(shown, null, 2), "json", `${name} example config`)}</details>`;
    } else {
      live = `<p class="missing">No live example yet: add one for <code>${type}</code> to <code>site/gallery/examples.js</code>.</p>`;
    }
    return `<section id="${type}" class="component" aria-labelledby="${type}-title">
<h2 id="${type}-title">${escape(name)} <code class="type">${type}</code></h2>
${spec && spec.classes.length > 1 ? `<p class="classes">Gradio classes: ${spec.classes.map((c) => `<code>${escape(c)}</code>`).join(" ")}</p>` : ""}
${live}
<dl class="facts">
<dt>Events</dt><dd>${events}</dd>
<dt>Value on the wire</dt><dd>${escape(spec?.wire ?? "unknown")}</dd>
<dt>A page function receives</dt><dd>${escape(spec?.receives ?? "unknown")}</dd>
<dt>Props it reads</dt><dd>${props ? `<ul class="props">${props}</ul>` : "only the common ones"}</dd>
</dl>
</section>`;
  }).join("\n");
  fromTemplate("gallery/index.html", {
    toc: `<nav class="toc" aria-label="Components"><ul>${toc}</ul></nav>`,
    "block-props": blockProps.map((p) => `<code>${escape(p)}</code>`).join(" "),
    gallery: sections,
    count: String(types.length),
  });
}

// ---------------------------------------------------------------- the demos' list, start, playground

function playgroundExamples() {
  // The hello demo's own files, its import rewritten to the package name the playground maps.
  const hello = {
    name: "Hello (site/demos/hello_config)",
    config: read("site/demos/hello_config/hello.json"),
    functions: read("site/demos/hello_config/functions.js").replace(/from "[^"]*graft\.js"/, 'from "@graft-app/graft"'),
  };
  const dir = "site/playground/examples";
  const more = readdirSync(join(repo, dir)).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const base = f.replace(/\.json$/, "");
    const js = join(dir, `${base}.js`);
    const config = read(join(dir, f));
    return { name: JSON.parse(config).title ?? base, config, functions: existsSync(join(repo, js)) ? read(js) : "" };
  });
  return scriptJson([hello, ...more]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rendered = renderDocs();
  await renderGallery();
  fromTemplate("start/index.html");
  fromTemplate("playground/index.html", { examples: playgroundExamples() });
  fromTemplate("index.html");
  console.log(`site-docs: ${rendered.length} reference pages, ${Object.keys(drawn).length} gallery entries, start, playground${warnings.length ? ` (${warnings.length} warning${warnings.length > 1 ? "s" : ""})` : ""}`);
}
