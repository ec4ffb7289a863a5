// The only list of drawn component types: config `type` → a loader of its folder's module,
// each its own chunk, fetched only by apps that use the type. docs/components.md's status
// column is generated from this file (tests/shim/registry.test.mjs fails when they differ).
export const drawn = {
  accordion: () => import("./accordion/index.js"),
  button: () => import("./button/index.js"),
  checkbox: () => import("./checkbox/index.js"),
  checkboxgroup: () => import("./checkboxgroup/index.js"),
  code: () => import("./code/index.js"),
  colorpicker: () => import("./colorpicker/index.js"),
  column: () => import("./column/index.js"),
  datetime: () => import("./datetime/index.js"),
  dropdown: () => import("./dropdown/index.js"),
  form: () => import("./form/index.js"),
  group: () => import("./group/index.js"),
  highlightedtext: () => import("./highlightedtext/index.js"),
  html: () => import("./html/index.js"),
  image: () => import("./image/index.js"),
  json: () => import("./json/index.js"),
  label: () => import("./label/index.js"),
  markdown: () => import("./markdown/index.js"),
  number: () => import("./number/index.js"),
  paramviewer: () => import("./paramviewer/index.js"),
  radio: () => import("./radio/index.js"),
  row: () => import("./row/index.js"),
  sidebar: () => import("./sidebar/index.js"),
  slider: () => import("./slider/index.js"),
  tabitem: () => import("./tabitem/index.js"),
  tabs: () => import("./tabs/index.js"),
  textbox: () => import("./textbox/index.js"),
};

// Types Gradio draws nothing for: they hold values and fire events, with no DOM.
export const invisible = ["browserstate", "state", "timer"];
