#!/usr/bin/env node
// Writes docs/components.md from the core's specs and the page's registry (the only list of
// drawn types): `node scripts/components-doc.mjs` rewrites it, `--check` fails when it differs.
// Each drawn type's module says what a page function receives for it (its `receives`).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drawn, invisible } from "../js-shim/components/registry.js";

export async function pageComponents() {
  const out = {};
  for (const type of Object.keys(drawn).sort()) out[type] = (await drawn[type]()).default.receives ?? "";
  return { drawn: out, invisible };
}

export async function componentsMarkdown(graft = "build/native/graft") {
  const dir = mkdtempSync(join(tmpdir(), "graft-doc-"));
  try {
    const page = join(dir, "page.json");
    writeFileSync(page, JSON.stringify(await pageComponents()));
    return execFileSync(graft, ["docs", "components", page], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const md = await componentsMarkdown();
  if (process.argv.includes("--check")) {
    if (readFileSync("docs/components.md", "utf8") !== md) {
      console.error("docs/components.md is out of date: run node scripts/components-doc.mjs");
      process.exit(1);
    }
  } else {
    writeFileSync("docs/components.md", md);
  }
}
