// The native server under abuse and load (issue 16 §4), on loopback only: path traversal on
// file=, oversize uploads and bodies, malformed JSON and multipart, unknown and reused session
// hashes, many SSE streams that are never read, joins beyond max_size, slow clients, a cancel
// storm and 64 concurrent clients with every event accounted for. After each attack the server
// must still answer other clients; at the end it must be alive (its RSS is printed). Each test
// is bounded in count and time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import net from "node:net";
import { symlinkSync, mkdirSync, existsSync } from "node:fs";
import path from "node:path";
import { startDemo, within } from "./helpers.mjs";
import { loadRun, pct, rssKiB } from "../../bench/server.mjs";

const servers = {};

before(async () => {
  // slow_echo: fn 0 is slow_echo(text, seconds) on the queue (concurrency 1), fn 1 `shout` is queue=false.
  servers.abuse = await startDemo("slow_echo", ["--max-size", "1", "--max-file-size", "4096"]);
  servers.open = await startDemo("slow_echo"); // no max_size: for streams and cancel storms
  servers.load = await startDemo("blocks_hello", ["--workers", "2"]);
});

after(async () => {
  for (const [name, s] of Object.entries(servers)) {
    const rss = rssKiB(s.pid);
    console.log(`# ${name}: alive ${s.alive()}, RSS ${rss === null ? "?" : (rss / 1024).toFixed(1) + " MiB"}`);
  }
  await Promise.all(Object.values(servers).map((s) => s.stop()));
});

// One HTTP request with no URL normalisation and no connection reuse; resolves to
// { status, text, headers }.
function req(base, method, rawPath, { body, headers = {}, timeout = 10000 } = {}) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const r = http.request({ host: hostname, port, path: rawPath, method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (d) => chunks.push(d));
      res.on("end", () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    r.on("error", reject);
    r.setTimeout(timeout, () => r.destroy(new Error(`${method} ${rawPath.slice(0, 80)}: no answer within ${timeout} ms`)));
    r.end(body);
  });
}
const json = (base, rawPath, value) => req(base, "POST", rawPath, { body: JSON.stringify(value), headers: { "Content-Type": "application/json" } });

// A whole queue call (join + read the stream until close_stream); resolves to the completion.
async function predict(base, data, session_hash = `p${Math.random().toString(36).slice(2)}`) {
  const join = await json(base, "/gradio_api/queue/join", { data, fn_index: 0, session_hash });
  assert.equal(join.status, 200, `join: ${join.text}`);
  const stream = await req(base, "GET", `/gradio_api/queue/data?session_hash=${session_hash}`);
  const done = stream.text
    .split("\n\n")
    .filter((f) => f.startsWith("data: "))
    .map((f) => JSON.parse(f.slice(6)))
    .find((m) => m.msg === "process_completed");
  assert.ok(done, `no process_completed in ${stream.text.slice(0, 300)}`);
  return done;
}

// The server still answers another client: /config and a queued echo within a few seconds.
async function stillServing(s, what) {
  assert.ok(s.alive(), `the server died after ${what}: ${s.stderr().slice(-500)}`);
  const config = await within(3000, req(s.url, "GET", "/config"), `/config after ${what}`);
  assert.equal(config.status, 200);
  const done = await within(5000, predict(s.url, ["still here", 0]), `an echo after ${what}`);
  assert.deepEqual(done.output.data, ["still here"]);
}

// Raw bytes over one socket; resolves to everything the server sent before closing (or `ms`).
function raw(base, chunks, { gapMs = 0, ms = 8000 } = {}) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), hostname);
    let got = "";
    const timer = setTimeout(() => {
      sock.destroy();
      resolve({ text: got, closedByServer: false });
    }, ms);
    sock.on("data", (d) => (got += d));
    sock.on("close", () => {
      clearTimeout(timer);
      resolve({ text: got, closedByServer: true });
    });
    sock.on("error", (e) => (e.code === "ECONNRESET" || e.code === "EPIPE" ? null : reject(e)));
    sock.on("connect", async () => {
      for (const c of chunks) {
        if (sock.destroyed) return;
        sock.write(c);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    });
  });
}

