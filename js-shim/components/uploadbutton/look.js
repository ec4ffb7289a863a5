// The button look UploadButton and DownloadButton share with gr.Button (Gradio's BaseButton):
// classes `graft-button <size> <variant>`, an optional icon image first, then the text. The
// Button module's CSS is adopted only when an app has a Button, so each module brings this CSS.
const SIZES = ["sm", "md", "lg"];
const VARIANTS = ["primary", "secondary", "stop", "huggingface"];

export function applyLook(button, props, { size = "lg" } = {}) {
  button.classList.add("graft-button");
  button.classList.remove(...SIZES, ...VARIANTS, "fit");
  button.classList.add(SIZES.includes(props.size) ? props.size : size, VARIANTS.includes(props.variant) ? props.variant : "secondary");
  button.classList.toggle("fit", props.scale === 0);
}

// The button's content: Gradio's <img class="button-icon" alt="<text> icon"> when there is an
// icon (a URL or a FileData), then the text.
export function setContent(button, text, iconProp) {
  button.replaceChildren();
  const url = iconUrl(iconProp);
  if (url) {
    const img = document.createElement("img");
    img.className = "button-icon";
    img.src = url;
    img.alt = `${text} icon`;
    button.append(img);
  }
  button.append(String(text));
}

function iconUrl(icon) {
  if (!icon) return null;
  const url = typeof icon === "string" ? icon : icon.url ?? icon.path;
  return typeof url === "string" && !/^\s*javascript:/i.test(url) ? url : null;
}

// gr.Button's rules, under `scope` (the class on the button), with Gradio's theme variables.
// Gradio's buttons have no status tracker: the one the app puts in an output is not shown
// (it would cover the row, and its text would join the button's name).
export function lookCss(scope, holder = scope) {
  const b = `${scope}.graft-button`;
  return `
.graft-app ${holder} > [data-testid="status-tracker"] { display: none; }
${b} { display: inline-flex; justify-content: center; align-items: center; gap: var(--spacing-sm); box-sizing: border-box; font: inherit; font-weight: var(--button-large-text-weight); font-size: var(--button-large-text-size); padding: var(--button-large-padding); border-radius: var(--button-large-radius); border: var(--button-border-width) solid transparent; cursor: pointer; text-align: center; line-height: 1.3; min-width: min(160px, 100%); transition: background-color 0.1s; }
${b}.md { font-size: var(--button-medium-text-size); font-weight: var(--button-medium-text-weight); padding: var(--button-medium-padding); border-radius: var(--button-medium-radius); }
${b}.sm { font-size: var(--button-small-text-size); font-weight: var(--button-small-text-weight); padding: var(--button-small-padding); border-radius: var(--button-small-radius); }
${b}.secondary { background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); }
${b}.secondary:hover { background: var(--button-secondary-background-fill-hover); }
${b}.primary { background: var(--button-primary-background-fill); color: var(--button-primary-text-color); }
${b}.primary:hover { background: var(--button-primary-background-fill-hover); }
${b}.stop { background: var(--button-cancel-background-fill); color: var(--button-cancel-text-color); }
${b}.stop:hover { background: var(--button-cancel-background-fill-hover); }
${b}.huggingface { background: var(--neutral-900, #18181b); color: white; }
${b}:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
${b}:disabled, ${b}[aria-disabled="true"] { opacity: 0.5; cursor: not-allowed; }
${b}.fit { width: fit-content; flex-grow: 0; min-width: 0; }
${b} .button-icon { width: var(--text-xl, 22px); height: var(--text-xl, 22px); }
`;
}
