// Loads the WebAssembly runtime (graft-runtime.js + graft.wasm) once per page, on first use.
// The module holds no app state: every app owns its own AppHandle.
let runtime = null;

// C++ apps bring their own module, so the shared runtime is imported only when needed.
export function loadRuntime() {
  runtime ??= import("./graft-runtime.js").then(({ default: createGraftModule }) =>
    createGraftModule({
      locateFile: (path) => new URL(path.endsWith(".wasm") ? "graft.wasm" : path, import.meta.url).href,
    }),
  );
  return runtime;
}

// What a C++ app's worker needs to run a second instance of its module: the glue's URL and
// the compiled WebAssembly.Module (compiled once here, instantiated in the page and the worker).
const appModules = new WeakMap(); // AppHandle -> { url, module }
export function appModuleOf(handle) {
  return appModules.get(handle) ?? null;
}

// A C++ app compiled with graft_add_app(): its own module, whose main() launches the app.
// Each call instantiates the module afresh, so two elements never share an app.
export async function loadAppModule(url) {
  const href = new URL(url, document.baseURI).href;
  const { default: factory } = await import(href);
  performance.mark("graft:module-imported");
  let compiled = null;
  let failed;
  const failure = new Promise((_, reject) => (failed = reject));
  const module = await Promise.race([
    factory({
      locateFile: (path) => new URL(path, href).href,
      instantiateWasm(imports, receive) {
        compiled = compileWasm(new URL(href.replace(/\.m?js(\?.*)?$/, ".wasm"), href).href);
        compiled.then((m) => WebAssembly.instantiate(m, imports).then((instance) => receive(instance, m))).catch(failed);
        return {};
      },
    }),
    failure,
  ]);
  performance.mark("graft:module-instantiated");
  const handle = module.AppHandle.launched();
  if (!handle) throw new Error(`${url} launched no app: its main() must call demo.launch()`);
  appModules.set(handle, { url: href, module: await compiled });
  return handle;
}

// Streaming compilation, or from bytes when the host serves .wasm with another MIME type.
async function compileWasm(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status}`);
  if (WebAssembly.compileStreaming && (response.headers.get("content-type") ?? "").startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
