// gr.Button (and ClearButton, DuplicateButton, LoginButton, DeepLinkButton, which Gradio's
// config writes as type "button"): a bare <button class="<size> <variant>"> named by its value,
// or an <a> when `link` is set. Fires click.
import { redrawSignal, setClasses } from "../atoms/block.js";

export default {
  tracker: false, // Gradio draws buttons without a status tracker
  receives: "str (the button's value)",
  create(props, ctx) {
    const view = { el: null, ctx };
    draw(view, props);
    return view;
  },
  update(view, props) {
    draw(view, props);
  },
  css: `
.graft-button { display: inline-flex; justify-content: center; align-items: center; gap: var(--spacing-sm); box-sizing: border-box; font: inherit; font-weight: var(--button-large-text-weight); font-size: var(--button-large-text-size); padding: var(--button-large-padding); border-radius: var(--button-large-radius); border: var(--button-border-width) solid transparent; cursor: pointer; text-decoration: none; text-align: center; line-height: 1.3; min-width: min(160px, 100%); transition: background-color 0.1s; }
.graft-button.md { font-size: var(--button-medium-text-size); font-weight: var(--button-medium-text-weight); padding: var(--button-medium-padding); border-radius: var(--button-medium-radius); }
.graft-button.sm { font-size: var(--button-small-text-size); font-weight: var(--button-small-text-weight); padding: var(--button-small-padding); border-radius: var(--button-small-radius); }
.graft-button.secondary { background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); }
.graft-button.secondary:hover { background: var(--button-secondary-background-fill-hover); }
.graft-button.primary { background: var(--button-primary-background-fill); color: var(--button-primary-text-color); }
.graft-button.primary:hover { background: var(--button-primary-background-fill-hover); }
.graft-button.stop { background: var(--button-cancel-background-fill); color: var(--button-cancel-text-color); }
.graft-button.stop:hover { background: var(--button-cancel-background-fill-hover); }
.graft-button.huggingface { background: var(--neutral-900, #18181b); color: white; }
.graft-button:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-button:disabled, .graft-button[aria-disabled="true"] { opacity: 0.5; cursor: not-allowed; }
.graft-button.fit { width: fit-content; flex-grow: 0; min-width: 0; }
.graft-button img { width: var(--text-xl, 22px); height: var(--text-xl, 22px); }
`,
};

// The element is re-made only when `link` switches between <button> and <a>.
function draw(view, props) {
  const tag = props.link ? "a" : "button";
  if (!view.el || view.el.tagName.toLowerCase() !== tag) {
    const el = document.createElement(tag);
    if (tag === "button") el.type = "button";
    // The element this one replaces drops its listener.
    el.addEventListener("click", (e) => {
      if (el.getAttribute("aria-disabled") === "true") return e.preventDefault();
      view.ctx.emit("click");
    }, { signal: redrawSignal(view, "drawn", view.ctx.signal) });
    view.el?.replaceWith(el);
    view.el = el;
  }
  const { el } = view;
  el.className = `graft-button ${props.size ?? "lg"} ${props.variant ?? "secondary"}${props.scale === 0 ? " fit" : ""}`;
  setClasses(el, props.elem_classes);
  if (props.elem_id) el.id = props.elem_id;
  else el.removeAttribute("id");
  el.classList.toggle("hidden", props.visible === "hidden");
  el.style.flexGrow = props.scale != null && props.scale !== 0 ? String(props.scale) : "";
  if (props.min_width != null) el.style.minWidth = `${props.min_width}px`;
  const text = props.value ?? "Run";
  el.replaceChildren();
  const icon = iconUrl(props.icon);
  if (icon) {
    const img = document.createElement("img");
    img.src = icon;
    img.alt = `${text} icon`;
    el.append(img);
  }
  el.append(String(text));
  const off = props.interactive === false;
  if (tag === "button") el.disabled = off;
  else {
    el.href = /^\s*javascript:/i.test(props.link) ? "#" : props.link; // a link never runs code
    el.target = props.link_target ?? "_blank";
    el.rel = "noopener noreferrer";
    el.setAttribute("aria-disabled", String(off));
  }
}

// An icon is a URL, or Gradio's FileData {url|path}.
function iconUrl(icon) {
  if (!icon) return null;
  const url = typeof icon === "string" ? icon : icon.url ?? icon.path;
  return typeof url === "string" && !/^\s*javascript:/i.test(url) ? url : null;
}
