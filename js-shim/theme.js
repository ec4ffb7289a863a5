// Light or dark, as Gradio decides: the element's theme_mode attribute, else the page's
// ?__theme=dark|light, else the system's prefers-color-scheme, followed live.
export function themeMode(element, search = location.search) {
  const attr = element.getAttribute?.("theme_mode");
  if (attr === "dark" || attr === "light") return attr;
  const query = new URLSearchParams(search).get("__theme");
  if (query === "dark" || query === "light") return query;
  return "system";
}

// Keeps `app` (the .graft-app element) in the mode; returns a function that stops following.
export function followTheme(element, app) {
  const mode = themeMode(element);
  if (mode !== "system") {
    app.classList.toggle("dark", mode === "dark");
    return () => {};
  }
  const media = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => app.classList.toggle("dark", media.matches);
  apply();
  media.addEventListener("change", apply);
  return () => media.removeEventListener("change", apply);
}
