// The worker that runs a C++ app's functions off the page's main thread: a second instance of
// the app's module (its compiled WebAssembly.Module comes from the page), whose main() builds
// the same app. Each call's reports (yields, progress, toasts, returned images) are posted
// as they happen, so the page shows a generator's values one by one while the call goes on.
// Protocol (native-runner.js is the other side):
//   page → worker: {init: {url, module, prefix}} then {call: {job, fn, dependency, inputs,
//                  event_data, generator, images, files}}, one at a time
//   worker → page: {ready} | {failed: message} at init; per job {job, yield, at} (`at`: when
//                  C++ yielded, ms since the epoch, for scripts/bench) {job, progress}
//                  {job, log: [level, message, title, duration]} and last {job, outcome,
//                  images, files}; a yield or the outcome carries the images and files
//                  ({path, bytes, name, mime_type}) the function returned since the last
//                  message; {job, crashed: message} when the module aborted (the page then
//                  ends this worker and starts another).
let handle = null;
let prefix = "";
let next = 0;

self.onmessage = async ({ data }) => {
  if (data.init) return init(data.init);
  if (data.call) call(data.call);
};

async function init({ url, module, pixelsPrefix }) {
  try {
    prefix = pixelsPrefix;
    const { default: factory } = await import(url);
    const instance = await factory({
      locateFile: (path) => new URL(path, url).href,
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(module, imports).then((i) => receive(i, module), (err) => self.postMessage({ failed: String(err?.message ?? err) }));
        return {};
      },
    });
    handle = instance.AppHandle.launched();
    if (!handle) throw new Error(`${url} launched no app in the worker`);
    self.postMessage({ ready: true });
  } catch (err) {
    self.postMessage({ failed: String(err?.message ?? err) });
  }
}

function call({ job, fn, dependency, inputs, event_data, generator, images, files }) {
  const kept = []; // images the function returned since the last message, by path
  const made = []; // files it returned: {path, bytes, name, mime_type}
  const send = (message) => {
    const transfer = [...kept.map((k) => k.image.pixels.buffer), ...made.map((f) => f.bytes.buffer)];
    self.postMessage({ job, ...message, images: kept.splice(0), files: made.splice(0) }, transfer);
  };
  const sink = {
    yield: (value) => send({ yield: value, at: performance.timeOrigin + performance.now() }),
    progress: (data) => self.postMessage({ job, progress: data }),
    log: (level, message, title, duration) => self.postMessage({ job, log: [level, message, title, duration] }),
    image: (image) => {
      const path = `${prefix}${++next}`;
      kept.push({ path, image });
      return path;
    },
    // The bytes are a view of the module's memory: copied before C++ goes on.
    file: (bytes, name, mime_type) => {
      const path = `${prefix}file-${++next}`;
      made.push({ path, bytes: bytes.slice(), name, mime_type });
      return path;
    },
  };
  try {
    const outcome = handle.callNative(fn, dependency, inputs, event_data, generator, images ?? null, files ?? null, sink);
    send({ outcome });
  } catch (err) {
    kept.length = 0;
    made.length = 0;
    // The bindings turn a C++ exception into a plain Error; anything else is the module itself
    // failing (abort(), a trap, the stack running out), after which it cannot be trusted.
    if (err?.constructor === Error) send({ outcome: JSON.stringify({ kind: "failed", message: err.message, user_error: false }) });
    else self.postMessage({ job, crashed: String(err?.message ?? err) });
  }
}
