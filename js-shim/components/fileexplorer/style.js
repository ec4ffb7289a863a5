// gr.FileExplorer's CSS, after Gradio's FileTree.svelte and Checkbox.svelte.
export const css = `
.graft-fileexplorer { padding: 0; overflow: auto; }
.graft-fileexplorer .file-wrap { overflow-y: auto; }
.graft-fileexplorer ul { margin: 0 0 0 26px; padding-left: 0; list-style: none; }
.graft-fileexplorer ul.root { margin-left: 8px; padding: var(--spacing-sm) 0; }
.graft-fileexplorer ul.no-checkboxes:not(.root) { margin-left: 20px; }
.graft-fileexplorer li { margin: 8px 0; padding: 0; font-family: var(--font-mono); font-size: var(--scale-00, 0.85rem); overflow-wrap: anywhere; word-break: break-word; color: var(--body-text-color); }
.graft-fileexplorer .wrap { display: flex; gap: 8px; align-items: center; }
.graft-fileexplorer .wrap.selected { background-color: var(--color-accent-soft); border-radius: var(--radius-sm); margin-left: -4px; padding-left: 4px; }
.graft-fileexplorer .wrap.selectable { cursor: pointer; border-radius: var(--radius-sm); margin-left: -4px; padding-left: 4px; padding-right: 4px; }
.graft-fileexplorer .wrap.selectable:hover { background-color: var(--border-color-accent); }
.graft-fileexplorer .wrap:focus-visible, .graft-fileexplorer .icon:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 1px; }
.graft-fileexplorer .item-name { flex: 1; padding: 2px 4px; border-radius: var(--radius-sm); margin-right: -4px; }
.graft-fileexplorer .icon { display: inline-flex; justify-content: center; align-items: center; width: 18px; height: 18px; padding: 3px 2px 3px 3px; box-sizing: content-box; border-radius: 2px; cursor: pointer; transition: 0.1s; flex-shrink: 0; }
.graft-fileexplorer .icon:hover { background: var(--background-fill-secondary); }
.graft-fileexplorer .icon svg { transform: rotate(90deg); transition: 0.2s; color: var(--color-accent); }
.graft-fileexplorer .icon.closed svg { transform: rotate(0); color: var(--body-text-color-subdued); }
.graft-fileexplorer .icon:hover svg { color: var(--block-info-text-color); }
.graft-fileexplorer .file-icon { display: inline-flex; justify-content: center; align-items: center; width: 20px; height: 20px; flex-shrink: 0; }
.graft-fileexplorer .file-icon img { width: 100%; height: 100%; }
.graft-fileexplorer .no-checkbox { width: 18px; height: 18px; flex-shrink: 0; }
.graft-fileexplorer ul.root > li > .wrap > .no-checkbox { display: none; }
.graft-fileexplorer input[type="checkbox"] { width: 18px; height: 18px; margin: 0; flex-shrink: 0; accent-color: var(--checkbox-background-color-selected); cursor: pointer; }
`;
