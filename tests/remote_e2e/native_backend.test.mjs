// Gradio's official JS client (@gradio/client, in Node) against Graft's native backend: the C++
// demos built natively serve Gradio's queue protocol on loopback, and the client predicts,
// uploads, cancels and meets the queue's limits as it would against a Python Gradio server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client, handle_file } from "@gradio/client";
import { startDemo, within, png, collect, rawGet } from "./helpers.mjs";
import { createRequire } from "node:module";

// The wasm module decodes what the server sends back (build/wasm/wasm/graft-node.cjs).
const graftModule = () => createRequire(import.meta.url)("../../build/wasm/wasm/graft-node.cjs")();

const servers = {};
let scratch;

before(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "graft-e2e-"));
  servers.hello = await startDemo("blocks_hello");
  servers.slow = await startDemo("slow_echo", ["--max-size", "1"]);
  servers.image = await startDemo("image_info", ["--max-file-size", "4096"]);
});

after(async () => {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
  rmSync(scratch, { recursive: true, force: true });
});

const connect = (s, events = ["data"]) => within(10000, Client.connect(`${s.url}/`, { events }), "Client.connect");

test("@gradio/client predicts the hello function of blocks_hello served natively", async () => {
  const client = await connect(servers.hello);
  const result = await within(10000, client.predict("/welcome", ["Ada"]), "predict /welcome");
  assert.deepEqual(result.data, ["Welcome to Gradio, Ada!"]);
  client.close();
});

test("the config and /info describe the app as a Gradio server does", async () => {
  const config = await (await fetch(`${servers.hello.url}/config`)).json();
  assert.equal(config.protocol, "sse_v3");
  assert.equal(config.api_prefix, "/gradio_api");
  assert.equal(config.root, servers.hello.url);
  const info = await (await fetch(`${servers.hello.url}/gradio_api/info`)).json();
  assert.equal(info.named_endpoints["/welcome"].parameters[0].component, "Textbox");
});

test("a gr::Error thrown in C++ reaches the client as the error message", async () => {
  const client = await connect(servers.slow);
  await assert.rejects(within(10000, client.predict("/slow_echo", ["", 0]), "predict"), /Please type something to echo\./);
  client.close();
});

test("a queue=false function is called through POST /run, as the client does for it", async () => {
  const client = await connect(servers.slow);
  const result = await within(10000, client.predict("/shout", ["hey"]), "predict /shout");
  assert.deepEqual(result.data, ["HEY!"]);
  client.close();
});

test("a running job is cancelled from the client and its result never arrives", async () => {
  const client = await connect(servers.slow, ["data", "status"]);
  const job = client.submit("/slow_echo", ["too late", 2]);
  let cancelled = false;
  const events = await within(
    10000,
    collect(job, async (ev) => {
      if (ev.type === "status" && ev.original_msg === "process_starts" && !cancelled) {
        cancelled = true;
        await job.cancel();
      }
    }),
    "cancelled job",
  );
  assert.ok(cancelled, "the job started");
  assert.ok(!events.some((e) => e.type === "data" && e.data?.includes?.("too late")), "no echo after cancel");
  client.close();
});

test("a full queue refuses a join with Gradio's busy message (max_size 1)", async () => {
  const client = await connect(servers.slow, ["data", "status"]);
  // Walks a submission's events until `ready` says it reached the wanted state.
  const until = async (job, ready) => {
    for await (const ev of job) if (ready(ev)) return;
  };
  const running = client.submit("/slow_echo", ["first", 2]);
  await within(15000, until(running, (ev) => ev.original_msg === "process_starts"), "first job starts");
  const waiting = client.submit("/slow_echo", ["second", 0]);
  await within(10000, until(waiting, (ev) => ev.type === "status" && ev.position === 0 && ev.size === 1), "second job queued");
  const third = await within(10000, client.predict("/slow_echo", ["third", 0]).then(() => null, (e) => e), "third join");
  assert.match(String(third?.message), /This application is currently busy/);
  await within(15000, collect(running), "first job");
  client.close();
});

test("an image uploaded with handle_file reaches the C++ function as a file it can decode", async () => {
  const file = path.join(scratch, "red.png");
  writeFileSync(file, png(3, 2));
  const client = await connect(servers.image);
  const result = await within(10000, client.predict("/describe", [handle_file(file)]), "predict /describe");
  assert.match(result.data[0], /^PNG image, 3x2 pixels, mode RGB, \d+ bytes$/);
  client.close();
});

