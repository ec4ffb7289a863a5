// The npm package's sizes for scripts/bench: the tarball and what it unpacks to (packed afresh
// from dist/graft/ by scripts/pack.mjs), its entry graft.js, and the gzip of what the hello
// page (blocks_hello) fetches, from the package and in all. Prints figures; asserts nothing.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { pack } from "../scripts/pack.mjs";
import { withSiteAndBrowser } from "./support.mjs";

const dist = process.env.GRAFT_DIST ?? "dist";
const site = join(dist, "site");
const port = Number(process.env.BENCH_PORT ?? 8792) + 1;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

const figures = pack({ dist, quiet: true });
console.log(`npm package ${figures.name}@${figures.version}: tarball ${kb(figures.size)}, unpacked ${kb(figures.unpackedSize)}, ${figures.entryCount} files`);
console.log(`  entry graft.js: ${kb(figures.entry.raw)}, gzip ${kb(figures.entry.gzip)}; integrity ${figures.integrity}`);

// What the hello page fetches once it is interactive: the page's own files and the runtime's.
const paths = await withSiteAndBrowser(site, port, async (browser, base) => {
  const page = await browser.newPage();
  await page.addInitScript(() => document.addEventListener("graft:ready", () => (window.__ready = true)));
  await page.goto(`${base}/demos/blocks_hello/`);
  await page.waitForFunction(() => window.__ready);
  const urls = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
  await page.close();
  return [...new Set(["/demos/blocks_hello/index.html", ...urls])].filter((p) => existsSync(join(site, p))); // not a 404 (favicon)
});
const fromPackage = paths.filter((p) => p.startsWith("/graft/"));
const sum = (list, dir, strip = "") => list.reduce((n, p) => n + gz(readFileSync(join(dir, p.slice(strip.length)))), 0);
const packageGz = sum(fromPackage, join(dist, "package"), "/graft/");
const pageGz = sum(paths, site);
console.log(`  the hello page (blocks_hello) fetches ${fromPackage.length} files of the package, gzip ${kb(packageGz)} (${fromPackage.map((p) => p.slice(7).replace(/-[A-Z0-9]{8}\.js$/, "")).join(", ")}); with its own app.js/app.wasm and page, gzip ${kb(pageGz)}`);
