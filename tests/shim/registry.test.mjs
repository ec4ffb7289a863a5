// The registry is the only list of drawn types: docs/components.md is generated from it, and
// every entry loads a module honouring the contract.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { drawn, invisible } from "../../js-shim/components/registry.js";
import { componentsMarkdown } from "../../scripts/components-doc.mjs";

test("docs/components.md is what the registry and the core's specs generate", async () => {
  const md = await componentsMarkdown();
  assert.equal(readFileSync("docs/components.md", "utf8"), md, "run node scripts/components-doc.mjs");
});

test("every drawn type's module has create and update, and invisible types are not drawn", async () => {
  for (const [type, load] of Object.entries(drawn)) {
    const mod = (await load()).default;
    assert.equal(typeof mod.create, "function", `${type}.create`);
    assert.equal(typeof mod.update, "function", `${type}.update`);
  }
  for (const type of invisible) assert.equal(drawn[type], undefined, type);
});
