// gr.Button: a real <button> named by its value; fires click.
import { applyCommon, blockElement } from "./block.js";

export const button = {
  create(props, ctx) {
    const el = blockElement("button", "button", props);
    el.type = "button";
    el.addEventListener("click", () => ctx.emit("click"));
    button.update({ el }, props, props);
    return { el };
  },
  update(view, props) {
    const { el } = view;
    applyCommon(el, props);
    el.textContent = props.value ?? "Run";
    el.disabled = props.interactive === false;
    el.dataset.variant = props.variant ?? "secondary";
    el.dataset.size = props.size ?? "lg";
  },
};
