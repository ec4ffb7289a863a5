// Functions by api_name. register() fills the page-wide table every <graft-app> consults;
// an app may also carry its own table (builder apps, element.register()), consulted first.
const pageFunctions = new Map();

export function register(name, fn) {
  if (typeof name !== "string" || !name) throw new TypeError("register(name, fn): name must be a non-empty string (the dependency's api_name)");
  if (typeof fn !== "function") throw new TypeError(`register("${name}", fn): fn must be a function`);
  pageFunctions.set(name, fn);
}

export function pageFunctionNames() {
  return [...pageFunctions.keys()];
}

export function findFunction(name, own) {
  return own?.get(name) ?? pageFunctions.get(name);
}
