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
