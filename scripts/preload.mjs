// graft.js imports a few shared chunks (code it shares with the component chunks); a browser
// finds them only once graft.js has arrived, one round trip later. A page that names them in
// <link rel="modulepreload"> fetches them alongside graft.js instead.
//
//   node scripts/preload.mjs manifest DIR   esbuild's DIR/.meta.json -> DIR/preload.json
//                                           ({"graft.js": [its static chunks, in load order]})
//   node scripts/preload.mjs pages SITE     every .html under SITE that modulepreloads …/graft.js
//                                           gets …/<chunk> links for the current chunks after it
//                                           (stale chunk links from an older build removed)
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

// The chunks an output file loads before it runs: its static imports, transitively.
export function staticChunks(meta, entry) {
  const outputs = Object.fromEntries(Object.entries(meta.outputs).map(([path, out]) => [basename(path), out]));
  if (!outputs[entry]) throw new Error(`preload: esbuild's metafile has no output ${entry}`);
  const seen = new Set();
  const visit = (file) => {
    for (const imp of outputs[file]?.imports ?? []) {
      const name = basename(imp.path);
      if (imp.kind !== "import-statement" || imp.external || seen.has(name)) continue;
      seen.add(name);
      visit(name);
    }
  };
  visit(entry);
  return [...seen];
}

// A page's head with its modulepreload of PREFIX/graft.js followed by one per chunk.
export function withPreloads(html, chunks) {
  const entry = /^([ \t]*)<link rel="modulepreload" href="([^"]*?)graft\.js">\n/m.exec(html);
  if (!entry) return html;
  const [line, indent, prefix] = entry;
  const esc = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const stale = new RegExp(`^[ \\t]*<link rel="modulepreload" href="${esc}chunk-[A-Za-z0-9_-]+\\.js">\\n`, "gm");
  const links = chunks.map((c) => `${indent}<link rel="modulepreload" href="${prefix}${c}">\n`).join("");
  return html.replace(stale, "").replace(line, line + links);
}

function htmlFiles(root) {
  const out = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".")) out.push(...htmlFiles(path));
    else if (entry.isFile() && entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

const direct = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
const [command, dir] = direct ? process.argv.slice(2) : [];
if (command === "manifest") {
  const metaPath = join(dir, ".meta.json");
  const meta = JSON.parse(readFileSync(metaPath, "utf8"));
  writeFileSync(join(dir, "preload.json"), `${JSON.stringify({ "graft.js": staticChunks(meta, "graft.js") }, null, 2)}\n`);
  rmSync(metaPath);
} else if (command === "pages") {
  const chunks = JSON.parse(readFileSync(join(dir, "graft", "preload.json"), "utf8"))["graft.js"];
  let n = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, "utf8");
    const next = withPreloads(html, chunks);
    if (next !== html) {
      writeFileSync(file, next);
      n++;
    }
  }
  console.log(`preload: ${chunks.length} chunks of graft.js preloaded by ${n} pages`);
} else if (direct) {
  console.error(`preload: unknown command ${command} (manifest DIR | pages SITE)`);
  process.exit(2);
}
