// gr.Fallback: what Gradio draws for a component whose own frontend it does not have — a Block
// holding its value as a JSON tree (js/fallback: <JsonView>), with no label and no buttons.
// Graft draws the tree with gr.JSON's module (one chunk for both), showing neither its label
// nor its Copy button.
import json from "../json/index.js";

const asJson = (props) => ({ ...props, show_label: false, buttons: [], open: true });

export default {
  receives: "any JSON value (as the function returned it)",
  create: (props, ctx) => {
    const view = json.create(asJson(props), ctx);
    view.el.classList.add("graft-fallback");
    view.label.hidden = true;
    return view;
  },
  update: (view, props, patch) => json.update(view, asJson(props), patch),
  destroy: json.destroy,
  css: json.css,
  edge: json.edge,
};
