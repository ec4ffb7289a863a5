// The docs site's build (scripts/site-docs.mjs): every drawn type has a live gallery example,
// examples are valid configs, and the Markdown's links and anchors map to the built pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { drawn, invisible } from "../../js-shim/components/registry.js";
import { examples } from "../../site/gallery/examples.js";
import { exampleConfig, propsRead, rewriteLink, slugger } from "../../scripts/site-docs.mjs";

const component = (path) => fileURLToPath(new URL(`../../js-shim/components/${path}`, import.meta.url));

test("every drawn component type has a gallery example (site/gallery/examples.js)", () => {
  const missing = Object.keys(drawn).filter((type) => !examples[type]).sort();
  assert.deepEqual(missing, [], `no gallery example for: ${missing.join(", ")}`);
});

test("no example is left for a type the page does not draw", () => {
  const stale = Object.keys(examples).filter((type) => !drawn[type]);
  assert.deepEqual(stale, []);
});

test("every component an example uses is a known type, and its events are Gradio names", () => {
  const known = new Set([...Object.keys(drawn), ...invisible]);
  for (const [type, example] of Object.entries(examples)) {
    const walk = (node) => {
      assert.ok(known.has(node.type), `${type}: unknown type ${node.type}`);
      for (const child of node.children ?? []) walk(child);
    };
    walk({ type: example.type ?? type, children: example.children });
    for (const e of example.events ?? []) assert.match(e, /^[a-z_]+$/, `${type}: event ${e}`);
  }
});

test("an example's config holds the component, an event log, and one listener per logged event", () => {
  const config = exampleConfig("textbox", { props: { label: "Name" }, events: ["change", "submit"] }, { events: ["change", "submit", "blur"], status: "drawn" });
  assert.deepEqual(config.components.map((c) => c.type), ["textbox", "textbox"]);
  assert.equal(config.components[1].props.label, "Event log");
  assert.deepEqual(config.layout, { id: 0, children: [{ id: 1 }, { id: 2 }] });
  assert.deepEqual(config.dependencies.map((d) => [d.targets, d.inputs, d.outputs, d.api_name]), [
    [[[1, "change"]], [1], [2], "log_1_change"],
    [[[1, "submit"]], [1], [2], "log_1_submit"],
  ]);
  // Without `events`, every event of the spec but stream; a layout's listeners take no value.
  const layout = exampleConfig("accordion", { props: {}, children: [{ type: "markdown", props: { value: "x" } }] }, { events: ["collapse", "expand"], status: "drawn (layout)" });
  assert.deepEqual(layout.layout.children[0], { id: 1, children: [{ id: 2 }] });
  assert.deepEqual(layout.dependencies.map((d) => [d.targets[0][1], d.inputs]), [["collapse", []], ["expand", []]]);
  // A Tab's example listens to each Tab of its Tabs.
  const tabs = exampleConfig("tabitem", examples.tabitem, { events: ["select"], status: "drawn (layout)" });
  assert.deepEqual(tabs.dependencies.map((d) => d.targets[0]), [[2, "select"], [4, "select"]]);
  // No events: no log.
  assert.equal(exampleConfig("row", { props: {}, events: [] }, null).components.length, 1);
});

test("headings get GitHub's ids, which the Markdown's own anchors use", () => {
  const slug = slugger();
  assert.equal(slug("3. C++ (site/demos/blocks_hello/main.cpp)"), "3-c-sitedemosblocks_hellomaincpp");
  assert.equal(slug("Security: values never run, and the policy Graft needs"), "security-values-never-run-and-the-policy-graft-needs");
  assert.equal(slug("Images (gr.Image)"), "images-grimage");
  assert.equal(slug("Images (gr.Image)"), "images-grimage-1");
});

test("links between Markdown files become links between the built pages", () => {
  const pages = new Map([["docs/README.md", "docs/index.html"], ["docs/cpp.md", "docs/cpp.html"], ["README.md", "docs/overview.html"]]);
  const copies = new Set();
  const link = (href, src = "docs/embedding.md", out = "docs/embedding.html") => rewriteLink(href, src, out, pages, copies);
  assert.equal(link("cpp.md#values"), "cpp.html#values");
  assert.equal(link("../README.md#3-c-x"), "overview.html#3-c-x");
  assert.equal(link("docs/cpp.md", "README.md", "docs/overview.html"), "cpp.html");
  assert.equal(link("#attributes"), "#attributes");
  assert.equal(link("https://www.gradio.app/"), "https://www.gradio.app/");
  // A file beside the docs is copied into the site; the rest of the repository is linked to.
  assert.equal(link("scenarios/always_last.app.json", "docs/scenarios.md", "docs/scenarios.html"), "scenarios/always_last.app.json");
  assert.deepEqual([...copies], ["docs/scenarios/always_last.app.json"]);
  assert.equal(link("../fuzz", "docs/fuzzing.md", "docs/fuzzing.html"), "https://github.com/graft-app/graft/tree/main/fuzz");
});

test("the props listed for a type are those its code reads, the Block's apart", () => {
  const block = propsRead(component("atoms/block.js"));
  assert.ok(block.names.includes("elem_id") && block.names.includes("visible"));
  const textbox = propsRead(component("textbox/index.js"), block.files).names;
  assert.ok(textbox.includes("placeholder") && textbox.includes("max_lines"), textbox.join(" "));
  assert.ok(!textbox.includes("elem_id"));
  assert.ok(propsRead(component("row/index.js"), block.files).names.includes("equal_height"));
  // Fallback draws with JSON's code but fixes show_label, buttons and open: it does not read them.
  const fallback = propsRead(component("fallback/index.js"), block.files).names;
  assert.ok(fallback.includes("show_indices"), fallback.join(" "));
  for (const fixed of ["show_label", "buttons", "open"]) assert.ok(!fallback.includes(fixed), `${fixed} in ${fallback.join(" ")}`);
});
