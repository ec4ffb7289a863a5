// Gradio's status tracker on outputs and its toasts: a spinner while a function runs, hidden
// with show_progress "hidden", the "Error" pill and an error toast (Gradio's test ids) when it
// fails, gr.Info from a page function, and a wrong-shaped return naming its component.
import { test, expect } from "@playwright/test";
import { helloConfig, openPage } from "./support.js";

const deps = (show_progress = "full") => [{ id: 0, targets: [[3, "click"]], inputs: [1], outputs: [2], api_name: "greet", show_progress }];
const page_ = (config) => `
  <graft-app><script type="application/json">${config}</script></graft-app>
  <script type="module">
    import { register, Info } from "/graft/graft.js";
    let release;
    window.finish = () => release();
    register("greet", (name) => {
      if (name === "fail") throw new Error("no luck");
      if (name === "object") return { not: "text" };
      if (name === "info") { Info("Saved " + name, { duration: null }); return "ok"; }
      return new Promise((r) => (release = () => r("Hi " + name)));
    });
  </script>`;

test("a running function shows the output's tracker with a spinner; it hides when done", async ({ page }) => {
  await openPage(page, "/status.html", page_(helloConfig(deps())));
  await page.getByLabel("Name").fill("Ada");
  await page.getByRole("button", { name: "Greet" }).click();
  const tracker = page.getByTestId("status-tracker");
  await expect(tracker).toBeVisible();
  await expect(tracker.locator(".graft-spinner")).toHaveCount(1);
  await page.evaluate(() => window.finish());
  await expect(page.getByLabel("Greeting")).toHaveValue("Hi Ada");
  await expect(tracker).toBeHidden();
});

test("show_progress hidden shows no tracker while the function runs", async ({ page }) => {
  await openPage(page, "/status-hidden.html", page_(helloConfig(deps("hidden"))));
  await page.getByLabel("Name").fill("Ada");
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(page.locator("[data-testid=status-tracker]:not(.hide)")).toHaveCount(0);
  await page.evaluate(() => window.finish());
  await expect(page.getByLabel("Greeting")).toHaveValue("Hi Ada");
});

test("a failure marks the output with Gradio's Error pill and an error toast that closes", async ({ page }) => {
  await openPage(page, "/status-error.html", page_(helloConfig(deps())));
  await page.getByLabel("Name").fill("fail");
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(page.getByTestId("status-tracker").locator(".error")).toHaveText("Error");
  await expect(page.getByTestId("toast-body")).toContainText("no luck");
  await page.getByTestId("toast-close").click();
  await expect(page.getByTestId("toast-body")).toHaveCount(0);
});

test("a wrong-shaped return fails naming the output's component; gr.Info shows an Info toast", async ({ page }) => {
  await openPage(page, "/status-shape.html", page_(helloConfig(deps())));
  await page.getByLabel("Name").fill("object");
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(page.getByTestId("toast-text")).toContainText('textbox "Greeting" (component 2): Textbox expects a string');
  await page.getByLabel("Name").fill("info");
  await page.getByRole("button", { name: "Greet" }).click();
  await expect(page.locator("[data-testid=toast-body].info")).toContainText("Saved info");
  await expect(page.getByLabel("Greeting")).toHaveValue("ok");
});
