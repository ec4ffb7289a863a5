// Writes source.html beside each demo of the built site (dist/site/demos/<name>/): the demo's
// source as a page the demo shows in a frame beside its app. A frame, so the source's text
// stays out of the app page's own text (scripts written against the app, and Playwright's
// getByText, see only the app). A C++ demo's source is its main.cpp (main.cpp.txt in the site;
// its page already has the frame); a JS or config demo's are its .js and .json files, and the
// built copy of its page gets the frame here. Usage: node scripts/demo-sources.mjs [SITE_DIR]
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const site = process.argv[2] ?? "dist/site";
const demos = join(site, "demos");
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The page's files, app.js and functions.js first, then the configs. `shown` is the name a
// reader knows the file by (main.cpp is served as main.cpp.txt, so it is not run as a page).
function sourcesOf(dir) {
  if (existsSync(join(dir, "main.cpp.txt"))) return [{ file: "main.cpp.txt", shown: "main.cpp" }];
  const rank = (f) => (f === "app.js" ? 0 : f === "functions.js" ? 1 : f.endsWith(".js") ? 2 : 3);
  return readdirSync(dir)
    .filter((f) => /\.(js|json)$/.test(f))
    .filter((f) => !(f === "app.js" && existsSync(join(dir, "app.wasm")))) // a C++ app's glue
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((f) => ({ file: f, shown: f }));
}

function sourcePage(name, files) {
  const sections = files.map(({ file, shown, code }) => {
    const lines = code.split("\n").length;
    return `<header>${escape(shown)} · ${lines} lines <a href="${escape(file)}" target="_blank" rel="noopener">raw</a></header>
<pre><code>${escape(code)}</code></pre>`;
  }).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(name)}/${escape(files.map((f) => f.shown).join(", "))}</title>
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
${sections}
</body>
</html>
`;
}

// A JS or config demo's page gets the frame a C++ demo's page has by hand (once: the script may
// run again over the same site). ../demo.js loads it once the app is drawn.
function addFrame(dir, files) {
  const page = join(dir, "index.html");
  let html = readFileSync(page, "utf8");
  if (html.includes('src="source.html"')) return false;
  const names = files.map((f) => f.shown).join(", ");
  const frame = `    <iframe class="source" data-src="source.html" title="This demo's source, ${escape(names)}" loading="lazy"></iframe>\n  </main>`;
  if (!/<main>/.test(html) || !html.includes("</main>") || !html.includes("</body>")) {
    throw new Error(`${page}: expected <main> … </main> and </body> to put the source frame in`);
  }
  html = html.replace("<main>", '<main class="with-source">').replace(/\s*<\/main>/, `\n${frame}`);
  html = html.replace("</body>", '  <script type="module" src="../demo.js"></script>\n</body>');
  writeFileSync(page, html);
  return true;
}

let written = 0;
let framed = 0;
for (const name of readdirSync(demos)) {
  const dir = join(demos, name);
  if (!existsSync(join(dir, "index.html"))) continue;
  const files = sourcesOf(dir).map((f) => ({ ...f, code: readFileSync(join(dir, f.file), "utf8") }));
  if (!files.length) continue;
  writeFileSync(join(dir, "source.html"), sourcePage(name, files));
  written++;
  if (files[0].file !== "main.cpp.txt" && addFrame(dir, files)) framed++;
}
console.log(`demo-sources: ${written} demo sources written as source.html (${framed} JS/config pages given the frame)`);
