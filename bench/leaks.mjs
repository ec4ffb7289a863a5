// Leak check for scripts/bench: mounts and removes <graft-app> 1,000 times (a config app, a C++
// app module, an app with an Image holding an uploaded picture) and prints what stays behind:
// blob URLs not revoked, listeners left on window/document/matchMedia, WebAssembly instances
// still alive after GC and their memory, DOM nodes and the JS heap — each against a stated
// bound (ok/OVER). Asserts nothing.
import { withSiteAndBrowser, chromiumArgs } from "./support.mjs";

const port = Number(process.env.BENCH_PORT ?? 8793);
const cycles = Number(process.env.LEAK_CYCLES ?? 1000);
const verdict = (ok) => (ok ? "ok" : "OVER");

// Counters the page keeps from its first script on: blob URLs made minus revoked, listeners
// added minus removed (or aborted) on the page's long-lived targets, and weak references to
// every wasm instance's memory.
function instrument() {
  const urls = new Set();
  const make = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (b) => { const u = make(b); urls.add(u); return u; };
  URL.revokeObjectURL = (u) => { urls.delete(u); revoke(u); };
  let listeners = 0;
  const long = new Set([window, document]);
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const isLong = (t) => long.has(t) || (typeof MediaQueryList !== "undefined" && t instanceof MediaQueryList);
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (isLong(this) && !(opts && opts.once)) {
      listeners++;
      opts?.signal?.addEventListener("abort", () => listeners--, { once: true });
    }
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    if (isLong(this)) listeners--;
    return remove.call(this, type, fn, opts);
  };
  const memories = [];
  const keep = (result) => {
    const instance = result.instance ?? result;
    const memory = Object.values(instance.exports ?? {}).find((e) => e instanceof WebAssembly.Memory);
    if (memory) memories.push(new WeakRef(memory));
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name].bind(WebAssembly);
    WebAssembly[name] = (...args) => original(...args).then(keep);
  }
  window.__leaks = () => {
    const alive = memories.map((r) => r.deref()).filter(Boolean);
    return {
      blobUrls: urls.size,
      listeners,
      instances: alive.length,
      wasmBytes: alive.reduce((n, m) => n + m.buffer.byteLength, 0),
      nodes: document.getElementsByTagName("*").length,
      heap: performance.memory?.usedJSHeapSize ?? 0,
    };
  };
}

// One cycle: an element is made, waits until its app is ready (and, for the image app, until a
// picture is uploaded into it), then is removed.
async function cyclePage(page, kind, n) {
  return page.evaluate(async ({ kind, n }) => {
    const config = (image) => JSON.stringify({
      title: "Leak", components: [
        { id: 1, type: image ? "image" : "textbox", props: { label: "In" } }, { id: 2, type: "textbox", props: { label: "Out" } },
        { id: 3, type: "markdown", props: { value: "# Hello" } }],
      layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }] },
      dependencies: [{ id: 0, targets: [[1, "change"]], inputs: [1], outputs: [2], api_name: "echo" }],
    });
    const png = await new Promise((r) => { const c = document.createElement("canvas"); c.width = c.height = 8; c.toBlob(r, "image/png"); });
    for (let i = 0; i < n; i++) {
      const el = document.createElement("graft-app");
      if (kind === "module") el.setAttribute("module", "/demos/blocks_hello/app.js");
      else el.innerHTML = `<script type="application/json">${config(kind === "image")}</script>`;
      el.register?.("echo", (v) => (typeof v === "string" ? v : "image"));
      document.body.append(el);
      await el.ready;
      if (kind === "image") {
        const input = el.querySelector("input[type=file]");
        const dt = new DataTransfer();
        dt.items.add(new File([png], "p.png", { type: "image/png" }));
        input.files = dt.files;
        input.dispatchEvent(new Event("change"));
        await new Promise((r) => setTimeout(r, 0));
      }
      el.remove();
    }
  }, { kind, n });
}

await withSiteAndBrowser("dist/site", port, async (_, base) => {
  const { chromium } = await import("@playwright/test");
  const { findChromium } = await import("../scripts/chromium.mjs");
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs, "--js-flags=--expose-gc", "--enable-precise-memory-info"] });
  try {
    for (const kind of ["config", "module", "image"]) {
      const page = await browser.newPage();
      await page.addInitScript(instrument);
      await page.goto(`${base}/`);
      await page.addScriptTag({ type: "module", content: 'import "/graft/graft.js";' });
      await page.waitForFunction(() => customElements.get("graft-app"));
      const settle = () => page.evaluate(async () => { for (let i = 0; i < 3; i++) { window.gc?.(); await new Promise((r) => setTimeout(r, 50)); } return window.__leaks(); });
      await cyclePage(page, kind, 10); // warm: runtime, chunks and caches loaded once
      const before = await settle();
      const t0 = Date.now();
      await cyclePage(page, kind, cycles);
      const after = await settle();
      const grew = (k) => after[k] - before[k];
      const heapKb = grew("heap") / 1024;
      console.log(`${kind} app, ${cycles} mount/unmount cycles (${((Date.now() - t0) / cycles).toFixed(1)} ms each):`);
      console.log(`  blob URLs left ${after.blobUrls} (bound 0) ${verdict(after.blobUrls === 0)}; listeners on window/document/matchMedia +${grew("listeners")} (bound 0) ${verdict(grew("listeners") <= 0)}`);
      console.log(`  wasm instances alive ${after.instances} (${(after.wasmBytes / 1048576).toFixed(1)} MB), +${grew("instances")} (bound 0) ${verdict(grew("instances") <= 0)}; wasm memory +${(grew("wasmBytes") / 1048576).toFixed(1)} MB (bound 0) ${verdict(grew("wasmBytes") <= 0)}; DOM nodes +${grew("nodes")} (bound 0) ${verdict(grew("nodes") <= 0)}; JS heap +${heapKb.toFixed(0)} KB (bound 2048 KB) ${verdict(heapKb <= 2048)}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
