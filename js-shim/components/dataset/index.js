// gr.Dataset / Examples as Gradio 6 draws it: div.label ("Examples") over a gallery of
// button.gallery-item cards (one component or sample_labels) or a table[role=grid] of clickable
// tr.tr-body rows, paged by samples_per_page. A click sets the value to the sample's index and
// fires click, then select {index, value: row}. Sample values are drawn as text or images only.
import { block, applyBlock, make } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import * as h from "./helpers.js";
import { drawCell } from "./cells.js";
import { css } from "./style.js";

// Gradio's Dataset Block is always container=false.
const blockProps = (props) => ({ ...props, container: false });

// Gradio's list icon before the label.
function listIcon() {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 32 32");
  svg.setAttribute("width", "1em");
  svg.setAttribute("height", "1em");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("fill", "currentColor");
  path.setAttribute("d", "M10 6h18v2H10zm0 18h18v2H10zm0-9h18v2H10zm-6 0h2v2H4zm0-9h2v2H4zm0 18h2v2H4z");
  svg.append(path);
  return svg;
}

const DRAWN = ["samples", "sample_labels", "components", "component_props", "headers", "layout", "samples_per_page"];

function create(props, ctx) {
  const el = block(blockProps(props), { kind: "dataset" });
  const label = make("div", "label");
  const labelText = make("span");
  label.append(listIcon(), labelText);
  const content = make("div", "dataset-content");
  const pager = make("div", "paginate");
  el.append(label, content, pager);
  const view = { el, label, labelText, content, pager, page: 0, rows: [] };
  const on = (type, fn) => el.addEventListener(type, fn, { signal: ctx.signal });
  on("click", (e) => {
    const sample = e.target.closest?.("[data-sample]");
    if (sample) return choose(view, Number(sample.dataset.sample), ctx);
    const page = e.target.closest?.("button[data-page]");
    if (page) {
      view.page = Number(page.dataset.page);
      draw(view, ctx.props());
      view.pager.querySelector(".current-page")?.focus();
    }
  });
  // Gradio's rows answer the mouse only; here Enter or Space on a focused row chooses it too.
  on("keydown", (e) => {
    const row = e.target.closest?.("tr[data-sample]");
    if (!row || (e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    choose(view, Number(row.dataset.sample), ctx);
  });
  update(view, props, props, ctx);
  return view;
}

function update(view, props, patch) {
  applyBlock(view.el, blockProps(props));
  const changed = changedIn(props, patch);
  if (changed("label", "show_label")) {
    view.labelText.textContent = props.label || "Examples";
    view.label.hidden = props.show_label === false;
  }
  // New samples start again at the first page, as Gradio's page resets.
  if (patch !== props && ("samples" in patch || "sample_labels" in patch)) view.page = 0;
  if (changed(...DRAWN)) draw(view, props);
}

function choose(view, index, ctx) {
  const row = view.rows[index];
  if (!row) return;
  ctx.setValue(index);
  ctx.emit("click", null);
  ctx.emit("select", { index, value: row });
}

function draw(view, props) {
  const rows = h.effectiveSamples(props);
  const per = h.perPage(props);
  const pages = h.pageCount(rows.length, per);
  view.rows = rows;
  view.page = Math.min(view.page, Math.max(0, pages - 1));
  const start = pages > 1 ? view.page * per : 0;
  const shown = pages > 1 ? rows.slice(start, start + per) : rows;
  const names = h.componentNames(props.components);
  const cprops = Array.isArray(props.component_props) ? props.component_props : [];
  view.content.replaceChildren();
  if (h.isGallery(props)) {
    const gallery = make("div", "gallery");
    shown.forEach((row, i) => {
      if (row[0] === null || row[0] === undefined) return;
      const card = make("button", "gallery-item");
      card.type = "button";
      card.dataset.sample = String(start + i);
      // sample_labels are text (Gradio's Textbox Example); else the component's own Example.
      const cell = props.sample_labels != null ? { text: String(row[0]) } : h.cellOf(names[0] ?? "textbox", row[0], cprops[0]);
      card.append(drawCell(cell));
      gallery.append(card);
    });
    view.content.append(gallery);
  } else if (shown.length > 0) {
    const wrap = make("div", "table-wrap");
    const table = make("table");
    table.setAttribute("role", "grid");
    table.tabIndex = 0;
    const head = make("tr", "tr-head");
    for (const header of h.headersOf(props)) head.append(make("th", null, header));
    const thead = make("thead");
    thead.append(head);
    const tbody = make("tbody");
    shown.forEach((row, i) => {
      const tr = make("tr", "tr-body");
      tr.dataset.sample = String(start + i);
      tr.tabIndex = 0;
      names.forEach((name, j) => {
        const td = make("td", name);
        td.append(drawCell(h.cellOf(name, row[j], cprops[j])));
        tr.append(td);
      });
      tbody.append(tr);
    });
    table.append(thead, tbody);
    wrap.append(table);
    view.content.append(wrap);
  }
  drawPager(view, pages);
}

function drawPager(view, pages) {
  const { pager } = view;
  pager.replaceChildren();
  pager.hidden = pages <= 1;
  if (pages <= 1) return;
  pager.append("Pages:");
  for (const p of h.visiblePages(view.page, pages)) {
    if (p === -1) {
      pager.append(make("div", null, "..."));
      continue;
    }
    const b = make("button", p === view.page ? "current-page" : "", String(p + 1));
    b.type = "button";
    b.dataset.page = String(p);
    if (p === view.page) b.setAttribute("aria-current", "page");
    pager.append(b);
  }
}


export default {
  receives: "by `type` (Gradio's default values): the sample's values (values), its index (index), or [index, values] (tuple)",
  create,
  update,
  css,
  edge: {
    output: (value, props) => {
      if (value && value.__type__ === "update") return "value" in value ? { ...value, value: h.toWire(value.value, { ...props, ...value }) } : value;
      return h.toWire(value, props);
    },
  },
};
