// Runs a C++ app's functions in Web Workers (native-worker.js), so a long C++ call never
// blocks typing or other events in the page. Each worker holds another instance of the app's
// module, compiled once in the page; one starts with the app, more start while calls overlap
// (the engine already holds each event to its concurrency_limit), up to `maxWorkers`. A job the
// engine cancels (a Stop button, `cancels`, time_limit) while it runs ends its worker — C++
// cannot be interrupted between two of its own statements — and a fresh one takes its place.
// Where no worker can start (no Worker, a policy that forbids it), calls run in the page's own
// instance, one at a time, as they did before workers.
//
// C++ globals live per instance: a function that keeps state between calls in a global sees a
// different copy in each worker. Gradio's answer holds here too: keep it in gr.State.

import { workerUrl } from "./worker-url.js";

// Two at least, even on a two-core machine: a second event (typing while a long call runs)
// must not wait behind the first; the OS shares the cores between them.
const maxWorkers = Math.max(2, Math.min(4, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));

export class NativeRunner {
  #source; // { url, module } of the app's module
  #inline; // the page's AppHandle: the fallback
  #prefix; // the FileData path prefix of C++ pixels
  #lanes = []; // { worker, ready: Promise<boolean>, running: call | null }
  #queue = []; // calls waiting: { request, report }
  #inlineOnly = typeof Worker === "undefined";
  #inlineBusy = false;
  #dead = false;
  #started = 0; // workers started so far: each names its returned images apart

  constructor(source, inline, constants) {
    this.#source = source;
    this.#inline = inline;
    this.#prefix = constants.cpp_pixels_prefix ?? "";
  }

  // Starts the first worker ahead of the first call (which then need not wait for one). The
  // app calls this once it is drawn: started while the app loads, the worker's start competed
  // with the page's own (on two cores, the app was ready about 10% later).
  warm() {
    if (!this.#inlineOnly && !this.#dead && !this.#lanes.length) this.#lane();
  }

  // `report(message)` receives the worker's messages for this job: {yield}, {progress},
  // {log}, then {outcome} or {crashed} last; any may carry `images` the call returned.
  run(request, report) {
    this.#queue.push({ request, report });
    this.#pump();
  }

  // The engine ended job `job`: a waiting call is dropped, a running one ends with its worker.
  cancel(job) {
    this.#queue = this.#queue.filter((c) => c.request.job !== job);
    const lane = this.#lanes.find((l) => l.running?.request.job === job);
    if (lane) {
      this.#drop(lane);
      this.#pump();
    }
  }

  destroy() {
    this.#dead = true;
    this.#queue = [];
    for (const lane of this.#lanes) lane.worker.terminate();
    this.#lanes = [];
  }

  #pump() {
    while (this.#queue.length && !this.#dead) {
      if (this.#inlineOnly) {
        if (this.#inlineBusy) return;
        this.#runInline(this.#queue.shift());
        continue;
      }
      const lane = this.#lanes.find((l) => !l.running) ?? (this.#lanes.length < maxWorkers ? this.#lane() : null);
      if (!lane) return;
      this.#send(lane, this.#queue.shift());
    }
  }

  async #send(lane, call) {
    lane.running = call;
    const ok = await lane.ready;
    if (lane.running !== call) return; // cancelled meanwhile
    if (ok) return lane.worker.postMessage({ call: call.request }); // pixels are copied: the page's image cache keeps its own
    // No worker could start: from now on calls run in the page.
    lane.running = null;
    this.#inlineOnly = true;
    this.#queue.unshift(call);
    this.#pump();
  }

  #lane() {
    const lane = { worker: null, ready: null, running: null };
    try {
      lane.worker = new Worker(workerUrl("native-worker.js"), { type: "module", name: "graft-native" });
    } catch (err) {
      console.warn(`Graft: C++ functions run on the page's thread (no worker: ${err.message})`);
      this.#inlineOnly = true;
      lane.ready = Promise.resolve(false);
      return lane;
    }
    this.#lanes.push(lane);
    let started;
    lane.ready = new Promise((resolve) => (started = resolve));
    const fail = (why) => {
      console.warn(`Graft: C++ functions run on the page's thread (the worker failed: ${why})`);
      this.#remove(lane);
      started(false);
    };
    lane.worker.onmessage = ({ data }) => {
      if (data.ready) return started(true);
      if (data.failed !== undefined) return fail(data.failed);
      this.#fromWorker(lane, data);
    };
    lane.worker.onerror = (event) => {
      event.preventDefault?.();
      const why = event.message || "the worker could not start";
      if (!lane.running) return fail(why);
      this.#crashed(lane, why);
    };
    lane.worker.postMessage({ init: { url: this.#source.url, module: this.#source.module, pixelsPrefix: `${this.#prefix}w${++this.#started}-` } });
    return lane;
  }

  #fromWorker(lane, data) {
    const call = lane.running;
    if (!call || data.job !== call.request.job) return;
    if (data.crashed !== undefined) return this.#crashed(lane, data.crashed);
    if (data.outcome !== undefined) {
      lane.running = null;
      queueMicrotask(() => this.#pump());
    }
    call.report(data);
  }

  // The module aborted or trapped: its instance cannot be trusted again.
  #crashed(lane, why) {
    const { report, request } = lane.running;
    this.#drop(lane);
    report({ crashed: `the C++ function "${request.fn}" crashed (${why}); its worker was restarted` });
    queueMicrotask(() => this.#pump());
  }

  // Ends a lane's worker; a new one is warmed if it was the last.
  #drop(lane) {
    this.#remove(lane);
    if (!this.#lanes.length && !this.#dead && !this.#inlineOnly) this.#lane();
  }

  #remove(lane) {
    lane.worker.terminate();
    lane.running = null;
    this.#lanes = this.#lanes.filter((l) => l !== lane);
  }

  // Without a worker: the page's instance runs the call; reports are delivered after it
  // returns, so the engine is never re-entered from inside a C++ call.
  #runInline({ request, report }) {
    const reports = [];
    const kept = [];
    const made = [];
    let n = 0;
    const sink = {
      yield: (value) => reports.push({ yield: value, images: kept.splice(0), files: made.splice(0) }),
      progress: (data) => reports.push({ progress: data }),
      log: (level, message, title, duration) => reports.push({ log: [level, message, title, duration] }),
      image: (image) => {
        const path = `${this.#prefix}i${request.job}-${++n}`;
        kept.push({ path, image });
        return path;
      },
      file: (bytes, name, mime_type) => {
        const path = `${this.#prefix}i${request.job}-file-${++n}`;
        made.push({ path, bytes: bytes.slice(), name, mime_type });
        return path;
      },
    };
    this.#inlineBusy = true;
    try {
      const outcome = this.#inline.callNative(request.fn, request.dependency, request.inputs, request.event_data, request.generator, request.images ?? null, request.files ?? null, sink);
      reports.push({ outcome, images: kept.splice(0), files: made.splice(0) });
    } catch (err) {
      reports.push({ crashed: `the C++ function "${request.fn}" crashed (${err?.message ?? err})` });
    }
    this.#inlineBusy = false;
    queueMicrotask(() => this.#pump());
    for (const r of reports) report(r);
  }
}

