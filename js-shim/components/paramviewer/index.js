// gr.ParamViewer: Gradio's header (title + "Open All"/"Close All" toggle) over one
// <details class=param> per parameter: <summary> with `name: type`, then the default and the
// description. Everything is text nodes and checked links; no events (the core fires change).
import { block, applyBlock, make } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { params, slug, descriptionParts, linkifyParts, toWire } from "./helpers.js";

const px = (v) => (v == null ? "" : typeof v === "number" ? `${v}px` : String(v));

function create(props, ctx) {
  const el = block(props, { kind: "paramviewer" });
  const wrap = make("div", "wrap");
  const header = make("div", "header");
  const title = make("span", "title");
  const toggle = make("button", "toggle-all");
  toggle.type = "button";
  header.append(title, toggle);
  const content = make("div", "param-content");
  wrap.append(header, content);
  el.append(wrap);
  const view = { el, wrap, title, toggle, content, allOpen: false };
  toggle.addEventListener("click", () => {
    view.allOpen = !view.allOpen;
    for (const d of content.querySelectorAll("details.param")) d.open = view.allOpen;
    paintToggle(view);
  }, { signal: ctx.signal });
  // Gradio opens (and scrolls to) the parameter named by the URL's hash, now and on change.
  const fromHash = () => openFromHash(view, window.location?.hash);
  window.addEventListener?.("hashchange", fromHash, { signal: ctx.signal });
  update(view, props, props);
  fromHash();
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  view.wrap.style.maxHeight = px(props.max_height);
  view.title.textContent = props.header ?? "";
  view.title.hidden = props.header === null || props.header === undefined;
  paintToggle(view);
  if (["value", "linkify", "anchor_links", "language"].some(changed)) draw(view, props);
}

function paintToggle(view) {
  const name = view.allOpen ? "Close All" : "Open All";
  view.toggle.setAttribute("aria-label", name);
  view.toggle.title = name;
  view.toggle.textContent = view.allOpen ? "▲" : "▼";
  view.wrap.dataset.allOpen = String(view.allOpen);
}

function appendParts(el, parts, newTab) {
  for (const p of parts) {
    if (!p.href) {
      el.append(p.text);
      continue;
    }
    const a = make("a", "", p.text);
    a.href = p.href;
    if (newTab) {
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
    el.append(a);
  }
}

function draw(view, props) {
  view.content.replaceChildren();
  const lang = props.language === "typescript" ? "typescript" : "python";
  for (const p of params(props.value)) {
    const details = make("details", "param md");
    const summary = make("summary", "type");
    if (props.anchor_links) {
      details.id = slug(p.name, props.anchor_links);
      const link = make("a", "param-link");
      link.href = `#${details.id}`;
      link.setAttribute("aria-label", `Link to ${p.name}`);
      link.append(make("span", "link-icon", "🔗"));
      summary.append(link);
    }
    const pre = make("pre", `language-${lang}`);
    const code = make("code");
    code.append(p.name);
    if (p.type) {
      code.append(": ");
      appendParts(code, linkifyParts(p.type, props.linkify), false);
    }
    pre.append(code);
    summary.append(pre);
    details.append(summary);
    if (p.default) {
      const def = make("div", p.description ? "default" : "default last");
      const value = make("code", "", "= ");
      appendParts(value, linkifyParts(p.default, props.linkify), false);
      def.append(make("span", "", "default"), value);
      details.append(def);
    }
    if (p.description) {
      const desc = make("div", "description");
      const para = make("p");
      appendParts(para, descriptionParts(p.description), true);
      desc.append(para);
      details.append(desc);
    }
    view.content.append(details);
  }
}

function openFromHash(view, hash) {
  if (!hash || hash.length < 2) return;
  const id = decodeURIComponent(hash.slice(1));
  const details = [...view.content.querySelectorAll("details.param")].find((d) => d.id === id);
  if (!details) return;
  details.open = true;
  details.scrollIntoView?.({ behavior: "smooth" });
}

// Gradio draws ParamViewer without a Block: the frame is the .wrap's own border.
const css = `
.block.graft-paramviewer { border: 0; padding: 0; background: none; box-shadow: none; }
.graft-paramviewer .wrap { display: grid; grid-template-rows: auto 1fr; position: relative; overflow: hidden; width: 100%; margin: 0; color: var(--body-text-color); line-height: 1.4;
  border: var(--block-border-width) solid var(--block-border-color); border-radius: var(--block-radius); }
.graft-paramviewer .header { display: flex; justify-content: space-between; align-items: center; padding: 0.7rem 1rem; border-bottom: 1px solid var(--border-color-primary); }
.graft-paramviewer .title { font-weight: 600; color: var(--body-text-color); }
.graft-paramviewer .toggle-all { margin-left: auto; padding: 0 var(--spacing-sm); border: none; background: none; color: var(--body-text-color); font-size: 0.8em; line-height: 1; cursor: pointer; }
.graft-paramviewer .toggle-all:focus-visible, .graft-paramviewer summary:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-paramviewer .param-content { overflow-y: auto; }
.graft-paramviewer .param { border-bottom: 1px solid var(--border-color-primary); }
.graft-paramviewer .param:last-child { border-bottom: none; }
.graft-paramviewer .type { position: relative; padding: 0.7rem 2.5rem 0.7rem 2rem; list-style: none; cursor: pointer; background: var(--table-odd-background-fill); }
.graft-paramviewer .type::-webkit-details-marker { display: none; }
.graft-paramviewer .type::after { content: "▼"; position: absolute; top: 50%; right: 15px; transform: translateY(-50%); font-size: 0.7em; transition: transform 0.3s ease; }
.graft-paramviewer details[open] .type::after { transform: translateY(-50%) rotate(180deg); }
.graft-paramviewer details[open] .type { border-bottom: 1px solid var(--border-color-primary); }
.graft-paramviewer pre { display: inline; margin: 0; padding: 0; background: transparent; font-family: var(--font-mono); white-space: pre-wrap; }
.graft-paramviewer code { font-family: var(--font-mono); background: none; }
.graft-paramviewer a { color: var(--link-text-color); text-decoration: underline; }
.graft-paramviewer .param-link { position: absolute; left: 8px; top: 50%; transform: translateY(-50%); opacity: 0; text-decoration: none; }
.graft-paramviewer .type:hover .param-link, .graft-paramviewer .param-link:focus-visible { opacity: 1; }
.graft-paramviewer .default { padding: 0.2rem 1rem 0.3rem; border-bottom: 1px solid var(--border-color-primary); background: var(--block-background-fill); }
.graft-paramviewer .default.last { border-bottom: none; }
.graft-paramviewer .default > span { padding-right: 4px; text-transform: uppercase; font-size: 0.7rem; font-weight: 600; }
.graft-paramviewer .description { padding: 0.7rem 1rem; background: var(--block-background-fill); font-size: var(--text-sm); }
.graft-paramviewer .description p { margin: 0; }
`;

export default {
  receives: "{name: {type, description, default}}", create, update, css, edge: { output: (value) => toWire(value) } };
