// One of every component the page draws, with its events: each listener below writes the
// event's name and EventData into the "Event log", so what fires (and when) is visible.
import { Blocks } from "../../graft/graft.js";

const demo = await Blocks.create({ title: "Kitchen sink" });
demo.markdown("# Kitchen sink\nEvery component Graft draws. Use them: each event appears in the log below.");

const lines = [];
// Each listener takes its component's value as input (which also makes it interactive, by
// Gradio's rule) and one parameter more, so it receives EventData as Gradio's `evt` does.
const nameOf = (t) => t?.props?.label ?? (t?.type === "button" ? t.props.value : t?.type) ?? "?";
const show = (v) => (v && typeof v === "object" && "shape" in v ? `image ${v.shape.join("×")}` : JSON.stringify(v));
const log = (name) => (value, evt) => {
  const { target, ...data } = evt ?? {};
  const extra = Object.keys(data).length ? ` ${JSON.stringify(data)}` : "";
  lines.unshift(`${nameOf(target)}: ${name}${extra} — value ${show(value)}`);
  return lines.slice(0, 12).join("\n");
};
const logLayout = (name) => (evt) => {
  const { target, ...data } = evt ?? {};
  lines.unshift(`${nameOf(target)}: ${name}${Object.keys(data).length ? ` ${JSON.stringify(data)}` : ""}`);
  return lines.slice(0, 12).join("\n");
};
const logBox = () => demo.textbox({ label: "Event log", lines: 6, interactive: false });
const listen = (component, events, out, { layout = false } = {}) => {
  for (const e of events)
    component.on(e, { fn: layout ? logLayout(e) : log(e), inputs: layout ? [] : [component], outputs: [out], api_name: `log_${component.id}_${e}`, queue: false });
};

const tabs = demo.tabs();
const form = tabs.tab("Form");
const text = form.row();
const textbox = text.textbox({ label: "Textbox", placeholder: "Type, then press Enter", info: "A one-line box: Enter submits", lines: 1, max_lines: 1 });
// Gradio 6's custom button: a gr.Button in `buttons` shows in the Textarea's toolbar.
const shout = text.button("Shout");
const textarea = text.textbox({ label: "Textarea", lines: 3, submit_btn: true, buttons: ["copy", shout] });
shout.click({ fn: (t) => t.toUpperCase(), inputs: [textarea], outputs: [textarea], api_name: "shout", queue: false });
const numbers = form.row();
const number = numbers.number({ label: "Number", minimum: 0, maximum: 100, step: 1, value: 42 });
const slider = numbers.slider({ label: "Slider", minimum: 0, maximum: 10, step: 0.5, value: 3 });
const choices = form.row();
const checkbox = choices.checkbox({ label: "Checkbox", value: true, info: "Ticks fire select" });
const group = choices.checkboxGroup({ label: "CheckboxGroup", choices: ["red", "green", "blue"], value: ["green"] });
const radio = choices.radio({ label: "Radio", choices: ["small", "medium", "large"], value: "medium" });
const picks = form.row();
const dropdown = picks.dropdown({ label: "Dropdown", choices: ["apple", "banana", "cherry"], value: "banana" });
const multi = picks.dropdown({ label: "Multiselect", choices: ["a", "b", "c", "d"], value: ["a"], multiselect: true, max_choices: 3 });
const misc = form.row();
const color = misc.colorPicker({ label: "ColorPicker", value: "#f97316" });
const date = misc.dateTime({ label: "DateTime", value: "2026-12-04 12:00:00" });
const buttons = form.row();
const primary = buttons.button("Primary", { variant: "primary" });
const secondary = buttons.button("Secondary");
const stop = buttons.button("Stop", { variant: "stop", size: "sm" });

const outputs = tabs.tab("Outputs");
outputs.markdown("**Markdown** with a [link](https://www.gradio.app) and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |");
outputs.html("<p style='color: var(--color-accent-text)'>gr.HTML renders the app's own markup.</p>");
const out = outputs.row();
out.json({ label: "JSON", value: { name: "Graft", components: ["textbox", "slider"], nested: { deep: { deeper: [1, 2, 3] } } } });
const label = out.label({ label: "Label", value: { label: "cat", confidences: [{ label: "cat", confidence: 0.8 }, { label: "dog", confidence: 0.15 }, { label: "bird", confidence: 0.05 }] } });
const highlighted = outputs.highlightedText({ label: "HighlightedText", value: [{ token: "Graft ", class_or_confidence: null }, { token: "draws", class_or_confidence: "verb" }, { token: " every ", class_or_confidence: null }, { token: "component", class_or_confidence: "noun" }], show_legend: true });
const code = outputs.code({ label: "Code", language: "python", value: "def greet(name):\n    return f\"Hello {name}!\"\n" });
outputs.paramViewer({ value: { label: { type: "str | None", description: "The component's label.", default: "None" }, visible: { type: "bool | Literal['hidden']", description: "Whether it is shown.", default: "True" } } });

const layouts = tabs.tab("Layouts");
const acc = layouts.accordion("An Accordion", { open: false });
acc.markdown("Mounted the first time it opens.");
const grp = layouts.group();
grp.textbox({ label: "In a Group (1)" });
grp.textbox({ label: "In a Group (2)" });
const panel = layouts.row({ variant: "panel" });
panel.column({ scale: 2 }).markdown("A Column with scale 2");
panel.column({ scale: 1 }).markdown("scale 1");

const images = tabs.tab("Image");
const image = images.image({ label: "Image", type: "numpy" });

const events = logBox();
listen(textbox, ["change", "submit", "focus", "blur", "select"], events);
listen(textarea, ["submit", "copy"], events);
listen(number, ["change", "submit"], events);
listen(slider, ["change", "release"], events);
listen(checkbox, ["change", "select"], events);
listen(group, ["change", "select"], events);
listen(radio, ["change", "select"], events);
listen(dropdown, ["change", "select", "focus", "blur"], events);
listen(multi, ["change", "select"], events);
listen(color, ["change", "submit"], events);
listen(date, ["change", "submit"], events);
for (const b of [primary, secondary, stop]) listen(b, ["click"], events);
listen(label, ["select"], events);
listen(highlighted, ["select"], events);
listen(image, ["upload", "clear", "select"], events);
listen(code, ["change", "focus", "blur"], events);
listen(tabs.handle(), ["select"], events, { layout: true });
listen(acc.handle(), ["expand", "collapse"], events, { layout: true });
demo.launch("#app");
