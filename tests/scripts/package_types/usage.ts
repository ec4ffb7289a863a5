// Uses graft.js's public API as an npm user's TypeScript would; `@ts-expect-error` lines are
// misuses the declarations must refuse (tsc fails if one of them compiles).
import { Blocks, Error as GradioError, GraftAppElement, Info, Success, Warning, register } from "@graft-app/graft";
import type { Dependency, GraftErrorDetail, ListenerOptions } from "@graft-app/graft";

register("welcome", (name: string) => `Welcome to Gradio, ${name}!`);
register("slow", async function* (text: string) {
  for (const word of text.split(" ")) yield word;
});
// @ts-expect-error the name is a string (the listener's api_name)
register(1, () => 0);

Info("Saved", { duration: 5 });
Warning("Careful", { title: "Heads up", visible: true });
Success("Done", { duration: null });
const err = new GradioError("Please enter a name", { duration: 3, print_exception: false });
const asError: Error = err;
void asError;

const app: GraftAppElement | null = document.querySelector("graft-app");
const alias: GraftAppElement = document.createElement("gradio-app");
void alias;
if (app) {
  app.register("greet", (name: string) => `Hi ${name}`);
  app.setAttribute("theme_mode", "dark");
  app.addEventListener("graft:ready", (event) => console.log(event.type, app.hasAttribute("data-ready")));
  app.addEventListener("graft:error", (event) => console.log(event.detail.error.message));
  app.addEventListener("render", (event) => console.log(event.bubbles));
  const ready: Promise<void> = app.ready;
  void ready;
}
document.addEventListener("graft:error", (event) => {
  const detail: GraftErrorDetail = event.detail;
  console.log(detail.error.message);
});
// @ts-expect-error ready is read-only
if (app) app.ready = Promise.resolve();

async function build(): Promise<void> {
  const demo = await Blocks.create({ title: "Hello", theme: { button_primary_background_fill: "#2563eb" }, fill_height: true });
  demo.markdown("# Hello World!");
  const row = demo.row({ equal_height: true });
  const inp = row.textbox({ placeholder: "What is your name?" });
  const out = row.textbox();
  const run = demo.button("Run", { variant: "primary" });
  const dep: Dependency = run.click({ fn: (name: string) => `Welcome, ${name}!`, inputs: [inp], outputs: [out], trigger_mode: "once" });
  dep.then({ fn: () => Info("done") }).success({ fn: () => null, outputs: out }).failure({ fn: () => null });
  inp.key_up({ fn: (t: string) => t, inputs: inp, outputs: out, concurrency_limit: null, show_progress: "minimal" });
  inp.on("submit", { fn: (t: string) => t, inputs: [inp], outputs: [out], cancels: [dep], api_visibility: "private" });
  const tabs = demo.tabs();
  const tab = tabs.tab("Images", { id: "images" });
  tab.handle().select({ fn: () => null });
  tab.image({ type: "numpy", sources: ["upload", "webcam"] }).stream({ fn: (frame: unknown) => frame, stream_every: 0.2, time_limit: 30 });
  demo.accordion("More", { open: false }).slider({ minimum: 0, maximum: 10 });
  demo.clearButton({ components: [inp, out] });
  demo.linePlot({ x: "t", y: "v" });
  demo.timer(0.5).tick({ fn: () => Date.now() });
  demo.state({ count: 0 });
  demo.browserState([], { storage_key: "k" });
  demo.component("textbox", { label: "raw" });
  const options: ListenerOptions = { fn: (x: number) => x + 1, validator: (x: number) => x > 0 };
  demo.number().change(options);
  console.log(demo.config().title, demo.id);
  // @ts-expect-error trigger_mode is one of Gradio's three
  run.click({ fn: () => 0, trigger_mode: "sometimes" });
  // @ts-expect-error not an event of Gradio's table
  run.hover({ fn: () => 0 });
  // @ts-expect-error a tab needs its label
  tabs.tab();
  await demo.launch("#app");
  await demo.launch(document.body);
}
void build;
// @ts-expect-error Blocks takes Gradio's parameters by name, not positionally
new Blocks("Hello");
