// Drives site/demos/gallery_selections/ (JS builder) and gallery_selections_cpp/ (the same app
// in C++: PNGs it encodes, its colours in a gr.State): a Gallery of images made on load (no server),
// selection through select's EventData, the preview's keys, Darken/Deselect from functions,
// and a Dataset whose example fills a Textbox. Selectors are Gradio's (thumbnail names, test ids).
import { test, expect } from "@playwright/test";

// The rendered pixel at the image's centre, read back through a canvas.
const centrePixel = (img) =>
  img.evaluate((el) => {
    const c = document.createElement("canvas");
    c.width = el.naturalWidth;
    c.height = el.naturalHeight;
    const g = c.getContext("2d");
    g.drawImage(el, 0, 0);
    return Array.from(g.getImageData(c.width >> 1, c.height >> 1, 1, 1).data.slice(0, 3));
  });

for (const [lang, path] of [["JS", "/demos/gallery_selections/"], ["C++", "/demos/gallery_selections_cpp/"]]) {
test.describe(lang, () => {
test.beforeEach(async ({ page }) => {
  await page.goto(path);
  await expect(page.locator("[data-ready]")).toHaveCount(1);
  await expect(page.locator(".grid-container").getByRole("button", { name: /^Thumbnail \d of 4$/ })).toHaveCount(4);
});

test("the images made on load are drawn from the returned pixels, captioned", async ({ page }) => {
  const first = page.getByRole("button", { name: "Thumbnail 1 of 4" });
  await expect(page.locator(".gallery-item").first().locator(".caption-label")).toHaveText("Coral");
  const img = first.locator("img");
  await expect.poll(() => img.evaluate((el) => el.naturalWidth)).toBe(96);
  expect(await centrePixel(img)).toEqual([255, 127, 80]);
});

test("selecting a thumbnail names it through select's EventData and opens the preview", async ({ page }) => {
  await page.getByRole("button", { name: "Thumbnail 2 of 4" }).click();
  await expect(page.getByLabel("Selection")).toHaveValue("You selected image 2: Teal");
  await expect(page.getByLabel("Selected index")).toHaveValue("1");
  const preview = page.locator("span.preview");
  await expect(preview.getByTestId("detailed-image")).toHaveAttribute("alt", "Teal");
  await expect(preview.getByRole("button", { name: "Thumbnail 2 of 4" })).toHaveClass(/selected/);
});

test("arrow keys move through the preview and Escape closes it", async ({ page }) => {
  await page.getByRole("button", { name: "Thumbnail 4 of 4" }).click();
  await expect(page.getByLabel("Selection")).toHaveValue("You selected image 4: Slate");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Selection")).toHaveValue("You selected image 1: Coral");
  await expect(page.getByTestId("detailed-image")).toHaveAttribute("alt", "Coral");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByLabel("Selection")).toHaveValue("You selected image 4: Slate");
  await page.keyboard.press("Escape");
  await expect(page.locator("span.preview")).toHaveCount(0);
  await expect(page.getByTestId("detailed-image")).toHaveCount(0);
});

test("the Close button closes the preview", async ({ page }) => {
  await page.getByRole("button", { name: "Thumbnail 3 of 4" }).click();
  await page.locator("span.preview").getByRole("button", { name: "Close" }).click();
  await expect(page.locator("span.preview")).toHaveCount(0);
});

test("Darken selected darkens that image; Deselect clears the selection from a function", async ({ page }) => {
  await page.getByRole("button", { name: "Thumbnail 1 of 4" }).click();
  await expect(page.getByLabel("Selected index")).toHaveValue("0");
  await page.getByRole("button", { name: "Darken selected" }).click();
  const detail = page.getByTestId("detailed-image");
  await expect.poll(async () => (await detail.evaluate((el) => el.complete && el.naturalWidth)) && centrePixel(detail)).toEqual([204, 102, 64]);
  await page.getByRole("button", { name: "Deselect" }).click();
  await expect(page.locator("span.preview")).toHaveCount(0);
  await expect(page.getByLabel("Selection")).toHaveValue("Nothing selected");
});

// A selection made in the page is noted by the engine (noteProps), so a second
// gr.Gallery(selected_index=None) is a change and clears it.
test("Deselect clears a second selection too", async ({ page }) => {
  for (const name of ["Thumbnail 1 of 4", "Thumbnail 2 of 4"]) {
    await page.getByRole("button", { name }).click();
    await expect(page.locator("span.preview")).toHaveCount(1);
    await page.getByRole("button", { name: "Deselect" }).click();
    await expect(page.locator("span.preview")).toHaveCount(0, { timeout: 2000 });
  }
});

test("darkening with nothing selected shows the function's error", async ({ page }) => {
  await page.getByRole("button", { name: "Darken selected" }).click();
  await expect(page.getByTestId("toast-body")).toContainText("Select an image first.");
});

test("clicking an example fills the Message textbox", async ({ page }) => {
  await expect(page.locator(".graft-dataset .label")).toHaveText("Example messages");
  await page.getByRole("button", { name: "Bonjour" }).click();
  await expect(page.getByLabel("Message")).toHaveValue("Bonjour");
});
});
}
