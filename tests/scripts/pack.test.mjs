// scripts/pack.mjs on a small runtime folder made in a temp dir (no build needed): the package
// it packs, the integrity it prints, and the runtimes it refuses (a chunk without a content
// hash, an import of a missing file, a missing fixed file).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { PackError, checkRuntime, pack } from "../../scripts/pack.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
const temps = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

// A dist/ whose graft/ holds the fixed files and one hashed chunk; `files` overrides or adds.
function fakeDist(files = {}) {
  const dist = mkdtempSync(path.join(tmpdir(), "graft-pack-"));
  temps.push(dist);
  mkdirSync(path.join(dist, "graft"));
  const all = {
    "graft.js": 'import{a}from"./chunk-ABCD1234.js";export const register=a;',
    "chunk-ABCD1234.js": "export const a=()=>import(\"./textbox-WXYZ9876.js\");",
    "textbox-WXYZ9876.js": "export default 1;",
    "graft.css": ".graft-app{}",
    "graft-runtime.js": "export default function(){}",
    "graft.wasm": "\0asm",
    "graft-image.js": "export default function(){}",
    "graft-image.wasm": "\0asm",
    ...files,
  };
  for (const [name, text] of Object.entries(all)) if (text !== null) writeFileSync(path.join(dist, "graft", name), text);
  return dist;
}

test("packs the runtime with the package's own files under the project's version", () => {
  const dist = fakeDist();
  const figures = pack({ dist, quiet: true });
  assert.equal(figures.name, "@graft-app/graft");
  assert.equal(figures.version, version);
  assert.equal(path.dirname(figures.tarball), dist);
  const listed = execFileSync("tar", ["tzf", figures.tarball], { encoding: "utf8" }).split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""));
  for (const f of ["package.json", "README.md", "LICENSE", "graft.d.ts", "THIRD_PARTY_NOTICES.md", "graft.js", "chunk-ABCD1234.js", "textbox-WXYZ9876.js", "graft.wasm", "graft-image.wasm"]) {
    assert.ok(listed.includes(f), `the tarball holds ${f}`);
  }
  const manifest = JSON.parse(readFileSync(path.join(dist, "package/package.json"), "utf8"));
  assert.equal(manifest.version, version);
  assert.equal(manifest.types, "./graft.d.ts");
  assert.equal(manifest.exports["."].default, "./graft.js");
  assert.equal(manifest.sideEffects, true);
  assert.equal(manifest.dependencies, undefined);
});

test("the integrity it reports is graft.js's sha384, and the packed README shows the release's tag", () => {
  const dist = fakeDist();
  const { integrity } = pack({ dist, quiet: true });
  const expected = `sha384-${createHash("sha384").update(readFileSync(path.join(dist, "graft/graft.js"))).digest("base64")}`;
  assert.equal(integrity, expected);
  const readme = readFileSync(path.join(dist, "package/README.md"), "utf8");
  assert.ok(readme.includes(`@graft-app/graft@${version}/graft.js`));
  assert.ok(readme.includes(`integrity="${expected}"`));
  assert.ok(!readme.includes("{{"), "no placeholder is left");
});

test("the notices name the bundled npm packages and the libraries compiled into the wasm", () => {
  const dist = fakeDist();
  pack({ dist, quiet: true });
  const notices = readFileSync(path.join(dist, "package/THIRD_PARTY_NOTICES.md"), "utf8");
  for (const name of ["nlohmann/json", "libjpeg-turbo", "Little CMS", "### marked ", "### dompurify ", "### katex "]) {
    assert.ok(notices.includes(name), `the notices name ${name}`);
  }
  assert.ok(!notices.includes("### @playwright/test"), "no dev dependency");
});

test("a chunk whose name carries no content hash is refused, by name", () => {
  const dist = fakeDist({ "chunk.js": "export const b=1;" });
  assert.throws(() => checkRuntime(path.join(dist, "graft")), (err) => err instanceof PackError && /content hash.*chunk\.js/.test(err.message));
});

test("a module importing a file that is not there is refused, naming both", () => {
  const dist = fakeDist({ "textbox-WXYZ9876.js": null });
  assert.throws(() => checkRuntime(path.join(dist, "graft")), /chunk-ABCD1234\.js imports \.\/textbox-WXYZ9876\.js/);
});

test("a runtime without its wasm is refused, naming the file and what makes it", () => {
  const dist = fakeDist({ "graft.wasm": null });
  assert.throws(() => pack({ dist, quiet: true }), /lacks graft\.wasm: scripts\/build makes them/);
});

test("the command line rejects an unknown argument and exits non-zero", () => {
  assert.throws(() => execFileSync("node", [path.join(root, "scripts/pack.mjs"), "--fast"], { stdio: "pipe" }), (err) =>
    err.status === 1 && /unknown argument --fast/.test(err.stderr.toString()));
});
