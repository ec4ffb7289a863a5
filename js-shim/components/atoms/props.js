// Pure readings of the props every Block shares (no DOM): Node-tested.

// Gradio's Block: "hidden" keeps the component mounted but not displayed; container=false
// drops the frame; scale is flex-grow; min_width a px minimum capped at the row's width.
export function blockStyle(props) {
  const px = (v) => (v == null ? null : typeof v === "number" ? `${v}px` : String(v));
  return {
    hidden: props.visible === "hidden",
    hideContainer: props.container === false,
    flexGrow: props.scale != null ? String(props.scale) : null,
    minWidth: props.min_width != null ? `calc(min(${props.min_width}px, 100%))` : null,
    height: px(props.height),
    width: px(props.width),
  };
}

// Gradio mounts a component only while `visible` is truthy ("hidden" counts as mounted).
export function isMounted(props) {
  return props.visible !== false;
}

// Which props an update touches: `create` hands every component its props as the first patch,
// and then every key counts, present or not (an absent prop still needs its default drawn).
export function changedIn(props, patch) {
  return (...keys) => patch === props || keys.some((k) => k in patch);
}
