// <graft-app>: an app in any page. `src` names a Gradio config JSON (a path ending in .json)
// or a Gradio server's root URL, `module` a C++ app built with graft_add_app(), or the config
// sits inline in <script type="application/json">. Load problems are shown in the element
// (role="alert"), never a blank box.
import { AppView } from "./app-view.js";
import { pageFunctionNames } from "./functions.js";
import { loadAppModule, loadRuntime } from "./runtime.js";
import { ensureStylesheet } from "./stylesheet.js";
import { showLoadError } from "./load-error.js";
import { RemoteQueue } from "./remote.js";
import { prefetchModules } from "./component-tree.js";

export class GraftAppElement extends HTMLElement {
  #view = null;
  #functions = new Map();
  #loading = null;
  #remote = null; // the server's queue, when `src` names a Gradio server

  // Resolves when the app is interactive; rejects with the load error.
  get ready() {
    return this.#loading ?? Promise.reject(new Error("<graft-app> is not connected"));
  }

  // A function for this app only, found before page-wide register() ones.
  register(name, fn) {
    this.#functions.set(name, fn);
  }

  connectedCallback() {
    ensureStylesheet();
    this.#loading = this.#load();
    this.#loading.catch(() => {}); // shown in the element; `ready` still rejects for callers
  }

  disconnectedCallback() {
    this.#view?.destroy();
    this.#view = null;
    this.#remote?.close();
    this.#remote = null;
  }

  async #load() {
    try {
      const handle = await this.#handle();
      performance.mark("graft:app-loaded");
      // Module scripts after the element run before DOMContentLoaded: wait so their
      // register() calls count before functions are checked. A C++ app carries its own;
      // a served app's functions are on its server.
      if (!this.hasAttribute("module")) await domReady();
      const missing = this.#remote ? [] : JSON.parse(handle.missingFunctions(JSON.stringify([...pageFunctionNames(), ...this.#functions.keys()])));
      if (missing.length) {
        handle.delete();
        throw new Error(`the app needs functions it does not have:\n${missing.map((p) => `${p.path}: ${p.message}`).join("\n")}`);
      }
      this.#view = new AppView(handle, this, { functions: this.#functions, remote: this.#remote });
      await this.#view.mount();
      performance.mark("graft:ready");
      this.toggleAttribute("data-ready", true);
      this.dispatchEvent(new Event("graft:ready", { bubbles: true }));
    } catch (err) {
      showLoadError(this, err);
      throw err;
    }
  }

  async #handle() {
    if (this.hasAttribute("module")) return loadAppModule(this.getAttribute("module"));
    const [module, { text, server }] = await Promise.all([loadRuntime(), this.#configText().then(prefetchTypes)]);
    const handle = module.AppHandle.fromConfig(text);
    if (server) {
      const config = JSON.parse(text);
      this.#remote = new RemoteQueue(module, config.root || server, config.api_prefix ?? "");
    }
    return handle;
  }

  // The config text, and the server root when `src` names a Gradio server rather than a file.
  async #configText() {
    const src = this.getAttribute("src");
    if (src) {
      const url = new URL(src, document.baseURI);
      const server = url.pathname.endsWith(".json") ? null : url.href.replace(/\/+$/, "");
      const configUrl = server ? `${server}/config` : url.href;
      const response = await fetch(configUrl).catch((err) => {
        throw new Error(`could not fetch the config ${configUrl}: ${err.message}`);
      });
      if (!response.ok) throw new Error(`could not fetch the config ${configUrl}: HTTP ${response.status}`);
      return { text: await response.text(), server };
    }
    const inline = this.querySelector('script[type="application/json"]');
    if (inline) return { text: inline.textContent, server: null };
    throw new Error('<graft-app> needs a config: src="app.json", module="app.js", or an inline <script type="application/json">');
  }
}

// A config's component types are known before the runtime is: their chunks load meanwhile.
function prefetchTypes(config) {
  try {
    const { components } = JSON.parse(config.text);
    if (Array.isArray(components)) prefetchModules(components.map((c) => c?.type).filter((t) => typeof t === "string").concat("column"));
  } catch {
    /* the core reports a bad config, with its JSON path */
  }
  return config;
}

function domReady() {
  return document.readyState === "loading"
    ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
    : Promise.resolve();
}

if (!customElements.get("graft-app")) customElements.define("graft-app", GraftAppElement);
// Drop-in embeds: <gradio-app src="https://host/"> works too, unless the page defines its own.
if (!customElements.get("gradio-app")) customElements.define("gradio-app", class extends GraftAppElement {});
