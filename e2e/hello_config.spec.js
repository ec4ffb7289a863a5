// Drives site/demos/hello_config/: a Gradio config JSON plus register().
import { test, expect } from "@playwright/test";

test("typing a name writes the greeting through the registered function", async ({ page }) => {
  await page.goto("/demos/hello_config/");
  await page.getByPlaceholder("What is your name?").fill("Ada");
  await expect(page.getByRole("textbox").nth(1)).toHaveValue("Welcome to Gradio, Ada!");
});
