// Helpers for the native backend's end-to-end tests: start a demo binary on a free loopback
// port (it prints the URL it bound), stop it, bound every wait, and make small PNG files.
import { spawn } from "node:child_process";
import http from "node:http";
import { deflateSync, crc32 } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const nativeDir = path.resolve(repo, process.env.GRAFT_NATIVE_DIR ?? "build/native");

// Rejects with `what` if `promise` takes longer than `ms`.
export function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Starts build/native/demos/<demo> --port 0 [...args]; resolves to { url, stop, pid, alive }.
export async function startDemo(demo, args = []) {
  const bin = path.join(nativeDir, "demos", demo);
  const proc = spawn(bin, ["--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  proc.stderr.on("data", (d) => (err += d));
  const exited = new Promise((resolve) => proc.on("exit", resolve));
  const url = await within(
    10000,
    new Promise((resolve, reject) => {
      proc.on("error", (e) => reject(new Error(`cannot start ${bin}: ${e.message}`)));
      proc.on("exit", (code) => reject(new Error(`${demo} exited with ${code} before serving: ${err}`)));
      proc.stdout.on("data", (d) => {
        out += d;
        const m = out.match(/Running on local URL:\s+(http:\/\/127\.0\.0\.1:\d+)/);
        if (m) resolve(m[1]);
      });
    }),
    `starting ${demo}`,
  );
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill("SIGTERM");
    try {
      await within(8000, exited, `${demo} stopping`);
    } catch {
      proc.kill("SIGKILL");
      await exited;
    }
  };
  const alive = () => proc.exitCode === null && proc.signalCode === null;
  return { url, stop, stderr: () => err, pid: proc.pid, alive };
}

// A width×height RGB PNG filled with one colour.
export function png(width, height, [r, g, b] = [200, 30, 40]) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Collects a submission's events until it ends; `onEvent` may act on each (e.g. cancel).
export async function collect(job, onEvent = () => {}) {
  const events = [];
  for await (const ev of job) {
    events.push(ev);
    await onEvent(ev);
    if (ev.type === "status" && (ev.stage === "complete" || ev.stage === "error")) break;
  }
  return events;
}

// GETs `rawPath` exactly as written (no URL normalisation); resolves to the status code.
export function rawGet(base, rawPath) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: rawPath, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end();
  });
}
