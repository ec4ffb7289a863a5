// Shows why an app could not load, inside the element that should have held it.
export function showLoadError(element, err) {
  const box = document.createElement("div");
  box.className = "graft-load-error";
  box.setAttribute("role", "alert");
  const title = document.createElement("strong");
  title.textContent = "This app could not be loaded";
  const detail = document.createElement("pre");
  detail.textContent = err instanceof Error ? err.message : String(err);
  box.append(title, detail);
  element.replaceChildren(box);
  console.error("graft:", err);
}
