// package/graft.d.ts, the npm package's TypeScript declarations: tsc accepts a program using
// the whole public API and refuses its misuses (package_types/usage.ts), and the declarations
// name exactly what graft.js exports and every method the JS builder has, so they cannot drift.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Blocks } from "../../js-shim/builder.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dts = readFileSync(path.join(root, "package/graft.d.ts"), "utf8");

// The member names declared in `export interface NAME … { … }` (methods and properties).
function declared(name) {
  const start = dts.search(new RegExp(`export (interface|class) ${name}\\b[^{]*\\{`));
  assert.ok(start >= 0, `graft.d.ts declares ${name}`);
  const open = dts.indexOf("{", start);
  const close = dts.indexOf("\n}", open);
  const names = [...dts.slice(open, close).matchAll(/^ {2}(?:static |readonly )*([A-Za-z_]\w*)\??[(<:]/gm)].map((m) => m[1]);
  return new Set(names.filter((n) => n !== "constructor"));
}

const own = (proto) => Object.getOwnPropertyNames(proto).filter((n) => n !== "constructor");

test("tsc accepts a program using the public API and refuses each misuse it marks", () => {
  const tsc = path.join(root, "node_modules/.bin/tsc");
  try {
    execFileSync(tsc, ["-p", path.join(root, "tests/scripts/package_types/tsconfig.json")], { encoding: "utf8", stdio: "pipe" });
  } catch (err) {
    assert.fail(`tsc found problems:\n${err.stdout}${err.stderr}`);
  }
});

test("the declarations export exactly what graft.js exports", () => {
  const source = readFileSync(path.join(root, "js-shim/graft.js"), "utf8");
  const exported = [...source.matchAll(/export \{([^}]*)\}/g)].flatMap((m) => m[1].split(",").map((s) => s.trim().split(/\s+as\s+/).pop()));
  const values = [...dts.matchAll(/^export (?:function|class) (\w+)/gm)].map((m) => m[1]);
  const renamed = [...dts.matchAll(/^export \{ \w+ as (\w+) \}/gm)].map((m) => m[1]);
  assert.deepEqual(new Set([...values, ...renamed]), new Set(exported));
});

test("BlockContext declares every builder method and no other", () => {
  const demo = new Blocks();
  const methods = new Set([...own(Object.getPrototypeOf(Object.getPrototypeOf(demo))), "id"]);
  assert.deepEqual(declared("BlockContext"), methods);
});

test("Blocks declares its own methods and parameters", () => {
  const demo = new Blocks();
  const names = new Set([...own(Blocks), ...own(Blocks.prototype), ...Object.keys(demo)]);
  names.delete("length"); names.delete("name"); names.delete("prototype");
  assert.deepEqual(declared("Blocks"), names);
});

test("a component declares on() and one method per event of Gradio's table", () => {
  const component = new Blocks().textbox();
  const events = own(Object.getPrototypeOf(component)).filter((n) => n !== "on");
  const union = dts.match(/export type GradioEvent =([^;]*);/)[1];
  assert.deepEqual(new Set([...union.matchAll(/"(\w+)"/g)].map((m) => m[1])), new Set(events));
  assert.deepEqual(declared("Component"), new Set(["id", "on"]));
});

test("a listener's options declare every parameter the builder accepts", () => {
  const demo = new Blocks();
  const button = demo.button();
  const accepted = [...declared("ListenerOptions")];
  // The builder refuses unknown names with a TypeError; every declared one must pass.
  for (const name of accepted) assert.doesNotThrow(() => button.click({ [name]: undefined }), name);
  assert.throws(() => button.click({ not_a_parameter: 1 }), /unknown parameter not_a_parameter/);
  // And the other way: each name in the builder's refusal message is declared.
  const message = (() => { try { button.click({ zzz: 1 }); } catch (err) { return err.message; } })();
  const named = message.split("Gradio's are ")[1].split(", ");
  assert.deepEqual(new Set(named), new Set(accepted));
});
