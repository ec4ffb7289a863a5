// A message with metadata.title, as Gradio's Thought.svelte draws it: a role=button header
// (arrow, the title as Markdown, a spinner while status is "pending", "<log> (<duration>)")
// over a collapsible body holding the message's content and its children (messages whose
// metadata.parent_id names it). Open while pending, closed once "done", unless the user chose.
// Gradio's header has no aria-expanded; Graft adds it, and Space toggles as Enter does.
import { thoughtMeta } from "./helpers.js";
import { contentBox, setContent, setText, textSpan } from "./content.js";
import { svgIcon } from "./icons.js";

// `signal`: the message part's, so the header's listeners go with it.
export function thoughtView(part, env, key, signal) {
  const el = document.createElement("div");
  el.className = "thought-group";
  const header = document.createElement("div");
  header.className = "title";
  header.setAttribute("role", "button");
  header.tabIndex = 0;
  const arrow = document.createElement("span");
  arrow.className = "arrow";
  arrow.append(svgIcon("chevron", { size: 14 }));
  const label = textSpan("", env);
  const spinner = document.createElement("span");
  spinner.className = "loading-spinner";
  spinner.setAttribute("aria-hidden", "true");
  const meta = document.createElement("span");
  meta.className = "duration";
  header.append(arrow, label, spinner, meta);
  const body = document.createElement("div");
  body.className = "content";
  const own = contentBox(part, env);
  const children = document.createElement("div");
  children.className = "children";
  body.append(own.el, children);
  el.append(header, body);
  const view = { el, key, header, label, spinner, meta, body, own, children, kids: [], title: null, part, signal };

  const toggle = () => {
    env.state.toggles.set(key, !isOpen(view, env));
    applyOpen(view, env);
  };
  header.addEventListener("click", (e) => {
    e.stopPropagation(); // not a click on the message (select)
    toggle();
  }, { signal });
  header.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    toggle();
  }, { signal });
  setThought(view, part, env);
  return view;
}

const isOpen = (view, env) => env.state.toggles.get(view.key) ?? view.part.metadata?.status !== "done";

function applyOpen(view, env) {
  const open = isOpen(view, env);
  view.header.setAttribute("aria-expanded", String(open));
  view.header.classList.toggle("expanded", open);
  view.body.hidden = !open;
}

// Applies a new version of the part, keeping what did not change (a streamed thought re-renders
// only its text; the user's open/closed choice stays).
export function setThought(view, part, env) {
  view.part = part;
  const md = part.metadata ?? {};
  const title = String(md.title ?? "");
  if (title !== view.title) setText(view.label, title, env);
  view.title = title;
  const pending = md.status === "pending";
  view.spinner.hidden = !pending;
  view.header.setAttribute("aria-busy", String(pending));
  view.meta.textContent = thoughtMeta(md);
  view.meta.hidden = !view.meta.textContent;
  applyOpen(view, env);
  setContent(view.own, part, env);
  const kids = part.children ?? [];
  kids.forEach((child, i) => {
    const titled = Boolean(child.metadata?.title);
    const old = view.kids[i];
    if (old && old.titled === titled) {
      if (titled) setThought(old.view, child, env);
      else setContent(old.view, child, env);
      return;
    }
    const made = titled ? thoughtView(child, env, `${view.key}.${i}`, view.signal) : contentBox(child, env);
    if (old) old.view.el.replaceWith(made.el);
    else view.children.append(made.el);
    view.kids[i] = { titled, view: made };
  });
  for (const old of view.kids.splice(kids.length)) old.view.el.remove();
  view.children.hidden = kids.length === 0;
}
