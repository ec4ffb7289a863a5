// gr.Dropdown's CSS, after Dropdown.svelte / Multiselect.svelte / DropdownOptions.svelte, scoped
// by .graft-dropdown and drawn with the theme's variables. Gradio greys text that matches no
// choice with --body-text-color-subdued, which fails WCAG AA on white; --block-title-text-color
// (4.8:1 light) keeps the hint readable.
export const css = `
.graft-dropdown .wrap { position: relative; border-radius: var(--input-radius);
  background: var(--input-background-fill); border: 1px solid var(--input-border-color); }
.graft-dropdown.hide-container .wrap { border: none; }
.graft-dropdown .wrap:focus-within { box-shadow: var(--input-shadow-focus); border-color: var(--input-border-color-focus); }
.graft-dropdown .wrap-inner { display: flex; position: relative; flex-wrap: wrap; align-items: center;
  gap: var(--checkbox-label-gap); padding: var(--checkbox-label-padding); }
.graft-dropdown .secondary-wrap { display: flex; flex: 1 1 0%; align-items: center; min-width: min-content; }
.graft-dropdown input { margin: var(--spacing-sm); outline: none; border: none; background: inherit;
  width: 100%; color: var(--body-text-color); font-size: var(--input-text-size); font-family: inherit; }
.graft-dropdown input.subdued { color: var(--block-title-text-color); }
.graft-dropdown input[readonly] { cursor: pointer; }
.graft-dropdown input:disabled { -webkit-text-fill-color: var(--body-text-color); opacity: 1; cursor: not-allowed; }
.graft-dropdown .icon-wrap { color: var(--body-text-color); margin-right: var(--spacing-sm); pointer-events: none; }
.graft-dropdown .token { display: flex; align-items: center; gap: var(--spacing-md);
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-md);
  background: var(--checkbox-label-background-fill); padding: var(--checkbox-label-padding);
  color: var(--body-text-color); font-size: var(--text-md); word-break: break-word; }
.graft-dropdown .token-remove { display: flex; justify-content: center; align-items: center; flex-shrink: 0;
  width: 18px; height: 18px; cursor: pointer; border: 1px solid var(--border-color-primary);
  border-radius: 50%; background: var(--background-fill-primary); color: var(--body-text-color);
  font-size: var(--text-sm); line-height: 1; }
.graft-dropdown .token-remove:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 1px; }
.graft-dropdown .remove-all { margin-left: var(--spacing-sm); width: 20px; height: 20px; }
.graft-dropdown .options { position: fixed; z-index: 1000; margin: 0; padding: 0; list-style: none;
  overflow: auto; border: 1px solid var(--border-color-primary); border-radius: var(--radius-md);
  box-shadow: 0 10px 15px -3px rgb(0 0 0 / 0.1), 0 4px 6px -4px rgb(0 0 0 / 0.1);
  background: var(--background-fill-primary); color: var(--body-text-color); }
.graft-dropdown .item { display: flex; cursor: pointer; padding: var(--spacing-md) var(--spacing-lg);
  font-size: var(--input-text-size); }
.graft-dropdown .item:hover { background: var(--background-fill-secondary); }
.graft-dropdown .item.active { background: var(--color-accent-soft); }
.graft-dropdown .inner-item { padding-right: var(--spacing-sm); }
.graft-dropdown .inner-item.hide { visibility: hidden; }
`;
