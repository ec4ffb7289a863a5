// gr.AnnotatedImage and gr.FileExplorer in the page, driven through page functions: boxes and
// a mask a function returns are drawn over the image with a legend whose click fires select;
// a FileExplorer's tree comes from its `paths`, ticking a file reaches a function, file_count
// "single" keeps one, and a wrong returned value names the component.
import { test, expect } from "@playwright/test";
import { openPage, pngFile } from "./support.js";

const config = {
  components: [
    { id: 1, type: "annotatedimage", props: { label: "Detections" } },
    { id: 2, type: "button", props: { value: "Detect" } },
    { id: 3, type: "textbox", props: { label: "Picked label" } },
    { id: 4, type: "fileexplorer", props: { label: "Files", paths: ["docs/guide.md", "docs/api.md", "src/app.py", "README.md"], glob: "**/*", file_count: "multiple" } },
    { id: 5, type: "textbox", props: { label: "Chosen files" } },
    { id: 6, type: "fileexplorer", props: { label: "One file", paths: ["a.txt", "b.txt"], file_count: "single" } },
    { id: 7, type: "textbox", props: { label: "Single choice" } },
    { id: 8, type: "button", props: { value: "Break" } },
    { id: 9, type: "button", props: { value: "Break image" } },
    { id: 10, type: "button", props: { value: "Boxes on a URL" } },
  ],
  layout: { id: 0, children: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((id) => ({ id })) },
  dependencies: [
    { id: 0, targets: [[2, "click"]], inputs: [], outputs: [1], api_name: "detect" },
    { id: 1, targets: [[1, "select"]], inputs: [], outputs: [3], api_name: "picked" },
    { id: 2, targets: [[4, "change"]], inputs: [4], outputs: [5], api_name: "chosen" },
    { id: 3, targets: [[6, "change"]], inputs: [6], outputs: [7], api_name: "one" },
    { id: 4, targets: [[8, "click"]], inputs: [], outputs: [4], api_name: "broken" },
    { id: 5, targets: [[9, "click"]], inputs: [], outputs: [1], api_name: "broken_image" },
    { id: 6, targets: [[10, "click"]], inputs: [], outputs: [1], api_name: "url_boxes" },
  ],
};

// An 80×60 grey picture, a box round a "car" and a mask over the top rows ("sky").
const functions = `
  import { register } from "/graft/graft.js";
  register("detect", () => {
    const base = { shape: [60, 80, 3], dtype: "uint8", data: new Uint8Array(80 * 60 * 3).fill(200) };
    const sky = { shape: [60, 80], data: Array.from({ length: 60 * 80 }, (_, i) => (i < 80 * 15 ? 1 : 0)) };
    return [base, [[[10, 20, 50, 50], "car"], [sky, "sky"]]];
  });
  register("picked", (evt) => "picked " + evt.value + " #" + evt.index);
  register("chosen", (paths) => paths.join(", "));
  register("one", (path) => String(path));
  register("broken", () => 42);
  register("broken_image", () => ["https://example.com/gone.png", [[[0, 0, 5, 5], "car"]]]);
  register("url_boxes", () => ["/street.png", [[[4, 2, 30, 20], "car"]]]);
`;

