// A page on one origin shows an app served by a native Graft backend on another origin
// (<graft-app src="http://127.0.0.1:N/">): config from the server, events through its queue.
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";

const native = process.env.GRAFT_NATIVE_DIR ?? "build/native";
let server;
let port;

async function startDemo(name) {
  port = 8900 + Math.floor(Math.random() * 90);
  const proc = spawn(`${native}/demos/${name}`, ["--port", String(port)], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/config`)).ok) return proc;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  proc.kill();
  throw new Error(`${name} did not start on port ${port}`);
}

test.describe.configure({ mode: "serial" });
test.afterEach(() => server?.kill());

test("a served C++ app renders across origins and its events run on the server", async ({ page }) => {
  server = await startDemo("blocks_hello");
  await page.goto(`/e2e-pages/remote.html?port=${port}`);
  await expect(page.getByRole("heading", { name: "Hello World!" })).toBeVisible();
  await page.getByPlaceholder("What is your name?").fill("Ada");
  await expect(page.getByRole("textbox").nth(1)).toHaveValue("Welcome to Gradio, Ada!");
});

test("a server that goes away ends the run with a clear error, not a spinner", async ({ page }) => {
  server = await startDemo("blocks_hello");
  await page.goto(`/e2e-pages/remote.html?port=${port}`);
  await expect(page.getByPlaceholder("What is your name?")).toBeVisible();
  server.kill();
  await page.getByPlaceholder("What is your name?").fill("Ada");
  await expect(page.getByRole("alert")).toContainText(/could not reach|Connection to the server was lost/);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});
