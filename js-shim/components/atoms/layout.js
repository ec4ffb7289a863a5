// Gradio's flex containers (Row, Column, Form, Group) share one shape: a div of a class whose
// children are mounted into it, with Block's common props. Row and Column hide only when
// `visible` is falsy, so "hidden" leaves them displayed, as Gradio 6.25 does.
import { setClasses } from "./block.js";

export function container(kind, { classes, hidesOnHidden = true, css = "" }) {
  const mod = {
    receives: "—",
    css,
    create(props, ctx) {
      const el = document.createElement("div");
      const view = { el };
      mod.update(view, props, props, ctx);
      return view;
    },
    update(view, props) {
      const { el } = view;
      el.className = `graft-${kind} ${classes(props)}`;
      setClasses(el, props.elem_classes); // className was just rewritten: old classes are gone
      if (props.elem_id) el.id = props.elem_id;
      else el.removeAttribute("id");
      el.classList.toggle("hidden", hidesOnHidden && props.visible === "hidden");
      el.style.flexGrow = props.scale != null ? String(props.scale) : "";
      el.style.minWidth = props.min_width != null ? `calc(min(${props.min_width}px, 100%))` : "";
      const px = (v) => (v == null ? "" : typeof v === "number" ? `${v}px` : String(v));
      el.style.height = px(props.height);
      el.style.maxHeight = px(props.max_height);
      el.style.minHeight = px(props.min_height);
    },
  };
  return mod;
}
