// TypeScript declarations for graft.js, Graft's public ES module: the <graft-app> element
// (and its alias <gradio-app>), register(), the Blocks builder and Gradio's toasts. Hand-written
// beside js-shim/ and checked by tests/scripts/package_types.test.mjs; names are Gradio's.

/** A Gradio config, as a Gradio server serves it at `/config` (docs/embedding.md). */
export type GradioConfig = Record<string, unknown>;

/**
 * A function bound to a listener by its `api_name`. It receives one argument per input, as
 * Gradio's Python function would (docs/components.md, "a page function receives"), plus the
 * event's EventData when it declares one parameter more; it returns one value per output (an
 * array for several), a Promise of it, or — as a generator — a stream of them.
 */
export type GraftFunction = (...args: any[]) => unknown;

/**
 * Adds `fn` to the page-wide table every `<graft-app>` consults for the listener whose
 * `api_name` is `name`. Throws a TypeError for an empty name or a non-function.
 */
export function register(name: string, fn: GraftFunction): void;

// ---------------------------------------------------------------------------------------------
// Toasts (Gradio's gr.Info, gr.Warning, gr.Success, gr.Error)

/** Gradio's toast options. `duration` is in seconds; `null` keeps the toast until closed. */
export interface ToastOptions {
  duration?: number | null;
  visible?: boolean;
  title?: string;
}

/** Shows an info toast in the app whose function is running (every app, called outside one). */
export function Info(message: string, options?: ToastOptions): void;
/** Shows a warning toast, as gr.Warning. */
export function Warning(message: string, options?: ToastOptions): void;
/** Shows a success toast, as gr.Success. */
export function Success(message: string, options?: ToastOptions): void;

/** Options of Gradio's gr.Error. */
export interface ErrorOptions extends ToastOptions {
  print_exception?: boolean;
}

/**
 * Gradio's gr.Error: thrown from a function, its message is shown whatever the app's
 * `show_error` says. Exported as `Error`.
 */
declare class GradioError extends globalThis.Error {
  constructor(message: string, options?: ErrorOptions);
  duration: number | null;
  visible: boolean;
  title: string;
  print_exception: boolean;
}
export { GradioError as Error };

// ---------------------------------------------------------------------------------------------
// The <graft-app> element

/**
 * The attributes `<graft-app>` and `<gradio-app>` read (docs/embedding.md#attributes). Values
 * are strings; the boolean ones count only "true" and "false", as in Gradio.
 */
export interface GraftAppAttributes {
  /** A Gradio config JSON (a path ending in .json) or a Gradio server's root URL. */
  src?: string;
  /** A C++ app built with graft_add_app() (its app.js). */
  module?: string;
  /** Gradio's Hugging Face Space shorthand: not looked up (a load error says to use `src`). */
  space?: string;
  /** "true": draw at once; "false": draw when first scrolled into view. Default: "true" for <graft-app>, "false" for <gradio-app>. */
  eager?: "true" | "false";
  /** The height held while the app loads, a CSS length. Default "300px". */
  initial_height?: string;
  /** "true": Gradio's embed frame around the app. Default: "false" for <graft-app>, "true" for <gradio-app>. */
  container?: "true" | "false";
  /** "false": a whole-page app, never framed (Gradio's own page sets it). */
  embed?: "true" | "false";
  /** Light or dark; default: the page's ?__theme=, else the system's preference. */
  theme_mode?: "light" | "dark" | "system";
  /** "true": the page's title becomes the app's `title` once drawn. */
  control_page_title?: "true" | "false";
  /** Accepted for Gradio's snippets: Graft has no Space information bar to show. */
  info?: "true" | "false";
  /** Whether a `scroll_to_output` listener scrolls the page to its output. Default: "true" for <graft-app>, "false" for <gradio-app>. */
  autoscroll?: "true" | "false";
}

/** `detail` of the `graft:error` event. */
export interface GraftErrorDetail {
  /** The load error; its message lists every problem with its JSON path. */
  error: Error;
}

/** Events of `<graft-app>` beyond HTMLElement's. */
export interface GraftAppElementEventMap extends HTMLElementEventMap {
  /** Bubbles once the app is interactive (the element then has `data-ready`). */
  "graft:ready": Event;
  /** Bubbles when the app cannot be loaded; the element shows the same message (role="alert"). */
  "graft:error": CustomEvent<GraftErrorDetail>;
  /** Gradio's embed event, fired with `graft:ready` (bubbles, composed). */
  render: CustomEvent<null>;
}

