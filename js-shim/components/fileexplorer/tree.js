// gr.FileExplorer's FileTree DOM: one <ul> per opened folder, drawn from the listed tree and
// the view's selection; it records each row (path, index path, node) in view.rows for the
// event handlers. Names are text nodes; nothing from a path reaches markup.
import { make } from "../atoms/block.js";
import { svgPath } from "../atoms/icons.js";
import { contentOf, keyOf } from "./helpers.js";

const ARROW = "M5 3.5v17a1 1 0 0 0 1.5.9l14-8.5a1 1 0 0 0 0-1.8l-14-8.5A1 1 0 0 0 5 3.5z";
const icon = (d) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#888888" d="${d}"/></svg>`)}`;
const FILE_ICON = icon("M6 2h8l6 6v13a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm7 1.5V9h5.5z");
const FOLDER_ICON = icon("M3 5a1 1 0 0 1 1-1h5.5l2 2.5H20a1 1 0 0 1 1 1V19a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z");

export function drawList(view, items, path, indexPath, isRoot) {
  const { props } = view;
  const interactive = props.interactive !== false;
  const selectable = props._selectable === true;
  const single = props.file_count === "single";
  const ul = make("ul");
  ul.classList.toggle("root", isRoot);
  ul.classList.toggle("no-checkboxes", !interactive);
  items.forEach((item, i) => {
    const p = [...path, item.name];
    const key = keyOf(p);
    const at = [...indexPath, i];
    const selected = (item.type === "file" ? view.value : view.folders).some((x) => keyOf(x) === key);
    view.rows.set(key, { path: p, type: item.type, index: at, node: item });
    const li = make("li");
    const row = make("span", "wrap");
    row.dataset.key = key;
    row.classList.toggle("selected", !interactive && selected);
    if (selectable) {
      row.classList.add("selectable");
      row.setAttribute("role", "button");
      row.tabIndex = 0;
      row.dataset.part = "row";
    }
    if (interactive && item.type === "folder" && single) {
      const none = make("span", "no-checkbox");
      none.setAttribute("aria-hidden", "true");
      row.append(none);
    } else if (interactive) {
      const box = make("input");
      box.type = "checkbox";
      box.checked = selected;
      box.dataset.part = "checkbox";
      box.setAttribute("aria-label", item.dot ? keyOf(path) : key);
      row.append(box);
    }
    const open = item.type === "folder" && view.open.has(key);
    if (item.type === "folder") {
      // Gradio marks a closed folder's toggle "hidden"; here that class hides a block, so "closed".
      const toggle = make("span", open ? "icon" : "icon closed");
      toggle.setAttribute("role", "button");
      toggle.setAttribute("aria-label", "expand directory");
      toggle.setAttribute("aria-expanded", String(open));
      toggle.tabIndex = 0;
      toggle.dataset.part = "toggle";
      toggle.append(svgPath(ARROW, { filled: true, size: 12 }));
      row.append(toggle);
    } else {
      const fileIcon = make("span", "file-icon");
      const img = make("img");
      img.src = item.dot ? FOLDER_ICON : FILE_ICON;
      img.alt = "file icon";
      fileIcon.append(img);
      row.append(fileIcon);
    }
    row.append(make("span", "item-name", item.name));
    li.append(row);
    if (open) li.append(drawList(view, contentOf(item), p, at, false));
    ul.append(li);
  });
  return ul;
}
