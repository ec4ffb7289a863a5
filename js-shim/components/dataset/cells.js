// One sample cell of gr.Dataset as the DOM: text (textContent only), small images named by
// their file, a muted video, or a colour swatch — what helpers.cellOf chose.
import { make } from "../atoms/block.js";
export function drawCell(cell) {
  const box = make("div", "example");
  if (cell.images) {
    for (const image of cell.images) {
      const el = make(image.video ? "video" : "img");
      el.setAttribute("src", image.url);
      if (image.video) el.muted = true;
      else {
        el.alt = image.alt;
        el.loading = "lazy";
      }
      box.append(el);
    }
  } else if (cell.video !== undefined) {
    const video = make("video");
    video.setAttribute("src", cell.video);
    video.setAttribute("aria-label", cell.alt);
    video.muted = true;
    video.preload = "metadata";
    box.append(video);
  } else if (cell.color !== undefined) {
    // A swatch, named by its colour (Gradio's is unnamed); style.backgroundColor takes a colour only.
    const swatch = make("span", "swatch");
    swatch.style.backgroundColor = cell.color;
    swatch.setAttribute("role", "img");
    swatch.setAttribute("aria-label", cell.color);
    box.append(swatch);
  } else {
    box.textContent = cell.text;
  }
  return box;
}
