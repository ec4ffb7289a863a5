// gr.Navbar's pure logic (Node-tested): the links Gradio's Embed draws for it (the main page,
// then the value's extra pages), their hrefs and targets, and Gradio's passthrough of what a
// function returns, checked for the [label, path] shape the page draws.

const describe = (v) => {
  if (v === undefined) return "undefined";
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const isUpdate = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && v.__type__ === "update";

export const isExternal = (route) => /^https?:\/\//i.test(route);

// What a function returns -> the wire value: None, or a list of (label, path) pairs of strings.
export function toWire(value) {
  if (value === null || value === undefined) return null;
  if (isUpdate(value)) return "value" in value ? { ...value, value: toWire(value.value) } : value;
  if (!Array.isArray(value)) throw new Error(`Navbar expects a list of [label, path] pairs or None, got ${describe(value)}`);
  return value.map((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new Error(`Navbar expects each page to be a [label, path] pair, got ${describe(pair)} at index ${i}`);
    }
    if (typeof pair[0] !== "string" || typeof pair[1] !== "string") {
      throw new Error(`Navbar expects a page's label and path to be strings, got ${describe(pair)} at index ${i}`);
    }
    return [pair[0], pair[1]];
  });
}

// Gradio's normalize_path: no query, no fragment, no leading or trailing slashes.
export function normalizePath(path) {
  return path.split("?")[0].split("#")[0].replace(/^\/+|\/+$/g, "");
}

// An internal route as a link: Gradio prefixes the app's root, so no route can be a URL of
// another scheme (javascript:, data:…); here it is relative to the page, kept a path by "./".
export function hrefOf(route) {
  if (isExternal(route)) return route;
  if (route === "") return "";
  return /^[a-z][a-z0-9+.-]*:/i.test(route) ? `./${route}` : route;
}

// Gradio's effective_pages for a one-page app: the main page (named main_page_name, left out
// when it is false), then each [label, path] of the value whose route is not already there.
// The main page is the current one, and so is any route that normalises to it.
export function navLinks(props = {}) {
  const main = props.main_page_name ?? "Home";
  const pages = main === false ? [] : [["", String(main)]];
  const existing = new Set(pages.map(([route]) => route));
  for (const pair of Array.isArray(props.value) ? props.value : []) {
    if (!Array.isArray(pair) || typeof pair[0] !== "string" || typeof pair[1] !== "string") continue;
    if (!existing.has(pair[1])) pages.push([pair[1], pair[0]]);
  }
  return pages.map(([route, label]) => {
    const external = isExternal(route);
    return {
      label,
      route,
      href: hrefOf(route),
      external,
      target: external ? "_blank" : "_self",
      rel: external ? "noopener noreferrer" : "",
      active: !external && normalizePath(route) === "",
    };
  });
}

// Gradio's Navbar maps visible "hidden" to false: the bar shows only when visible is truthy.
export function showsBar(props = {}) {
  return props.visible !== false && props.visible !== "hidden";
}
