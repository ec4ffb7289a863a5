// gr.Markdown. Rendering waits for the markdown chunk (markdown-lib.js); until then the block
// is marked busy and empty, and the latest value wins once the chunk arrives.
import { applyCommon, blockElement } from "./block.js";

let lib = null;
const loadLib = () => (lib ??= import("./markdown-lib.js"));

export const markdown = {
  create(props) {
    const el = blockElement("div", "markdown", props);
    el.classList.add("graft-prose");
    const view = { el, text: null };
    markdown.update(view, props, props);
    return view;
  },
  update(view, props, patch) {
    applyCommon(view.el, props);
    if (!("value" in patch)) return;
    const text = String(props.value ?? "");
    view.text = text;
    view.el.setAttribute("aria-busy", "true");
    loadLib().then(({ renderMarkdown }) => {
      if (view.text !== text) return; // a newer value is on its way
      view.el.innerHTML = renderMarkdown(text);
      view.el.removeAttribute("aria-busy");
    });
  },
};
