// The playground: runs the config and functions of its two text areas in a fresh <graft-app>.
// The functions module is imported from a blob: URL (the import map resolves its
// "@graft-app/graft"); its register() calls and exported functions become the element's own
// functions. Load errors are the element's (every problem with its JSON path); a functions
// module that does not run is reported above the result.
import "../graft/graft.js";
import { collectInto } from "./graft-shim.js";

const $ = (id) => document.getElementById(id);
const form = $("pg-form");
const picker = $("pg-example");
const config = $("pg-config");
const functions = $("pg-functions");
const status = $("pg-status");
const errorBox = $("pg-error");
const output = $("pg-app");
const examples = JSON.parse($("pg-examples").textContent);

examples.forEach((ex, i) => picker.add(new Option(ex.name, String(i))));
function pick(i) {
  config.value = examples[i].config.trimEnd();
  functions.value = examples[i].functions.trimEnd();
}

function fail(message) {
  errorBox.textContent = "";
  const title = document.createElement("strong");
  title.textContent = "The functions module did not run";
  const pre = document.createElement("pre");
  pre.textContent = message;
  errorBox.append(title, pre);
  errorBox.hidden = false;
  status.textContent = "";
}

let runs = 0;
async function run() {
  const run = ++runs;
  errorBox.hidden = true;
  status.textContent = "Loading…";
  const table = new Map();
  const url = URL.createObjectURL(new Blob([functions.value], { type: "text/javascript" }));
  try {
    collectInto(table);
    const module = await import(url);
    for (const [name, value] of Object.entries(module)) if (typeof value === "function" && !table.has(name)) table.set(name, value);
  } catch (err) {
    if (run === runs) {
      output.replaceChildren(); // the last run's app would look like this run's result
      fail(`${err?.name ?? "Error"}: ${err?.message ?? err}`);
    }
    return;
  } finally {
    collectInto(null);
    URL.revokeObjectURL(url);
  }
  if (run !== runs) return;
  const app = document.createElement("graft-app");
  for (const [name, fn] of table) app.register(name, fn);
  const inline = document.createElement("script");
  inline.type = "application/json";
  inline.textContent = config.value;
  app.append(inline);
  output.replaceChildren(app);
  app.ready.then(
    () => run === runs && (status.textContent = `Running: ${table.size} function${table.size === 1 ? "" : "s"} registered.`),
    () => run === runs && (status.textContent = "The config could not be loaded: the problems are listed below."),
  );
}

picker.addEventListener("change", () => {
  pick(Number(picker.value));
  run();
});
form.addEventListener("submit", (e) => {
  e.preventDefault();
  run();
});
form.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});
pick(0);
run();
