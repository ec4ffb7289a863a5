// Drives site/demos/blocks_hello/: Gradio's blocks_hello written in C++, compiled to wasm.
import { test, expect } from "@playwright/test";

test("typing a name writes the greeting on every keystroke", async ({ page }) => {
  await page.goto("/demos/blocks_hello/");
  await expect(page.getByRole("heading", { name: "Hello World!" })).toBeVisible();
  await expect(page.getByText("Start typing below to see the output.")).toBeVisible();
  const name = page.getByPlaceholder("What is your name?");
  await name.pressSequentially("Ada");
  const output = page.getByRole("textbox").nth(1);
  await expect(output).toHaveValue("Welcome to Gradio, Ada!");
  await name.press("Backspace");
  await expect(output).toHaveValue("Welcome to Gradio, Ad!");
});

test("the output box is read-only and both boxes are labelled", async ({ page }) => {
  await page.goto("/demos/blocks_hello/");
  const boxes = page.getByLabel("Textbox");
  await expect(boxes).toHaveCount(2);
  await expect(boxes.nth(0)).toBeEditable();
  await expect(boxes.nth(1)).not.toBeEditable();
});

test("the hello page fetches only its components' code, all of it alongside graft.js", async ({ page }) => {
  await page.goto("/demos/blocks_hello/");
  await expect(page.getByRole("heading", { name: "Hello World!" })).toBeVisible();
  await expect(page.getByText("Start typing below to see the output.")).toBeVisible();
  const files = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => ({ name: new URL(e.name).pathname.split("/").pop(), start: e.startTime, end: e.responseEnd })));
  // Named chunks are components and libraries (chunk-* are shared code): its three components,
  // and no Markdown renderer (lib-*), since its Markdown is a heading and a line of prose.
  const named = files.map((f) => f.name).filter((n) => /^[a-z0-9]+-[A-Z0-9]{8}\.js$/.test(n) && !n.startsWith("chunk-"));
  expect(named.map((n) => n.split("-")[0]).sort()).toEqual(["column", "markdown", "textbox"]);
  // The page names graft.js's shared chunks and its app's components in modulepreload links
  // (scripts/preload.mjs), so none waits for graft.js, nor for the app's config.
  const graft = files.find((f) => f.name === "graft.js");
  const preloaded = await page.locator('link[rel="modulepreload"][href*="/graft/"]:not([href$="/graft.js"])').evaluateAll((links) => links.map((l) => l.href.split("/").pop()));
  expect(preloaded.filter((n) => n.startsWith("chunk-")).length).toBeGreaterThan(0);
  expect(preloaded.filter((n) => !n.startsWith("chunk-")).map((n) => n.split("-")[0]).sort()).toEqual(["column", "markdown", "textbox"]);
  for (const file of preloaded) expect(files.find((f) => f.name === file)?.start, file).toBeLessThanOrEqual(graft.end);
  // The C++ source beside the app loads once the app is drawn (site/demos/demo.js).
  await expect(page.frameLocator("iframe.source").getByText("Welcome to Gradio, ")).toBeVisible();
  const [source, ready] = await page.evaluate(() => [
    performance.getEntriesByType("resource").find((e) => e.name.endsWith("/source.html")).startTime,
    performance.getEntriesByName("graft:ready")[0].startTime,
  ]);
  expect(source).toBeGreaterThanOrEqual(ready);
});
