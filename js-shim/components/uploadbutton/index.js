// gr.UploadButton: Gradio's hidden <input type=file class=hide tid="<label>-upload-button">
// placed before a Button whose text is the label. A click fires `click` and opens the picker;
// the chosen files become FileData in the page (ctx.files) and fire upload with the value.
import { applyBlock } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { isMulti, chooseFiles, buttonRefusal, toArgument, toOutput, RECEIVES } from "../file/helpers.js";
import { fileInput, configureInput, openPicker, onPicked } from "../file/input.js";
import { applyLook, setContent, lookCss } from "./look.js";

const labelOf = (props) => props.label ?? "Upload a File";

function create(props, ctx) {
  // No Block around Gradio's UploadButton: the wrapper takes no box (display: contents), so
  // the button sits in its row as gr.Button does and scale/min_width act on it.
  const el = document.createElement("div");
  el.className = "graft-uploadbutton";
  const input = fileInput();
  input.className = "hide";
  const button = document.createElement("button");
  button.type = "button";
  el.append(input, button);
  const view = { el, input, button };
  button.addEventListener("click", () => {
    ctx.emit("click");
    openPicker(input);
  }, { signal: ctx.signal });
  onPicked(input, (files) => {
    const props = ctx.props();
    const { files: taken, error } = chooseFiles(files, props, ctx.app?.maxFileSize, buttonRefusal);
    if (error) return ctx.toast({ level: "error", title: "Error", message: error });
    if (!taken.length) return;
    const added = taken.map((f) => ctx.files.add(f));
    const value = isMulti(props) ? added : added[0];
    ctx.setValue(value, "upload", value);
  }, ctx.signal);
  update(view, props, props);
  return view;
}

// The value is not drawn (Gradio's UploadButton shows only its label), so a value patch needs nothing.
function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.button, props);
  applyLook(view.button, props);
  view.el.classList.toggle("hidden", props.visible === "hidden");
  if (changed("label") || changed("icon")) {
    setContent(view.button, labelOf(props), props.icon);
    view.input.dataset.testid = `${labelOf(props)}-upload-button`;
  }
  if (changed("file_types") || changed("file_count")) configureInput(view.input, props);
  view.button.disabled = props.interactive === false;
}

const css = `
.graft-uploadbutton { display: contents; }
.graft-uploadbutton > input.hide { display: none; }
${lookCss(".graft-uploadbutton > ", ".graft-uploadbutton")}
`;

export default {
  tracker: false, // Gradio draws buttons without a status tracker
  receives: RECEIVES,
  create,
  update,
  css,
  edge: {
    argument: (value, props, app) => toArgument(value, props, app),
    output: (value, props, app) => toOutput(value, props, app, { kind: "UploadButton", list: isMulti(props) }),
  },
};
