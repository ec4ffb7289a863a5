// What every component's DOM shares: a wrapper carrying visibility, elem_id and elem_classes,
// and a real <label> tied to the control, visually hidden when show_label is false.
let nextUid = 0;

export function uid(prefix) {
  return `graft-${prefix}-${++nextUid}`;
}

export function blockElement(tag, kind, props) {
  const el = document.createElement(tag);
  el.className = `graft-block graft-${kind}`;
  applyCommon(el, props);
  return el;
}

export function applyCommon(el, props) {
  el.hidden = props.visible === false;
  if (props.elem_id) el.id = props.elem_id;
  for (const c of props.elem_classes ?? []) el.classList.add(c);
}

export function labelFor(control, text, showLabel = true) {
  const label = document.createElement("label");
  label.htmlFor = control.id;
  label.className = "graft-label";
  label.textContent = text;
  if (showLabel === false) label.classList.add("graft-visually-hidden");
  return label;
}
