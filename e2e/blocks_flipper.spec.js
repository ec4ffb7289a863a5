// Drives site/demos/blocks_flipper/ (JS builder) and blocks_flipper_cpp/ (the same app in C++,
// its functions in a Web Worker) as Gradio's own e2e specs do: tabs by role, the accordion
// header by its name "<label> ▼", unlabelled textboxes by "Textbox"; light and dark.
import { test, expect } from "@playwright/test";
import { pngFile } from "./support.js";

for (const [lang, path] of [["JS", "/demos/blocks_flipper/"], ["C++", "/demos/blocks_flipper_cpp/"]]) {
test(`${lang}: Flip Text reverses the text; Flip Image mirrors the picture`, async ({ page }) => {
  await page.goto(path);
  await expect(page.getByRole("tab", { name: "Flip Text" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Textbox")).toHaveCount(2);
  const [input, output] = await page.getByLabel("Textbox").all();
  await input.fill("hello");
  await page.getByRole("button", { name: "Flip" }).click();
  await expect(output).toHaveValue("olleh");

  // The image tab's content is mounted only once it is selected (Gradio's lazy tabs).
  await expect(page.locator(".graft-image")).toHaveCount(0);
  await page.getByRole("tab", { name: "Flip Image" }).click();
  await expect(page.getByRole("tab", { name: "Flip Image" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Textbox").first()).toBeHidden(); // the text tab's panel is hidden
  await page.locator('.graft-image input[type="file"]').first().setInputFiles(pngFile("grid.png", 3, 1));
  await page.getByRole("button", { name: "Flip" }).click();
  const canvas = page.locator(".graft-image").nth(1).locator("canvas");
  await expect(canvas).toBeVisible();
  const firstPixel = await canvas.evaluate((c) => [...c.getContext("2d").getImageData(0, 0, 1, 1).data].slice(0, 3));
  expect(firstPixel).toEqual([2, 0, 7]); // pngFile's pixel (x, y) is rgb(x, y, 7): x = 2 is now first
  // Back on the first tab, its values are still there.
  await page.getByRole("tab", { name: "Flip Text" }).click();
  await expect(page.getByLabel("Textbox").nth(1)).toHaveValue("olleh");
});

test(`${lang}: flipping keeps characters whole, and flipping no image says what is missing`, async ({ page }) => {
  await page.goto(path);
  await expect(page.getByLabel("Textbox")).toHaveCount(2); // drawn: .all() does not wait
  const [input, output] = await page.getByLabel("Textbox").all();
  await input.fill("añb→ç😀");
  await page.getByRole("button", { name: "Flip" }).click();
  await expect(output).toHaveValue("😀ç→bña");
  await page.getByRole("tab", { name: "Flip Image" }).click();
  await page.getByRole("button", { name: "Flip" }).click();
  await expect(page.getByText("Please upload an image first.")).toBeVisible();
});
}

test("the accordion opens to a slider that was not mounted before", async ({ page }) => {
  await page.goto("/demos/blocks_flipper/");
  const header = page.getByRole("button", { name: "Open for More! ▼" });
  await expect(header).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByText("Look at me...")).toHaveCount(0);
  await header.click();
  await expect(page.getByText("Look at me...")).toBeVisible();
  const number = page.getByLabel("number input for Slide me");
  await expect(number).toHaveValue("0.1");
  await page.getByLabel("range slider for Slide me").fill("0.7");
  await expect(number).toHaveValue("0.7");
  await header.click();
  await expect(page.getByText("Look at me...")).toBeHidden();
});

test("dark mode from ?__theme=dark paints the app and the page dark", async ({ page }) => {
  await page.goto("/demos/blocks_flipper/?__theme=dark");
  await expect(page.locator(".graft-app")).toHaveClass(/dark/);
  const bg = await page.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(bg).toBe("rgb(15, 15, 17)");
  const block = await page.getByLabel("Textbox").first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(block).toBe("rgb(39, 39, 42)");
});
