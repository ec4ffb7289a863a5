// The launch()/config options that mean something in a page: `css` (the app's stylesheet),
// `head` (tags added to the document's <head>), `js` (a function run once the app is drawn),
// `theme` (variables over Gradio's default theme) and `fill_height`. Each returns a function
// that undoes it when the app is removed.
import { compileJs } from "./config-js.js";
import { themeVariables } from "./theme.js";

export function applyAppOptions(config, app) {
  const undo = [];
  if (typeof config.css === "string" && config.css.trim()) undo.push(adoptSheet(config.css));
  if (typeof config.head === "string" && config.head.trim()) undo.push(addHead(config.head));
  const vars = themeVariables(config.theme);
  if (Object.keys(vars.light).length || Object.keys(vars.dark).length) undo.push(applyTheme(app, vars));
  app.classList.toggle("fill-height", config.fill_height === true);
  return () => undo.forEach((f) => f());
}

// The app's `js`: a function (source text) Gradio runs when the page loads.
export function runAppJs(config) {
  if (typeof config.js !== "string" || !config.js.trim()) return;
  const fn = compileJs(config.js);
  if (typeof fn === "function") fn();
}

function adoptSheet(css) {
  if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet));
  }
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

// <head> content is the app's own code, as in Gradio: scripts are re-created so they run.
function addHead(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const added = [...template.content.children].map((el) => {
    if (el.tagName !== "SCRIPT") return el;
    const script = document.createElement("script");
    for (const { name, value } of el.attributes) script.setAttribute(name, value);
    script.textContent = el.textContent;
    return script;
  });
  document.head.append(...added);
  return () => added.forEach((el) => el.remove());
}

function applyTheme(app, { light, dark }) {
  const sheet = Object.entries(light).map(([k, v]) => `${k}: ${v};`).join(" ");
  const darkSheet = Object.entries(dark).map(([k, v]) => `${k}: ${v};`).join(" ");
  const id = `graft-theme-${Math.random().toString(36).slice(2, 8)}`;
  app.dataset.theme = id;
  return adoptSheet(`.graft-app[data-theme="${id}"] { ${sheet} } .graft-app.dark[data-theme="${id}"] { ${darkSheet} }`);
}
