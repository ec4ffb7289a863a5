// Gradio's upload area (Audio's, Video's): a button named as Gradio names it ("Drop an audio
// file here to upload") holding the hidden file input (the tests' input[type=file]); a click
// opens the picker, a drop takes the file.
export function uploadArea(onFile, signal, { name, heading, accept }) {
  const area = document.createElement("button");
  area.type = "button";
  area.className = "upload-area";
  // Gradio's name for scripts, then the words shown (WCAG 2.5.3: the label is in the name).
  area.setAttribute("aria-label", `${name} (${heading} - or - Click to Upload)`);
  area.setAttribute("aria-dropeffect", "copy");
  const text = document.createElement("span");
  text.className = "upload-text";
  for (const [cls, t] of [["", heading], ["or", "- or -"], ["", "Click to Upload"]]) {
    const s = document.createElement("span");
    s.className = cls;
    s.textContent = t;
    if (text.childNodes.length) text.append(" "); // the words read as one phrase, as in the name
    text.append(s);
  }
  const input = document.createElement("input");
  input.type = "file";
  input.setAttribute("accept", accept);
  input.hidden = true;
  input.setAttribute("aria-label", "File upload");
  input.dataset.testid = "file-upload";
  area.append(text, input);
  area.addEventListener("click", (e) => {
    if (e.target === input) return;
    input.value = "";
    input.click();
  }, { signal });
  input.addEventListener("change", () => input.files?.[0] && onFile(input.files[0]), { signal });
  area.addEventListener("dragover", (e) => e.preventDefault(), { signal });
  area.addEventListener("drop", (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file) onFile(file);
  }, { signal });
  return area;
}
