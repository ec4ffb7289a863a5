// "@graft-app/graft" in the playground (its import map): graft.js, except that register()
// collects the functions of the run under way, so each run gets exactly the functions its
// module registers (page-wide registrations could not be taken back).
export { Blocks, Info, Warning, Success, Error, GraftAppElement } from "../graft/graft.js";

let collected = null;

export function register(name, fn) {
  if (typeof name !== "string" || !name) throw new TypeError("register(name, fn): name must be a non-empty string (the listener's api_name)");
  if (typeof fn !== "function") throw new TypeError(`register("${name}", fn): fn must be a function`);
  if (!collected) throw new Error("register() is called while the playground runs the functions module, not later");
  collected.set(name, fn);
}

// The playground sets the table a run fills, and clears it when the module has run.
export function collectInto(table) {
  collected = table;
}
