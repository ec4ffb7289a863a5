// gr.Textbox: a labelled <input> (lines = 1) or <textarea>. Fires input/change through the
// core on every edit, submit on Enter (single line), focus and blur.
import { applyCommon, blockElement, labelFor, uid } from "./block.js";

export const textbox = {
  create(props, ctx) {
    const el = blockElement("div", "textbox", props);
    const multiline = (props.lines ?? 1) > 1;
    const control = document.createElement(multiline ? "textarea" : "input");
    control.id = uid("textbox");
    if (multiline) control.rows = props.lines;
    else control.type = ["password", "email"].includes(props.type) ? props.type : "text";
    const label = labelFor(control, props.label ?? "Textbox", props.show_label);
    control.addEventListener("input", () => ctx.input(control.value));
    control.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !multiline && !e.isComposing) ctx.emit("submit");
    });
    control.addEventListener("focus", () => ctx.emit("focus"));
    control.addEventListener("blur", () => ctx.emit("blur"));
    el.append(label);
    if (props.info) {
      const info = document.createElement("span");
      info.className = "graft-info";
      info.id = uid("info");
      info.textContent = props.info;
      control.setAttribute("aria-describedby", info.id);
      el.append(info);
    }
    el.append(control);
    const view = { el, control, label };
    textbox.update(view, props, props);
    return view;
  },
  update(view, props, patch) {
    const { control, label } = view;
    applyCommon(view.el, props);
    // Writing the same text back would move the caret; only set what differs.
    if ("value" in patch && control.value !== (props.value ?? "")) control.value = props.value ?? "";
    if ("placeholder" in patch) control.placeholder = props.placeholder ?? "";
    if ("label" in patch) label.textContent = props.label ?? "Textbox";
    if ("interactive" in patch) control.readOnly = props.interactive === false;
  },
};
