// <graft-app>: an app in any page. `src` names a Gradio config JSON (a path ending in .json)
// or a Gradio server's root URL, `module` a C++ app built with graft_add_app(), or the config
// sits inline in <script type="application/json">. Load problems are shown in the element
// (role="alert"), never a blank box. <gradio-app> is the same element with the defaults of
// Gradio's embed (lazy, framed); the attributes it takes are Gradio's (docs/embedding.md).
import { AppView } from "./app-view.js";
import { pageFunctionNames } from "./functions.js";
import { loadAppModule, loadRuntime } from "./runtime.js";
import { ensureStylesheet } from "./stylesheet.js";
import { showLoadError } from "./load-error.js";
import { prefetchModules } from "./component-tree.js";

export class GraftAppElement extends HTMLElement {
  // Changing where the app comes from loads it again, as Gradio's element does for src.
  static observedAttributes = ["src", "module"];
  // <graft-app> is also how a whole page shows its app (Gradio's own page sets eager="true"
  // and embed="false"), so it draws at once; <gradio-app> keeps Gradio's lazy default.
  static eagerByDefault = true;
  // Gradio scrolls to a scroll_to_output listener's output in its own page, and in an embed only
  // with autoscroll="true"; AppView is told which (its `autoscroll` option).
  static autoscrollByDefault = true;

  #view = null;
  #functions = new Map();
  #loading = null;
  #remote = null; // the server's queue, when `src` names a Gradio server
  #run = 0; // bumped by every start and stop, so a load that was overtaken gives up
  #stopWatching = null; // ends a lazy app's wait for the viewport

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
    // Gradio's initial_height: the space the app holds while it loads (graft.css applies it).
    const height = this.getAttribute("initial_height");
    if (height) this.style.setProperty("--graft-initial-height", height);
    else this.style.removeProperty("--graft-initial-height");
    const run = ++this.#run;
    this.#loading = this.#load(run);
    this.#loading.catch(() => {}); // shown in the element; `ready` still rejects for callers
  }

  disconnectedCallback() {
    this.#run++;
    this.#stopWatching?.();
    this.#view?.destroy();
    this.#view = null;
    this.#remote?.close();
    this.#remote = null;
    this.removeAttribute("data-ready");
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected || !this.#loading) return; // not started yet
    this.disconnectedCallback(); // clears the drawn app
    this.querySelector(":scope > .graft-load-error")?.remove(); // or the old load error
    this.connectedCallback();
  }

  async #load(run) {
    const current = () => run === this.#run;
    try {
      const { handle, remote } = await this.#handle();
      if (!current()) return void (handle.delete(), remote?.close());
      this.#remote = remote;
      performance.mark("graft:app-loaded");
      // Module scripts after the element run before DOMContentLoaded: wait so their
      // register() calls count before functions are checked. A C++ app carries its own;
      // a served app's functions are on its server.
      if (!this.hasAttribute("module")) await domReady();
      const missing = remote ? [] : JSON.parse(handle.missingFunctions(JSON.stringify([...pageFunctionNames(), ...this.#functions.keys()])));
      if (missing.length) {
        handle.delete();
        throw new Error(`the app needs functions it does not have:\n${missing.map((p) => `${p.path}: ${p.message}`).join("\n")}`);
      }
      // A lazy app (Gradio's eager="false") is checked at once but drawn when first seen.
      if (!this.#eager()) await this.#untilVisible();
      if (!current()) return void handle.delete();
      const autoscroll = this.#flag("autoscroll", this.constructor.autoscrollByDefault);
      this.#view = new AppView(handle, this, { functions: this.#functions, remote, autoscroll });
      await this.#view.mount();
      if (!current()) return;
      if (this.getAttribute("control_page_title") === "true") {
        const { title } = JSON.parse(handle.config());
        if (typeof title === "string") document.title = title;
      }
      performance.mark("graft:ready");
      this.toggleAttribute("data-ready", true);
      this.dispatchEvent(new Event("graft:ready", { bubbles: true }));
      // Gradio's embed fires `render` once the app is drawn; pages written for it listen to that.
      this.dispatchEvent(new CustomEvent("render", { bubbles: true, composed: true }));
    } catch (err) {
      if (current()) {
        showLoadError(this, err);
        this.dispatchEvent(new CustomEvent("graft:error", { bubbles: true, composed: true, detail: { error: err } }));
      }
      throw err;
    }
  }

  // Gradio's attribute rule: only "true" and "false" count; anything else is the default.
  #flag(name, fallback) {
    const value = this.getAttribute(name);
    return value === "true" ? true : value === "false" ? false : fallback;
  }

  #eager() {
    return this.#flag("eager", this.constructor.eagerByDefault);
  }

  #untilVisible() {
    if (typeof IntersectionObserver !== "function") return Promise.resolve();
    return new Promise((resolve) => {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(this);
      // Stopped unseen: the load goes on only to find it was overtaken and free its app.
      this.#stopWatching = () => {
        observer.disconnect();
        resolve();
      };
    });
  }

  async #handle() {
    if (this.hasAttribute("module")) return { handle: await loadAppModule(this.getAttribute("module")), remote: null };
    // A lazy app fetches its config and the runtime now, but its components' code only when drawn.
    const prefetch = this.#eager() ? prefetchTypes : (config) => config;
    const [module, { text, server }] = await Promise.all([loadRuntime(), this.#configText().then(prefetch)]);
    const handle = module.AppHandle.fromConfig(text);
    if (!server) return { handle, remote: null };
    // Gradio's queue client is its own chunk: only apps served by a Gradio server load it.
    const { RemoteQueue } = await import("./remote.js").catch((err) => {
      handle.delete();
      throw err;
    });
    const config = JSON.parse(text);
    return { handle, remote: new RemoteQueue(module, config.root || server, config.api_prefix ?? "") };
  }

  // The config text, and the server root when `src` names a Gradio server rather than a file.
  async #configText() {
    const src = this.getAttribute("src");
    if (src) {
      const url = new URL(src.trim(), document.baseURI);
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
    const space = this.getAttribute("space");
    if (space) {
      // Gradio asks Hugging Face's API where a Space runs; Graft reaches no service of its own.
      throw new Error(`space="${space}": Graft does not look Spaces up on Hugging Face; give the Space's own address instead, src="https://….hf.space/" (its "Embed this Space" URL)`);
    }
    throw new Error('<graft-app> needs a config: src="app.json", module="app.js", or an inline <script type="application/json">');
  }
}

// Gradio's <gradio-app>: lazy unless eager="true", framed unless container="false" (graft.css),
// no scrolling to outputs unless autoscroll="true".
export class GradioAppElement extends GraftAppElement {
  static eagerByDefault = false;
  static autoscrollByDefault = false;
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

// Until DOMContentLoaded has fired. readyState is "interactive" already while the page's deferred
// and module scripts run, before the event, so it cannot tell whether a module script after the
// element (its register() calls) has run yet: the navigation timing can.
function domReady() {
  const nav = performance.getEntriesByType?.("navigation")?.[0];
  const fired = nav ? nav.domContentLoadedEventStart > 0 : document.readyState !== "loading";
  return fired ? Promise.resolve() : new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
}

if (!customElements.get("graft-app")) customElements.define("graft-app", GraftAppElement);
// Drop-in embeds: <gradio-app src="https://host/"> works too, unless the page defines its own.
if (!customElements.get("gradio-app")) customElements.define("gradio-app", GradioAppElement);
