// Layout blocks: gr.Row and gr.Column (and the Blocks root, laid out as a column).
import { applyCommon, blockElement } from "./block.js";

function container(kind) {
  const renderer = {
    create(props) {
      const el = blockElement("div", kind, props);
      renderer.update({ el }, props);
      return { el };
    },
    update(view, props) {
      applyCommon(view.el, props);
      if (props.scale != null) view.el.style.flexGrow = String(props.scale);
      if (props.min_width != null) view.el.style.minWidth = `${props.min_width}px`;
      if (props.equal_height) view.el.classList.add("graft-equal-height");
    },
  };
  return renderer;
}

export const row = container("row");
export const column = container("column");
