// A C++ app served natively is also a web page and a `.stream()` endpoint: `--port N` serves
// the app's page at `/` with the Graft runtime (dist/graft, given by --runtime) at /graft/, and
// a stream event takes its later chunks through POST /gradio_api/stream/{event_id}, each
// answered on the session's data stream, until /close ends it with the last result.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startDemo, within, png, rawGet } from "./helpers.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const runtime = path.resolve(repo, process.env.GRAFT_RUNTIME_DIR ?? "dist/graft");

const servers = {};

before(async () => {
  servers.hello = await startDemo("blocks_hello", ["--runtime", runtime]);
  servers.frames = await startDemo("stream_frames", ["--runtime", runtime]);
  servers.bare = await startDemo("blocks_hello", ["--runtime", path.join(repo, "no-such-runtime")]);
});

after(async () => {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
});

test("the server's root is the app's page, loading the runtime from the server itself", async () => {
  const page = await fetch(`${servers.hello.url}/`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get("content-type"), "text/html; charset=utf-8");
  const html = await page.text();
  assert.match(html, /<title>Blocks Hello<\/title>/);
  assert.match(html, /<script type="module" src="graft\/graft.js"><\/script>/);
  assert.match(html, /<graft-app src="\.\/"><\/graft-app>/);
  const js = await fetch(`${servers.hello.url}/graft/graft.js`);
  assert.equal(js.headers.get("content-type"), "text/javascript; charset=utf-8");
  assert.equal(await js.text(), readFileSync(path.join(runtime, "graft.js"), "utf8"));
  const wasm = await fetch(`${servers.hello.url}/graft/graft.wasm`);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  assert.deepEqual(Buffer.from(await wasm.arrayBuffer()), readFileSync(path.join(runtime, "graft.wasm")));
  assert.equal((await fetch(`${servers.hello.url}/graft/graft.css`)).headers.get("content-type"), "text/css; charset=utf-8");
});

test("runtime URLs that leave its folder or name nothing are 404", async () => {
  for (const raw of ["/graft/../../../etc/passwd", "/graft/..%2f..%2f..%2fetc%2fpasswd", "/graft/%2e%2e", "/graft/nope.js", "/graft/"])
    assert.equal(await rawGet(servers.hello.url, raw), 404, raw);
});

test("a server without its runtime says at / what is missing, on stderr too, and still serves the API", async () => {
  const page = await fetch(`${servers.bare.url}/`);
  assert.equal(page.status, 500);
  assert.match(await page.text(), /there is no graft\.js in .*no-such-runtime/);
  assert.match(servers.bare.stderr(), /the app's page at \/ cannot load: there is no graft\.js in .*no-such-runtime.*--runtime DIR/);
  assert.equal((await fetch(`${servers.bare.url}/config`)).status, 200);
});

// The session's data stream as parsed messages, in order, from a fetch body.
function dataStream(base, session) {
  const messages = [];
  const waiters = [];
  const controller = new AbortController();
  (async () => {
    const response = await fetch(`${base}/gradio_api/queue/data?session_hash=${session}`, { signal: controller.signal });
    let buffer = "";
    for await (const bytes of response.body) {
      buffer += Buffer.from(bytes).toString("utf8");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (frame.startsWith("data: ")) messages.push(JSON.parse(frame.slice(6)));
        for (const w of [...waiters]) w();
      }
    }
  })().catch(() => {});
  // Resolves with the next message of kind `msg` not yet taken.
  let taken = 0;
  const next = (msg) =>
    within(10000, new Promise((resolve) => {
      const look = () => {
        const i = messages.findIndex((m, k) => k >= taken && m.msg === msg);
        if (i < 0) return false;
        taken = i + 1;
        resolve(messages[i]);
        return true;
      };
      if (look()) return;
      const waiter = () => look() && waiters.splice(waiters.indexOf(waiter), 1);
      waiters.push(waiter);
    }), `the ${msg} message`);
  return { next, messages, close: () => controller.abort() };
}

async function upload(base, bytes, name) {
  const form = new FormData();
  form.append("files", new Blob([bytes], { type: "image/png" }), name);
  const [serverPath] = await (await fetch(`${base}/gradio_api/upload`, { method: "POST", body: form })).json();
  return { path: serverPath, url: null, orig_name: name, size: bytes.length, mime_type: "image/png", meta: { _type: "gradio.FileData" } };
}

const post = (url, body) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

test("a .stream() event takes its later chunks through POST /stream/{event_id}, each answered, until /close", async () => {
  const base = servers.frames.url;
  const config = await (await fetch(`${base}/config`)).json();
  const fn_index = config.dependencies.find((d) => d.api_name === "describe").id;
  const session = "frames-session";
  const frames = [await upload(base, png(4, 2), "a.png"), await upload(base, png(8, 3), "b.png"), await upload(base, png(2, 5), "c.png")];
  const join = await post(`${base}/gradio_api/queue/join`, { data: [frames[0]], event_data: null, fn_index, trigger_id: null, session_hash: session });
  assert.equal(join.status, 200);
  const { event_id } = await join.json();
  const stream = dataStream(base, session);
  try {
    const first = await stream.next("process_streaming");
    assert.match(first.output.data[0], /^Frame 1: 4x2, brightness \d+\.\d$/);
    for (const [i, size] of [[1, "8x3"], [2, "2x5"]]) {
      const chunk = await post(`${base}/gradio_api/stream/${event_id}`, { data: [frames[i]], event_data: null, fn_index, session_hash: session });
      assert.equal(chunk.status, 200);
      assert.deepEqual(await chunk.json(), { msg: "success" });
      const answer = await stream.next("process_streaming");
      assert.match(answer.output.data[0], new RegExp(`^Frame ${i + 1}: ${size}, `));
    }
    // Refused: another session's chunk, the wrong number of values, an unknown event.
    assert.equal((await post(`${base}/gradio_api/stream/${event_id}`, { data: [frames[0]], session_hash: "someone-else" })).status, 404);
    const wrong = await post(`${base}/gradio_api/stream/${event_id}`, { data: [], session_hash: session });
    assert.equal(wrong.status, 400);
    assert.match((await wrong.json()).detail, /takes 1 input value\(s\) in "data" but got 0/);
    assert.equal((await post(`${base}/gradio_api/stream/0123456789abcdef`, { data: [frames[0]], session_hash: session })).status, 404);

    assert.equal((await post(`${base}/gradio_api/stream/${event_id}/close`, {})).status, 200);
    const done = await stream.next("process_completed");
    assert.equal(done.success, true);
    assert.match(done.output.data[0], /^Frame 3: 2x5, /);
    await stream.next("close_stream");
    assert.equal((await post(`${base}/gradio_api/stream/${event_id}`, { data: [frames[0]], session_hash: session })).status, 404);
  } finally {
    stream.close();
  }
});
