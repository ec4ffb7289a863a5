// Graft's public ES module: the <graft-app> element, register(), the builder API and Gradio's
// toasts (Info, Warning, Success, Error). Importing it defines <graft-app>; nothing loads
// WebAssembly until an app needs it, and each component's code loads only for apps using it.
export { register } from "./functions.js";
export { Blocks } from "./builder.js";
export { GraftAppElement } from "./graft-app-element.js";
export { Info, Warning, Success, GradioError as Error } from "./toast-api.js";