test("a served C++ function takes the upload's pixels as gr::image::Image and its returned image comes back as a file", async () => {
  const server = await startDemo("image_invert");
  try {
    const file = path.join(scratch, "tile.png");
    writeFileSync(file, png(3, 2, [200, 30, 40]));
    const client = await connect(server);
    const info = await within(10000, client.predict("/describe", [handle_file(file)]), "predict /describe");
    assert.equal(info.data[0], "3 × 2 pixels, mode RGB");
    const result = await within(10000, client.predict("/invert", [handle_file(file)]), "predict /invert");
    assert.equal(result.data[1], "3 × 2 pixels");
    const returned = result.data[0];
    assert.equal(returned.orig_name, "image.png");
    const bytes = new Uint8Array(await (await fetch(returned.url)).arrayBuffer());
    const Module = await graftModule();
    const image = Module.imageDecode(bytes, -1, 0);
    assert.deepEqual([image.width, image.height, image.mode], [3, 2, "RGB"]);
    assert.deepEqual([...image.pixels.subarray(0, 3)], [55, 225, 215]);
    client.close();
  } finally {
    await server.stop();
  }
});

test("a served image output carries its watermark, composited bottom-right as Gradio does", async () => {
  const file = path.join(scratch, "white.png");
  writeFileSync(file, png(40, 30, [255, 255, 255]));
  const client = await connect(servers.image);
  const result = await within(10000, client.predict("/mark", [handle_file(file)]), "predict /mark");
  const bytes = new Uint8Array(await (await fetch(result.data[0].url)).arrayBuffer());
  const image = (await graftModule()).imageDecode(bytes, -1, 0);
  const at = (x, y) => [...image.pixels.subarray((y * 40 + x) * 3, (y * 40 + x) * 3 + 3)];
  // 40 × 30 image, 4 × 4 mark: pasted at (40 - 4 - 10, 30 - 4 - 10) = (26, 16).
  assert.deepEqual(at(26, 16), [200, 0, 0]);
  assert.deepEqual(at(25, 16), [255, 255, 255]);
  client.close();
});

