// Shared by the browser benches: serve a built site on loopback and drive the system's Chromium
// (found by scripts/chromium.mjs) with the flags this closed network needs; both are shut down
// however the bench ends.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { findChromium } from "../scripts/chromium.mjs";

export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export async function withSiteAndBrowser(site, port, run) {
  const executablePath = findChromium();  // before the server starts: a missing browser fails at once
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", ["scripts/serve.mjs", site, String(port)], { stdio: "ignore" });
  let browser;
  try {
    for (let i = 0; i < 50; i++) {
      try { await fetch(base + "/"); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
    return await run(browser, base);
  } finally {
    await browser?.close();
    server.kill();
  }
}
