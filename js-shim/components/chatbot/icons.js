// The Chatbot's icons (Gradio's Trash, ThumbUp/Down, Retry, Undo, Edit, ScrollDownArrow, File,
// Flag, the thought arrow) as inline SVG strokes: no icon font, no request, hidden from assistive
// tech (each button is named by its aria-label).
import { svgPath } from "../atoms/icons.js";

const PATHS = {
  trash: "M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14M10 10v7M14 10v7",
  like: "M7 10v11H3V10zM7 10l4-8a3 3 0 0 1 3 3v4h6a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21H7",
  dislike: "M17 14V3h4v11zM17 14l-4 8a3 3 0 0 1-3-3v-4H4a2 2 0 0 1-2-2.3l1.4-8A2 2 0 0 1 5.4 3H17",
  retry: "M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5",
  undo: "M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3",
  edit: "M4 20h4L19 9l-4-4L4 16zM14 6l4 4",
  down: "M12 5v14M5 12l7 7 7-7",
  chevron: "M6 9l6 6 6-6",
  flag: "M5 21V4h11l-2 4 2 4H5",
  file: "M14 3H6v18h12V7zM14 3v4h4",
  copy: "M8 8h11v13H8zM5 16H4V3h11v1",
  check: "M4 12l5 5L20 6",
  close: "M6 6l12 12M18 6L6 18",
  download: "M12 3v13m-5-5l5 5 5-5M4 21h16",
};

export function svgIcon(name, { filled = false, size = 16 } = {}) {
  return svgPath(PATHS[name] ?? "", { size, filled });
}

// Gradio's IconButton: button.icon-button named by aria-label and title, showing an icon.
export function iconBtn(label, name, onClick, signal, { filled = false } = {}) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "icon-button";
  setLabel(b, label);
  b.append(svgIcon(name, { filled }));
  if (onClick) b.addEventListener("click", onClick, { signal });
  return b;
}

export function setLabel(button, label) {
  button.setAttribute("aria-label", label);
  button.title = label;
}
