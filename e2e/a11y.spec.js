// Accessibility with axe-core on every demo page and the site's index, light and dark: no
// serious or critical violations (contrast included: Graft darkens Gradio's colours where they
// miss WCAG AA, see docs/embedding.md).
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, existsSync } from "node:fs";

const pages = ["/", ...readdirSync("site/demos", { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`site/demos/${d.name}/index.html`))
  .map((d) => `/demos/${d.name}/`)];

for (const scheme of ["light", "dark"]) {
  for (const path of pages) {
    test(`${path} has no serious or critical axe violations (${scheme})`, async ({ page }) => {
      test.setTimeout(90000); // axe runs once per tab on a loaded 2-core machine
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path !== "/") await expect(page.locator("[data-ready]")).toHaveCount(1, { timeout: 15000 });
      await page.waitForTimeout(300); // lazily rendered Markdown
      const bad = [];
      const check = async (where) => {
        // One documented exception (docs/embedding.md): Gradio's upload areas keep Gradio's
        // aria-label (found by getByLabel in Gradio's own specs), which words the action
        // differently from the text they show (WCAG 2.5.3 label-in-name).
        const { violations } = await new AxeBuilder({ page }).exclude(".upload-area").analyze();
        for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical"))
          bad.push(`${where}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      };
      await check("first view");
      // Every tab's content too (Tabs mount a tab's children when it is first shown).
      for (const tab of await page.getByRole("tab").all()) {
        await tab.click();
        await page.waitForTimeout(200);
        await check(`tab ${await tab.textContent()}`);
      }
      expect(bad).toEqual([]);
    });
  }
}
