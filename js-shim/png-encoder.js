// PNG files of canvases (what ImageEditor sends, a webcam snapshot). Chromium encodes a PNG of
// a main-thread canvas (toBlob, convertToBlob) in the page's idle time, so on a busy page — a
// stroke being drawn, an animation, a running function's spinner — a PNG waits a second or
// more, and the change event with it. An OffscreenCanvas in a worker encodes at once: the
// pixels go there as ImageBitmaps (png-worker.js). Where no worker can start (no
// OffscreenCanvas, a policy that forbids workers), the page encodes them itself.
import { workerUrl } from "./worker-url.js";

let worker; // the Worker, null where none can run, undefined until first asked
let next = 0;
const jobs = new Map(); // id → { surfaces, resolve, reject }

// One Blob (image/png) per canvas (HTMLCanvasElement or OffscreenCanvas), in order.
export async function encodePngs(surfaces) {
  if (!surfaces.length) return [];
  const w = encoder();
  if (!w) return inPage(surfaces);
  const bitmaps = await Promise.all(surfaces.map((s) => createImageBitmap(s)));
  return new Promise((resolve, reject) => {
    const id = ++next;
    jobs.set(id, { surfaces, resolve, reject });
    w.postMessage({ id, bitmaps }, bitmaps);
  });
}

function encoder() {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker !== "function" || typeof OffscreenCanvas !== "function") return null;
  try {
    worker = new Worker(workerUrl("png-worker.js"), { type: "module", name: "graft-png" });
  } catch {
    return null;
  }
  worker.onmessage = ({ data: { id, blobs, error } }) => {
    const job = jobs.get(id);
    if (!job) return;
    jobs.delete(id);
    if (error) job.reject(new Error(`a PNG could not be encoded: ${error}`));
    else job.resolve(blobs);
  };
  // The worker could not start (its file missing, a CSP without worker-src): the jobs sent to
  // it, and every later one, are encoded in the page.
  worker.onerror = (e) => {
    e.preventDefault?.();
    worker.terminate();
    worker = null;
    for (const [id, job] of jobs) {
      jobs.delete(id);
      inPage(job.surfaces).then(job.resolve, job.reject);
    }
  };
  return worker;
}

function inPage(surfaces) {
  return Promise.all(surfaces.map((s) =>
    s.convertToBlob
      ? s.convertToBlob({ type: "image/png" })
      : new Promise((resolve, reject) => s.toBlob((b) => (b ? resolve(b) : reject(new Error("a PNG could not be encoded"))), "image/png"))));
}