test("file=: traversal, encodings, absolute paths, backslashes and symlinks never serve outside files", async () => {
  const s = servers.abuse;
  const boundary = "graftboundary";
  const upload = await req(s.url, "POST", "/gradio_api/upload", {
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body: `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="note.txt"\r\nContent-Type: text/plain\r\n\r\nhello file\r\n--${boundary}--\r\n`,
  });
  assert.equal(upload.status, 200, upload.text);
  const [saved] = JSON.parse(upload.text);
  const ok = await req(s.url, "GET", `/gradio_api/file=${saved}`);
  assert.equal(ok.status, 200);
  assert.equal(ok.text, "hello file");

  const sub = path.dirname(saved); // <store>/<n>
  const store = path.dirname(sub);
  const up = "../".repeat(12);
  const variants = [
    "/etc/passwd",
    "%2Fetc%2Fpasswd",
    "%2fetc%2fpasswd",
    `${sub}/${up}etc/passwd`,
    `${sub}/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd`,
    `${sub}/%252e%252e%252f%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd`,
    `${sub}/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd`,
    `${sub}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd`,
    `${saved}/../../../../../../../../etc/passwd`,
    `${sub}\\..\\..\\..\\..\\..\\..\\etc\\passwd`,
    `${sub}%5c..%5c..%5c..%5c..%5c..%5c..%5cetc%5cpasswd`,
    `..\\..\\..\\..\\etc\\passwd`,
    `${saved}%00.png`,
    `${saved}/.`,
    `${sub}/./note.txt/../../../../../../../etc/passwd`,
    `//etc/passwd`,
    `/proc/self/environ`,
    `/proc/self/cmdline`,
    `file:///etc/passwd`,
    `${store}`,
    `${sub}`,
  ];
  // Symlinks planted inside the server's upload dir (it is on this machine): to a file outside,
  // to a directory outside, and one replacing nothing the server wrote.
  const planted = [];
  if (existsSync(store)) {
    symlinkSync("/etc/passwd", path.join(store, "link-passwd"));
    symlinkSync("/etc", path.join(store, "link-etc"));
    mkdirSync(path.join(store, "999999"));
    symlinkSync("/etc/passwd", path.join(store, "999999", "note.txt"));
    symlinkSync(saved, path.join(store, "link-to-upload")); // inside, but not what the server wrote
    planted.push(`${store}/link-passwd`, `${store}/link-etc/passwd`, `${store}/999999/note.txt`, `${store}/link-to-upload`);
  } else {
    console.log(`# symlink variants skipped: the store dir ${store} is not reachable from the test`);
  }
  for (const v of [...variants, ...planted]) {
    for (const p of [`/gradio_api/file=${v}`, `/file=${v}`]) {
      const r = await req(s.url, "GET", p);
      assert.notEqual(r.status, 200, `${p} answered 200: ${r.text.slice(0, 80)}`);
      assert.ok(!/root:|PATH=/.test(r.text), `${p} leaked: ${r.text.slice(0, 80)}`);
      assert.ok(r.status >= 400 && r.status < 500, `${p} answered ${r.status}`);
    }
  }
  await stillServing(s, "traversal attempts");
});

