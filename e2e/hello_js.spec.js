// Drives site/demos/hello_js/: the hello app built with the JS builder API and a Run button.
import { test, expect } from "@playwright/test";

test("clicking Run writes the greeting", async ({ page }) => {
  await page.goto("/demos/hello_js/");
  await page.getByPlaceholder("What is your name?").fill("Ada");
  const output = page.getByRole("textbox").nth(1);
  await expect(output).toHaveValue("");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(output).toHaveValue("Welcome to Gradio, Ada!");
});
