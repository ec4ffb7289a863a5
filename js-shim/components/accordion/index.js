// gr.Accordion: a header button named "<label> ▼" that opens and closes its content. Content
// of an accordion that starts closed is mounted when it first opens, then stays (Gradio's lazy
// rendering). expand/collapse fire on a click and when a function changes `open`.
import { applyBlock, block } from "../atoms/block.js";

export default {
  receives: "—",
  ownsChildren: true,
  create(props, ctx) {
    const el = block(props, { kind: "accordion" });
    el.classList.add("gr-accordion");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "label-wrap";
    const label = document.createElement("span");
    const icon = document.createElement("span");
    icon.className = "icon";
    icon.textContent = "▼";
    button.append(label, " ", icon);
    const content = document.createElement("div");
    content.dataset.testid = "accordion-content";
    content.className = "accordion-content";
    content.id = ctx.uid("accordion");
    button.setAttribute("aria-controls", content.id);
    el.append(button, content);
    const view = { el, button, label, content, open: null, filled: false };
    button.addEventListener("click", () => {
      ctx.remember({ open: !view.open });
      setOpen(view, ctx, !view.open, true);
    }, { signal: ctx.signal });
    this.update(view, props, props, ctx);
    return view;
  },
  update(view, props, patch, ctx) {
    applyBlock(view.el, props);
    view.el.classList.add("gr-accordion");
    view.label.textContent = props.label ?? "";
    if ("open" in patch || view.open === null) setOpen(view, ctx, props.open !== false, view.open !== null);
  },
  css: `
.graft-accordion { padding: var(--block-padding); }
.graft-accordion .label-wrap { display: flex; width: 100%; justify-content: space-between; align-items: center; font: inherit; font-size: var(--text-md); font-weight: 600; color: var(--body-text-color); background: none; border: 0; padding: 0; cursor: pointer; }
.graft-accordion .label-wrap .icon { transition: transform 0.15s; color: var(--body-text-color-subdued); }
.graft-accordion .label-wrap:not(.open) .icon { transform: rotate(90deg); }
.graft-accordion .label-wrap:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-accordion .accordion-content { display: flex; flex-direction: column; gap: var(--layout-gap); margin-top: var(--spacing-lg); }
.graft-accordion .accordion-content[hidden] { display: none; }
`,
};

function setOpen(view, ctx, open, announce) {
  const changed = view.open !== open;
  view.open = open;
  view.button.classList.toggle("open", open);
  view.button.setAttribute("aria-expanded", String(open));
  view.content.hidden = !open;
  if (open && !view.filled) {
    view.filled = true;
    ctx.mountChildren(view.content);
  }
  if (announce && changed) ctx.emit(open ? "expand" : "collapse");
}
