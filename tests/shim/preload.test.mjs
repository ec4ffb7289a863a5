// scripts/preload.mjs: which chunks graft.js loads before it runs, and the page heads that
// name them in <link rel="modulepreload"> so the browser fetches them with graft.js.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { componentFiles, manifest, pageTypes, registryFolders, staticChunks, withPreloads } from "../../scripts/preload.mjs";

// The shape of esbuild's metafile outputs: graft.js -> a, b; a -> c; a lazy component -> d.
const meta = {
  outputs: {
    "dist/.graft-next.X/graft.js": {
      imports: [
        { path: "dist/.graft-next.X/chunk-A.js", kind: "import-statement" },
        { path: "dist/.graft-next.X/chunk-B.js", kind: "import-statement" },
        { path: "dist/.graft-next.X/textbox-T.js", kind: "dynamic-import" },
        { path: "./graft-runtime.js", kind: "dynamic-import", external: true },
      ],
    },
    "dist/.graft-next.X/chunk-A.js": { imports: [{ path: "dist/.graft-next.X/chunk-C.js", kind: "import-statement" }] },
    "dist/.graft-next.X/chunk-B.js": { imports: [{ path: "dist/.graft-next.X/chunk-C.js", kind: "import-statement" }] },
    "dist/.graft-next.X/chunk-C.js": { imports: [] },
    "dist/.graft-next.X/textbox-T.js": {
      entryPoint: "js-shim/components/textbox/index.js",
      imports: [{ path: "dist/.graft-next.X/chunk-D.js", kind: "import-statement" }, { path: "dist/.graft-next.X/chunk-A.js", kind: "import-statement" }],
    },
    "dist/.graft-next.X/plot-P.js": { entryPoint: "js-shim/components/plot/index.js", imports: [] },
    "dist/.graft-next.X/column-C.js": { entryPoint: "js-shim/components/column/index.js", imports: [] },
    "dist/.graft-next.X/chunk-D.js": { imports: [] },
  },
};

test("graft.js's static chunks are its static imports, transitively, each once; lazy components are left out", () => {
  assert.deepEqual(staticChunks(meta, "graft.js"), ["chunk-A.js", "chunk-C.js", "chunk-B.js"]);
  assert.deepEqual(staticChunks(meta, "textbox-T.js"), ["chunk-D.js", "chunk-A.js", "chunk-C.js"]);
  assert.throws(() => staticChunks(meta, "nope.js"), /no output nope\.js/);
});

const page = (extra = "") => `<!doctype html>
<head>
  <link rel="modulepreload" href="../../graft/graft.js">
${extra}  <link rel="modulepreload" href="app.js">
</head>
<script type="module" src="../../graft/graft.js"></script>
`;

test("a page that preloads graft.js gets a preload per chunk right after it, with its prefix and indent", () => {
  const out = withPreloads(page(), ["chunk-A.js", "chunk-B.js"]);
  assert.equal(out, page(`  <link rel="modulepreload" href="../../graft/chunk-A.js">\n  <link rel="modulepreload" href="../../graft/chunk-B.js">\n`));
});

test("a rebuilt runtime's chunks replace the old ones, and running twice changes nothing", () => {
  const old = withPreloads(page(), ["chunk-OLDAAAA1.js", "chunk-OLDAAAA2.js"]);
  const once = withPreloads(old, ["chunk-NEWBBBB1.js"]);
  assert.equal(once, page(`  <link rel="modulepreload" href="../../graft/chunk-NEWBBBB1.js">\n`));
  assert.equal(withPreloads(once, ["chunk-NEWBBBB1.js"]), once);
});

test("pages that do not preload graft.js, and graft.js named in text, are left alone", () => {
  const noPreload = `<head>\n  <script type="module" src="graft/graft.js"></script>\n</head>\n`;
  assert.equal(withPreloads(noPreload, ["chunk-A.js"]), noPreload);
  const inCode = `<pre><code>&lt;link rel="modulepreload" href="graft/graft.js"&gt;\n</code></pre>\n`;
  assert.equal(withPreloads(inCode, ["chunk-A.js"]), inCode);
});

test("preload.json maps each drawn type to its chunk and the chunks it needs beyond graft.js's", () => {
  const folders = registryFolders(`export const drawn = {
  column: () => import("./column/index.js"),
  lineplot: () => import("./plot/index.js"),
  textbox: () => import("./textbox/index.js"),
};`);
  assert.deepEqual(folders, { column: "column", lineplot: "plot", textbox: "textbox" });
  const pre = manifest(meta, folders);
  assert.deepEqual(pre, {
    "graft.js": ["chunk-A.js", "chunk-C.js", "chunk-B.js"],
    components: { column: ["column-C.js"], lineplot: ["plot-P.js"], textbox: ["textbox-T.js", "chunk-D.js"] },
  });
  // A page's types (the root drawn as a column), each file once; no types, no files.
  assert.deepEqual(componentFiles(pre, ["textbox", "textbox", "hologram"]), ["textbox-T.js", "chunk-D.js", "column-C.js"]);
  assert.deepEqual(componentFiles(pre, []), []);
  assert.throws(() => manifest(meta, { slider: "slider" }), /no chunk for slider/);
});

test("a rebuilt runtime's component links replace the old ones; graft.js and app.js links stay", () => {
  const old = withPreloads(page(), ["chunk-A.js", "textbox-OLDOLD00.js"]);
  assert.match(old, /textbox-OLDOLD00/);
  const next = withPreloads(old, ["chunk-A.js", "textbox-NEWNEW11.js"]);
  assert.doesNotMatch(next, /OLDOLD/);
  assert.match(next, /graft\/textbox-NEWNEW11\.js/);
  assert.match(next, /href="app\.js"/);
  assert.match(next, /href="\.\.\/\.\.\/graft\/graft\.js"/);
});

test("a page's app types come from its config file, or from the native build of its C++ app", () => {
  const dir = mkdtempSync(join(tmpdir(), "graft-preload-"));
  const config = { components: [{ id: 1, type: "markdown" }, { id: 2, type: "textbox" }], layout: { id: 0 } };
  writeFileSync(join(dir, "app.json"), JSON.stringify(config));
  const file = join(dir, "index.html");
  assert.deepEqual(pageTypes('<graft-app src="app.json"></graft-app>', file, null), ["markdown", "textbox"]);
  assert.deepEqual(pageTypes('<graft-app src="https://host/"></graft-app>', file, null), []);
  assert.deepEqual(pageTypes("<div id=app></div>", file, null), []);
  // A C++ app: the program named after the page's folder prints its config.
  const apps = mkdtempSync(join(tmpdir(), "graft-apps-"));
  const program = join(apps, dir.split("/").pop());
  writeFileSync(program, `#!/bin/sh\necho '${JSON.stringify(config)}'\n`, { mode: 0o755 });
  assert.deepEqual(pageTypes('<graft-app module="app.js"></graft-app>', file, apps), ["markdown", "textbox"]);
  assert.deepEqual(pageTypes('<graft-app module="app.js"></graft-app>', file, null), []);
});
