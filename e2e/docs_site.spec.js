// The docs site (scripts/site-docs.mjs): the component gallery's live examples, the playground,
// every link and anchor of the built site, nothing fetched from elsewhere, and axe on every
// docs page, light and dark.
import { test, expect } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseHTML } from "linkedom";
import { drawn } from "../js-shim/components/registry.js";

// Scrolls every gallery example into view (they load lazily) and waits until each is drawn.
async function drawAllExamples(page) {
  const apps = page.locator("graft-app[data-example]");
  for (const app of await apps.all()) await app.scrollIntoViewIfNeeded();
  for (const app of await apps.all()) await expect(app, `example ${await app.getAttribute("data-example")}`).toHaveAttribute("data-ready", "", { timeout: 15000 });
}

test("the gallery draws every example with no placeholder, no console error and nothing remote", async ({ page, baseURL }) => {
  test.setTimeout(60000);
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => !r.url().startsWith(baseURL) && !/^(blob|data):/.test(r.url()) && problems.push(`remote: ${r.url()}`));
  await page.goto("/gallery/");
  await drawAllExamples(page);
  await expect(page.locator(".graft-load-error")).toHaveCount(0);
  await expect(page.getByText("not displayed yet")).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("every drawn type has a section and a live example in the gallery", async ({ page }) => {
  await page.goto("/gallery/");
  const sections = await page.locator("section.component").evaluateAll((s) => s.map((e) => e.id));
  expect(sections.sort()).toEqual(Object.keys(drawn).sort());
  const missing = await page.locator("section.component:not(:has(graft-app))").evaluateAll((s) => s.map((e) => e.id));
  expect(missing, `types with no example in site/gallery/examples.js: ${missing.join(", ")}`).toEqual([]);
});

test("gallery examples respond: their events reach the event log with what a function receives", async ({ page }) => {
  await page.goto("/gallery/");
  const section = (type) => page.locator(`section#${type}`);
  const log = (type) => section(type).getByLabel("Event log");

  await section("textbox").scrollIntoViewIfNeeded();
  await section("textbox").getByLabel("Name").fill("Ada");
  await expect(log("textbox")).toHaveValue(/change — receives "Ada"/);
  await section("textbox").getByLabel("Name").press("Enter");
  await expect(log("textbox")).toHaveValue(/^submit/);

  await section("button").scrollIntoViewIfNeeded();
  await section("button").getByRole("button", { name: "Run" }).click();
  await expect(log("button")).toHaveValue(/click — receives "Run"/);

  await section("checkbox").scrollIntoViewIfNeeded();
  await section("checkbox").getByLabel("Subscribe").click();
  await expect(log("checkbox")).toHaveValue(/change — receives false/);

  await section("radio").scrollIntoViewIfNeeded();
  await section("radio").getByLabel("large").check();
  await expect(log("radio")).toHaveValue(/receives "large"/);

  await section("accordion").scrollIntoViewIfNeeded();
  await section("accordion").getByRole("button", { name: "Settings" }).click();
  await expect(log("accordion")).toHaveValue(/^expand/);
  await expect(section("accordion").getByLabel("Inside the accordion")).toBeVisible();

  await section("tabs").scrollIntoViewIfNeeded();
  await section("tabs").getByRole("tab", { name: "Numbers" }).click();
  await expect(log("tabs")).toHaveValue(/select .*"Numbers"/);
});

test("the playground runs a pasted config and its functions, and names a broken config's JSON paths", async ({ page }) => {
  await page.goto("/playground/");
  const config = {
    title: "Pasted",
    components: [
      { id: 1, type: "textbox", props: { label: "Name" } },
      { id: 2, type: "textbox", props: { label: "Greeting" } },
      { id: 3, type: "button", props: { value: "Greet" } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    dependencies: [{ id: 0, targets: [[3, "click"]], inputs: [1], outputs: [2], api_name: "greet" }],
  };
  const result = page.getByRole("region", { name: "Result" });
  await page.getByLabel("Config (JSON)").fill(JSON.stringify(config, null, 2));
  await page.getByLabel("Functions (a JavaScript module)").fill('import { register } from "@graft-app/graft";\nregister("greet", (name) => `Hi ${name}, from the playground`);');
  await page.getByRole("button", { name: "Run" }).click();
  await result.getByLabel("Name").fill("Ada");
  await result.getByRole("button", { name: "Greet" }).click();
  await expect(result.getByLabel("Greeting")).toHaveValue("Hi Ada, from the playground");

  // Edited and run again: the new config, and only the new functions.
  config.components[2].props.value = "Shout";
  await page.getByLabel("Config (JSON)").fill(JSON.stringify(config));
  await page.getByLabel("Functions (a JavaScript module)").fill("export const greet = (name) => name.toUpperCase();");
  await page.keyboard.press("Control+Enter");
  await result.getByLabel("Name").fill("ada");
  await result.getByRole("button", { name: "Shout" }).click();
  await expect(result.getByLabel("Greeting")).toHaveValue("ADA");

  // A broken config: every problem with its JSON path.
  config.components[1].type = "hologram";
  config.dependencies[0].targets = [[3, "hover"]];
  await page.getByLabel("Config (JSON)").fill(JSON.stringify(config));
  await page.getByRole("button", { name: "Run" }).click();
  const alert = result.getByRole("alert");
  await expect(alert).toContainText("This app could not be loaded");
  await expect(alert).toContainText('$.components[1].type: unknown component type "hologram"');
  await expect(alert).toContainText("$.dependencies[0].targets[0]");

  // A functions module that does not parse is reported, and no stale app is left.
  await page.getByLabel("Functions (a JavaScript module)").fill("export function greet( {");
  await page.getByRole("button", { name: "Run" }).click();
  await expect(alert).toContainText("The functions module did not run");
  await expect(alert).toContainText("SyntaxError");
  await expect(result.locator("graft-app")).toHaveCount(0);
});

// Crawls the built site from its home page: every page reached by a link, every link and
// #anchor checked, and no script, stylesheet, image, frame or font from another origin.
test("every link and anchor of the built site resolves, and nothing is fetched from elsewhere", async ({ request, baseURL }) => {
  test.setTimeout(60000);
  const cache = new Map(); // path -> { status, type, ids, doc }
  const pageOf = (url) => url.pathname.replace(/\/index\.html$/, "/"); // one page, two names
  const fetchPage = async (path) => {
    if (!cache.has(path)) {
      const response = await request.get(path, { maxRedirects: 5 });
      const type = response.headers()["content-type"] ?? "";
      const entry = { status: response.status(), type };
      if (type.startsWith("text/html") && response.ok()) {
        entry.doc = parseHTML(await response.text()).document;
        entry.ids = new Set([...entry.doc.querySelectorAll("[id], a[name]")].map((e) => e.id || e.getAttribute("name")));
      } else if (type.startsWith("text/css")) entry.css = await response.text();
      cache.set(path, entry);
    }
    return cache.get(path);
  };
  const broken = [];
  const remote = [];
  const queue = ["/"];
  const crawled = new Set();
  while (queue.length) {
    const path = queue.shift();
    if (crawled.has(path)) continue;
    crawled.add(path);
    const { doc } = await fetchPage(path);
    const base = new URL(path, baseURL);
    for (const el of doc.querySelectorAll("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]")) {
      const url = new URL(el.getAttribute("src") ?? el.getAttribute("href"), base);
      if (url.origin !== base.origin && !/^(data|blob):/.test(url.protocol)) remote.push(`${path}: <${el.tagName.toLowerCase()}> ${url.href}`);
      else if (el.tagName === "LINK" && el.getAttribute("rel") === "stylesheet") {
        const { css, status } = await fetchPage(url.pathname);
        if (status !== 200) broken.push(`${path}: stylesheet ${url.pathname} (HTTP ${status})`);
        if (/@import|url\(\s*["']?(https?:)?\/\//.test(css ?? "")) remote.push(`${path}: ${url.pathname} imports from elsewhere`);
      } else if (el.tagName === "IFRAME") {
        queue.push(pageOf(url));
      }
    }
    for (const a of doc.querySelectorAll("a[href]")) {
      const href = a.getAttribute("href");
      const url = new URL(href, base);
      if (url.origin !== base.origin) continue; // links out of the site (GitHub, Gradio) are not fetched
      const target = await fetchPage(url.pathname);
      if (target.status !== 200) {
        broken.push(`${path}: ${href} (HTTP ${target.status})`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && target.ids && !target.ids.has(id)) broken.push(`${path}: ${href} (no #${id} in ${url.pathname})`);
      if (target.doc && !crawled.has(pageOf(url))) queue.push(pageOf(url));
    }
  }
  expect(broken).toEqual([]);
  expect(remote).toEqual([]);
  // The crawl reached the docs site's pages and every demo.
  for (const page of ["/start/", "/gallery/", "/playground/", "/docs/", "/docs/embedding.html", "/demos/kitchen_sink/"]) expect(crawled).toContain(page);
});

// axe-core run in the page itself: AxeBuilder opens a page per run to merge frames' results,
// which tripled this spec's time; the docs pages have no frames.
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
async function axe(page, where, bad) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  // Upload areas keep Gradio's aria-label, a documented exception (e2e/a11y.spec.js).
  const violations = await page.evaluate(() => axe.run({ exclude: [[".upload-area"]] }, { resultTypes: ["violations"] }).then((r) => r.violations));
  for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical"))
    bad.push(`${where}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

// Each page is checked light, then dark (the pages and apps follow the scheme live).
async function axeLightAndDark(page, paths) {
  const bad = [];
  for (const path of paths) {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    if (path === "/gallery/") await drawAllExamples(page);
    else await expect(page.locator("graft-app:not([data-ready])")).toHaveCount(0, { timeout: 15000 });
    await axe(page, `${path} (light)`, bad);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator(".graft-app:not(.dark)")).toHaveCount(0);
    await page.waitForTimeout(300); // colour transitions (a Button's background) settle
    await axe(page, `${path} (dark)`, bad);
  }
  expect(bad).toEqual([]);
}

test("axe finds no serious or critical violation on the pages with apps, light and dark", async ({ page }) => {
  test.setTimeout(120000); // the gallery draws ~50 apps, four of them Vega charts, twice
  await axeLightAndDark(page, ["/", "/start/", "/gallery/", "/playground/"]);
});

test("axe finds no serious or critical violation on the reference pages, light and dark", async ({ page }) => {
  test.setTimeout(60000);
  await axeLightAndDark(page, readdirSync("dist/site/docs").filter((f) => f.endsWith(".html")).map((f) => `/docs/${f}`));
});
