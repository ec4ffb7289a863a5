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

// A C++ app compiled with graft_add_app(): its own module, whose main() launches the app.
// Each call instantiates the module afresh, so two elements never share an app.
export async function loadAppModule(url) {
  const href = new URL(url, document.baseURI).href;
  const { default: factory } = await import(href);
  performance.mark("graft:module-imported");
  const module = await factory({ locateFile: (path) => new URL(path, href).href });
  performance.mark("graft:module-instantiated");
  const handle = module.AppHandle.launched();
  if (!handle) throw new Error(`${url} launched no app: its main() must call demo.launch()`);
  return handle;
}
