// A page on one origin shows an app served by a native Graft backend on another origin
// (<graft-app src="http://127.0.0.1:N/">): config from the server, events through its queue.
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { pngFile } from "./support.js";

const native = process.env.GRAFT_NATIVE_DIR ?? "build/native";
let server;
let port;

// Starts a demo on a free port (--port 0: no collision with a server still shutting down)
// and resolves once it printed its URL.
function startDemo(name) {
  const proc = spawn(`${native}/demos/${name}`, ["--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "", err = "";
  proc.stderr.on("data", (d) => (err += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { proc.kill(); reject(new Error(`${name} printed no URL within 10 s: ${err}`)); }, 10000);
    proc.on("exit", (code) => reject(new Error(`${name} exited with ${code}: ${err}`)));
    proc.stdout.on("data", (d) => {
      const m = (out += d).match(/Running on local URL:\s+http:\/\/127\.0\.0\.1:(\d+)/);
      if (!m) return;
      clearTimeout(timer);
      port = Number(m[1]);
      resolve(proc);
    });
  });
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

test("a second visitor waits in the server's queue and sees their place, then the result", async ({ page }) => {
  server = await startDemo("slow_echo");
  await page.goto(`/e2e-pages/remote.html?port=${port}&apps=2`);
  const first = page.getByRole("region", { name: "app 1" });
  const second = page.getByRole("region", { name: "app 2" });
  await first.getByLabel("Text").fill("one");
  await second.getByLabel("Text").fill("two");
  await first.getByRole("button", { name: "Echo" }).click();
  await expect(first.getByRole("status")).toHaveText(/processing/);
  await second.getByRole("button", { name: "Echo" }).click();
  await expect(second.getByRole("status")).toHaveText(/queue: 1/);
  await expect(first.getByLabel("Echo")).toHaveValue("one", { timeout: 10000 });
  await expect(second.getByLabel("Echo")).toHaveValue("two", { timeout: 10000 });
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("a served C++ generator streams its reply into the page with its progress", async ({ page }) => {
  server = await startDemo("generator_tokens");
  await page.goto(`/e2e-pages/remote.html?port=${port}`);
  await page.getByLabel("Prompt").fill("hello there");
  await page.getByRole("button", { name: "Send" }).click();
  // Gradio's tracker: "<i>/<n> <unit>" in its text line, the description over the bar.
  await expect(page.getByRole("status")).toHaveText(/^[1-4]\/4 words/);
  await expect(page.locator(".progress-level-text")).toHaveText(/^Writing - \d+(\.\d)?%$/);
  await expect(page.getByLabel("Reply")).toHaveValue(/^You( said:)?/);
  await expect(page.getByLabel("Reply")).toHaveValue("You said: hello there");
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("a server-side gr.Error reaches the page as an error toast", async ({ page }) => {
  server = await startDemo("slow_echo");
  await page.goto(`/e2e-pages/remote.html?port=${port}`);
  await page.getByRole("button", { name: "Echo" }).click();
  await expect(page.getByRole("alert")).toContainText("Please type something to echo.", { timeout: 10000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
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

test("an image chosen in the page is checked locally, uploaded, and the server's function reads it", async ({ page }) => {
  server = await startDemo("image_info");
  await page.goto(`/e2e-pages/remote.html?port=${port}`);
  const file = pngFile("grid.png", 4, 2);
  const upload = page.waitForRequest((r) => r.url().endsWith("/gradio_api/upload") && r.method() === "POST");
  await page.getByLabel("Image").setInputFiles(file);
  await upload;
  await expect(page.getByLabel("Description")).toHaveValue(`PNG image, 4x2 pixels, mode RGB, ${file.buffer.length} bytes`);
  // Another event on the same image reuses the server's copy; a file that is not an image
  // never leaves the page: refused by name. Neither uploads anything.
  let uploads = 0;
  page.on("request", (r) => r.url().endsWith("/gradio_api/upload") && uploads++);
  const join = page.waitForResponse((r) => r.url().endsWith("/gradio_api/queue/join") && r.status() === 200);
  await page.getByRole("button", { name: "Describe again" }).click();
  await join;
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByLabel("Description")).toHaveValue(`PNG image, 4x2 pixels, mode RGB, ${file.buffer.length} bytes`);
  await page.getByLabel("Image").setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not a picture") });
  await expect(page.getByRole("alert")).toContainText("notes.png:");
  expect(uploads).toBe(0);
});

test("the files of a File with several are uploaded together and the server's C++ function reads each", async ({ page }) => {
  server = await startDemo("upload_and_download_cpp");
  await page.goto(`/e2e-pages/remote.html?port=${port}`);
  let uploads = 0;
  page.on("request", (r) => r.url().endsWith("/gradio_api/upload") && uploads++);
  const text = (name, body) => ({ name, mimeType: "text/plain", buffer: Buffer.from(body) });
  await page.getByTestId("file-upload").setInputFiles([text("a.txt", "12345"), text("b.csv", "x,y\n1,2\n")]);
  await expect(page.getByLabel("Summary")).toHaveValue("2 files, 13 B in all: a.txt (5 B), b.csv (8 B)");
  expect(uploads).toBe(1);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a queue=false listener goes to /run and answers while the queue is busy", async ({ page }) => {
  server = await startDemo("slow_echo");
  await page.goto(`/e2e-pages/remote.html?port=${port}`);
  await page.getByLabel("Text").fill("hi");
  await page.getByRole("button", { name: "Echo" }).click();
  await expect(page.getByRole("status")).toHaveText(/processing/);
  const run = page.waitForRequest((r) => r.url().endsWith("/gradio_api/run/shout"));
  await page.getByRole("button", { name: "Shout" }).click();
  await run;
  await expect(page.getByLabel("Echo")).toHaveValue("HI!");
  await expect(page.getByLabel("Echo")).toHaveValue("hi", { timeout: 10000 });
});
