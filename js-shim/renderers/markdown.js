// gr.Markdown: rendered with marked, then sanitized with DOMPurify: values are never trusted.
import { marked } from "../vendor/marked.js";
import DOMPurify from "../vendor/purify.js";
import { applyCommon, blockElement } from "./block.js";

export const markdown = {
  create(props) {
    const el = blockElement("div", "markdown", props);
    el.classList.add("graft-prose");
    const view = { el };
    markdown.update(view, props, props);
    return view;
  },
  update(view, props, patch) {
    applyCommon(view.el, props);
    if ("value" in patch) view.el.innerHTML = DOMPurify.sanitize(marked.parse(String(props.value ?? "")));
  },
};
