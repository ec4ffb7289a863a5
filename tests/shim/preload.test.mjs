// scripts/preload.mjs: which chunks graft.js loads before it runs, and the page heads that
// name them in <link rel="modulepreload"> so the browser fetches them with graft.js.
import { test } from "node:test";
import assert from "node:assert/strict";
import { staticChunks, withPreloads } from "../../scripts/preload.mjs";

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
    "dist/.graft-next.X/textbox-T.js": { imports: [{ path: "dist/.graft-next.X/chunk-D.js", kind: "import-statement" }] },
    "dist/.graft-next.X/chunk-D.js": { imports: [] },
  },
};

test("graft.js's static chunks are its static imports, transitively, each once; lazy components are left out", () => {
  assert.deepEqual(staticChunks(meta, "graft.js"), ["chunk-A.js", "chunk-C.js", "chunk-B.js"]);
  assert.deepEqual(staticChunks(meta, "textbox-T.js"), ["chunk-D.js"]);
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
  const old = withPreloads(page(), ["chunk-OLD1.js", "chunk-OLD2.js"]);
  const once = withPreloads(old, ["chunk-NEW.js"]);
  assert.equal(once, page(`  <link rel="modulepreload" href="../../graft/chunk-NEW.js">\n`));
  assert.equal(withPreloads(once, ["chunk-NEW.js"]), once);
});

test("pages that do not preload graft.js, and graft.js named in text, are left alone", () => {
  const noPreload = `<head>\n  <script type="module" src="graft/graft.js"></script>\n</head>\n`;
  assert.equal(withPreloads(noPreload, ["chunk-A.js"]), noPreload);
  const inCode = `<pre><code>&lt;link rel="modulepreload" href="graft/graft.js"&gt;\n</code></pre>\n`;
  assert.equal(withPreloads(inCode, ["chunk-A.js"]), inCode);
});
