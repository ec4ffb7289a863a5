// `./myapp --port N` opened in a browser: a C++ app built natively serves its own page (the
// Graft runtime from --runtime, here dist/graft, and a <graft-app> pointed at the server), and
// the app's events run through the server's queue — typing, and a streaming webcam whose
// frames reach a C++ .stream() function one after another (POST /gradio_api/stream/{id}).
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";

const native = process.env.GRAFT_NATIVE_DIR ?? "build/native";
const runtime = process.env.GRAFT_RUNTIME_DIR ?? "dist/graft";
let server;

// Starts a demo on a free port (--port 0) and resolves to the URL it printed.
function serve(demo) {
  server = spawn(`${native}/demos/${demo}`, ["--port", "0", "--runtime", runtime], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  server.stderr.on("data", (d) => (err += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${demo} printed no URL within 10 s: ${err}`)), 10000);
    server.on("exit", (code) => reject(new Error(`${demo} exited with ${code}: ${err}`)));
    server.stdout.on("data", (d) => {
      const url = (out += d).match(/Running on local URL:\s+(http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
  });
}

test.describe.configure({ mode: "serial" });
test.afterEach(() => server?.kill());

test("the page a served C++ app shows at / is the working app, its events going through the server's queue", async ({ page }) => {
  const url = await serve("blocks_hello");
  await page.goto(`${url}/`);
  await expect(page).toHaveTitle("Blocks Hello");
  await expect(page.getByRole("heading", { name: "Hello World!" })).toBeVisible();
  const join = page.waitForRequest((r) => r.url() === `${url}/gradio_api/queue/join` && r.method() === "POST");
  await page.getByPlaceholder("What is your name?").fill("Ada");
  await join;
  await expect(page.getByRole("textbox").nth(1)).toHaveValue("Welcome to Gradio, Ada!");
});

test("a streaming webcam on a served page feeds the server's C++ .stream() function frame after frame", async ({ page }) => {
  const url = await serve("stream_frames");
  const chunks = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && /\/gradio_api\/stream\/[0-9a-f]+$/.test(r.url())) chunks.push(r.url());
  });
  await page.goto(`${url}/`);
  await expect(page).toHaveTitle("Stream frames");
  const camera = page.locator(".graft-image");
  await camera.getByRole("button", { name: "Webcam", exact: true }).click();
  // Each answer names the count of frames the server has received: the later ones came as chunks.
  await expect(page.getByLabel("Seen")).toHaveValue(/^Frame ([4-9]|\d{2,}): \d+x\d+, brightness \d+\.\d$/, { timeout: 15000 });
  expect(chunks.length).toBeGreaterThanOrEqual(3);
  expect(new Set(chunks).size).toBe(1); // all for the one event the first frame joined
  await camera.getByRole("button", { name: "Stop" }).click();
  await expect(camera.locator("video")).toBeHidden();
});
