// gr.Sidebar: a panel fixed at the left or right edge of the viewport, `width` wide, opened and
// closed by its "Toggle Sidebar" button; expand/collapse fire on the user's toggles only.
import { setClasses } from "../atoms/block.js";

export default {
  receives: "—",
  ownsChildren: true,
  create(props, ctx) {
    const el = document.createElement("div");
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "toggle-button";
    toggle.setAttribute("aria-label", "Toggle Sidebar");
    toggle.textContent = "›";
    const content = document.createElement("div");
    content.className = "sidebar-content";
    content.id = ctx.uid("sidebar");
    toggle.setAttribute("aria-controls", content.id);
    el.append(toggle, content);
    const view = { el, toggle, content, open: false };
    toggle.addEventListener("click", () => {
      view.open = !view.open;
      ctx.remember({ open: view.open });
      draw(view, ctx.props());
      ctx.emit(view.open ? "expand" : "collapse");
    }, { signal: ctx.signal });
    ctx.mountChildren(content);
    view.open = props.open !== false;
    this.update(view, props, props, ctx);
    return view;
  },
  update(view, props, patch) {
    if ("open" in patch) view.open = props.open !== false;
    draw(view, props);
  },
  css: `
.graft-app .sidebar { position: fixed; top: 0; bottom: 0; left: 0; z-index: 50; background: var(--background-fill-secondary); border-right: 1px solid var(--border-color-primary); transform: translateX(-100%); transition: transform 0.3s; }
.graft-app .sidebar.right { left: auto; right: 0; border-right: 0; border-left: 1px solid var(--border-color-primary); transform: translateX(100%); }
.graft-app .sidebar.open { transform: none; }
.graft-app .sidebar .sidebar-content { height: 100%; overflow-y: auto; padding: var(--spacing-xl); display: flex; flex-direction: column; gap: var(--layout-gap); box-sizing: border-box; }
.graft-app .sidebar:not(.open) .sidebar-content { visibility: hidden; }
.graft-app .sidebar .toggle-button { position: absolute; top: var(--spacing-xl); left: 100%; width: 28px; height: 40px; border: 1px solid var(--border-color-primary); border-left: 0; border-radius: 0 var(--radius-md) var(--radius-md) 0; background: var(--background-fill-secondary); color: var(--body-text-color); cursor: pointer; font-size: 18px; }
.graft-app .sidebar.right .toggle-button { left: auto; right: 100%; border-left: 1px solid var(--border-color-primary); border-right: 0; border-radius: var(--radius-md) 0 0 var(--radius-md); }
.graft-app .sidebar.open .toggle-button { transform: scaleX(-1); }
@media (max-width: 768px) { .graft-app .sidebar { width: 100vw !important; } }
`,
};

function draw(view, props) {
  const { el, toggle } = view;
  el.className = `sidebar${view.open ? " open" : ""}${props.position === "right" ? " right" : ""}`;
  setClasses(el, props.elem_classes);
  if (props.elem_id) el.id = props.elem_id;
  el.hidden = props.visible === "hidden";
  const width = props.width ?? 320;
  el.style.width = typeof width === "number" ? `${width}px` : String(width);
  toggle.setAttribute("aria-expanded", String(view.open));
}
