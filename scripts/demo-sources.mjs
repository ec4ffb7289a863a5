// Writes source.html beside each C++ demo of the built site (dist/site/demos/<name>/main.cpp.txt):
// the demo's main.cpp as a page the demo shows in a frame beside its app. A frame, so the
// source's text stays out of the app page's own text (scripts written against the app, and
// Playwright's getByText, see only the app). Usage: node scripts/demo-sources.mjs [SITE_DIR]
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const site = process.argv[2] ?? "dist/site";
const demos = join(site, "demos");
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

let n = 0;
for (const name of readdirSync(demos)) {
  const src = join(demos, name, "main.cpp.txt");
  if (!existsSync(src)) continue;
  const code = readFileSync(src, "utf8");
  const lines = code.split("\n").length;
  writeFileSync(join(demos, name, "source.html"), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(name)}/main.cpp</title>
<style>
  :root { color-scheme: light dark; }
  body { margin: 0; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f8fafc; color: #1e293b; }
  header { position: sticky; top: 0; padding: 6px 12px; font: 600 13px system-ui, sans-serif; background: #e2e8f0; color: #334155; }
  header a { color: #1d4ed8; font-weight: 400; margin-left: 8px; }
  pre { margin: 0; padding: 12px; white-space: pre; tab-size: 4; }
  @media (prefers-color-scheme: dark) {
    body { background: #18181b; color: #e4e4e7; }
    header { background: #27272a; color: #d4d4d8; }
    header a { color: #93c5fd; }
  }
</style>
</head>
<body>
<header>main.cpp · ${lines} lines <a href="main.cpp.txt" target="_blank" rel="noopener">raw</a></header>
<pre><code>${escape(code)}</code></pre>
</body>
</html>
`);
  n++;
}
console.log(`demo-sources: ${n} C++ sources written as source.html`);
