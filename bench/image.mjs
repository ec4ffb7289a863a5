// Browser benchmark for scripts/bench: a photo-like JPEG (EXIF orientation 6) decoded, rotated
// and converted to RGB by Graft's wasm runtime (imagePreprocess, pixels copied out to JS),
// against the browser's own path, createImageBitmap + drawImage + getImageData, on the same
// bytes at 1080p and 12 MP. Prints medians and the ratio (budget ≤ 1.0). Asserts nothing.
// Env: GRAFT_SITE (default dist/site; must hold graft/graft-image.js + graft/graft-image.wasm),
// BENCH_PORT, BENCH_SAMPLES. The JPEGs are made with /usr/bin/python3 + Pillow into build/.
import { withSiteAndBrowser } from "./support.mjs";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const site = process.env.GRAFT_SITE ?? "dist/site";
const port = Number(process.env.BENCH_PORT ?? 8793);
const base = `http://127.0.0.1:${port}`;
const samples = Number(process.env.BENCH_SAMPLES ?? 7);
const imageDir = "build/bench-images";
const sizes = [["1080p", 1920, 1080], ["12 MP", 4000, 3000]];

// Smooth gradients plus mild noise compress like a photo; orientation 6 makes both sides rotate.
function makeJpegs() {
  mkdirSync(imageDir, { recursive: true });
  const script = `
import sys, numpy as np
from PIL import Image
for name, w, h in [(a, int(b), int(c)) for a, b, c in zip(*[iter(sys.argv[1:])] * 3)]:
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    rng = np.random.default_rng(7)
    rgb = np.stack([128 + 100 * np.sin(x / 97) * np.cos(y / 131), 128 + 90 * np.cos((x + y) / 211),
                    128 + 80 * np.sin(x / 53 + y / 71)], axis=-1) + rng.normal(0, 6, (h, w, 3))
    im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))
    exif = Image.Exif(); exif[0x0112] = 6
    im.save(name, "JPEG", quality=90, exif=exif.tobytes())
`;
  const args = sizes.flatMap(([label, w, h]) => [join(imageDir, `${w}x${h}.jpg`), String(w), String(h)]);
  execFileSync("/usr/bin/python3", ["-c", script, ...args], { stdio: "inherit" });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const benchPage = `<!doctype html><meta charset="utf-8"><title>image bench</title><script type="module">
  const { default: createGraftModule } = await import("/graft/graft-image.js");
  const Module = await createGraftModule({ locateFile: (p) => new URL(p, location.origin + "/graft/").href });
  async function graft(bytes) {
    const t0 = performance.now();
    const r = Module.imagePreprocess(bytes, "RGB", "photo.jpg", true, -1, 0);
    return [performance.now() - t0, r.width, r.height, r.pixels.length];
  }
  async function browser(bytes) {
    const t0 = performance.now();
    const bmp = await createImageBitmap(new Blob([bytes], { type: "image/jpeg" }));
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    ctx.drawImage(bmp, 0, 0);
    const data = ctx.getImageData(0, 0, bmp.width, bmp.height);
    bmp.close();
    return [performance.now() - t0, data.width, data.height, data.data.length];
  }
  window.__bench = async (url, n) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const out = { graft: [], browser: [] };
    // Warm both paths: wasm functions start in V8's baseline tier and are recompiled by the
    // optimizing tier after a few calls; the figures are steady-state, as for a user's 2nd image.
    for (let i = 0; i < 3; i++) { await graft(bytes); await browser(bytes); }
    for (let i = 0; i < n; i++) {
      const g = await graft(bytes), b = await browser(bytes);
      out.graft.push(g[0]); out.browser.push(b[0]);
      out.shape = { graft: g.slice(1), browser: b.slice(1) };
    }
    out.heap = Module.HEAP8.buffer.byteLength;
    return out;
  };
  window.__ready = true;
</script>`;

for (const f of ["graft/graft-image.js", "graft/graft-image.wasm"])
  if (!existsSync(join(site, f))) throw new Error(`${join(site, f)} is missing (set GRAFT_SITE to a built site folder)`);
if (!sizes.every(([, w, h]) => existsSync(join(imageDir, `${w}x${h}.jpg`)))) makeJpegs();

await withSiteAndBrowser(site, port, async (browser) => {
  const page = await browser.newPage();
  await page.route("**/image-bench.html", (r) => r.fulfill({ contentType: "text/html", body: benchPage }));
  await page.route("**/bench-images/*", (r) =>
    r.fulfill({ contentType: "image/jpeg", body: readFileSync(join(imageDir, new URL(r.request().url()).pathname.split("/").pop())) }));
  await page.goto(`${base}/image-bench.html`);
  await page.waitForFunction(() => window.__ready === true);
  for (const [label, w, h] of sizes) {
    const r = await page.evaluate(([url, n]) => window.__bench(url, n), [`/bench-images/${w}x${h}.jpg`, samples]);
    const [g, b] = [median(r.graft), median(r.browser)];
    console.log(`JPEG ${label} (${w}×${h}, EXIF 6) decode + orient + RGB pixels, median of ${samples}:`);
    console.log(`  graft wasm imagePreprocess:                     ${g.toFixed(1)} ms  → ${r.shape.graft.slice(0, 2).join("×")}`);
    console.log(`  createImageBitmap + drawImage + getImageData:    ${b.toFixed(1)} ms  → ${r.shape.browser.slice(0, 2).join("×")}`);
    console.log(`  ratio: ${(g / b).toFixed(2)}  (budget ≤ 1.0; wasm heap now ${(r.heap / 2 ** 20).toFixed(0)} MiB)`);
  }
});
