// gr.ImageEditor in the page: the editor drawn with Canvas 2D (view.js) and the function edge
// (edge.js) — a dict {background, layers, composite} of images converted as gr.Image converts
// them for `type`, through gr.Image's store, which this module loads as gr.Image's does.
import { ImageStore } from "../image/store.js";
import { argument, output } from "./edge.js";
import { createEditor, destroyEditor, updateEditor } from "./view.js";

export default {
  receives: "{background, layers, composite}: each image by `type` as gr.Image (numpy by default, in image_mode RGBA)",
  // The image pipeline converts what a function receives and returns; loaded before drawing.
  async prepare(nodes, app) {
    app.images ??= new ImageStore();
    await app.images.load();
  },
  create(props, ctx) {
    const view = createEditor(props, ctx);
    return view;
  },
  update(view, props, patch) {
    updateEditor(view, props, patch);
  },
  destroy(view) {
    destroyEditor(view);
  },
  edge: { argument, output },

  css: `
.graft-imageeditor { position: relative; }
.graft-imageeditor .image-container {
  position: relative; height: 350px; box-sizing: border-box; display: flex; align-items: center; justify-content: center;
  padding: 40px 16px 36px 56px; border-radius: var(--radius-sm); overflow: hidden;
}
.graft-imageeditor:not([data-interactive]) .image-container { padding: 8px; }
.graft-imageeditor .graft-editor-canvas { display: block; max-width: 100%; max-height: 100%; touch-action: none; box-shadow: 0 0 4px rgba(0, 0, 0, 0.3); }
.graft-imageeditor [hidden] { display: none !important; }
.graft-imageeditor .graft-editor-empty {
  position: absolute; inset: 0; z-index: 1; display: flex; align-items: center; justify-content: center;
  border: 0; background: transparent; color: var(--color-grey-500, #6b7280); font: inherit; font-size: var(--text-md); cursor: pointer;
}
.graft-imageeditor .graft-editor-empty .upload-text, .graft-imageeditor .graft-editor-empty .hint { display: flex; flex-direction: column; align-items: center; line-height: var(--line-md); }
.graft-imageeditor .graft-editor-empty .or { color: var(--body-text-color-subdued); }
.graft-imageeditor .graft-editor-empty:focus-visible { outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-imageeditor .toolbar-wrap {
  position: absolute; left: 15px; top: 50%; transform: translateY(-50%); z-index: 3; width: 30px;
  display: flex; flex-direction: column; align-items: center;
  border: 1px solid var(--block-border-color, var(--border-color-primary)); border-radius: var(--radius-md); background: var(--block-background-fill);
}
.graft-imageeditor .half-container { position: relative; display: flex; flex-direction: column; align-items: center; gap: var(--spacing-sm, 4px); width: 100%; padding: var(--spacing-sm, 4px) 0; }
.graft-imageeditor .half-container.right { border-top: 1px solid var(--block-border-color, var(--border-color-primary)); }
.graft-imageeditor .graft-editor-button {
  display: flex; align-items: center; justify-content: center; width: 24px; height: 24px; padding: 0;
  border: 0; border-radius: var(--radius-sm); background: transparent; color: var(--block-label-text-color); cursor: pointer;
}
.graft-imageeditor .graft-editor-button:hover:not(:disabled), .graft-imageeditor .graft-editor-button.highlight { color: var(--color-accent); }
.graft-imageeditor .graft-editor-button:disabled { opacity: 0.4; cursor: default; }
.graft-imageeditor .graft-editor-button.small { width: 20px; height: 20px; }
.graft-imageeditor .graft-editor-options {
  position: absolute; left: calc(100% + 10px); top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 8px;
  width: max-content; max-width: 230px; padding: 10px; border: 1px solid var(--block-border-color, var(--border-color-primary));
  border-radius: var(--radius-md); background: var(--background-fill-secondary); box-shadow: 0 0 5px rgba(0, 0, 0, 0.1); color: var(--body-text-color);
}
.graft-imageeditor .graft-editor-options input[type=range] { width: 160px; }
.graft-imageeditor .graft-editor-options.tall { top: auto; bottom: 0; max-width: none; }
.graft-imageeditor .swatch { display: grid; grid-template-columns: repeat(5, 25px); gap: 8px; margin: 0; padding: 0; }
.graft-imageeditor .color { width: 25px; height: 25px; padding: 0; border: 1px solid var(--block-border-color, var(--border-color-primary)); border-radius: 50%; cursor: pointer; }
.graft-imageeditor .color.selected { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-imageeditor .graft-editor-controls {
  position: absolute; top: 6px; right: 6px; z-index: 3; display: flex; align-items: center; gap: 2px; padding: 2px 4px;
  border: 1px solid var(--block-border-color, var(--border-color-primary)); border-radius: var(--radius-sm); background: var(--block-background-fill);
}
.graft-imageeditor .graft-editor-controls .save { color: var(--color-accent); }
.graft-imageeditor .graft-editor-controls .separator { width: 1px; height: 16px; margin: 0 2px; background: var(--block-border-color, var(--border-color-primary)); }
.graft-imageeditor .zoom-wrap { position: relative; }
.graft-imageeditor .zoom-number {
  min-width: 42px; height: 24px; padding: 0 4px; border: 0; border-radius: var(--radius-sm); background: transparent;
  color: var(--block-label-text-color); font: inherit; font-size: var(--text-sm); cursor: pointer;
}
.graft-imageeditor .zoom-number:hover { color: var(--color-accent); }
.graft-imageeditor .zoom-controls {
  position: absolute; top: calc(100% + 6px); right: 0; z-index: 5; margin: 0; padding: 4px 0; list-style: none; min-width: 120px;
  border: 1px solid var(--block-border-color, var(--border-color-primary)); border-radius: var(--radius-md);
  background: var(--background-fill-secondary); box-shadow: 0 0 5px rgba(0, 0, 0, 0.1);
}
.graft-imageeditor .zoom-option {
  display: block; width: 100%; padding: 4px 12px; border: 0; background: transparent; color: var(--body-text-color);
  font: inherit; font-size: var(--text-sm); text-align: left; cursor: pointer;
}
.graft-imageeditor .zoom-option:hover { background: var(--color-accent-soft); color: var(--color-accent); }
.graft-imageeditor .graft-editor-layers {
  position: absolute; right: 0; bottom: 0; z-index: 3; min-width: 110px; display: flex; flex-direction: column;
  border: 1px solid var(--block-border-color, var(--border-color-primary)); border-right: 0; border-bottom: 0;
  border-top-left-radius: var(--radius-md); background: var(--block-background-fill);
}
.graft-imageeditor .layer-title-button {
  display: flex; align-items: center; justify-content: center; gap: 6px; width: 100%; padding: 4px 10px;
  border: 0; background: transparent; color: var(--body-text-color); font: inherit; font-size: var(--text-sm); cursor: pointer;
}
.graft-imageeditor .layer-list { display: flex; flex-direction: column; gap: 2px; margin: 0; padding: 4px; list-style: none; border-bottom: 1px solid var(--block-border-color, var(--border-color-primary)); }
.graft-imageeditor .layer-list li { display: flex; align-items: center; gap: 4px; }
.graft-imageeditor .layer-button { flex: 1; padding: 2px 6px; border: 0; border-radius: var(--radius-sm); background: transparent; color: var(--body-text-color); font: inherit; font-size: var(--text-sm); text-align: left; cursor: pointer; }
.graft-imageeditor .layer-button.selected_layer { background: var(--color-accent-soft); color: var(--color-accent); }
.graft-imageeditor .add-layer { justify-content: center; }
.graft-imageeditor .graft-editor-confirm {
  position: absolute; bottom: 8px; left: 50%; transform: translateX(-50%); z-index: 3; padding: 4px 12px;
  border: 0; border-radius: var(--radius-md); background: var(--color-green-500, #22c55e); color: #fff; font: inherit; cursor: pointer;
}
.graft-imageeditor .graft-editor-resize { display: flex; flex-direction: column; gap: 8px; width: 230px; font-size: var(--text-sm); }
.graft-imageeditor .graft-editor-resize .size-wrap { display: flex; gap: 8px; }
.graft-imageeditor .graft-editor-resize .size-input { display: flex; flex-direction: column; gap: 2px; flex: 1; min-width: 0; }
.graft-imageeditor .graft-editor-resize input[type=number] {
  width: 100%; box-sizing: border-box; padding: 2px 6px; border: 1px solid var(--input-border-color, var(--border-color-primary));
  border-radius: var(--radius-sm); background: var(--input-background-fill); color: inherit; font: inherit;
}
.graft-imageeditor .graft-editor-resize .scale-wrap { display: flex; align-items: center; gap: 8px; margin: 0; padding: 0; border: 0; white-space: nowrap; }
.graft-imageeditor .graft-editor-resize .image-will-label { float: left; padding: 0; font-weight: 600; }
.graft-imageeditor .graft-editor-resize .radio-label { display: flex; align-items: center; gap: 4px; cursor: pointer; }
.graft-imageeditor .anchor-grid { display: grid; grid-template-columns: repeat(3, 20px); gap: 4px; justify-content: center; }
.graft-imageeditor .anchor-grid.off { opacity: 0.4; pointer-events: none; }
.graft-imageeditor .anchor-box {
  width: 20px; height: 20px; padding: 0; border: 1px solid var(--block-border-color, var(--border-color-primary));
  border-radius: var(--radius-sm); background: var(--background-fill-primary); cursor: pointer;
}
.graft-imageeditor .anchor-box[aria-pressed=true] { background: var(--color-accent); border-color: var(--color-accent); }
.graft-imageeditor .apply-button {
  padding: 4px 10px; border: 0; border-radius: var(--radius-md); background: var(--button-primary-background-fill, var(--color-accent));
  color: var(--button-primary-text-color, #fff); font: inherit; cursor: pointer;
}
.graft-imageeditor .modal { position: absolute; inset: 0; z-index: 2; display: flex; align-items: center; justify-content: center; background: var(--block-background-fill); }
.graft-imageeditor .modal-inner { position: relative; width: 100%; height: 100%; padding: 8px; box-sizing: border-box; }
.graft-webcam { position: relative; width: 100%; height: 100%; display: flex; align-items: center; justify-content: center; }
.graft-webcam video { max-width: 100%; max-height: 100%; border-radius: var(--radius-sm); background: var(--background-fill-secondary); }
.graft-webcam .capture-button {
  position: absolute; bottom: 12px; left: 50%; transform: translateX(-50%); width: 44px; height: 44px; padding: 0;
  display: flex; align-items: center; justify-content: center; border: 1px solid var(--block-border-color, var(--border-color-primary));
  border-radius: 50%; background: var(--block-background-fill); color: var(--color-accent); cursor: pointer; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2);
}
.graft-webcam .capture-button:disabled { opacity: 0.5; cursor: default; }
`,
};
