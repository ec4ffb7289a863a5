// Drives site/demos/image_invert/: a C++ app in the browser whose functions take a gr.Image's
// pixels as gr::image::Image and return new pixels, which the page draws.
import { test, expect } from "@playwright/test";
import { pngFile } from "./support.js";

const canvasPixels = (locator) =>
  locator.evaluate((c) => Array.from(c.getContext("2d").getImageData(0, 0, c.width, c.height).data));

test("a C++ function receives the uploaded photo's pixels and its returned pixels are drawn", async ({ page }) => {
  await page.goto("/demos/image_invert/");
  await page.getByLabel("Photo", { exact: true }).setInputFiles(pngFile("grid.png", 4, 2));
  await expect(page.getByLabel("Photo info")).toHaveValue("4 × 2 pixels, mode RGB");
  await page.getByRole("button", { name: "Invert" }).click();
  await expect(page.getByLabel("Size")).toHaveValue("4 × 2 pixels");
  const output = page.locator(".graft-image").nth(1).locator("canvas");
  await expect(output).toBeVisible();
  // The upload's pixel (x, y) is rgb(x, y, 7); its negative is rgb(255 - x, 255 - y, 248).
  const expected = [];
  for (let y = 0; y < 2; y++) for (let x = 0; x < 4; x++) expected.push(255 - x, 255 - y, 248, 255);
  expect(await canvasPixels(output)).toEqual(expected);
});

test("inverting with no photo shows the C++ function's error, naming the empty argument", async ({ page }) => {
  await page.goto("/demos/image_invert/");
  await page.getByRole("button", { name: "Invert" }).click();
  await expect(page.getByRole("alert")).toContainText("Please provide an image (argument 1 is empty).");
});
