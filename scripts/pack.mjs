// Assembles Graft's npm package from the runtime scripts/build leaves in dist/graft/ and the
// package's own files in package/ (package.json, README, LICENSE, graft.d.ts) into
// dist/package/, checks that it is cache-friendly and complete, and runs `npm pack` there: the
// tarball lands in dist/. Prints its sizes and the Subresource Integrity hash of graft.js.
// Never builds anything: a missing or stale dist/graft/ is scripts/build's to make.
// Usage: node scripts/pack.mjs [--dist DIR] [--quiet]      (DIR defaults to dist)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Files with fixed names: the entry a page's <script> names, and what it loads by name
// (runtime.js, stylesheet.js, components/image/store.js; native-runner.js starts the C++ apps'
// worker and png-encoder.js the PNG worker, once scripts/build bundles them). Every other file
// is a chunk that esbuild names `<name>-<HASH>.js` after its content, so a CDN may cache it
// forever; the fixed names are immutable under a pinned version's URL.
export const FIXED = ["graft.js", "graft.css", "graft-runtime.js", "graft.wasm", "graft-image.js", "graft-image.wasm"];
const OPTIONAL = ["native-worker.js", "png-worker.js"];
// graft.js's shared chunks, for pages to name in <link rel="modulepreload"> (scripts/preload.mjs).
const DATA = ["preload.json"];
export const CHUNK = /^[A-Za-z0-9_.]+(?:-[A-Za-z0-9_.]+)*-[A-Z0-9]{8}\.js$/;
// The package's own files, copied from package/ beside the runtime.
const OWN = ["README.md", "LICENSE", "graft.d.ts"];

export class PackError extends Error {}

export function sri(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

// Checks the runtime folder: the fixed files exist, chunk names carry a content hash, and every
// relative import of every module names a file that is there (a chunk left behind would load on
// one page and 404 on another, after the CDN cached the rest).
export function checkRuntime(dir) {
  if (!existsSync(dir)) throw new PackError(`${dir} does not exist: scripts/build makes it`);
  const files = readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isFile());
  const missing = FIXED.filter((f) => !files.includes(f));
  if (missing.length) throw new PackError(`${dir} lacks ${missing.join(", ")}: scripts/build makes them`);
  const named = [...FIXED, ...OPTIONAL, ...DATA];
  const unhashed = files.filter((f) => f.endsWith(".js") && !named.includes(f) && !CHUNK.test(f));
  if (unhashed.length) throw new PackError(`chunks without a content hash in their name (a CDN could serve a stale copy): ${unhashed.join(", ")}`);
  const unknown = files.filter((f) => !f.endsWith(".js") && !named.includes(f));
  if (unknown.length) throw new PackError(`files the runtime does not load: ${unknown.join(", ")}`);
  const dangling = [];
  for (const f of files.filter((x) => x.endsWith(".js"))) {
    const text = readFileSync(path.join(dir, f), "utf8");
    for (const [, spec] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\/[^"']+)["']/g)) {
      if (!files.includes(spec.slice(2))) dangling.push(`${f} imports ${spec}`);
    }
  }
  if (dangling.length) throw new PackError(`modules import files that are not there: ${dangling.join("; ")}`);
  return files;
}

// The licences of what the runtime contains: the npm packages esbuild bundles into graft.js and
// its chunks (found by bundling js-shim/ as scripts/build does, into memory, and keeping the
// packages that put bytes in the output) and the C/C++ libraries compiled into the wasm
// modules, each with its licence text.
function bundledPackages(entries) {
  const { metafile } = buildSync({
    entryPoints: entries.map((f) => path.join(root, "js-shim", f)), bundle: true, splitting: true, format: "esm", target: "es2022",
    minify: true, external: ["./graft-runtime.js"], outdir: path.join(root, "build/pack-metafile"), write: false,
    metafile: true, logLevel: "silent", absWorkingDir: root, // input paths relative to the repository, wherever this runs
  });
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = bytesInOutput > 0 && input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
      if (m) dirs.add(path.resolve(root, m[1]));
    }
  }
  return [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|-|$)/i.test(f));
    return { name: pkg.name, version: pkg.version, license: pkg.license ?? "see its package", text: licenceFile ? readFileSync(path.join(dir, licenceFile), "utf8").trim() : null };
  }).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
    .filter((p, i, all) => i === 0 || p.name !== all[i - 1].name || p.version !== all[i - 1].version);
}

