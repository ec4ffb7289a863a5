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

// A theme's variables as CSS custom properties: Gradio's names (button_primary_background_fill,
// and *_dark for dark mode) or CSS names (--button-primary-background-fill). Only values that
// cannot break out of a declaration are kept. Returns { light: {prop: value}, dark: {…} }.
export function themeVariables(theme) {
  const out = { light: {}, dark: {} };
  if (!theme || typeof theme !== "object") return out;
  for (const [key, value] of Object.entries(theme)) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    const text = String(value);
    if (/[;{}<>]/.test(text) || /url\s*\(|expression\s*\(|@import/i.test(text)) continue;
    const dark = /_dark$/.test(key);
    const name = key.startsWith("--") ? key : `--${key.replace(/_dark$/, "").replace(/_/g, "-")}`;
    if (!/^--[a-z0-9-]+$/i.test(name)) continue;
    out[dark ? "dark" : "light"][name] = text;
  }
  return out;
}
