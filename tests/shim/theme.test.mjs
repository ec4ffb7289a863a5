// Light or dark as Gradio decides it, and theme variables that cannot escape their declaration.
import { test } from "node:test";
import assert from "node:assert/strict";
import { themeMode, themeVariables } from "../../js-shim/theme.js";

test("theme_mode on the element wins over ?__theme, which wins over the system", () => {
  const el = (mode) => ({ getAttribute: () => mode });
  assert.equal(themeMode(el("dark"), "?__theme=light"), "dark");
  assert.equal(themeMode(el(null), "?__theme=dark"), "dark");
  assert.equal(themeMode(el(null), ""), "system");
});

test("Gradio's theme variable names become CSS properties, *_dark ones for dark mode", () => {
  const v = themeVariables({ button_primary_background_fill: "#2563eb", button_primary_background_fill_dark: "#1d4ed8", "--radius-lg": "2px" });
  assert.deepEqual(v.light, { "--button-primary-background-fill": "#2563eb", "--radius-lg": "2px" });
  assert.deepEqual(v.dark, { "--button-primary-background-fill": "#1d4ed8" });
});

test("a theme value that could break out of its declaration or fetch a URL is dropped", () => {
  const v = themeVariables({ a: "red; } body { display: none", b: "url(https://x.test/a.png)", c: "@import 'x'", d: "blue" });
  assert.deepEqual(v.light, { "--d": "blue" });
});
