// gr.ColorPicker's CSS, after Colorpicker.svelte (swatch 40x20, a 230 px popover in the flow
// below it), scoped by .graft-colorpicker and drawn with the theme's variables.
export const css = `
.graft-colorpicker .dialog-button { display: block; width: 40px; height: 20px; padding: 0; cursor: pointer;
  border: var(--block-border-width) solid var(--block-border-color); border-radius: var(--radius-sm); }
.graft-colorpicker .dialog-button:disabled { cursor: not-allowed; }
.graft-colorpicker .dialog-button:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-colorpicker .color-picker { width: 230px; margin: var(--spacing-sm) 0;
  background: var(--background-fill-secondary); border: 1px solid var(--block-border-color);
  border-radius: var(--block-radius); }
.graft-colorpicker .color-gradient { position: relative; height: 150px; cursor: crosshair; touch-action: none;
  border-radius: var(--block-radius) var(--block-radius) 0 0;
  --hue: 0; background: linear-gradient(rgba(0, 0, 0, 0), #000),
  linear-gradient(90deg, #fff, hsl(var(--hue), 100%, 50%)); }
.graft-colorpicker .hue-slider { position: relative; width: 90%; height: 10px; margin: 10px auto;
  border-radius: 5px; cursor: pointer; touch-action: none; background: linear-gradient(to right,
  hsl(0, 100%, 50%) 0%, #ff0 17%, lime 33%, cyan 50%, blue 67%, magenta 83%, red 100%); }
.graft-colorpicker [role="slider"]:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-colorpicker .marker { position: absolute; width: 14px; height: 14px; border-radius: 50%;
  border: 2px solid white; box-shadow: 0 0 0 1px rgb(0 0 0 / 0.4); transform: translate(-50%, -50%);
  pointer-events: none; }
.graft-colorpicker .hue-slider .marker { top: 50%; }
.graft-colorpicker .input { display: flex; align-items: center; gap: var(--spacing-md); padding: 0 10px 12px; }
.graft-colorpicker .swatch { width: 40px; height: 40px; flex-shrink: 0; border-radius: var(--radius-md);
  border: 1px solid var(--block-border-color); }
.graft-colorpicker .fields { flex: 1; min-width: 0; }
.graft-colorpicker .input-wrap { display: flex; }
.graft-colorpicker .input-wrap input { width: 100%; height: 28px; min-width: 0; padding: 0 var(--spacing-md);
  border: 1px solid var(--input-border-color); border-radius: var(--radius-sm);
  background: var(--input-background-fill); color: var(--body-text-color);
  font-family: var(--font-mono); font-size: var(--text-sm); }
.graft-colorpicker .input-wrap input:focus { outline: none; border-color: var(--input-border-color-focus);
  box-shadow: var(--input-shadow-focus); }
.graft-colorpicker .input-wrap input[aria-invalid="true"] { border-color: var(--error-text-color); }
.graft-colorpicker .eyedropper { margin-left: var(--spacing-sm); padding: 0 var(--spacing-sm); cursor: pointer;
  border: 1px solid var(--input-border-color); border-radius: var(--radius-sm);
  background: var(--input-background-fill); color: var(--body-text-color); }
.graft-colorpicker .buttons { display: flex; margin-top: var(--spacing-sm); }
.graft-colorpicker .buttons button { flex: 1; padding: 2px 6px; cursor: pointer; font-size: var(--text-sm);
  border: 1px solid var(--block-border-color); background: var(--background-fill-primary);
  color: var(--body-text-color); }
.graft-colorpicker .buttons button + button { border-left: none; }
.graft-colorpicker .buttons button[aria-pressed="true"] { font-weight: 600; background: var(--color-accent-soft);
  border-color: var(--color-accent); }
`;