/**
 * `<graft-app>`: an app in any page. Its config comes from `src`, `module`, or an inline
 * `<script type="application/json">`. `<gradio-app>` is the same element with the defaults of
 * Gradio's embed (lazy, framed). Importing graft.js defines both names, unless the page already
 * defined them.
 */
export class GraftAppElement extends HTMLElement {
  /** The attributes whose change loads the app again. */
  static readonly observedAttributes: string[];
  /** Whether an element of this class draws at once when `eager` is absent. */
  static readonly eagerByDefault: boolean;
  /** Whether an element of this class scrolls to a `scroll_to_output` listener's output when `autoscroll` is absent. */
  static readonly autoscrollByDefault: boolean;
  /** Resolves when the app is interactive; rejects with the load error (also shown in the element). */
  readonly ready: Promise<void>;
  /** A function for this app only, found before page-wide `register()` ones. */
  register(name: string, fn: GraftFunction): void;
  addEventListener<K extends keyof GraftAppElementEventMap>(type: K, listener: (this: GraftAppElement, ev: GraftAppElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof GraftAppElementEventMap>(type: K, listener: (this: GraftAppElement, ev: GraftAppElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "graft-app": GraftAppElement;
    "gradio-app": GraftAppElement;
  }
  // graft:ready and graft:error bubble to the document (Blocks.launch() fires graft:ready too).
  interface HTMLElementEventMap {
    "graft:ready": Event;
    "graft:error": CustomEvent<GraftErrorDetail>;
  }
  interface DocumentEventMap {
    "graft:ready": Event;
    "graft:error": CustomEvent<GraftErrorDetail>;
  }
}

// ---------------------------------------------------------------------------------------------
// The Blocks builder, named like Gradio's Python API

/** Gradio props of a component, by Gradio's names (`label`, `placeholder`, `interactive`, …). */
export type Props = Record<string, unknown>;

/** A component or its id, where a listener names inputs and outputs. */
export type ComponentRef = Component | number;

/** Gradio's listener parameters, by Gradio's names; an unknown one is refused with its name. */
export interface ListenerOptions {
  fn?: GraftFunction | null;
  inputs?: ComponentRef | ComponentRef[];
  outputs?: ComponentRef | ComponentRef[];
  /** The endpoint's name; defaults to the function's name, made unique with _1, _2, … */
  api_name?: string;
  /** Listeners to cancel when this one is triggered. */
  cancels?: Dependency | number | Array<Dependency | number>;
  api_description?: string | false | null;
  scroll_to_output?: boolean;
  show_progress?: "full" | "minimal" | "hidden";
  /** Component ids to show the progress animation on. */
  show_progress_on?: number | number[];
  queue?: boolean;
  batch?: boolean;
  max_batch_size?: number;
  preprocess?: boolean;
  postprocess?: boolean;
  trigger_mode?: "once" | "multiple" | "always_last";
  /** A frontend function (source text) run before `fn`; needs 'unsafe-eval' under a CSP. */
  js?: string | boolean | null;
  concurrency_limit?: number | null | "default";
  concurrency_id?: string | null;
  api_visibility?: "public" | "private" | "undocumented";
  time_limit?: number | null;
  stream_every?: number;
  key?: string | number | Array<string | number> | null;
  /** Runs first with the same inputs; returns gr.validate()-shaped results per input. */
  validator?: GraftFunction | string | null;
  show_api?: boolean;
}

/** What a listener returns (Gradio's Dependency): chain more listeners after it. */
export interface Dependency {
  /** The listener's index in the config's `dependencies`. */
  readonly id: number;
  /** Runs after this listener, whatever its outcome. */
  then(options: ListenerOptions): Dependency;
  /** Runs after this listener succeeds. */
  success(options: ListenerOptions): Dependency;
  /** Runs after this listener fails. */
  failure(options: ListenerOptions): Dependency;
}

/** Every event of Gradio's events table; a component that lacks one refuses it when the app is launched. */
export type GradioEvent =
  | "apply" | "blur" | "change" | "clear" | "click" | "collapse" | "copy" | "delete" | "double_click" | "download"
  | "edit" | "end" | "example_select" | "expand" | "focus" | "input" | "key_up" | "like" | "option_select" | "pause"
  | "pause_recording" | "play" | "preview_close" | "preview_open" | "release" | "retry" | "select" | "start_recording"
  | "stop" | "stop_recording" | "stream" | "submit" | "tick" | "undo" | "upload";

/** A component in a builder app; each of Gradio's events is a method. */
export interface Component extends Record<GradioEvent, (options: ListenerOptions) => Dependency> {
  /** The component's id in the config. */
  readonly id: number;
  /** A listener on `event`, as the event's own method. */
  on(event: GradioEvent, options: ListenerOptions): Dependency;
}

/** Rows, columns, tabs … and the Blocks itself: anything that holds components. */
export interface BlockContext {
  /** The block's id in the config (0 for the Blocks). */
  readonly id: number;
  /** This block as a component, for listeners on layout blocks (a Tab's select, an Accordion's expand). */
  handle(): Component;
  /** Any of Gradio's component types by its config name ("textbox", "nativeplot", …). */
  component(type: string, props?: Props): Component;

  markdown(value: string, props?: Props): Component;
  html(value?: string, props?: Props): Component;
  textbox(props?: Props): Component;
  /** A button; its label is `value` (default "Run"). */
  button(value?: string, props?: Props): Component;
  /** `choices` as values or [display, value] pairs. */
  dropdown(props?: Props): Component;
  radio(props?: Props): Component;
  checkboxGroup(props?: Props): Component;
  state(value?: unknown): Component;
  browserState(defaultValue?: unknown, props?: Props): Component;
  /** A Timer ticking every `value` seconds (> 0). */
  timer(value?: number, props?: Props): Component;

  number(props?: Props): Component;
  slider(props?: Props): Component;
  checkbox(props?: Props): Component;
  code(props?: Props): Component;
  colorPicker(props?: Props): Component;
  dateTime(props?: Props): Component;
  multimodalTextbox(props?: Props): Component;
  dialogue(props?: Props): Component;
  downloadButton(props?: Props): Component;
  uploadButton(props?: Props): Component;
  json(props?: Props): Component;
  label(props?: Props): Component;
  dataframe(props?: Props): Component;
  dataset(props?: Props): Component;
  highlightedText(props?: Props): Component;
  chatbot(props?: Props): Component;
  file(props?: Props): Component;
  fileExplorer(props?: Props): Component;
  image(props?: Props): Component;
  imageEditor(props?: Props): Component;
  imageSlider(props?: Props): Component;
  simpleImage(props?: Props): Component;
  annotatedImage(props?: Props): Component;
  audio(props?: Props): Component;
  video(props?: Props): Component;
  model3d(props?: Props): Component;
  gallery(props?: Props): Component;
  plot(props?: Props): Component;
  navbar(props?: Props): Component;
  paramViewer(props?: Props): Component;
  linePlot(props?: Props): Component;
  scatterPlot(props?: Props): Component;
  barPlot(props?: Props): Component;
  /** gr.ClearButton: a click empties `components`. */
  clearButton(props?: Props & { components?: ComponentRef | ComponentRef[] }): Component;
  deepLinkButton(props?: Props): Component;
  duplicateButton(props?: Props): Component;
  loginButton(props?: Props): Component;

  row(props?: Props): BlockContext;
  column(props?: Props): BlockContext;
  group(props?: Props): BlockContext;
  form(props?: Props): BlockContext;
  tabs(props?: Props): BlockContext;
  tab(label: string, props?: Props): BlockContext;
  accordion(label: string, props?: Props): BlockContext;
  sidebar(props?: Props): BlockContext;
}

/** gr.Blocks' parameters by Gradio's names; the last five are accepted and have no effect in a page. */
export interface BlocksOptions {
  title?: string;
  css?: string | null;
  js?: string | null;
  head?: string | null;
  /** Gradio's theme variables over the default (`button_primary_background_fill`, `*_dark` for dark mode). */
  theme?: Record<string, string | number> | null;
  fill_height?: boolean;
  fill_width?: boolean;
  analytics_enabled?: boolean | null;
  mode?: string;
  css_paths?: string | string[] | null;
  head_paths?: string | string[] | null;
  delete_cache?: [number, number] | null;
}

/** gr.Blocks: build an app in JS, then launch() it into an element. Every BlockContext method is its own. */
export interface Blocks extends BlockContext {}
export class Blocks {
  /** Loads the runtime first, so the app can be launched at once. */
  static create(options?: BlocksOptions): Promise<Blocks>;
  /** Throws a TypeError naming any parameter Gradio's Blocks does not have. */
  constructor(options?: BlocksOptions);
  css: string | null;
  js: string | null;
  head: string | null;
  theme: Record<string, string | number> | null;
  fill_height: boolean;
  fill_width: boolean;
  /** The app as a Gradio 6-shaped config. */
  config(): GradioConfig;
  /**
   * Mounts the app into `target` (an element or a selector); fires `graft:ready` on it once
   * interactive. Rejects, and shows the problem in `target`, when the app cannot load.
   */
  launch(target: string | Element): Promise<void>;
}
