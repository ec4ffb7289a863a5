// A browser learns which modules a page needs one level at a time: graft.js, then the chunks
// graft.js imports (code it shares with the components), then — once the app's config is known —
// its components' chunks. Each level is a round trip. A page that names them in
// <link rel="modulepreload"> gets them all alongside graft.js instead.
//
//   node scripts/preload.mjs manifest DIR
//       esbuild's DIR/.meta.json -> DIR/preload.json: {"graft.js": [its static chunks],
//       "components": {type: [the type's chunk and the chunks it imports beyond graft.js's]}}
//   node scripts/preload.mjs pages SITE [--apps DIR]
//       every .html under SITE that modulepreloads …/graft.js gets links for graft.js's chunks
//       after it, then for its app's components: those of <graft-app src="x.json"> from the
//       JSON, those of <graft-app module="app.js"> from the config the native build of the same
//       app prints (DIR/<the page's folder name>, run without arguments). Links to hashed files
//       of an older build are replaced.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHUNK } from "./pack.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// A chunk's name as pack.mjs checks it (name-HASH.js), without its anchors.
const HASHED = CHUNK.source.slice(1, -1);

const outputsOf = (meta) => Object.fromEntries(Object.entries(meta.outputs).map(([path, out]) => [basename(path), out]));

// The chunks an output file loads before it runs: its static imports, transitively.
export function staticChunks(meta, entry) {
  const outputs = outputsOf(meta);
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

// type -> the folder its loader imports, from the registry's source (`x: () => import("./f/index.js")`).
export function registryFolders(source) {
  return Object.fromEntries([...source.matchAll(/^\s*(\w+): \(\) => import\("\.\/([\w-]+)\/index\.js"\)/gm)].map(([, type, folder]) => [type, folder]));
}

// preload.json's content: graft.js's chunks, and per drawn type the files its module needs
// that graft.js does not already bring (its own chunk first).
export function manifest(meta, folders) {
  const base = staticChunks(meta, "graft.js");
  const have = new Set(["graft.js", ...base]);
  const byEntry = new Map(Object.entries(outputsOf(meta)).filter(([, out]) => out.entryPoint).map(([file, out]) => [out.entryPoint, file]));
  const components = {};
  for (const [type, folder] of Object.entries(folders).sort(([a], [b]) => a.localeCompare(b))) {
    const file = byEntry.get(`js-shim/components/${folder}/index.js`);
    if (!file) throw new Error(`preload: no chunk for ${type} (js-shim/components/${folder}/index.js) in esbuild's metafile`);
    components[type] = [file, ...staticChunks(meta, file)].filter((f) => !have.has(f));
  }
  return { "graft.js": base, components };
}

// The files of these component types (the root is drawn as a column), each once.
export function componentFiles(pre, types) {
  if (!types.length) return [];
  const out = new Set();
  for (const type of [...types, "column"]) for (const f of pre.components?.[type] ?? []) out.add(f);
  return [...out];
}

// A page's head with its modulepreload of PREFIX/graft.js followed by one per file; links to
// hashed files of an older build (after that prefix) are dropped first.
export function withPreloads(html, files) {
  const entry = /^([ \t]*)<link rel="modulepreload" href="([^"]*?)graft\.js">\n/m.exec(html);
  if (!entry) return html;
  const [line, indent, prefix] = entry;
  const esc = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const stale = new RegExp(`^[ \\t]*<link rel="modulepreload" href="${esc}${HASHED}">\\n`, "gm");
  const links = files.map((c) => `${indent}<link rel="modulepreload" href="${prefix}${c}">\n`).join("");
  return html.replace(stale, "").replace(line, line + links);
}

// The component types of the app a page holds, or [] when the build cannot know them (a JS
// builder's app, a C++ app with no native build beside).
export function pageTypes(html, file, appsDir) {
  const config = (() => {
    const src = /<graft-app\b[^>]*\bsrc="([^"]+\.json)"/.exec(html)?.[1];
    if (src && !/^[a-z]+:/i.test(src)) {
      const path = join(dirname(file), src);
      return existsSync(path) ? readFileSync(path, "utf8") : null;
    }
    if (/<graft-app\b[^>]*\bmodule="/.test(html) && appsDir) {
      const program = join(appsDir, basename(dirname(file)));
      if (existsSync(program) && statSync(program).isFile()) return execFileSync(program, [], { encoding: "utf8", timeout: 10000 });
    }
    return null;
  })();
  if (!config) return [];
  const { components } = JSON.parse(config);
  return Array.isArray(components) ? components.map((c) => c?.type).filter((t) => typeof t === "string") : [];
}

function htmlFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".")) out.push(...htmlFiles(path));
    else if (entry.isFile() && entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

const direct = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
const [command, dir, ...rest] = direct ? process.argv.slice(2) : [];
if (command === "manifest") {
  const metaPath = join(dir, ".meta.json");
  const meta = JSON.parse(readFileSync(metaPath, "utf8"));
  const folders = registryFolders(readFileSync(join(root, "js-shim/components/registry.js"), "utf8"));
  writeFileSync(join(dir, "preload.json"), `${JSON.stringify(manifest(meta, folders), null, 2)}\n`);
  rmSync(metaPath);
} else if (command === "pages") {
  const appsDir = rest[0] === "--apps" ? rest[1] : null;
  const pre = JSON.parse(readFileSync(join(dir, "graft", "preload.json"), "utf8"));
  let pages = 0, apps = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, "utf8");
    if (!/<link rel="modulepreload" href="[^"]*graft\.js">/.test(html)) continue;
    const types = pageTypes(html, file, appsDir);
    if (types.length) apps++;
    const next = withPreloads(html, [...pre["graft.js"], ...componentFiles(pre, types)]);
    pages++;
    if (next !== html) writeFileSync(file, next);
  }
  console.log(`preload: ${pages} pages preload graft.js's ${pre["graft.js"].length} chunks; ${apps} of them their app's components too`);
} else if (direct) {
  console.error(`preload: unknown command ${command} (manifest DIR | pages SITE [--apps DIR])`);
  process.exit(2);
}