test("oversize uploads and bodies answer 413 with a message, and the server keeps serving", async () => {
  const s = servers.abuse; // --max-file-size 4096
  const boundary = "b0undary";
  const part = (name, bytes) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\n\r\n`), bytes, Buffer.from("\r\n")]);
  const multipart = (...parts) => Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
  const mp = { "Content-Type": `multipart/form-data; boundary=${boundary}` };

  const big = await req(s.url, "POST", "/gradio_api/upload", { headers: mp, body: multipart(part("big.bin", Buffer.alloc(4097, 7))) });
  assert.equal(big.status, 413);
  assert.match(big.text, /too large.*4096/);
  const mixed = await req(s.url, "POST", "/gradio_api/upload", { headers: mp, body: multipart(part("a.bin", Buffer.alloc(10)), part("b.bin", Buffer.alloc(5000))) });
  assert.equal(mixed.status, 413, "one oversize file refuses the whole upload");

  // A body beyond the server's bound (max_file_size + 1 MiB here): refused with a message,
  // whether it says its length up front or arrives chunked.
  const huge = Buffer.alloc(3 << 20, 0x20);
  for (const route of ["/gradio_api/upload", "/gradio_api/queue/join", "/gradio_api/run/shout"]) {
    const r = await req(s.url, "POST", route, { headers: route.endsWith("upload") ? mp : { "Content-Type": "application/json" }, body: huge }).catch((e) => ({ status: 0, text: e.message }));
    assert.equal(r.status, 413, `${route} with a 3 MiB body: ${r.status} ${r.text.slice(0, 100)}`);
    assert.match(r.text, /too large|maximum/i, `${route}: the 413 says why`);
  }
  const chunkedHead = "POST /gradio_api/queue/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
  const chunk = `10000\r\n${" ".repeat(0x10000)}\r\n`;
  const answer = await raw(s.url, [chunkedHead, ...Array.from({ length: 48 }, () => chunk), "0\r\n\r\n"], { ms: 5000 });
  const chunked = { status: Number(answer.text.match(/^HTTP\/1\.1 (\d+)/)?.[1] ?? 0), text: answer.text };
  // httplib does not bound chunked bodies, so the server refuses them all (Gradio's clients send Content-Length).
  assert.ok([411, 413].includes(chunked.status), `chunked 3 MiB body: ${chunked.status} ${chunked.text}`);
  assert.match(chunked.text, /chunked|too large/);
  await stillServing(s, "oversize bodies");
});

test("malformed JSON and multipart answer 4xx, never a crash", async () => {
  const s = servers.abuse;
  const jsonBodies = [
    "",
    "{",
    "}",
    "[]",
    "null",
    "42",
    '"text"',
    "{\"data\": [1, 2,",
    "\u0000\u0001\u0002garbage\xff\xfe",
    '{"data": "not a list", "fn_index": 0, "session_hash": "m1"}',
    '{"data": ["a", 0], "fn_index": "zero", "session_hash": "m2"}',
    '{"data": ["a", 0], "fn_index": 99999999999, "session_hash": "m3"}',
    '{"data": ["a", 0], "fn_index": -1, "session_hash": "m4"}',
    '{"data": ["a", 0], "fn_index": 0, "session_hash": 12}',
    '{"data": [{"path": "/etc/passwd"}, 0], "fn_index": 0, "session_hash": "m5"}',
    '{"data": ["a", "NaN"], "fn_index": 0, "session_hash": "m6"}',
    '{"data": ["a", 1e999], "fn_index": 0, "session_hash": "m7"}',
    '{"data": [null, null], "fn_index": 0, "session_hash": "m8"}',
    '{"data": ["a"], "fn_index": 0, "session_hash": "m9"}',
    '{"data": ["\\ud800", 0], "fn_index": 0, "session_hash": "m10"}',
    `{"data": [${"[".repeat(100000)}${"]".repeat(100000)}, 0], "fn_index": 0, "session_hash": "m11"}`,
    `{"data": ["a", 0], "fn_index": 0, "session_hash": "m12", "event_data": ${"{\"a\":".repeat(50000)}1${"}".repeat(50000)}}`,
  ];
  for (const route of ["/gradio_api/queue/join", "/gradio_api/run/shout", "/gradio_api/call/slow_echo", "/gradio_api/cancel"]) {
    for (const body of jsonBodies) {
      const r = await req(s.url, "POST", route, { body, headers: { "Content-Type": "application/json" } });
      assert.ok(s.alive(), `${route} with ${JSON.stringify(body.slice(0, 60))} killed the server: ${s.stderr().slice(-400)}`);
      const refused = r.status >= 400 && r.status < 500;
      // A body that is a well-formed call may be accepted (cancel always answers 200; m7 etc. are valid JSON calls).
      assert.ok(refused || r.status === 200, `${route} with ${JSON.stringify(body.slice(0, 60))}: ${r.status} ${r.text.slice(0, 120)}`);
    }
  }
  const multiparts = [
    ["multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\"\r\n\r\nabc\r\n--x--\r\n"], // no boundary parameter
    ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\"\r\n\r\nabc"], // truncated: no closing boundary
    ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\"\r\n\r\nabc\r\n--x"], // truncated final boundary
    ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"files\""], // headers never end
    ["multipart/form-data; boundary=x", "garbage\xff\x00 with no boundary at all"],
    ["multipart/form-data; boundary=x", ""],
    ["multipart/form-data; boundary=x", "--x--\r\n"], // no parts
    ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nabc\r\n--x--\r\n"], // no files field
    ["multipart/form-data; boundary=" + "b".repeat(5000), "--" + "b".repeat(5000) + "\r\n\r\n"],
    ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../../../../tmp/graft-escape\"\r\n\r\nabc\r\n--x--\r\n"],
    ["text/plain", "not multipart"],
  ];
  for (const [type, body] of multiparts) {
    const r = await req(s.url, "POST", "/gradio_api/upload", { body: Buffer.from(body, "latin1"), headers: { "Content-Type": type } });
    assert.ok(s.alive(), `upload ${type.slice(0, 40)} ${JSON.stringify(body.slice(0, 40))} killed the server`);
    if (r.status === 200) {
      // Only a well-formed upload may succeed, and its name stays inside the store.
      for (const p of JSON.parse(r.text)) assert.ok(!p.startsWith("/tmp/graft-escape"), `upload escaped: ${p}`);
    } else {
      assert.ok(r.status >= 400 && r.status < 500, `upload ${type.slice(0, 40)} ${JSON.stringify(body.slice(0, 40))}: ${r.status}`);
    }
  }
  assert.ok(!existsSync("/tmp/graft-escape"), "a file name with ../ escaped the store");
  // Broken HTTP itself. (GETs ask /config: `/` answers 500 on purpose when, as here, the
  // server has no runtime to show the page with.)
  const broken = ["GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET /config HTTP/9.9\r\n\r\n", "POST /gradio_api/queue/join HTTP/1.1\r\nContent-Length: -5\r\n\r\n", "POST /gradio_api/queue/join HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n{}", `GET /${"a".repeat(70000)} HTTP/1.1\r\n\r\n`, `GET /config HTTP/1.1\r\n${"X-A: b\r\n".repeat(2000)}\r\n`];
  const answers = await Promise.all(broken.map((bytes) => raw(s.url, [bytes], { ms: 1500 })));
  for (const [i, bytes] of broken.entries()) {
    const r = answers[i];
    assert.ok(s.alive(), `raw ${JSON.stringify(bytes.slice(0, 40))} killed the server`);
    assert.ok(!/^HTTP\/1\.1 5/.test(r.text), `raw ${JSON.stringify(bytes.slice(0, 40))}: ${r.text.slice(0, 40)}`);
  }
  await stillServing(s, "malformed bodies");
});

test("unknown, missing and reused session hashes", async () => {
  const s = servers.open;
  for (const q of ["?session_hash=never-joined", "?session_hash=", "", "?session_hash=%00", `?session_hash=${"z".repeat(5000)}`]) {
    const r = await req(s.url, "GET", `/gradio_api/queue/data${q}`, { timeout: 5000 });
    assert.equal(r.status, 404, `/queue/data${q.slice(0, 30)}: ${r.status}`);
  }
  const long = await req(s.url, "GET", `/gradio_api/queue/data?session_hash=${"z".repeat(10000)}`, { timeout: 5000 });
  assert.equal(long.status, 414, "a URI beyond httplib's 8 KiB limit");
  assert.match(JSON.parse(long.text).detail, /too long/);
  const noHash = await json(s.url, "/gradio_api/queue/join", { data: ["a", 0], fn_index: 0 });
  assert.ok(noHash.status >= 400 && noHash.status < 500, `a join without a session hash: ${noHash.status}`);
  // Two events in one session arrive on one stream, each once; the hash is reusable afterwards.
  const hash = "reused-session";
  const ids = [];
  for (const word of ["one", "two"]) ids.push(JSON.parse((await json(s.url, "/gradio_api/queue/join", { data: [word, 0.05], fn_index: 0, session_hash: hash })).text).event_id);
  const stream = await within(5000, req(s.url, "GET", `/gradio_api/queue/data?session_hash=${hash}`), "reused session stream");
  const done = stream.text.split("\n\n").filter((f) => f.startsWith("data: ")).map((f) => JSON.parse(f.slice(6))).filter((m) => m.msg === "process_completed");
  assert.deepEqual(done.map((m) => m.event_id).sort(), [...ids].sort());
  assert.deepEqual((await predict(s.url, ["three", 0], hash)).output.data, ["three"]);
  // Two streams opened at once on one session: both end, the event completes exactly once.
  const join = await json(s.url, "/gradio_api/queue/join", { data: ["twice", 0.3], fn_index: 0, session_hash: "two-streams" });
  const { event_id } = JSON.parse(join.text);
  const both = await within(6000, Promise.all([0, 1].map(() => req(s.url, "GET", "/gradio_api/queue/data?session_hash=two-streams"))), "two streams on one session");
  const count = both.map((r) => (r.text.match(new RegExp(`"event_id":"${event_id}","msg":"process_completed"`, "g")) ?? []).length);
  assert.equal(count[0] + count[1], 1, `the event completed ${count} times`);
  await stillServing(s, "session games");
});

test("a client that opens 200 SSE streams and never reads does not stop other clients", async () => {
  const s = servers.open;
  const { port } = new URL(s.url);
  const sockets = [];
  try {
    for (let i = 0; i < 200; i++) {
      const sock = net.connect(Number(port), "127.0.0.1");
      sock.on("error", () => {});
      sock.pause(); // never read
      const route = `/gradio_api/heartbeat/hog${i}`; // a stream that never ends by itself
      sock.write(`GET ${route} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      sockets.push(sock);
    }
    // Some sessions are real: events whose streams are opened and never read.
    for (let i = 0; i < 20; i++) {
      await json(s.url, "/gradio_api/queue/join", { data: ["x".repeat(1000), 0], fn_index: 0, session_hash: `real-hog${i}` });
      const sock = net.connect(Number(port), "127.0.0.1");
      sock.on("error", () => {});
      sock.pause();
      sock.write(`GET /gradio_api/queue/data?session_hash=real-hog${i} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      sockets.push(sock);
    }
    await new Promise((r) => setTimeout(r, 300));
    // Streams beyond the server's cap are refused at once rather than left waiting for a thread.
    const extra = await within(3000, req(s.url, "GET", "/gradio_api/heartbeat/one-more"), "a heartbeat beyond the cap");
    assert.equal(extra.status, 503);
    assert.match(JSON.parse(extra.text).detail, /Too many open heartbeat streams/);
    const t0 = performance.now();
    await stillServing(s, "200 unread SSE streams");
    console.log(`# with 220 unread streams open, /config + an echo took ${(performance.now() - t0).toFixed(0)} ms`);
  } finally {
    for (const sock of sockets) sock.destroy();
  }
  await new Promise((r) => setTimeout(r, 200));
  await stillServing(s, "200 SSE streams dropped");
});

