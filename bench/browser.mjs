// Browser benchmarks for scripts/bench: cold load to interactive (against a floor page that
// only fetches and instantiates a wasm file of the same size), transfer size of what the hello
// app loads, and keystroke → output latency. Prints figures; asserts nothing.
import { withSiteAndBrowser } from "./support.mjs";
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";

const site = "dist/site";
const port = Number(process.env.BENCH_PORT ?? 8792);
const base = `http://127.0.0.1:${port}`;
const samples = Number(process.env.BENCH_SAMPLES ?? 7);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${x.toFixed(2)} ms`;
const verdict = (ok) => (ok ? "ok" : "OVER");
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

// The floor: fetch + compile + instantiate the same wasm with stub imports, nothing else.
const floorPage = `<!doctype html><meta charset="utf-8"><title>floor</title><script type="module">
  const mod = await WebAssembly.compileStreaming(fetch("/demos/blocks_hello/app.wasm"));
  const imports = {};
  for (const { module, name, kind } of WebAssembly.Module.imports(mod)) {
    imports[module] ??= {};
    imports[module][name] = kind === "function" ? () => 0
      : kind === "memory" ? new WebAssembly.Memory({ initial: 256 })
      : kind === "table" ? new WebAssembly.Table({ initial: 64, element: "anyfunc" })
      : new WebAssembly.Global({ value: "i32", mutable: true }, 0);
  }
  await WebAssembly.instantiate(mod, imports);
  window.__ready = performance.now();
