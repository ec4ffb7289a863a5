// gr.Tab: one panel of a Tabs. Its children are mounted the first time it is shown and then
// stay mounted (Gradio's lazy rendering); its Tabs draws the button and picks the shown tab.
import { setClasses } from "../atoms/block.js";

export default {
  receives: "—",
  ownsChildren: true,
  create(props, ctx) {
    const el = document.createElement("div");
    el.setAttribute("role", "tabpanel");
    const view = { el, ctx, filled: false };
    view.show = (on) => {
      el.hidden = !on;
      if (on && !view.filled) {
        view.filled = true;
        ctx.mountChildren(el);
      }
    };
    view.show(false);
    this.update(view, props, props, ctx);
    return view;
  },
  update(view, props, patch, ctx) {
    view.el.className = "tabitem";
    setClasses(view.el, props.elem_classes);
    view.el.id = props.elem_id ?? `graft-tab-${ctx.id}`;
    if ("label" in patch || "interactive" in patch || "visible" in patch) ctx.parentView()?.refreshTabs?.();
  },
  destroy(view) {
    view.ctx.parentView()?.refreshTabs?.();
  },
  css: `.graft-app .tabitem:not([hidden]) { display: flex; flex-direction: column; gap: var(--layout-gap); }`,
};
