// MultimodalTextbox's icons (Gradio's Paperclip, Microphone, ArrowUp, Square, Music, Video,
// File, Clear) as inline SVG strokes, hidden from assistive tech: buttons carry the names.
import { svgPath } from "../atoms/icons.js";

const PATHS = {
  paperclip: "M21 11l-9 9a5 5 0 0 1-7-7l9-9a3.5 3.5 0 0 1 5 5l-9 9a2 2 0 0 1-3-3l8-8",
  microphone: "M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3",
  submit: "M12 19V5M5 12l7-7 7 7",
  stop: "M6 6h12v12H6z",
  music: "M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zM20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z",
  video: "M3 6h12v12H3zM15 10l6-4v12l-6-4",
  file: "M14 3H6v18h12V7zM14 3v4h4",
  close: "M6 6l12 12M18 6L6 18",
};

export function svgIcon(name, size = 18) {
  return svgPath(PATHS[name] ?? "", { size });
}
