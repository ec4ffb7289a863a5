// gr.Gallery's drawing: the upload area or Empty when there is nothing, else the grid of
// thumbnails (with Delete buttons and the Clear / Click to Upload toolbar when interactive) and
// the preview of the selected item, which paintSelection redraws alone.
import { iconButton, empty, make, syncCustomButtons } from "../atoms/block.js";
import { icon } from "../atoms/icons.js";
import * as h from "./helpers.js";
import { drawPreview, media, playIcon } from "./preview.js";

export function draw(view) {
  drawBody(view);
  // With a grid, paintSelection placed the custom buttons; with none, they go to their own bar.
  if (!view.container) syncCustomButtons(view, view.props, view.ctx, null);
}

// Where Gradio 6's custom buttons go: the preview's toolbar while an item is previewed, else the
// grid's (interactive); else the component tree's own bar at the top right.
export function toolbar(view) {
  const grid = view.tools && !view.tools.hidden ? view.tools : null; // hidden while an item is selected
  return view.preview?.querySelector(":scope > .icon-button-wrapper") ?? grid;
}

function drawBody(view) {
  const { props, body } = view;
  const items = h.itemsOf(view.value);
  view.input.accept = h.acceptOf(props.file_types);
  view.container = view.tools = view.preview = null;
  body.replaceChildren();
  if (items.length === 0) {
    if (!view.interactive) return body.append(empty());
    const area = make("button", "upload-area");
    area.type = "button";
    area.dataset.action = "upload";
    area.setAttribute("aria-dropeffect", "copy");
    // Gradio's name for scripts, then the words shown (WCAG 2.5.3: the label is in the name).
    area.setAttribute("aria-label", "Click to upload or drop files (Drop Media Here - or - Click to Upload)");
    const words = make("span", "upload-words");
    words.append(make("span", "upload-text", "Drop Media Here"), " ", make("span", "or", "- or -"), " ", make("span", "upload-text", "Click to Upload"));
    area.append(words);
    return body.append(area, view.input);
  }
  const container = make("div", "gallery-container");
  const wrap = make("div", "grid-wrap");
  const height = props.height;
  wrap.classList.toggle("fixed-height", height == null || height === "auto");
  if (height != null && height !== "auto") wrap.style.height = typeof height === "number" ? `${height}px` : String(height);
  if (view.interactive) {
    const tools = make("div", "icon-button-wrapper");
    const more = iconButton("Click to Upload", "+", null);
    more.dataset.action = "upload";
    const clear = iconButton("Clear", "close", null);
    clear.dataset.action = "clear";
    tools.append(more, clear, view.input);
    wrap.append(tools);
    view.tools = tools;
  }
  const grid = make("div", "grid-container");
  grid.classList.toggle("pt-6", props.show_label !== false);
  grid.style.setProperty("--grid-cols", String(h.gridColumns(props.columns, items.length, props.fit_columns)));
  const rows = h.gridRows(props.rows);
  if (rows) grid.style.setProperty("--grid-rows", String(rows));
  grid.style.setProperty("--object-fit", props.object_fit ?? "cover");
  items.forEach((item, i) => grid.append(thumbnail(view, item, i, items.length)));
  wrap.append(grid);
  container.append(wrap);
  body.append(container);
  view.container = container;
  paintSelection(view);
}

// What the selection changes, without redrawing the grid (a 500-item gallery stays fast): the
// preview, the grid's .selected mark and the toolbar, which Gradio shows only while nothing
// is selected.
export function paintSelection(view) {
  if (!view.container) return;
  const items = h.itemsOf(view.value);
  view.preview?.remove();
  view.preview = null;
  if (view.selected !== null && view.props.allow_preview !== false) {
    view.preview = drawPreview(items, view.selected, view.props);
    view.container.prepend(view.preview);
  }
  if (view.tools) view.tools.hidden = view.selected !== null;
  syncCustomButtons(view, view.props, view.ctx, toolbar(view));
  for (const b of view.container.querySelectorAll(".thumbnail-lg")) b.classList.toggle("selected", Number(b.dataset.index) === view.selected);
}

function thumbnail(view, item, i, n) {
  const cell = make("div", "gallery-item");
  const b = make("button", "thumbnail-item thumbnail-lg");
  b.type = "button";
  b.dataset.index = String(i);
  b.setAttribute("aria-label", `Thumbnail ${i + 1} of ${n}`);
  if (item.kind === "video") b.append(playIcon(), media(item, { testid: `thumbnail ${i + 1}` }));
  else b.append(media(item, { alt: item.caption ?? "" }));
  cell.append(b);
  // Beside the button, not in it: the button keeps Gradio's name, and a name never lacks the
  // words it shows (WCAG 2.5.3). The image's alt text is the caption too.
  if (item.caption) cell.append(make("div", "caption-label", item.caption));
  if (view.interactive) {
    const del = make("button", "delete-button");
    del.type = "button";
    del.dataset.index = String(i);
    del.setAttribute("aria-label", "Delete image");
    del.append(icon("close"));
    cell.append(del);
  }
  return cell;
}