test("1,000 joins beyond max_size each get Gradio's queue-full answer", async () => {
  const s = servers.abuse; // --max-size 1
  // One running (1 s) and one waiting event fill the queue.
  const running = await json(s.url, "/gradio_api/queue/join", { data: ["running", 1], fn_index: 0, session_hash: "full-run" });
  assert.equal(running.status, 200);
  await new Promise((r) => setTimeout(r, 100));
  const waiting = await json(s.url, "/gradio_api/queue/join", { data: ["waiting", 0], fn_index: 0, session_hash: "full-wait" });
  assert.equal(waiting.status, 200);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const { hostname, port } = new URL(s.url);
  const join = (i) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ data: [`extra ${i}`, 0], fn_index: 0, session_hash: `full${i}` });
      const r = http.request({ host: hostname, port, path: "/gradio_api/queue/join", method: "POST", agent, headers: { "Content-Type": "application/json" } }, (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode, text }));
      });
      r.on("error", reject);
      r.end(body);
    });
  const t0 = performance.now();
  const answers = await within(20000, Promise.all(Array.from({ length: 1000 }, (_, i) => join(i))), "1,000 joins");
  agent.destroy();
  const full = answers.filter((a) => a.status === 503 && JSON.parse(a.text).detail === "Queue is full. Max size is 1 and size is 1.");
  console.log(`# 1,000 refused joins in ${(performance.now() - t0).toFixed(0)} ms`);
  assert.equal(full.length, 1000, `not all refused as queue-full: ${JSON.stringify(answers.find((a) => a.status !== 503))}`);
  // The two accepted events still complete; then the queue takes joins again.
  for (const [hash, word] of [["full-run", "running"], ["full-wait", "waiting"]]) {
    const stream = await within(8000, req(s.url, "GET", `/gradio_api/queue/data?session_hash=${hash}`), `${hash} stream`);
    assert.match(stream.text, new RegExp(`"data":\\["${word}"\\]`));
  }
  await stillServing(s, "1,000 refused joins");
});

