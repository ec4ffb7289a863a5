// The npm package as its users get it: the tarball scripts/build packs (scripts/pack.mjs) is
// installed into an empty project and its app runs from node_modules; served from a second
// origin as a CDN serves it (CORS), one <script> tag runs an app on a page of the first origin;
// Subresource Integrity lets the right graft.js in and keeps a wrong one out; tsc reads the
// installed package's types through its `exports`.
// One server (port E2E_PORT+1) serves the project; the CDN is its 127.0.0.1 origin and the
// embedding pages its localhost origin — two origins. The pages are real files, not routed by
// Playwright: Chromium lets a page reach a loopback server only when the page itself came from
// one (Local Network Access), and a routed page has no address to show.
import { test, expect } from "@playwright/test";
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dist = path.resolve(process.env.GRAFT_DIST ?? "dist");
const cdnPort = Number(process.env.E2E_PORT ?? 8790) + 1; // the second origin
const cdnOrigin = `http://127.0.0.1:${cdnPort}`;
const pageOrigin = `http://localhost:${cdnPort}`;
let project; // the temp folder the tarball is installed into
let server;
let pkg; // the packed package.json
let cdnBase; // the package's folder on the second origin, as a CDN names it: /name@version/

const helloConfig = (extra = []) => JSON.stringify({
  title: "Hello",
  components: [
    { id: 1, type: "markdown", props: { value: "# Hello World!" } },
    { id: 2, type: "textbox", props: { placeholder: "What is your name?" } },
    { id: 3, type: "textbox", props: { label: "Greeting" } },
    ...extra,
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }, ...extra.map((c) => ({ id: c.id }))] },
  dependencies: [{ id: 0, targets: [[2, "change"]], inputs: [2], outputs: [3], api_name: "welcome", trigger_mode: "always_last" }],
});
const welcome = `(name) => "Welcome to Gradio, " + name + "!"`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const manifest = path.join(dist, "package/package.json");
  if (!existsSync(manifest)) throw new Error(`${manifest} is missing: scripts/build packs the package (node scripts/pack.mjs)`);
  pkg = JSON.parse(readFileSync(manifest, "utf8"));
  const tarball = path.join(dist, `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`);
  if (!existsSync(tarball)) throw new Error(`${tarball} is missing: node scripts/pack.mjs makes it`);

  project = mkdtempSync(path.join(tmpdir(), "graft-npm-"));
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "graft-user", version: "1.0.0", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: project, stdio: "pipe" });
  // The user's page: the package through an import map, as its README shows; functions in a module.
  const entry = `./node_modules/${pkg.name}/graft.js`;
  writeFileSync(path.join(project, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm user</title><link rel="icon" href="data:,">
    <script type="importmap">{ "imports": { "${pkg.name}": "${entry}" } }</script></head>
    <body><graft-app src="hello.json"></graft-app>
    <script type="module" src="${entry}"></script><script type="module" src="functions.js"></script></body></html>`);
  writeFileSync(path.join(project, "functions.js"), `import { register } from "${pkg.name}";\nregister("welcome", ${welcome});\n`);
  writeFileSync(path.join(project, "hello.json"), helloConfig());

  cdnBase = `${cdnOrigin}/${pkg.name}@${pkg.version}/`;
  server = spawn("node", ["scripts/serve.mjs", project, String(cdnPort), "--cors", "--mount", `/${pkg.name}@${pkg.version}/=${path.join(project, "node_modules", pkg.name)}`], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${cdnBase}graft.js`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the second origin did not start on port ${cdnPort}`);
});

test.afterAll(() => {
  server?.kill();
  if (project) rmSync(project, { recursive: true, force: true });
});

// Every request the page makes and every failure, to assert nothing went missing.
function watch(page) {
  const seen = { urls: [], failed: [], errors: [] };
  page.on("request", (r) => seen.urls.push(r.url()));
  page.on("requestfailed", (r) => seen.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && seen.failed.push(`${r.url()} HTTP ${r.status()}`));
  page.on("console", (m) => m.type() === "error" && seen.errors.push(m.text()));
  return seen;
}

// Opens a page of the embedding origin whose body is `body`.
async function embeddingPage(page, name, body) {
  writeFileSync(path.join(project, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed</title>
    <link rel="icon" href="data:,"></head><body>${body}</body></html>`);
  await page.goto(`${pageOrigin}/${name}`);
}

