// Every demo runs under a strict Content-Security-Policy: scripts only from the site itself
// plus WebAssembly compilation ('wasm-unsafe-eval'), no 'unsafe-eval', no inline scripts.
// docs/embedding.md names the policy Graft needs.
import { test, expect } from "@playwright/test";
import { readdirSync, existsSync } from "node:fs";

const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self' blob: data:",
].join("; ");

const demos = readdirSync("site/demos", { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`site/demos/${d.name}/index.html`))
  .map((d) => d.name);

for (const demo of demos) {
  test(`${demo} runs under script-src 'self' 'wasm-unsafe-eval'`, async ({ page }) => {
    await page.route(`**/demos/${demo}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": POLICY } });
    });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`/demos/${demo}/`);
    await expect(page.locator("[data-ready]")).toHaveCount(1, { timeout: 15000 });
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
  });
}
