// The C++ SDK from outside the repository (tests/sdk/run builds tests/sdk/example against the
// installed SDK): the static folder it makes works on a plain static host, and the native
// program serves the same app's page with its functions on the server.
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

const built = "build/sdk/wasm/word_tools/index.html";

test.beforeAll(() => {
  if (!existsSync(built)) throw new Error(`${built} is missing: tests/sdk/run builds the SDK example (scripts/test runs it)`);
});

async function wordTools(page) {
  await expect(page.getByRole("heading", { name: "Word tools" })).toBeVisible();
  await page.getByRole("button", { name: "Reverse" }).click();
  await expect(page.getByLabel("Result")).toHaveValue("fox brown quick the");
  await page.getByLabel("Text").fill("   ");
  await page.getByRole("button", { name: "Count" }).click();
  await expect(page.getByText("There are no words to count.")).toBeVisible();
  await page.getByLabel("Text").fill("one two three");
  await page.getByRole("button", { name: "Count" }).click();
  await expect(page.getByLabel("Result")).toHaveValue("3 words");
}

test("an app built with the installed SDK is a static folder that runs on a plain static host", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/sdk-example/");
  await expect(page).toHaveTitle("Word tools"); // control_page_title: the app's title
  await wordTools(page);
  expect(errors).toEqual([]);
});

test("the same app built natively with the SDK serves its page, the runtime beside the program", async ({ page }) => {
  const server = spawn("build/sdk/native/word_tools", ["--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  try {
    let err = "";
    server.stderr.on("data", (d) => (err += d));
    const url = await new Promise((resolve, reject) => {
      let out = "";
      server.on("exit", (code) => reject(new Error(`word_tools exited with ${code}: ${err}`)));
      server.stdout.on("data", (d) => {
        const m = (out += d).match(/Running on local URL:\s+(http:\/\/127\.0\.0\.1:\d+)/);
        if (m) resolve(m[1]);
      });
    });
    expect(err).not.toContain("cannot load"); // it found graft/ beside itself
    const join = page.waitForRequest((r) => r.url().endsWith("/gradio_api/queue/join"));
    await page.goto(`${url}/`);
    await wordTools(page);
    await join;
  } finally {
    server.kill();
  }
});
