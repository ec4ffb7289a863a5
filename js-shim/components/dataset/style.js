// gr.Dataset's CSS, after Gradio 6's Dataset.svelte: cards that wrap, a striped table whose
// rows highlight on hover and focus, and the "Pages:" row.
export const css = `
.graft-dataset .label { display: flex; align-items: center; gap: 4px; margin-bottom: 8px; color: var(--block-label-text-color); font-size: var(--text-sm); line-height: 1.4; }
.graft-dataset .gallery { display: flex; flex-wrap: wrap; gap: var(--spacing-lg); }
.graft-dataset .gallery-item { padding: var(--spacing-md) var(--spacing-lg); border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg); overflow: hidden; background: var(--block-background-fill); color: var(--body-text-color); font: inherit; font-size: var(--text-md); cursor: pointer; }
.graft-dataset .gallery-item:hover, .graft-dataset .gallery-item:focus-visible { border-color: var(--color-accent); background: var(--background-fill-secondary); }
.graft-dataset .gallery-item:has(img), .graft-dataset .gallery-item:has(video) { padding: 0; }
.graft-dataset .example img, .graft-dataset .example video { display: inline-block; width: 80px; height: 80px; object-fit: cover; vertical-align: middle; }
.graft-dataset td .example img, .graft-dataset td .example video { width: 48px; height: 48px; }
.graft-dataset .swatch { display: inline-block; width: 40px; height: 24px; border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm); vertical-align: middle; }
.graft-dataset .table-wrap { width: 100%; overflow-x: auto; border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg); color: var(--body-text-color); line-height: 1.4; }
.graft-dataset table { width: 100%; border-collapse: collapse; }
.graft-dataset th { padding: 8px; white-space: nowrap; text-align: center; border-bottom: 1px solid var(--border-color-primary); }
.graft-dataset th + th, .graft-dataset td + td { border-left: 1px solid var(--border-color-primary); }
.graft-dataset .tr-body { cursor: pointer; border-bottom: 1px solid var(--border-color-primary); background: var(--table-even-background-fill); }
.graft-dataset .tr-body:nth-child(odd) { background: var(--table-odd-background-fill); }
.graft-dataset .tr-body:last-child { border-bottom: 0; }
.graft-dataset .tr-body:hover, .graft-dataset .tr-body:focus-visible { background: var(--background-fill-secondary); outline: 2px solid var(--color-accent); outline-offset: -2px; }
.graft-dataset td { padding: 8px; text-align: center; }
.graft-dataset td.textbox { max-width: 35ch; }
.graft-dataset .paginate { display: flex; justify-content: center; align-items: center; gap: var(--spacing-sm); margin-top: 8px; color: var(--block-label-text-color); font-size: var(--text-sm); }
.graft-dataset .paginate button { padding: 2px 6px; border: 0; border-radius: var(--radius-sm); background: none; color: var(--body-text-color); font: inherit; cursor: pointer; }
.graft-dataset .paginate button:hover { background: var(--background-fill-secondary); }
.graft-dataset .paginate button.current-page { font-weight: 700; text-decoration: underline; }
`;
