// gr.Tabs: a tablist of its Tab items' labels and their panels. A Tab's content is mounted the
// first time it is shown (Gradio's lazy rendering); selecting a tab fires Tabs' select with
// {value, index, id, component_id}, change, and the Tab's own select {value, index}.
import { redrawSignal, setClasses } from "../atoms/block.js";
import { nextTab, selectData, selectedTab, tabIdOf, tabsShown } from "./helpers.js";

export default {
  receives: "—",
  ownsChildren: true,
  create(props, ctx) {
    const el = document.createElement("div");
    const list = document.createElement("div");
    list.className = "tab-container";
    list.setAttribute("role", "tablist");
    const wrapper = document.createElement("div");
    wrapper.className = "tab-wrapper";
    wrapper.append(list);
    const panels = document.createElement("div");
    panels.className = "tab-panels";
    el.append(wrapper, panels);
    const view = { el, list, panels, ctx, current: null, queued: false };
    view.refreshTabs = () => {
      if (view.queued) return;
      view.queued = true;
      queueMicrotask(() => {
        view.queued = false;
        if (!ctx.signal.aborted) draw(view, ctx.props().selected ?? view.current, false);
      });
    };
    list.addEventListener("keydown", (e) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (!step) return;
      const to = nextTab(ctx.children, ctx.children.find((n) => tabIdOf(n) === view.current), step);
      if (!to) return;
      e.preventDefault();
      choose(view, to);
      list.querySelector(`[data-tab-id="${CSS.escape(String(tabIdOf(to)))}"]`)?.focus();
    }, { signal: ctx.signal });
    ctx.mountChildren(panels);
    this.update(view, props, props, ctx);
    return view;
  },
  update(view, props, patch) {
    view.el.className = "tabs gr-tabs";
    setClasses(view.el, props.elem_classes);
    if (props.elem_id) view.el.id = props.elem_id;
    view.el.classList.toggle("hidden", props.visible === "hidden");
    if ("selected" in patch || view.current == null) draw(view, props.selected ?? view.current, "selected" in patch && view.current != null);
  },
  css: `
.graft-app .tabs { display: flex; flex-direction: column; position: relative; }
.graft-app .tab-container { display: flex; flex-wrap: wrap; gap: var(--spacing-sm); border-bottom: 1px solid var(--border-color-primary); }
.graft-app .tab-container button { font: inherit; font-size: var(--text-md); color: var(--body-text-color-subdued-strong, var(--body-text-color)); background: none; border: 0; border-bottom: 2px solid transparent; padding: var(--spacing-md) var(--spacing-lg); margin-bottom: -1px; cursor: pointer; }
.graft-app .tab-container button[aria-selected="true"] { color: var(--color-accent-text, var(--color-accent)); border-bottom-color: var(--color-accent); font-weight: 600; }
.graft-app .tab-container button:disabled { opacity: 0.5; cursor: not-allowed; }
.graft-app .tab-container button:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-app .tab-panels { padding-top: var(--spacing-lg); }
`,
};

// Redraws the buttons from the Tab items' current props and shows `selected`. `announce`
// fires the events (a user's click, or a function changing `selected`).
function draw(view, selected, announce) {
  const { ctx } = view;
  const nodes = ctx.children;
  const chosen = selectedTab(nodes, selected);
  const previous = view.current;
  view.current = chosen ? tabIdOf(chosen) : null;
  // Every draw (each choice) replaces the buttons: the replaced ones' listeners go.
  const signal = redrawSignal(view, "buttonsDrawn", ctx.signal);
  view.list.replaceChildren(
    ...tabsShown(nodes).map((node) => {
      const b = document.createElement("button");
      const id = tabIdOf(node);
      const on = id === view.current;
      b.type = "button";
      b.setAttribute("role", "tab");
      b.setAttribute("aria-selected", String(on));
      b.tabIndex = on ? 0 : -1;
      b.dataset.tabId = String(id);
      b.disabled = node.props.interactive === false;
      b.textContent = node.props.label ?? `Tab ${nodes.indexOf(node) + 1}`;
      const panel = ctx.viewOf(node.id)?.el;
      if (panel) {
        b.id = `${panel.id}-button`;
        b.setAttribute("aria-controls", panel.id);
        panel.setAttribute("aria-labelledby", b.id);
      }
      b.addEventListener("click", () => choose(view, node), { signal });
      return b;
    }),
  );
  for (const node of nodes) ctx.viewOf(node.id)?.show?.(tabIdOf(node) === view.current);
  if (announce && chosen && previous !== view.current) announceSelect(view, chosen);
}

function choose(view, node) {
  if (tabIdOf(node) === view.current) return;
  view.ctx.remember({ selected: tabIdOf(node) });
  draw(view, tabIdOf(node), true);
}

function announceSelect(view, node) {
  const data = selectData(view.ctx.children, node);
  view.ctx.emit("select", data);
  view.ctx.emit("change");
  view.ctx.viewOf(node.id)?.ctx?.emit("select", { value: data.value, index: data.index });
}
