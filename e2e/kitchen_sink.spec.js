// Drives site/demos/kitchen_sink/: every drawn component is there (no placeholder), and using
// each shows the events Gradio fires, with their EventData (keys sorted, as the core shapes
// them with Gradio's defaults), in the event log.
import { test, expect } from "@playwright/test";

test.beforeEach(async ({ page }) => {
  await page.goto("/demos/kitchen_sink/");
  await expect(page.locator("graft-app, #app")).toHaveAttribute("data-ready", "");
});

const log = (page) => page.getByLabel("Event log");

test("no component is a placeholder and nothing logs an error", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  for (const tab of ["Outputs", "Layouts", "Image", "Form"]) await page.getByRole("tab", { name: tab }).click();
  await expect(page.getByRole("note")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("form components fire Gradio's events with their EventData", async ({ page }) => {
  await page.getByLabel("Textbox", { exact: true }).fill("hi");
  await page.getByLabel("Textbox", { exact: true }).press("Enter");
  await expect(log(page)).toHaveValue(/^Textbox: submit — value "hi"/);
  await page.getByTestId("large-radio-label").click();
  await expect(log(page)).toHaveValue(/Radio: select \{[^}]*"index":2,[^}]*"value":"large"\}/);
  await page.getByRole("checkbox", { name: "blue" }).check();
  await expect(log(page)).toHaveValue(/CheckboxGroup: select \{[^}]*"index":2,[^}]*"selected":true,"value":"blue"\}/);
  await page.getByRole("combobox", { name: "Dropdown" }).click();
  await page.getByRole("option", { name: "cherry" }).click();
  await expect(log(page)).toHaveValue(/Dropdown: select \{[^}]*"index":2,[^}]*"selected":true,"value":"cherry"\}/);
  await page.getByRole("button", { name: "Primary" }).click();
  await expect(log(page)).toHaveValue(/^Primary: click/);
});

test("the Textarea's custom button (a gr.Button in its buttons) runs that Button's click", async ({ page }) => {
  await page.getByLabel("Textarea").fill("quiet please");
  await page.getByRole("button", { name: "Shout" }).click();
  await expect(page.getByLabel("Textarea")).toHaveValue("QUIET PLEASE");
});

test("tabs, the accordion and output components report their events", async ({ page }) => {
  await page.getByRole("tab", { name: "Outputs" }).click();
  await expect(log(page)).toHaveValue(/^tabs: select \{[^}]*"index":1,[^}]*"value":"Outputs"\}/);
  await expect(page.getByTestId("json")).toBeVisible();
  await page.getByTestId("dog-confidence-set").click();
  await expect(log(page)).toHaveValue(/^Label: select \{[^}]*"index":1,[^}]*"value":"dog"\}/);
  await page.getByRole("tab", { name: "Layouts" }).click();
  await page.getByRole("button", { name: "An Accordion ▼" }).click();
  await expect(page.getByText("Mounted the first time it opens.")).toBeVisible();
  await expect(log(page)).toHaveValue(/^An Accordion: expand/);
});

test("dark mode follows the system", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator(".graft-app")).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator(".graft-app")).not.toHaveClass(/dark/);
});