function thirdPartyNotices(entries) {
  const npmPackages = bundledPackages(entries);

  // Debian's copyright file of each library the wasm build compiles in (scripts/setup installs them).
  const compiled = [
    ["nlohmann/json", "graft.wasm, graft-image.wasm", ["nlohmann-json3-dev"]],
    ["stb (stb_image, stb_image_write)", "graft.wasm, graft-image.wasm", ["libstb-dev", "libstb0"]],
    ["libjpeg-turbo", "graft-image.wasm", ["libjpeg62-turbo-dev", "libjpeg62-turbo"]],
    ["Little CMS", "graft-image.wasm", ["liblcms2-dev", "liblcms2-2"]],
    ["Emscripten's runtime (musl libc, libc++, JS glue)", "graft.wasm, graft-image.wasm, graft-runtime.js, graft-image.js", ["emscripten"]],
  ].map(([name, where, pkgs]) => {
    const file = pkgs.map((p) => `/usr/share/doc/${p}/copyright`).find((f) => existsSync(f));
    if (!file) throw new PackError(`no copyright file for ${name} (looked in /usr/share/doc/{${pkgs.join(",")}}): run scripts/setup`);
    return { name, where, text: readFileSync(file, "utf8").trim() };
  });

  const out = ["# Third-party notices", "",
    "Graft's runtime contains code from the projects below, under their licences.", "",
    "## Compiled into the WebAssembly modules", ""];
  for (const c of compiled) out.push(`### ${c.name}`, "", `In ${c.where}. Debian's copyright record of the sources compiled:`, "", "```", c.text, "```", "");
  out.push("## Bundled into the JavaScript modules", "",
    "The npm packages whose code graft.js and its chunks contain.", "");
  for (const p of npmPackages) {
    out.push(`### ${p.name} ${p.version} (${p.license})`, "");
    out.push(...(p.text ? ["```", p.text, "```"] : [`Licence: ${p.license}; the package ships no licence file.`]), "");
  }
  return out.join("\n");
}

function parseArgs(argv) {
  const options = { dist: "dist", quiet: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--dist") options.dist = argv[++i];
    else if (argv[i] === "--quiet") options.quiet = true;
    else throw new PackError(`unknown argument ${argv[i]}; usage: node scripts/pack.mjs [--dist DIR] [--quiet]`);
  }
  if (!options.dist) throw new PackError("--dist needs a folder");
  return options;
}

// Builds DIST/package/ and DIST/<tarball>; returns the figures it printed.
export function pack({ dist = "dist", quiet = false } = {}) {
  const distDir = path.resolve(root, dist);
  const runtime = path.join(distDir, "graft");
  const out = path.join(distDir, "package");
  const files = checkRuntime(runtime);
  const rootPkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const { name, ...fields } = JSON.parse(readFileSync(path.join(root, "package/package.json"), "utf8"));
  const entry = readFileSync(path.join(runtime, "graft.js"));
  const integrity = sri(entry);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of files) copyFileSync(path.join(runtime, f), path.join(out, f));
  for (const f of OWN) copyFileSync(path.join(root, "package", f), path.join(out, f));
  // One version, the project's; the README shows the release's exact <script> tag.
  writeFileSync(path.join(out, "package.json"), JSON.stringify({ name, version: rootPkg.version, ...fields }, null, 2) + "\n");
  const readme = readFileSync(path.join(root, "package/README.md"), "utf8");
  writeFileSync(path.join(out, "README.md"), readme.replaceAll("{{version}}", rootPkg.version).replaceAll("{{integrity}}", integrity));
  writeFileSync(path.join(out, "THIRD_PARTY_NOTICES.md"), thirdPartyNotices(["graft.js", ...OPTIONAL.filter((f) => files.includes(f))]));

  const prefix = name.replace(/^@/, "").replace("/", "-");
  for (const f of readdirSync(distDir)) if (f.startsWith(`${prefix}-`) && f.endsWith(".tgz")) rmSync(path.join(distDir, f));
  let report;
  try {
    report = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", distDir], { cwd: out, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }))[0];
  } catch (err) {
    throw new PackError(`npm pack failed in ${out}:\n${err.stderr ?? err.message}`);
  }
  const packed = new Set(report.files.map((f) => f.path));
  const unpacked = [...files, ...OWN, "package.json", "THIRD_PARTY_NOTICES.md"].filter((f) => !packed.has(f));
  if (unpacked.length) throw new PackError(`npm pack left out ${unpacked.join(", ")}: check "files" in package/package.json`);

  const figures = {
    name, version: rootPkg.version, tarball: path.join(distDir, report.filename), size: report.size,
    unpackedSize: report.unpackedSize, entryCount: report.entryCount,
    entry: { raw: entry.length, gzip: gzipSync(entry, { level: 9 }).length }, integrity,
  };
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`pack: ${path.relative(root, figures.tarball)} — ${kb(figures.size)} tarball, ${kb(figures.unpackedSize)} unpacked, ${figures.entryCount} files`);
    console.log(`pack: graft.js ${kb(figures.entry.raw)} (${kb(figures.entry.gzip)} gzip), integrity ${integrity}`);
    console.log(`pack: <script type="module" src="https://cdn.example.com/${name}@${figures.version}/graft.js" integrity="${integrity}" crossorigin="anonymous"></script>`);
  }
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    pack(parseArgs(process.argv.slice(2)));
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    console.error(`pack: ${err.message}`);
    process.exit(1);
  }
}
