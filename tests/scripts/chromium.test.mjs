// scripts/chromium.mjs: the variables first, then the usual command names on PATH; a clear
// error naming what was searched. Runs against fake executables in a temp dir.
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { findChromium } from "../../scripts/chromium.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "graft-chromium-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const bin = (sub, name, mode = 0o755) => {
  mkdirSync(path.join(dir, sub), { recursive: true });
  const file = path.join(dir, sub, name);
  writeFileSync(file, "#!/bin/sh\n");
  chmodSync(file, mode);
  return file;
};
const a = bin("a", "google-chrome");
const b = bin("b", "chromium-browser");
bin("c", "chromium", 0o644);  // not executable: skipped
const custom = bin("d", "my-chrome");
const PATH = ["c", "a", "b"].map((s) => path.join(dir, s)).join(path.delimiter);

test("the first of chromium, chromium-browser, google-chrome on PATH, in that order of names", () => {
  assert.equal(findChromium({ PATH }), b);
  assert.equal(findChromium({ PATH: path.join(dir, "a") }), a);
});

test("GRAFT_CHROMIUM, then CHROMIUM, win over PATH; a bare name is looked up on PATH", () => {
  assert.equal(findChromium({ PATH, GRAFT_CHROMIUM: custom, CHROMIUM: a }), custom);
  assert.equal(findChromium({ PATH, CHROMIUM: custom }), custom);
  assert.equal(findChromium({ PATH, CHROMIUM: "google-chrome" }), a);
});

test("a variable naming no executable is an error, not skipped", () => {
  assert.throws(() => findChromium({ PATH, GRAFT_CHROMIUM: path.join(dir, "nope") }), /GRAFT_CHROMIUM=.*nope is not an executable file/);
  assert.throws(() => findChromium({ PATH, CHROMIUM: path.join(dir, "c", "chromium") }), /CHROMIUM=.* is not an executable file/);
});

test("nothing found: the error names the variables, the commands and the PATH searched", () => {
  const empty = path.join(dir, "empty");
  assert.throws(() => findChromium({ PATH: empty }), (e) =>
    /GRAFT_CHROMIUM/.test(e.message) && /CHROMIUM/.test(e.message) &&
    /chromium, chromium-browser, google-chrome, google-chrome-stable/.test(e.message) && e.message.includes(empty));
});
