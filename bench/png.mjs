// Browser benchmark for scripts/bench: what ImageEditor sends after each edit is three PNGs
// (background, composite, one layer). Chromium encodes a main-thread canvas's PNG only in the
// page's idle time; Graft encodes them in png-worker.js. Timed here side by side, each from
// "encode" to three Blobs, at 1080p, on an idle page and on a busy one (a requestAnimationFrame
// loop that works 14 ms of every frame, as a page drawing a stroke or an animation does).
// Prints medians and the ratio worker / in page (budget ≤ 1.0 on the busy page). Asserts nothing.
// Env: GRAFT_SITE (default dist/site; must hold graft/png-worker.js), BENCH_PORT, BENCH_SAMPLES.
import { withSiteAndBrowser } from "./support.mjs";
import { existsSync } from "node:fs";
import { join } from "node:path";

const site = process.env.GRAFT_SITE ?? "dist/site";
const port = Number(process.env.BENCH_PORT ?? 8794);
const samples = Number(process.env.BENCH_SAMPLES ?? 9);

const benchPage = `<!doctype html><meta charset="utf-8"><title>png bench</title><script type="module">
  const worker = new Worker("/graft/png-worker.js", { type: "module" });
  let next = 0;
  const waiting = new Map();
  worker.onmessage = ({ data }) => { waiting.get(data.id)(data); waiting.delete(data.id); };
  function canvases(w, h, seed) {
    return [0, 1, 2].map((k) => {
      const c = new OffscreenCanvas(w, h);
      const g = c.getContext("2d");
      const grad = g.createLinearGradient(0, 0, w, h);
      grad.addColorStop(0, "hsl(" + (seed * 37 + k * 90) % 360 + ", 70%, 50%)");
      grad.addColorStop(1, "hsl(" + (seed * 53 + k * 40) % 360 + ", 60%, 40%)");
      g.fillStyle = grad;
      g.fillRect(0, 0, w, h);
      g.fillStyle = "#fff";
      g.font = "48px sans-serif";
      for (let i = 0; i < 30; i++) g.fillText("stroke " + i, (i * 197 + seed) % w, (i * 89) % h);
      return c;
    });
  }
  const inPage = (cs) => Promise.all(cs.map((c) => c.convertToBlob({ type: "image/png" })));
  async function inWorker(cs) {
    const bitmaps = await Promise.all(cs.map((c) => createImageBitmap(c)));
    return new Promise((resolve) => { const id = ++next; waiting.set(id, (d) => resolve(d.blobs)); worker.postMessage({ id, bitmaps }, bitmaps); });
  }
  let busy = false;
  const loop = () => { if (!busy) return; const t = performance.now(); while (performance.now() - t < 14); requestAnimationFrame(loop); };
  window.__bench = async (w, h, n, isBusy) => {
    busy = isBusy;
    if (busy) requestAnimationFrame(loop);
    const out = { page: [], worker: [] };
    for (let i = 0; i < n + 2; i++) {
      for (const [name, f] of [["page", inPage], ["worker", inWorker]]) {
        const cs = canvases(w, h, i);
        const t0 = performance.now();
        const blobs = await f(cs);
        if (blobs.length !== 3 || blobs.some((b) => b.type !== "image/png")) throw new Error(name + ": not three PNGs");
        if (i >= 2) out[name].push(performance.now() - t0); // two warm-up rounds
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    busy = false;
    return out;
  };
  window.__ready = true;
</script>`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
if (!existsSync(join(site, "graft/png-worker.js"))) throw new Error(`${join(site, "graft/png-worker.js")} is missing (set GRAFT_SITE to a built site folder)`);

await withSiteAndBrowser(site, port, async (browser, base) => {
  const page = await browser.newPage();
  await page.route("**/png-bench.html", (r) => r.fulfill({ contentType: "text/html", body: benchPage }));
  await page.goto(`${base}/png-bench.html`);
  await page.waitForFunction(() => window.__ready === true);
  for (const isBusy of [false, true]) {
    const r = await page.evaluate(([n, b]) => window.__bench(1920, 1080, n, b), [samples, isBusy]);
    const [p, w] = [median(r.page), median(r.worker)];
    console.log(`ImageEditor's three 1080p PNGs, ${isBusy ? "busy page (rAF loop, 14 ms of each frame)" : "idle page"}, median of ${samples}:`);
    console.log(`  convertToBlob in the page:        ${p.toFixed(0)} ms`);
    console.log(`  png-worker.js (Graft):            ${w.toFixed(0)} ms`);
    console.log(`  ratio worker / page: ${(w / p).toFixed(2)}${isBusy ? "  (budget ≤ 1.0)" : ""}`);
  }
});
