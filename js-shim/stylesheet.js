// Adds graft.css (beside this module) to the page once, unless the page already links it.
export function ensureStylesheet() {
  const href = new URL("graft.css", import.meta.url).href;
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href)) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  document.head.append(link);
}