test("an app runs from the package installed with npm into an empty project", async ({ page }) => {
  const seen = watch(page);
  await page.goto(`${cdnOrigin}/index.html`);
  await page.getByPlaceholder("What is your name?").fill("Ada");
  await expect(page.getByLabel("Greeting")).toHaveValue("Welcome to Gradio, Ada!");
  expect(seen.failed).toEqual([]);
  expect(seen.errors).toEqual([]);
  const fromPackage = seen.urls.filter((u) => u.includes(`/node_modules/${pkg.name}/`)).map((u) => path.basename(new URL(u).pathname));
  expect(fromPackage).toEqual(expect.arrayContaining(["graft.js", "graft.css", "graft-runtime.js", "graft.wasm"]));
});

test("one script tag loads the package from another origin, as from a CDN, and runs an app", async ({ page }) => {
  const seen = watch(page);
  // An Image makes the page fetch the image module and its wasm cross-origin too.
  const image = { id: 4, type: "image", props: { label: "Picture", interactive: true } };
  await embeddingPage(page, "cdn.html", `
    <script type="module" src="${cdnBase}graft.js"></script>
    <graft-app><script type="application/json">${helloConfig([image])}</script></graft-app>
    <script type="module">import { register } from "${cdnBase}graft.js"; register("welcome", ${welcome});</script>`);
  await page.getByPlaceholder("What is your name?").fill("Grace");
  await expect(page.getByLabel("Greeting")).toHaveValue("Welcome to Gradio, Grace!");
  await expect(page.getByRole("heading", { name: "Hello World!" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(pageOrigin);
  const fetched = seen.urls.filter((u) => u.startsWith(cdnBase)).map((u) => u.slice(cdnBase.length));
  expect(fetched).toEqual(expect.arrayContaining(["graft.js", "graft.css", "graft-runtime.js", "graft.wasm", "graft-image.js", "graft-image.wasm"]));
  expect(fetched.some((f) => /^textbox-[A-Z0-9]{8}\.js$/.test(f))).toBe(true);
  expect(seen.failed).toEqual([]);
  expect(seen.errors).toEqual([]);
  // graft.css, added by graft.js from beside itself, styles the app.
  const accent = await page.locator(".graft-app").evaluate((el) => getComputedStyle(el).getPropertyValue("--color-accent").trim());
  expect(accent).not.toBe("");
});

test("with the release's integrity hash graft.js loads; with a wrong one the browser blocks it", async ({ page }) => {
  const integrity = `sha384-${createHash("sha384").update(readFileSync(path.join(project, "node_modules", pkg.name, "graft.js"))).digest("base64")}`;
  await embeddingPage(page, "sri-ok.html", `
    <script type="module" src="${cdnBase}graft.js" integrity="${integrity}" crossorigin="anonymous"></script>
    <graft-app><script type="application/json">${helloConfig()}</script></graft-app>
    <script type="module">import { register } from "${cdnBase}graft.js"; register("welcome", ${welcome});</script>`);
  await page.getByPlaceholder("What is your name?").fill("Ada");
  await expect(page.getByLabel("Greeting")).toHaveValue("Welcome to Gradio, Ada!");

  const wrong = `sha384-${createHash("sha384").update("not graft.js").digest("base64")}`;
  const blocked = page.waitForEvent("console", (m) => /integrity/i.test(m.text()) && m.text().includes("graft.js"));
  await embeddingPage(page, "sri-wrong.html", `
    <script type="module" src="${cdnBase}graft.js" integrity="${wrong}" crossorigin="anonymous"></script>
    <graft-app><script type="application/json">${helloConfig()}</script></graft-app>`);
  await blocked;
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => customElements.get("graft-app"))).toBeUndefined();
  await expect(page.getByPlaceholder("What is your name?")).toHaveCount(0);
});

test("tsc finds the installed package's types through its exports and checks a user's program", () => {
  writeFileSync(path.join(project, "app.ts"), `
    import { Blocks, register, type GraftAppElement } from "${pkg.name}";
    register("welcome", (name: string) => "Welcome, " + name);
    const app: GraftAppElement | null = document.querySelector("gradio-app");
    app?.addEventListener("graft:error", (e) => console.log(e.detail.error.message));
    const demo = new Blocks({ title: "Typed" });
    demo.textbox().change({ fn: (t: string) => t, trigger_mode: "always_last" });
    // @ts-expect-error not a listener parameter of Gradio's
    demo.button().click({ fn: () => 0, retries: 3 });
  `);
  writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], types: [] },
    files: ["app.ts"],
  }));
  try {
    execFileSync(path.resolve("node_modules/.bin/tsc"), ["-p", path.join(project, "tsconfig.json")], { encoding: "utf8", stdio: "pipe" });
  } catch (err) {
    throw new Error(`tsc found problems:\n${err.stdout}${err.stderr}`);
  }
  // Every path the package exports is a file it ships.
  const installed = path.join(project, "node_modules", pkg.name);
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)));
  for (const target of targets) expect(existsSync(path.join(installed, target)), target).toBe(true);
});
