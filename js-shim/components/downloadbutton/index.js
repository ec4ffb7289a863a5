// gr.DownloadButton: a bare button in gr.Button's look (default size lg) whose text is the
// label. A click fires `click` first, then saves the value's file under its orig_name through
// a temporary <a download> (Gradio's DownloadButton); with no file the button is disabled.
import { applyBlock } from "../atoms/block.js";
import { changedIn } from "../atoms/props.js";
import { downloadName, toArgument, toOutput } from "../file/helpers.js";
import { applyLook, setContent, lookCss } from "../uploadbutton/look.js";

function create(props, ctx) {
  const el = document.createElement("button");
  el.type = "button";
  el.classList.add("graft-downloadbutton");
  const view = { el, value: null };
  el.addEventListener("click", () => {
    const file = view.value; // taken before `click`, whose listeners may replace the value
    if (!file?.url) return;
    ctx.emit("click");
    save(file);
  }, { signal: ctx.signal });
  update(view, props, props);
  return view;
}

function update(view, props, patch) {
  const changed = changedIn(props, patch);
  applyBlock(view.el, props);
  applyLook(view.el, props, { size: "lg" });
  if (changed("label") || changed("icon")) setContent(view.el, props.label ?? "Download", props.icon);
  if (changed("value")) view.value = fileOf(props.value);
  view.el.disabled = props.interactive === false || !view.value?.url;
}

// The value as FileData: a config may hold a bare URL string.
function fileOf(value) {
  if (typeof value === "string" && value) return { url: value, path: value };
  return value && typeof value === "object" ? value : null;
}

function save(file) {
  const a = document.createElement("a");
  a.href = file.url;
  a.setAttribute("download", downloadName(file));
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}

export default {
  tracker: false, // Gradio draws buttons without a status tracker
  receives: "a URL string (the file's), or null",
  create,
  update,
  css: lookCss(".graft-downloadbutton"),
  edge: {
    argument: (value, props, app) => toArgument(value, {}, app),
    output: (value, props, app) => toOutput(value, props, app, { kind: "DownloadButton", list: false }),
  },
};
