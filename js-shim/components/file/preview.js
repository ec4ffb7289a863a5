// Gradio's FilePreview: table.file-preview > tr.file per file, td.filename named by orig_name
// (stem and extension spans), td.download with a link saving under orig_name and showing the
// size, and a "Remove this file" × when the list holds more than one file (interactive only).
import { make } from "../atoms/block.js";
import { splitName, sizeText } from "./helpers.js";

export function drawPreview(tbody, files, { interactive, selectable }) {
  tbody.replaceChildren(...files.map((file, index) => {
    const tr = make("tr", "file");
    tr.dataset.index = String(index);
    tr.classList.toggle("selectable", selectable);
    const name = make("td", "filename");
    name.setAttribute("aria-label", file.orig_name ?? "");
    const [stem, ext] = splitName(file.orig_name);
    name.append(make("span", "stem", stem), make("span", "ext", ext));
    const cell = make("td", "download");
    if (file.url) {
      const a = make("a", "", sizeText(file));
      a.href = file.url;
      a.setAttribute("download", file.orig_name ?? "");
      // A served file opens elsewhere; a blob: URL stays in this page.
      if (!/^blob:|^data:/.test(file.url)) {
        a.target = "_blank";
        a.rel = "noopener noreferrer";
      }
      cell.append(a);
    } else {
      cell.textContent = "Uploading...";
    }
    tr.append(name, cell);
    if (interactive && files.length > 1) {
      const td = make("td");
      const remove = make("button", "label-clear-button", "×");
      remove.type = "button";
      remove.setAttribute("aria-label", "Remove this file");
      td.append(remove);
      tr.append(td);
    }
    return tr;
  }));
}
