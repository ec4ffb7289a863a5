// Native backend under load, for scripts/bench: 64 concurrent clients on loopback call the
// hello function of build/native/demos/blocks_hello through Gradio's queue protocol (POST
// /queue/join, then read /queue/data until close_stream) for 30 s (BENCH_SECONDS), and every
// event is accounted for: each event_id the join answered must complete exactly once on its
// session's stream (lost = never completed, duplicated = completed more than once). Prints
// events completed per second, latency percentiles, lost/duplicated counts and the server's
// memory after the run, each against its budget (ok/OVER). Also imported by
// tests/remote_e2e/server_abuse.test.mjs for a short (~5 s) run; asserts nothing itself.
import http from "node:http";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startDemo } from "../tests/remote_e2e/helpers.mjs";

// Budgets: docs/benchmarks.md's figures on this machine (3,322 requests/s, p99 ≈ 50 ms); 0 lost.
export const budgets = { perSecond: 3322, p99Ms: 50, lost: 0, duplicated: 0 };

export const pct = (xs, p) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] : NaN);

// The server's resident memory (VmRSS) in KiB, or null when /proc has no such process.
export function rssKiB(pid) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)\s+kB/);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function request(agent, base, method, path, body) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const headers = body ? { "Content-Type": "application/json" } : {};
    const req = http.request({ host: hostname, port, path, method, agent, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode, text }));
    });
    req.on("error", reject);
    req.setTimeout(15000, () => req.destroy(new Error(`${method} ${path}: no answer within 15 s`)));
    req.end(body);
  });
}

// `clients` loops, each joining and reading its stream until `seconds` have passed (or `total`
// calls were issued). Every join's event_id is recorded; every process_completed seen on a
// stream is counted against its event_id.
export async function loadRun(base, { clients = 64, seconds = 30, total = Infinity, fnIndex = 0, data = ["Ada"], expect = "Welcome to Gradio, Ada!" } = {}) {
  // node:http with keep-alive: much lighter than fetch, so the client side costs less of the
  // machine the server shares with it.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 * clients + 8 });
  const joined = new Set();
  const completions = new Map(); // event_id → times completed
  const latencies = [];
  let issued = 0;
  let failures = 0;
  let firstFailure = null;
  let strangers = 0; // completions for event ids no join answered
  const call = async (n) => {
    const session_hash = `load${n}x${Math.random().toString(36).slice(2)}`;
    const body = JSON.stringify({ data, fn_index: fnIndex, session_hash, event_data: null, trigger_id: null });
    const join = await request(agent, base, "POST", "/gradio_api/queue/join", body);
    if (join.status !== 200) throw new Error(`join answered ${join.status}: ${join.text}`);
    const { event_id } = JSON.parse(join.text);
    joined.add(event_id);
    const stream = await request(agent, base, "GET", `/gradio_api/queue/data?session_hash=${session_hash}`); // ends after close_stream
    for (const frame of stream.text.split("\n\n")) {
      if (!frame.startsWith("data: ")) continue;
      const m = JSON.parse(frame.slice(6));
      if (m.msg !== "process_completed") continue;
      if (!joined.has(m.event_id)) strangers++;
      completions.set(m.event_id, (completions.get(m.event_id) ?? 0) + 1);
      if (m.event_id === event_id && !(m.success && JSON.stringify(m.output?.data) === JSON.stringify([expect])))
        throw new Error(`event ${event_id} completed without the expected output: ${frame.slice(0, 200)}`);
    }
  };
  const deadline = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < total && performance.now() < deadline) {
        const n = issued++;
        const start = performance.now();
        try {
          await call(n);
          latencies.push(performance.now() - start);
        } catch (e) {
          failures++;
          firstFailure ??= e.message;
        }
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  let lost = 0;
  let duplicated = 0;
  for (const id of joined) {
    const times = completions.get(id) ?? 0;
    if (times === 0) lost++;
    if (times > 1) duplicated++;
  }
  return { issued, joined: joined.size, completed: latencies.length, failures, firstFailure, lost, duplicated, strangers, elapsed, latencies };
}

export function report(r, pid, label) {
  const ok = (good) => (good ? "ok" : "OVER");
  const perSecond = r.completed / r.elapsed;
  const p99 = pct(r.latencies, 0.99);
  const rss = rssKiB(pid);
  console.log(label);
  console.log(`  events completed     ${r.completed} in ${r.elapsed.toFixed(2)} s (${r.failures} failed${r.firstFailure ? `; first: ${r.firstFailure}` : ""})`);
  console.log(`  events/second        ${perSecond.toFixed(0)}  (budget ≥ ${budgets.perSecond}: ${ok(perSecond >= budgets.perSecond)})`);
  console.log(`  latency p50 / p90    ${pct(r.latencies, 0.5).toFixed(2)} ms / ${pct(r.latencies, 0.9).toFixed(2)} ms`);
  console.log(`  latency p99          ${p99.toFixed(2)} ms  (budget ≤ ${budgets.p99Ms} ms: ${ok(p99 <= budgets.p99Ms)})`);
  console.log(`  lost / duplicated    ${r.lost} / ${r.duplicated} of ${r.joined} joined  (budget 0 / 0: ${ok(r.lost === 0 && r.duplicated === 0 && r.strangers === 0)})`);
  console.log(`  server RSS after     ${rss === null ? "unknown (process gone!)" : `${(rss / 1024).toFixed(1)} MiB`}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const clients = Number(process.env.BENCH_CLIENTS ?? 64);
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const server = await startDemo("blocks_hello", ["--workers", "2"]);
  try {
    await loadRun(server.url, { clients: 8, total: 50, seconds: 10 }); // warm up
    const r = await loadRun(server.url, { clients, seconds });
    report(r, server.pid, `native backend, hello function, ${clients} concurrent clients on loopback for ${seconds} s (join + SSE per call)`);
    if (!server.alive()) console.log("  server               OVER: the process exited during the run");
  } finally {
    await server.stop();
  }
}
