// The renderer table: config `type` → renderer with create(props, ctx) / update(view, props,
// patch) / destroy?(view). Types without a renderer show a visible, honest placeholder.
import { button } from "./button.js";
import { row, column } from "./layout.js";
import { markdown } from "./markdown.js";
import { textbox } from "./textbox.js";
import { blockElement } from "./block.js";

// `image` is added by AppView when an app has one (image-support.js, loaded on demand).
export const renderers = { button, column, markdown, row, textbox };

export const placeholder = {
  create(props, ctx) {
    const el = blockElement("div", "placeholder", props);
    el.setAttribute("role", "note");
    el.textContent = `${props.label ?? ctx.type}: Graft does not display "${ctx.type}" components yet`;
    return { el };
  },
  update() {},
};
