// gr.BrowserState in the page: the value survives a reload through localStorage, encrypted
// under the component's `secret`; a value sealed with another secret reads as default_value.
import { test, expect } from "@playwright/test";
import { openPage } from "./support.js";

const app = (secret) => JSON.stringify({
  components: [
    { id: 1, type: "browserstate", props: { storage_key: "graft-count", secret, default_value: 0 } },
    { id: 2, type: "textbox", props: { label: "Count" } },
    { id: 3, type: "button", props: { value: "Add" } },
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
  dependencies: [
    { id: 0, targets: [[3, "click"]], inputs: [1], outputs: [1, 2], api_name: "add" },
    { id: 1, targets: [[0, "load"]], inputs: [1], outputs: [2], api_name: "show" },
  ],
});

const page_ = (secret) => `
  <graft-app><script type="application/json">${app(secret)}</script></graft-app>
  <script type="module">
    import { register } from "/graft/graft.js";
    register("add", (n) => [n + 1, "count " + (n + 1)]);
    register("show", (n) => "count " + n);
  </script>`;

test("a BrowserState value is stored encrypted and comes back after a reload", async ({ page }) => {
  await openPage(page, "/state.html", page_("s3cret"));
  await expect(page.getByLabel("Count")).toHaveValue("count 0");
  await page.getByRole("button", { name: "Add" }).click();
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByLabel("Count")).toHaveValue("count 2");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("graft-count"))).not.toBeNull();
  const stored = await page.evaluate(() => localStorage.getItem("graft-count"));
  expect(stored).toMatch(/^[A-Za-z0-9+/]{36,}=*$/); // base64 of IV (12) + ciphertext + tag (16), not the JSON "2"
  await page.reload();
  await expect(page.getByLabel("Count")).toHaveValue("count 2");

  // The same storage read with another secret: not decryptable, so default_value.
  await openPage(page, "/state-other.html", page_("another"));
  await expect(page.getByLabel("Count")).toHaveValue("count 0");
});

test("an encrypted BrowserState value over 150 KB is stored and read back", async ({ page }) => {
  const big = { id: 1, type: "browserstate", props: { storage_key: "graft-big", secret: "s3cret", default_value: "" } };
  const config = JSON.stringify({
    title: "Big",
    components: [big, { id: 2, type: "button", props: { value: "Fill" } }, { id: 3, type: "textbox", props: { label: "Length" } }],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    dependencies: [
      { id: 0, targets: [[2, "click"]], inputs: [], outputs: [1], api_name: "fill" },
      { id: 1, targets: [[0, "load"]], inputs: [1], outputs: [3], api_name: "measure" },
    ],
  });
  await openPage(page, "/big-state.html", `<graft-app><script type="application/json">${config}</script></graft-app>
    <script type="module">
      import { register } from "/graft/graft.js";
      register("fill", () => "x".repeat(200000));
      register("measure", (v) => String(v.length));
    </script>`);
  await expect(page.getByLabel("Length")).toHaveValue("0");
  await page.getByRole("button", { name: "Fill" }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("graft-big")?.length ?? 0)).toBeGreaterThan(200000);
  await page.reload();
  await expect(page.getByLabel("Length")).toHaveValue("200000");
});
