// Playwright drives the system's Chromium (no browser download; scripts/chromium.mjs finds it)
// against dist/site served locally.
import { defineConfig } from "@playwright/test";
import { findChromium } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 8790);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? "list" : "line",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--no-first-run", "--disable-quic",
             // gr.Image's webcam source: Chromium's fake camera, permission granted without a prompt.
             "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs dist/site ${port} --mount /e2e-pages/=e2e/pages --mount /sdk-example/=build/sdk/wasm/word_tools`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
