// Graft's public ES module: the <graft-app> element, register(), and the builder API.
// Importing it defines <graft-app>; nothing loads WebAssembly until an app needs it.
export { register } from "./functions.js";
export { Blocks } from "./builder.js";
export { GraftAppElement } from "./graft-app-element.js";