test("slow clients: a request sent byte by byte is answered; one that stalls is timed out", async () => {
  const s = servers.open;
  const body = JSON.stringify({ data: ["slowly"], fn_index: 1, session_hash: "slow" });
  const request = `POST /gradio_api/run/shout HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;
  const bytes = [...request];
  const gap = Math.floor(2000 / bytes.length);
  // Meanwhile, a client that sends half a request line and stops.
  const stalled = raw(s.url, ["GET /config HT"], { ms: 12000 });
  const t0 = performance.now();
  const slow = await within(10000, raw(s.url, bytes, { gapMs: gap, ms: 9000 }), "byte-by-byte request");
  assert.match(slow.text, /^HTTP\/1\.1 200/, slow.text.slice(0, 200));
  assert.match(slow.text, /SLOWLY!/);
  console.log(`# a ${bytes.length}-byte request sent over ${((performance.now() - t0) / 1000).toFixed(1)} s answered`);
  await stillServing(s, "a byte-by-byte request");
  const st = await stalled;
  assert.ok(st.closedByServer, "a stalled request is closed by the server (read timeout)");
  await stillServing(s, "a stalled request");
});

test("a cancel storm: 300 joins each cancelled at once, plus cancels of unknown events", async () => {
  const s = servers.open;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const { hostname, port } = new URL(s.url);
  const post = (p, value) =>
    new Promise((resolve, reject) => {
      const r = http.request({ host: hostname, port, path: p, method: "POST", agent, headers: { "Content-Type": "application/json" } }, (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode, text }));
      });
      r.on("error", reject);
      r.end(JSON.stringify(value));
    });
  const t0 = performance.now();
  const storm = Array.from({ length: 300 }, async (_, i) => {
    const session_hash = `storm${i}`;
    const join = await post("/gradio_api/queue/join", { data: [`storm ${i}`, 0.2], fn_index: 0, session_hash });
    assert.equal(join.status, 200);
    const { event_id } = JSON.parse(join.text);
    const [c1, c2, c3] = await Promise.all([
      post("/gradio_api/cancel", { session_hash, event_id }),
      post("/gradio_api/cancel", { session_hash, event_id }), // twice
      post("/gradio_api/cancel", { session_hash: "nobody", event_id: `nothing${i}` }),
    ]);
    assert.deepEqual([c1.status, c2.status, c3.status], [200, 200, 200]);
    return { session_hash, event_id };
  });
  const events = await within(20000, Promise.all(storm), "cancel storm");
  // Every cancelled event's stream ends with one process_completed (cancel or, if it had
  // finished first, its result), never more.
  const streams = await within(
    20000,
    Promise.all(events.map(({ session_hash }) => new Promise((resolve, reject) => {
      const r = http.request({ host: hostname, port, path: `/gradio_api/queue/data?session_hash=${session_hash}`, method: "GET", agent }, (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode, text }));
      });
      r.on("error", reject);
      r.end();
    }))),
    "streams after the cancel storm",
  );
  agent.destroy();
  streams.forEach((st, i) => {
    if (st.status === 404) return; // the session was already forgotten: nothing pending
    const n = (st.text.match(/"msg":"process_completed"/g) ?? []).length;
    assert.ok(n <= 1, `event ${events[i].event_id} completed ${n} times`);
  });
  console.log(`# cancel storm of 300 events in ${(performance.now() - t0).toFixed(0)} ms`);
  await within(12000, stillServing(s, "a cancel storm"), "serving after the storm");
});

