// gr.Navbar: as in Gradio, the component's own element is an empty hidden div (elem_id,
// elem_classes) and the bar is drawn at the top of the app (Gradio's Embed: div.nav-holder >
// nav > a per page, the current one .active): the main page (main_page_name) then the value's
// [label, path] pages. Graft apps are one page, so the main page is this page and a relative path
// is a link beside it; http(s) URLs open in a new tab. visible false or "hidden" hides the bar.
import { make, setClasses } from "../atoms/block.js";
import { navLinks, showsBar, toWire } from "./helpers.js";

function create(props, ctx) {
  const el = make("div", "graft-navbar-config");
  el.style.display = "none";
  const holder = make("div", "nav-holder graft-navbar");
  const nav = make("nav", "fillable");
  nav.setAttribute("aria-label", "Pages"); // Gradio's <nav> is unnamed; a page may hold other navs
  holder.append(nav);
  const view = { el, holder, nav, frame: 0 };
  update(view, props);
  attach(view, ctx, 3);
  return view;
}

// The bar goes first in the app's .graft-app (Gradio's .gradio-container), once the component is
// in the page: the app connects the tree right after creating it. Outside an app (or before
// it connects, a few frames on) the bar stays in the component's own element.
function attach(view, ctx, tries) {
  const go = () => {
    if (ctx.signal.aborted) return;
    const app = view.el.isConnected ? view.el.closest(".graft-app") : null;
    if (app) {
      app.prepend(view.holder);
      view.el.replaceChildren();
      view.el.style.display = "none";
    } else {
      if (!view.holder.parentNode) view.el.append(view.holder);
      view.el.style.display = view.holder.hidden ? "none" : "";
      if (tries > 0 && typeof requestAnimationFrame === "function") view.frame = requestAnimationFrame(() => attach(view, ctx, tries - 1));
    }
  };
  queueMicrotask(go);
}

function update(view, props) {
  if (props.elem_id) view.el.id = props.elem_id;
  else view.el.removeAttribute("id");
  setClasses(view.el, props.elem_classes);
  view.holder.hidden = !showsBar(props);
  if (view.holder.parentNode === view.el) view.el.style.display = view.holder.hidden ? "none" : "";
  view.nav.replaceChildren(
    ...navLinks(props).map((link) => {
      const a = make("a", link.active ? "active" : "", link.label);
      a.setAttribute("href", link.href);
      a.target = link.target;
      if (link.rel) a.rel = link.rel;
      if (link.active) a.setAttribute("aria-current", "page");
      return a;
    }),
  );
}

const css = `
.graft-navbar.nav-holder { padding: 8px 0; margin-bottom: var(--layout-gap); border-bottom: 1px solid var(--border-color-primary); }
.graft-navbar nav { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin: 0 auto; padding: 0; }
.graft-navbar nav a { padding: 4px 8px; border: var(--block-border-width) solid transparent; border-radius: var(--block-radius);
  color: var(--body-text-color-subdued); font-size: var(--text-md); text-decoration: none; }
.graft-navbar nav a:hover { color: var(--body-text-color); }
.graft-navbar nav a.active { color: var(--body-text-color); border-color: var(--block-border-color); background-color: var(--block-background-fill); }
`;

export default {
  receives: "[[label, path]] or null (the wire value)",
  tracker: false, // Gradio's Navbar has no status tracker
  create,
  update: (view, props) => update(view, props),
  destroy(view) {
    if (typeof cancelAnimationFrame === "function") cancelAnimationFrame(view.frame);
    view.holder.remove();
  },
  css,
  edge: { output: (value) => toWire(value) },
};
