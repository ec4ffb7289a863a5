// Charts take their colours from the theme's CSS variables when drawn, so a light/dark switch
// (class "dark" on the app element, js-shim/theme.js) must redraw them. Shared by gr.Plot.
export function watchTheme(el, signal, onChange) {
  if (typeof MutationObserver !== "function") return;
  queueMicrotask(() => {
    const root = el.closest?.(".graft-app") ?? document.body;
    if (!root || signal.aborted) return;
    let dark = root.classList.contains("dark");
    const observer = new MutationObserver(() => {
      if (root.classList.contains("dark") === dark) return;
      dark = !dark;
      onChange();
    });
    observer.observe(root, { attributes: true, attributeFilter: ["class"] });
    signal.addEventListener("abort", () => observer.disconnect(), { once: true });
  });
}