test("64 concurrent clients for 5 s: every event completes exactly once", async () => {
  const s = servers.load;
  const r = await within(30000, loadRun(s.url, { clients: 64, seconds: 5 }), "64-client load");
  const rss = rssKiB(s.pid);
  console.log(
    `# load: ${r.completed} events in ${r.elapsed.toFixed(2)} s (${(r.completed / r.elapsed).toFixed(0)}/s), p50 ${pct(r.latencies, 0.5).toFixed(1)} ms, p99 ${pct(r.latencies, 0.99).toFixed(1)} ms, lost ${r.lost}, duplicated ${r.duplicated}, RSS ${rss === null ? "?" : (rss / 1024).toFixed(1) + " MiB"}`,
  );
  assert.equal(r.failures, 0, r.firstFailure ?? "");
  assert.equal(r.lost, 0, "lost events");
  assert.equal(r.duplicated, 0, "duplicated events");
  assert.equal(r.strangers, 0, "completions of events no join answered");
  assert.ok(r.completed > 64, `only ${r.completed} events completed`);
  assert.ok(s.alive());
  assert.deepEqual((await predict(s.url, ["Ada"])).output.data, ["Welcome to Gradio, Ada!"]);
});

test("every server is alive at the end; its memory is printed", () => {
  for (const [name, s] of Object.entries(servers)) {
    assert.ok(s.alive(), `${name} died: ${s.stderr().slice(-500)}`);
    const rss = rssKiB(s.pid);
    assert.ok(rss !== null, `${name}: no /proc/${s.pid}/status`);
    console.log(`# ${name} (pid ${s.pid}) VmRSS ${(rss / 1024).toFixed(1)} MiB`);
  }
});
