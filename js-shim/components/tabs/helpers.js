// Which tab Gradio's Tabs shows, as pure functions of its Tab items (Node-tested).

// A Tab's id: its `id` prop, else its component id (Gradio's TabItem default).
export function tabIdOf(node) {
  return node.props.id ?? node.id;
}

// Tabs get a button while visible is true (false and "hidden" both drop the button).
export function tabsShown(nodes) {
  return nodes.filter((n) => n.type === "tabitem" && n.props.visible !== false && n.props.visible !== "hidden");
}

// The selected tab: `selected` when it names a shown tab, else the first shown, interactive one.
export function selectedTab(nodes, selected) {
  const shown = tabsShown(nodes);
  const named = selected != null && shown.find((n) => String(tabIdOf(n)) === String(selected));
  if (named) return named;
  return shown.find((n) => n.props.interactive !== false) ?? shown[0] ?? null;
}

// Tabs' select EventData {value: label, index, id, component_id}; `index` counts all tabs.
export function selectData(nodes, node) {
  const index = nodes.filter((n) => n.type === "tabitem").indexOf(node);
  return { value: node.props.label ?? `Tab ${index + 1}`, index, id: tabIdOf(node), component_id: node.id };
}

// The next enabled tab from `from` in direction `step` (+1/-1), wrapping — for arrow keys.
export function nextTab(nodes, from, step) {
  const shown = tabsShown(nodes).filter((n) => n.props.interactive !== false);
  if (!shown.length) return null;
  const i = shown.indexOf(from);
  return shown[(i + step + shown.length) % shown.length];
}
