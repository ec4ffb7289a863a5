// An XSS corpus through every place the page shows text from a config, a function or a toast:
// nothing executes (no dialog, no global set), nothing fetches a planted URL, and no value
// styles the page around the app. gr.HTML renders the app's markup on purpose: it stays
// confined to its component (a shadow root; scripts and handlers removed).
import { test, expect } from "@playwright/test";
import { openPage } from "./support.js";

const PLANTED = "http://127.0.0.1:9";
const payloads = [
  `<img src=x onerror="window.__xss='img'">`,
  `<script>window.__xss='script'</script>`,
  `<svg onload="window.__xss='svg'"><script>window.__xss='svg-script'</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss='mxss'"></style></mglyph></table></mtext></math>`,
  `<a href="javascript:window.__xss='href'">link</a> [md](javascript:window.__xss='md')`,
  `<iframe src="javascript:window.__xss='iframe'"></iframe>`,
  `<style>body { display: none !important } @import url(${PLANTED}/planted.css);</style>`,
  `<link rel="stylesheet" href="${PLANTED}/planted-link.css">`,
  `<div style="position:fixed;inset:0;background:red" onclick="window.__xss='div'">cover</div>`,
  `<form action="${PLANTED}/steal"><button>send</button></form>`,
];
const all = payloads.join(" ");

function app() {
  const components = [
    { id: 1, type: "markdown", props: { value: all } },
    { id: 2, type: "textbox", props: { label: all, info: all, placeholder: all, value: all } },
    { id: 3, type: "button", props: { value: `Go ${payloads[0]}` } },
    { id: 4, type: "markdown", props: {} },
    { id: 5, type: "json", props: { label: "JSON" } },
    { id: 6, type: "label", props: { label: "Label" } },
    { id: 7, type: "highlightedtext", props: { label: "Highlighted" } },
    { id: 8, type: "dropdown", props: { label: "Choices", choices: payloads.map((p) => [p, p]) } },
    { id: 9, type: "radio", props: { label: all, choices: payloads.slice(0, 3).map((p) => [p, p]) } },
    { id: 10, type: "checkbox", props: { label: all, info: all } },
    { id: 11, type: "button", props: { value: "Fail" } },
    { id: 12, type: "html", props: { value: all } },
  ];
  return JSON.stringify({
    title: "XSS",
    components,
    layout: { id: 0, children: components.map((c) => ({ id: c.id })) },
    dependencies: [
      { id: 0, targets: [[3, "click"]], inputs: [], outputs: [4, 5, 6, 7], api_name: "echo" },
      { id: 1, targets: [[11, "click"]], inputs: [], outputs: [4], api_name: "fail" },
    ],
  });
}

test("no payload runs, fetches a planted URL or restyles the page", async ({ page }) => {
  const dialogs = [];
  const planted = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  page.on("request", (r) => r.url().startsWith(PLANTED) && planted.push(r.url()));
  await openPage(page, "/xss.html", `
    <p id="host">The host page's own text.</p>
    <graft-app><script type="application/json">${app().replace(/</g, "\\u003c")}</script></graft-app>
    <script type="module">
      import { register, Info } from "/graft/graft.js";
      const all = ${JSON.stringify(all).replace(/</g, "\\u003c")};
      register("echo", () => {
        Info(all);
        return [all, { payload: all, "<img src=x onerror=window.__xss='key'>": 1 },
          { [all]: 0.9, other: 0.1 }, [[all, "label"], [" plain ", null]]];
      });
      register("fail", () => { throw new Error(all); });
    </script>`);
  await expect(page.locator("graft-app")).toHaveAttribute("data-ready", "");
  await page.getByRole("button", { name: /^Go/ }).click();
  await expect(page.getByTestId("toast-body").first()).toBeVisible();
  await page.getByRole("button", { name: "Fail" }).click();
  await expect(page.locator("[data-testid=toast-body].error")).toBeVisible();
  await page.getByRole("combobox", { name: "Choices" }).click();
  await page.getByRole("option").first().click();
  await page.waitForTimeout(500); // let images error, styles apply, frames load

  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(planted).toEqual([]);
  await expect(page.locator("#host")).toBeVisible();
  await expect(page.locator("body")).toHaveCSS("display", "block");
  // Text stays text: the payload is visible as characters in labels and toasts.
  await expect(page.getByTestId("toast-text").first()).toContainText("<img src=x onerror=");
  // No value created a <style>, <link>, <script>, <iframe> or <form> in the page's DOM (gr.HTML's
  // shadow root, where its own markup is confined, is not the page's DOM).
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll("graft-app style, graft-app link, graft-app script:not([type='application/json']), graft-app iframe, graft-app form")].map((e) => e.outerHTML.slice(0, 80)));
  expect(injected).toEqual([]);
  // gr.HTML's markup is confined: its content sits in a shadow root, where the cover div
  // cannot cover the page (the host text still receives clicks).
  await page.locator("#host").click();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});
