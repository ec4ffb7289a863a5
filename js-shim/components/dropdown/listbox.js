// gr.Dropdown's options list (Gradio's DropdownOptions.svelte): a <ul role=listbox> that exists
// only while the combobox is open, one <li role=option data-testid=dropdown-option> per shown
// choice, "✓" before the selected ones. Placed with position:fixed, as Gradio does, so a Block
// that clips its overflow does not cut it off.

export function renderListbox(view, { choices, shown, selected, active, open }) {
  if (!open) {
    view.list?.remove();
    view.list = null;
    return;
  }
  if (!view.list) {
    view.list = document.createElement("ul");
    view.list.className = "options";
    view.list.setAttribute("role", "listbox");
    view.list.id = view.listboxId;
    if (view.label) view.list.setAttribute("aria-label", view.label);
    view.wrap.append(view.list);
  }
  const items = shown.map((i) => {
    const li = document.createElement("li");
    li.className = "item";
    li.id = `${view.listboxId}-option-${i}`;
    li.setAttribute("role", "option");
    li.setAttribute("aria-label", choices[i][0]);
    li.setAttribute("aria-selected", String(selected.includes(i)));
    li.dataset.index = String(i);
    li.dataset.testid = "dropdown-option";
    li.classList.toggle("selected", selected.includes(i));
    li.classList.toggle("active", i === active);
    const mark = document.createElement("span");
    mark.className = "inner-item";
    mark.setAttribute("aria-hidden", "true");
    mark.textContent = "✓";
    mark.classList.toggle("hide", !selected.includes(i));
    li.append(mark, document.createTextNode(choices[i][0]));
    return li;
  });
  view.list.replaceChildren(...items);
  place(view);
  view.list.querySelector(".active")?.scrollIntoView?.({ block: "nearest" });
}

// Opens below the field when there is room, else above it (Gradio's distance_from_top/bottom).
export function place(view) {
  if (!view.list || typeof window.innerHeight !== "number") return;
  const rect = view.wrap.getBoundingClientRect();
  const below = window.innerHeight - rect.bottom;
  const s = view.list.style;
  s.left = `${rect.left}px`;
  s.width = `${rect.width}px`;
  if (below >= rect.top || below > 240) {
    s.top = `${rect.bottom}px`;
    s.bottom = "";
    s.maxHeight = `${Math.max(below - 32, 120)}px`;
  } else {
    s.bottom = `${window.innerHeight - rect.top}px`;
    s.top = "";
    s.maxHeight = `${Math.max(rect.top - 32, 120)}px`;
  }
}