test("a C++ validator refuses invalid inputs at join with Gradio's 422, one verdict per input", async () => {
  const join = (data) =>
    fetch(`${servers.slow.url}/gradio_api/queue/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ data, fn_index: 0, session_hash: "validator-test", event_data: null }),
    });
  const refused = await join(["hi", 99]);
  assert.equal(refused.status, 422);
  assert.deepEqual((await refused.json()).detail, [
    { is_valid: true, message: "" },
    { __type__: "validate", is_valid: false, message: "Seconds must be between 0 and 30." },
  ]);
  const client = await connect(servers.slow);
  await assert.rejects(within(10000, client.predict("/slow_echo", ["hi", -1]), "predict"), (err) =>
    String(err?.message ?? JSON.stringify(err)).includes("Seconds must be between 0 and 30."));
  client.close();
});

test("a FileData naming a file the server did not create is refused", async () => {
  const client = await connect(servers.image);
  const forged = { path: "/etc/passwd", meta: { _type: "gradio.FileData" } };
  await assert.rejects(within(10000, client.predict("/describe", [forged]), "predict"), /not in the upload folder/);
  client.close();
});

test("uploads are served back, and nothing else is, however the path is spelled", async () => {
  const base = servers.image.url;
  const form = new FormData();
  form.append("files", new Blob([png(1, 1)]), "dot.png");
  const [stored] = await (await fetch(`${base}/gradio_api/upload`, { method: "POST", body: form })).json();
  const served = await fetch(`${base}/gradio_api/file=${stored}`);
  assert.equal(served.status, 200);
  assert.equal(served.headers.get("content-type"), "image/png");
  const dir = path.dirname(stored);
  writeFileSync(path.join(dir, "planted.txt"), "not the server's"); // beside an upload, but not one
  // Sent byte for byte (fetch would resolve the dot segments before the server saw them).
  for (const probe of ["/etc/passwd", `${dir}/../../../../etc/passwd`, `${dir}/%2e%2e/%2e%2e/%2e%2e/etc/passwd`, `${dir}/planted.txt`, dir]) {
    const status = await within(5000, rawGet(base, `/gradio_api/file=${probe}`), `GET file=${probe}`);
    assert.equal(status, 403, `file=${probe} must be refused`);
  }
});

test("an upload larger than max_file_size is refused with 413", async () => {
  const form = new FormData();
  form.append("files", new Blob([Buffer.alloc(5000, 1)]), "big.bin");
  const res = await fetch(`${servers.image.url}/gradio_api/upload`, { method: "POST", body: form });
  assert.equal(res.status, 413);
  assert.match(await res.text(), /maximum allowed size is 4096 bytes/);
});

test("the /call REST API streams the result as named events", async () => {
  const base = servers.hello.url;
  const { event_id } = await (
    await fetch(`${base}/gradio_api/call/welcome`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"data":["Cy"]}' })
  ).json();
  const text = await within(10000, fetch(`${base}/gradio_api/call/welcome/${event_id}`).then((r) => r.text()), "call stream");
  assert.match(text, /event: complete\ndata: \["Welcome to Gradio, Cy!"\]/);
});

test("cross-origin requests get Gradio's CORS answers, preflight included", async () => {
  const base = servers.hello.url;
  const origin = "http://elsewhere.example";
  const pre = await fetch(`${base}/gradio_api/queue/join`, {
    method: "OPTIONS",
    headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,x-gradio-user" },
  });
  assert.equal(pre.status, 200);
  assert.equal(pre.headers.get("access-control-allow-origin"), origin);
  assert.equal(pre.headers.get("access-control-allow-credentials"), "true");
  assert.match(pre.headers.get("access-control-allow-headers"), /x-gradio-user/);
  const config = await fetch(`${base}/config`, { headers: { Origin: origin } });
  assert.equal(config.headers.get("access-control-allow-origin"), origin);
});

test("a C++ generator streams intermediate results and progress to the client", async () => {
  const server = await startDemo("generator_tokens");
  try {
    const client = await connect(server, ["data", "status"]);
    const job = client.submit("/stream_reply", ["hello there"]);
    const events = await within(15000, collect(job), "generator job");
    const texts = events.filter((e) => e.type === "data").map((e) => e.data[0]);
    assert.deepEqual(texts.slice(0, 4), ["You", "You said:", "You said: hello", "You said: hello there"]);
    assert.equal(texts.at(-1), "You said: hello there");
    const progress = events.filter((e) => e.type === "status" && e.progress_data).map((e) => e.progress_data[0]);
    assert.ok(progress.some((p) => p.desc === "Writing" && p.length === 4 && p.unit === "words"), "progress reported");
    client.close();
  } finally {
    await server.stop();
  }
});

test("a gr.Warning from a C++ function reaches the client as Gradio's log message", async () => {
  const server = await startDemo("generator_tokens");
  try {
    const client = await connect(server, ["data", "status", "log"]);
    const events = await within(15000, collect(client.submit("/stream_reply", [""])), "generator job");
    const logs = events.filter((e) => e.type === "log");
    assert.equal(logs.length, 1);
    assert.deepEqual(
      { log: logs[0].log, level: logs[0].level, title: logs[0].title, duration: logs[0].duration, visible: logs[0].visible },
      { log: "The prompt is empty: replying to nothing.", level: "warning", title: "Warning", duration: 10, visible: true },
    );
    assert.equal(events.filter((e) => e.type === "data").at(-1).data[0], "You said: nothing");
    client.close();
  } finally {
    await server.stop();
  }
});

test("served C++ functions read uploaded files as gr::File and return new files the client downloads", async () => {
  const server = await startDemo("upload_and_download_cpp");
  try {
    const a = path.join(scratch, "a.txt");
    const b = path.join(scratch, "b.csv");
    writeFileSync(a, "12345");
    writeFileSync(b, "x,y\n1,2\n");
    const client = await connect(server);
    const result = await within(10000, client.predict("/summarize", [[handle_file(a), handle_file(b)]]), "predict /summarize");
    assert.equal(result.data[0], "2 files, 13 B in all: a.txt (5 B), b.csv (8 B)");
    const report = result.data[1];
    assert.equal(report.orig_name, "report.txt");
    const text = await (await fetch(report.url)).text();
    assert.match(text, /^Files uploaded\n\n- a\.txt \(5 B\)\n- b\.csv \(8 B\)\n\nTotal: 13 B\n$/);
    // The upload button's file goes on to the download button under its own name.
    const moved = await within(10000, client.predict("/upload_file", [handle_file(a)]), "predict /upload_file");
    assert.equal(moved.data[1].label, "Download a.txt");
    assert.equal(await (await fetch(moved.data[1].value.url)).text(), "12345");
    client.close();
  } finally {
    await server.stop();
  }
});