test.beforeEach(async ({ page }) => {
  await page.route("https://example.com/**", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.route("**/street.png", (route) => route.fulfill({ contentType: "image/png", body: pngFile("street.png", 40, 30).buffer }));
  await openPage(page, "/annotated-explorer.html", `
    <graft-app><script type="application/json">${JSON.stringify(config)}</script></graft-app>
    <script type="module">${functions}</script>`);
  await expect(page.locator("graft-app [data-ready], graft-app[data-ready]").first()).toBeAttached({ timeout: 20000 });
});

test("boxes and a mask a function returns are drawn over the image with a legend", async ({ page }) => {
  const block = page.locator(".graft-annotatedimage");
  await expect(block.getByRole("img", { name: "the base file that is annotated" })).toHaveCount(0);
  await page.getByRole("button", { name: "Detect" }).click();
  await expect(block.getByRole("img", { name: "the base file that is annotated" })).toBeVisible();
  await expect(block.locator("img.mask")).toHaveCount(2);
  await expect(block.locator(".legend").getByRole("button")).toHaveText(["car", "sky"]);
  // The car's mask is opaque red on its border, half-transparent inside, clear outside.
  const alpha = await block.locator("img.mask").first().evaluate(async (img) => {
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const at = (x, y) => Array.from(g.getImageData(x, y, 1, 1).data);
    return { size: [c.width, c.height], border: at(10, 30), inside: at(30, 35), outside: at(5, 5) };
  });
  expect(alpha).toEqual({ size: [80, 60], border: [255, 0, 0, 255], inside: [255, 0, 0, 127], outside: [0, 0, 0, 0] });
});

test("hovering a legend label shows its mask alone; clicking it fires select with the label", async ({ page }) => {
  await page.getByRole("button", { name: "Detect" }).click();
  const legend = page.locator(".graft-annotatedimage .legend");
  await legend.getByRole("button", { name: "sky" }).hover();
  await expect(page.getByRole("img", { name: /identifying sky/ })).toHaveClass(/active/);
  await expect(page.getByRole("img", { name: /identifying car/ })).toHaveClass(/inactive/);
  await legend.getByRole("button", { name: "sky" }).click();
  await expect(page.getByLabel("Picked label")).toHaveValue("picked sky #1");
});

test("expanding a folder and ticking a file sends its path to the function", async ({ page }) => {
  const files = page.locator(".graft-fileexplorer").first();
  await expect(files.getByRole("checkbox", { name: "docs/guide.md" })).toHaveCount(0);
  const docs = files.locator(".wrap", { hasText: "docs" }).first().getByRole("button", { name: "expand directory" });
  await docs.focus();
  await page.keyboard.press("Enter");
  await expect(docs).toHaveAttribute("aria-expanded", "true");
  await files.getByRole("checkbox", { name: "docs/guide.md" }).check();
  await expect(page.getByLabel("Chosen files")).toHaveValue("docs/guide.md");
  await files.getByRole("checkbox", { name: "README.md" }).check();
  await expect(page.getByLabel("Chosen files")).toHaveValue("docs/guide.md, README.md");
  await files.getByRole("checkbox", { name: "docs/guide.md" }).uncheck();
  await expect(page.getByLabel("Chosen files")).toHaveValue("README.md");
});

test("file_count single keeps one file ticked", async ({ page }) => {
  const one = page.locator(".graft-fileexplorer").nth(1);
  await one.getByRole("checkbox", { name: "a.txt" }).check();
  await expect(page.getByLabel("Single choice")).toHaveValue("a.txt");
  await one.getByRole("checkbox", { name: "b.txt" }).check();
  await expect(page.getByLabel("Single choice")).toHaveValue("b.txt");
  await expect(one.getByRole("checkbox", { name: "a.txt" })).not.toBeChecked();
  await expect(one.getByRole("checkbox", { checked: true })).toHaveCount(1);
});

test("a function returning a number to a FileExplorer shows an error naming it", async ({ page }) => {
  await page.getByRole("button", { name: "Break", exact: true }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText('fileexplorer "Files"');
  await expect(alert).toContainText("FileExplorer expects a path string or a list of path strings, got 42");
});

test("boxes over a URL image wait for its size; one that does not load gives an error naming the AnnotatedImage", async ({ page }) => {
  await page.getByRole("button", { name: "Boxes on a URL" }).click();
  const block = page.locator(".graft-annotatedimage");
  await expect(block.locator("img.mask")).toHaveCount(1);
  const size = await block.locator("img.mask").evaluate(async (img) => (await img.decode(), [img.naturalWidth, img.naturalHeight]));
  expect(size).toEqual([40, 30]); // the mask has the loaded image's size
  await page.getByRole("button", { name: "Break image" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText('annotatedimage "Detections"');
  await expect(alert).toContainText("needs the base image's size to draw boxes, and https://example.com/gone.png could not be loaded");
  await expect(block.locator("img.mask")).toHaveCount(1); // the previous value stays
});
