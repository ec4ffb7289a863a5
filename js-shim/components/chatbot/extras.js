// What the Chatbot draws besides its messages: Gradio's Pending.svelte ("Loading response"
// dots while the event is pending), the last reply's options (option_select), and, with no
// messages, Examples.svelte's placeholder and example cards (example_select).
import { exampleCards, exampleData, fileKind } from "./helpers.js";
import { textSpan } from "./content.js";
import { redrawSignal } from "../atoms/block.js";

export function pendingDots(env) {
  const box = document.createElement("div");
  box.className = "container pending-container";
  const dots = document.createElement("div");
  dots.className = `message bot pending ${env.layout}`;
  dots.setAttribute("role", "status");
  dots.setAttribute("aria-label", "Loading response");
  dots.setAttribute("aria-live", "polite");
  const inner = document.createElement("div");
  inner.className = "message-content";
  const sr = document.createElement("span");
  sr.className = "sr-only";
  sr.textContent = "Loading content";
  const row = document.createElement("div");
  row.className = "dots";
  for (let i = 0; i < 3; i++) row.append(Object.assign(document.createElement("div"), { className: "dot" }));
  inner.append(sr, row);
  dots.append(inner);
  box.append(dots);
  return box;
}

export function optionButtons(options, env, signal) {
  const box = document.createElement("div");
  box.className = "options";
  options.forEach((option, index) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "option";
    b.textContent = String(option.label || option.value);
    b.addEventListener("click", () => env.ctx.emit("option_select", { index, value: option.value }), { signal });
    box.append(b);
  });
  return box;
}

// Gradio's Examples.svelte: the placeholder as Markdown and one card per example.
export function drawEmpty(view, props, env) {
  const signal = redrawSignal(view, "emptyDrawn", env.signal);
  view.empty.replaceChildren();
  if (props.placeholder != null) {
    const ph = document.createElement("div");
    ph.className = "placeholder";
    ph.append(textSpan(String(props.placeholder), { ...env, markdown: true }));
    view.empty.append(ph);
  }
  const cards = exampleCards(props.examples);
  if (!cards.length) return;
  const list = document.createElement("div");
  list.className = "examples";
  list.setAttribute("role", "list");
  cards.forEach((card, i) => {
    const item = document.createElement("div");
    item.setAttribute("role", "listitem"); // Gradio's list holds bare buttons; listitems make it a list
    const b = document.createElement("button");
    b.type = "button";
    b.className = "example";
    b.setAttribute("aria-label", `Select example ${i + 1}: ${card.display_text || card.text}`);
    const body = document.createElement("div");
    body.className = "example-content";
    const image = card.icon?.url ? card.icon : (card.files ?? []).find((f) => fileKind(f) === "image");
    if (image?.url) body.append(Object.assign(document.createElement("img"), { className: "example-image", src: image.url, alt: "" }));
    const text = document.createElement("span");
    text.className = "example-text";
    text.textContent = card.display_text || card.text || "";
    body.append(text);
    b.append(body);
    b.addEventListener("click", () => env.ctx.emit("example_select", exampleData(i, card)), { signal });
    item.append(b);
    list.append(item);
  });
  view.empty.append(list);
}
