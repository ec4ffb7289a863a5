// Drives site/demos/upload_and_download/ (JS builder) and upload_and_download_cpp/ (the same
// app in C++: its functions get each file's bytes as gr::File and return new files): Gradio's
// UploadButton → DownloadButton round trip with files kept in the page, and a File of several
// files summarised into a Textbox and a generated report, with Gradio's refusal of a wrong
// file type.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const text = (name, body) => ({ name, mimeType: "text/plain", buffer: Buffer.from(body) });

for (const [lang, path, ready] of [["JS", "/demos/upload_and_download/", "#app"], ["C++", "/demos/upload_and_download_cpp/", "graft-app"]]) {
test.describe(lang, () => {
test.beforeEach(async ({ page }) => {
  await page.goto(path);
  await expect(page.locator(ready)).toHaveAttribute("data-ready", "");
});

test("uploading a file turns the button into 'Download <name>'; a click downloads it under that name and brings the upload button back", async ({ page }) => {
  await expect(page.getByRole("note")).toHaveCount(0); // every component is drawn
  await page.getByTestId("Upload a file-upload-button").setInputFiles(text("notes.txt", "hello from the page"));
  const download = page.getByRole("button", { name: "Download notes.txt" });
  await expect(download).toBeVisible();
  await expect(page.getByRole("button", { name: "Upload a file" })).toHaveCount(0);
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toBe("notes.txt");
  expect(readFileSync(await file.path(), "utf8")).toBe("hello from the page");
  await expect(page.getByRole("button", { name: "Upload a file" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Download notes\.txt/ })).toHaveCount(0);
});

test("several files are listed with their sizes, summarised, and the report downloads", async ({ page }) => {
  const report = page.getByRole("button", { name: "Download report" });
  await expect(report).toBeDisabled();
  await page.getByTestId("file-upload").setInputFiles([text("a.txt", "12345"), text("b.csv", "x,y\n1,2\n")]);
  await expect(page.locator("table.file-preview tr.file")).toHaveCount(2);
  await expect(page.getByLabel("a.txt")).toBeVisible();
  const link = page.locator("td.download a").first();
  await expect(link).toHaveText(/^5 B\s⇣$/);
  await expect(link).toHaveAttribute("download", "a.txt");
  await expect(page.getByLabel("Summary")).toHaveValue("2 files, 13 B in all: a.txt (5 B), b.csv (8 B)");
  await expect(report).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent("download"), report.click()]);
  expect(file.suggestedFilename()).toBe("report.txt");
  expect(readFileSync(await file.path(), "utf8")).toContain("- b.csv (8 B)");
});

test("removing one file and clearing the rest update the summary", async ({ page }) => {
  await page.getByTestId("file-upload").setInputFiles([text("a.txt", "12345"), text("b.csv", "x,y\n1,2\n")]);
  await page.getByRole("button", { name: "Remove this file" }).first().click();
  await expect(page.getByLabel("Summary")).toHaveValue("1 file, 8 B in all: b.csv (8 B)");
  await expect(page.getByRole("button", { name: "Remove this file" })).toHaveCount(0);
  await page.getByRole("button", { name: "Clear", exact: true }).click();
  await expect(page.getByLabel("Summary")).toHaveValue("No files yet.");
  await expect(page.getByLabel("Click to upload or drop files")).toBeVisible();
  await expect(page.getByRole("button", { name: "Download report" })).toBeDisabled();
});

test("a file of the wrong type is refused with a toast naming it, and the list keeps its files", async ({ page }) => {
  await page.getByTestId("file-upload").setInputFiles(text("keep.txt", "kept"));
  await expect(page.getByLabel("Summary")).toHaveValue(/^1 file/);
  await page.getByTestId("file-upload").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) });
  await expect(page.getByTestId("toast-body")).toContainText("photo.png");
  await expect(page.getByTestId("toast-body")).toContainText("Only .txt, .csv, .md, .json allowed.");
  await expect(page.locator("table.file-preview tr.file")).toHaveCount(1);
  await expect(page.getByLabel("Summary")).toHaveValue(/^1 file, 4 B in all: keep\.txt/);
});

test("dropping a file on the upload area uploads it", async ({ page }) => {
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["dropped!"], "dropped.md", { type: "text/markdown" }));
    return dt;
  });
  await page.getByLabel("Click to upload or drop files").dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByLabel("dropped.md")).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("1 file, 8 B in all: dropped.md (8 B)");
});
});
}
