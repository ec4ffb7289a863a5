// Native backend throughput for scripts/bench: 64 concurrent clients on loopback call the
// hello function of build/native/demos/blocks_hello through Gradio's queue protocol (POST
// /queue/join, then read /queue/data until close_stream), bounded in count and time.
// Prints requests/second and latency percentiles; asserts nothing.
import http from "node:http";
import { startDemo } from "../tests/remote_e2e/helpers.mjs";

const clients = Number(process.env.BENCH_CLIENTS ?? 64);
const total = Number(process.env.BENCH_REQUESTS ?? 6400);
const maxSeconds = Number(process.env.BENCH_SECONDS ?? 20);

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

// node:http with keep-alive: much lighter than fetch, so the client side costs less of the
// machine the server shares with it.
const agent = new http.Agent({ keepAlive: true, maxSockets: 2 * clients + 8 });

function request(base, method, path, body) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path, method, agent, headers: body ? { "Content-Type": "application/json" } : {} }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function call(base, n) {
  const session_hash = `bench${n}x${Math.random().toString(36).slice(2)}`;
  const body = JSON.stringify({ data: ["Ada"], fn_index: 0, session_hash, event_data: null, trigger_id: null });
  const join = await request(base, "POST", "/gradio_api/queue/join", body);
  if (join.status !== 200) throw new Error(`join answered ${join.status}: ${join.text}`);
  const stream = await request(base, "GET", `/gradio_api/queue/data?session_hash=${session_hash}`); // ends after close_stream
  if (!stream.text.includes("Welcome to Gradio, Ada!")) throw new Error(`no greeting in: ${stream.text.slice(0, 200)}`);
}

const server = await startDemo("blocks_hello", ["--workers", "2"]);
try {
  for (let i = 0; i < 50; i++) await call(server.url, i); // warm up
  const latencies = [];
  let issued = 0;
  let failures = 0;
  const deadline = performance.now() + maxSeconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < total && performance.now() < deadline) {
        const n = issued++;
        const start = performance.now();
        try {
          await call(server.url, n);
          latencies.push(performance.now() - start);
        } catch (e) {
          if (failures++ === 0) console.error(`first failure: ${e.message}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  console.log(`native backend, hello function, ${clients} concurrent clients on loopback (join + SSE per call)`);
  console.log(`  calls completed      ${latencies.length} in ${seconds.toFixed(2)} s (${failures} failed)`);
  console.log(`  requests/second      ${(latencies.length / seconds).toFixed(0)}`);
  console.log(`  latency p50          ${pct(latencies, 0.5).toFixed(2)} ms`);
  console.log(`  latency p90 / p99    ${pct(latencies, 0.9).toFixed(2)} ms / ${pct(latencies, 0.99).toFixed(2)} ms`);
} finally {
  await server.stop();
}