</script>`;

async function coldLoad(browser, url, floor) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (floor) await page.route("**/floor.html", (r) => r.fulfill({ contentType: "text/html", body: floorPage }));
  // The first app ready (a page of several, such as the gallery, reports each).
  else await page.addInitScript(() => document.addEventListener("graft:ready", () => (window.__ready ??= performance.now())));
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined);
  const t = await page.evaluate(() => window.__ready);
  const resources = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
  await context.close();
  return { t, resources };
}

function transfer(paths) {
  let raw = 0, gz = 0, br = 0;
  for (const p of new Set(paths)) {
    const bytes = readFileSync(join(site, p));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gz, br };
}

async function keystrokes(browser, path, n) {
  const page = await browser.newPage();
  await page.addInitScript(() => document.addEventListener("graft:ready", () => (window.__ready = true)));
  await page.goto(base + path);
  await page.waitForFunction(() => window.__ready);
  const times = await page.evaluate(async (n) => {
    const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const [inp, out] = document.querySelectorAll("graft-app input, graft-app textarea");
    const out_times = [];
    for (let i = 0; i < n; i++) {
      const name = `Ada${i}`;
      const want = `Welcome to Gradio, ${name}!`;
      const t0 = performance.now();
      inp.value = name;
      inp.dispatchEvent(new Event("input", { bubbles: true }));
      // A C++ function answers from its worker (a message, i.e. a task): yield to tasks.
      while (out.value !== want) await nextTask();
      out_times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 0));
    }
    return out_times;
  }, n);
  await page.close();
  return times;
}

// cpp_worker: keystrokes into the echo box (its C++ listener) while "Compute" runs a 2 s C++
// call in another worker: keystroke → the echo shown, per keystroke.
async function typingDuringCompute(browser, n) {
  const page = await browser.newPage();
  await page.addInitScript(() => document.addEventListener("graft:ready", () => (window.__ready = true)));
  await page.goto(`${base}/demos/cpp_worker/`);
  await page.waitForFunction(() => window.__ready);
  await page.getByLabel("Seconds").fill("2");
  await page.getByRole("button", { name: "Compute" }).click();
  const times = await page.evaluate(async (n) => {
    const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const field = (label) => [...document.querySelectorAll("graft-app label")].find((l) => l.textContent.trim().startsWith(label))?.querySelector("input, textarea");
    const inp = field("Type here"), out = field("Echo"), result = field("Result");
    const t = [];
    for (let i = 0; i < n && !result.value; i++) {
      const want = `key${i}`.toUpperCase();
      const t0 = performance.now();
      inp.value = `key${i}`;
      inp.dispatchEvent(new Event("input", { bubbles: true }));
      while (out.value !== want) await nextTask();
      t.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { t, overlapped: !result.value };
  }, n);
  await page.close();
  return times;
}

// cpp_worker's generator: from a yield in C++ (the worker stamps it) to the page's DOM holding
// the yielded text, measured as the page's handler for the worker's message returns.
async function yieldToDom(browser) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    document.addEventListener("graft:ready", () => (window.__ready = true));
    window.__yields = [];
    const Base = window.Worker;
    window.Worker = class extends Base {
      set onmessage(handler) {
        super.onmessage = async (e) => {
          handler(e);
          if (e.data?.yield === undefined || e.data.at === undefined) return;
          const reply = [...document.querySelectorAll("graft-app label")].find((l) => l.textContent.trim().startsWith("Reply"))?.querySelector("textarea, input");
          const text = JSON.parse(e.data.yield);
          // The view applies patches in a microtask after the handler: follow a few of them.
          for (let hop = 0; hop < 20 && reply && reply.value !== text; hop++) await Promise.resolve();
          if (reply && reply.value === text) window.__yields.push(performance.timeOrigin + performance.now() - e.data.at);
        };
      }
    };
  });
  await page.goto(`${base}/demos/cpp_worker/`);
  await page.waitForFunction(() => window.__ready);
  const samples = [];
  for (let round = 0; round < 3; round++) {
    await page.getByRole("button", { name: "Send", exact: true }).click();
    // The default prompt's reply is 9 words, a quarter of a second each.
    await page.waitForFunction((want) => window.__yields.length >= want, 9 * (round + 1), { timeout: 30000 });
    await page.waitForTimeout(300); // the generator's end
  }
  samples.push(...(await page.evaluate(() => window.__yields)));
  await page.close();
  return samples;
}

await withSiteAndBrowser(site, port, async (browser) => {
  // Warm the server and the browser's process pool once, then alternate app and floor.
  await coldLoad(browser, `${base}/demos/blocks_hello/`, false);
  const app = [], floor = [];
  let resources = [];
  for (let i = 0; i < samples; i++) {
    const a = await coldLoad(browser, `${base}/demos/blocks_hello/`, false);
    app.push(a.t);
    resources = a.resources;
    floor.push((await coldLoad(browser, `${base}/floor.html`, true)).t);
  }
  const ratio = median(app) / median(floor);
  console.log(`cold load → interactive, blocks_hello (median of ${samples} fresh contexts): ${ms(median(app))}`);
  console.log(`  floor page (fetch + instantiate the same wasm):                 ${ms(median(floor))}`);
  console.log(`  ratio: ${ratio.toFixed(2)}  (budget ≤ 1.15) ${verdict(ratio <= 1.15)}; absolute ${verdict(median(app) <= 100)} (DESIGN ≤ 100 ms)`);

  // The kitchen sink (one of every drawn component, each its own chunk) against blocks_hello.
  const sink = [], hello2 = [];
  for (let i = 0; i < samples; i++) {
    sink.push((await coldLoad(browser, `${base}/demos/kitchen_sink/`, false)).t);
    hello2.push((await coldLoad(browser, `${base}/demos/blocks_hello/`, false)).t);
  }
  const sinkRatio = median(sink) / median(hello2);
  console.log(`cold load → interactive, kitchen_sink: ${ms(median(sink))}; blocks_hello in the same run ${ms(median(hello2))}; ratio ${sinkRatio.toFixed(2)}  (budget ≤ 2) ${verdict(sinkRatio <= 2)}`);

  // The docs site: the getting-started page (three live apps; the home page has none) against
  // blocks_hello in the same run, and the component gallery (~50 apps, each drawn as it
  // scrolls into view): the time its first app is interactive.
  const firstReady = async (path) => (await coldLoad(browser, `${base}${path}`, false)).t;
  const start = [], gallery = [], hello3 = [];
  for (let i = 0; i < Math.min(samples, 5); i++) {
    start.push(await firstReady("/start/"));
    gallery.push(await firstReady("/gallery/"));
    hello3.push(await firstReady("/demos/blocks_hello/"));
  }
  const startRatio = median(start) / median(hello3);
  console.log(`docs: /start/ first app interactive ${ms(median(start))}; blocks_hello in the same run ${ms(median(hello3))}; ratio ${startRatio.toFixed(2)}  (budget ≤ 2) ${verdict(startRatio <= 2)}`);
  console.log(`docs: /gallery/ first example interactive (median of ${gallery.length}): ${ms(median(gallery))}  (budget ≤ 1000 ms) ${verdict(median(gallery) <= 1000)}`);

  const hello = transfer(["/demos/blocks_hello/index.html", ...resources.filter((p) => !p.endsWith("/"))]);
  console.log(`transfer for blocks_hello (${new Set(resources).size} files + page): raw ${kb(hello.raw)}, gzip ${kb(hello.gz)}, brotli ${kb(hello.br)}  (budget ≤ 150 KB gzip) ${verdict(hello.gz <= 150 * 1024)}`);
  console.log(`  files: ${[...new Set(resources)].map((p) => p.split("/").pop()).join(", ")}`);
  // Every chunk of the runtime (components are named after their folder), gzip.
  const chunks = readdirSync(join(site, "graft")).filter((f) => f.endsWith(".js") && f !== "graft.js").sort();
  console.log("chunks of dist/graft (gzip): " + chunks.map((f) => `${f.replace(/-[A-Z0-9]{8}\.js$/, "")} ${kb(gzipSync(readFileSync(join(site, "graft", f)), { level: 9 }).length)}`).join(", "));
  const list = (dir) => readdirSync(join(site, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? list(join(dir, e.name)) : [join(dir, e.name)]));
  const runtimeFiles = list("graft");
  const rt = transfer(runtimeFiles);
  console.log(`dist/graft/ (${runtimeFiles.length} files): raw ${kb(rt.raw)}, gzip ${kb(rt.gz)}, brotli ${kb(rt.br)}`);

  for (const [label, path] of [["C++ function (blocks_hello)", "/demos/blocks_hello/"], ["JS function (hello_config)", "/demos/hello_config/"]]) {
    const t = await keystrokes(browser, path, 200);
    console.log(`keystroke → output updated, ${label}, 200 keystrokes: p50 ${ms(pct(t, 0.5))}, p95 ${ms(pct(t, 0.95))}  (budget p50 ≤ 2 ms) ${verdict(pct(t, 0.5) <= 2)}`);
  }
  const during = await typingDuringCompute(browser, 60);
  console.log(`keystroke → C++ echo shown while a 2 s C++ call runs (cpp_worker, ${during.t.length} keystrokes${during.overlapped ? "" : ", the call ended first"}): p50 ${ms(pct(during.t, 0.5))}, p95 ${ms(pct(during.t, 0.95))}  (budget p95 ≤ 16 ms) ${verdict(during.t.length > 0 && pct(during.t, 0.95) <= 16)}`);
  const y = await yieldToDom(browser);
  console.log(`C++ yield (in its worker) → DOM shows it (cpp_worker, ${y.length} yields): p50 ${ms(pct(y, 0.5))}, p95 ${ms(pct(y, 0.95))}  (budget p50 ≤ 5 ms) ${verdict(y.length > 0 && pct(y, 0.5) <= 5)}`);
});
