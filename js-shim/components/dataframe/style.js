// gr.Dataframe's CSS after Gradio's Table.svelte, Toolbar.svelte and DataCell.svelte, scoped by
// .graft-dataframe and drawn with the theme's variables. Subdued text uses
// --block-title-text-color, not --body-text-color-subdued (which fails WCAG AA on white).
export const css = `
.graft-dataframe .table-container { display: flex; flex-direction: column; gap: var(--spacing-md); position: relative; }
.graft-dataframe .header-row { display: flex; align-items: center; justify-content: space-between; gap: var(--spacing-md); min-height: 24px; }
.graft-dataframe .header-row[hidden] { display: none; }
.graft-dataframe .label p { margin: 0; color: var(--block-title-text-color); font-size: var(--block-title-text-size); }
.graft-dataframe .toolbar { display: flex; align-items: center; gap: var(--spacing-md); margin-left: auto; }
.graft-dataframe .toolbar-buttons { display: flex; gap: var(--spacing-sm); flex-wrap: nowrap; align-items: center; }
.graft-dataframe .toolbar-button { border: none; background: transparent; }
.graft-dataframe .toolbar-button:hover { background: var(--background-fill-secondary); }
.graft-dataframe .search-container { position: relative; display: flex; align-items: center; gap: var(--spacing-sm); }
.graft-dataframe .search-input { box-sizing: border-box; height: 26px; padding: var(--spacing-md); font: inherit; font-size: var(--text-sm);
  color: var(--body-text-color); background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm); }
.graft-dataframe .search-input::placeholder { color: var(--block-title-text-color); }
.graft-dataframe .search-input:focus { outline: none; border-color: var(--color-accent); background: var(--background-fill-primary); box-shadow: 0 0 0 1px var(--color-accent); }
.graft-dataframe .table-wrap { position: relative; border: 1px solid var(--border-color-primary); border-radius: var(--radius-md); overflow: hidden; outline: none; }
.graft-dataframe .table-wrap:focus-visible { box-shadow: 0 0 0 2px var(--input-border-color-focus); }
.graft-dataframe .table-wrap.dragging { outline: 2px dashed var(--color-accent); outline-offset: -2px; }
.graft-dataframe .virtual-table-viewport { position: relative; overflow: auto; overscroll-behavior: contain; }
.graft-dataframe .header-table { display: block; position: sticky; top: 0; z-index: 7; border-spacing: 0; margin: 0;
  font-family: var(--font-mono); font-size: var(--input-text-size); color: var(--body-text-color); background: var(--table-even-background-fill); }
.graft-dataframe .header-table thead { display: block; }
.graft-dataframe .header-table tr { display: flex; width: 100%; }
.graft-dataframe th.header-cell, .graft-dataframe th.row-number-header { display: block; box-sizing: border-box; padding: 0; text-align: left;
  font-weight: 600; background: var(--table-even-background-fill); border-bottom: 1px solid var(--border-color-primary);
  box-shadow: inset 1px 0 0 var(--border-color-primary); overflow: hidden; }
.graft-dataframe th.header-cell { cursor: pointer; user-select: none; }
.graft-dataframe th.header-cell:focus-visible { outline: 2px solid var(--input-border-color-focus); outline-offset: -2px; }
.graft-dataframe th .cell-wrap { display: flex; align-items: center; min-height: 36px; padding: var(--spacing-md) var(--spacing-lg); box-sizing: border-box; }
.graft-dataframe .header-content { display: flex; align-items: center; gap: var(--spacing-sm); min-width: 0; width: 100%; }
.graft-dataframe .header-text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.graft-dataframe .sort-indicator { font-size: 10px; color: var(--body-text-color); }
.graft-dataframe .virtual-body { box-sizing: border-box; position: relative; }
.graft-dataframe .virtual-row { display: flex; width: 100%; align-items: stretch; background: var(--table-odd-background-fill);
  font-family: var(--font-mono); font-size: var(--input-text-size); line-height: 1.4; color: var(--body-text-color); }
.graft-dataframe .virtual-row.row-odd { background: var(--table-even-background-fill); }
.graft-dataframe .body-cell, .graft-dataframe .row-number-cell { position: relative; box-sizing: border-box; min-width: 0; overflow: hidden;
  box-shadow: inset 1px 0 0 var(--border-color-primary), inset 0 -1px 0 var(--border-color-primary); background: inherit; }
.graft-dataframe .row-number-cell, .graft-dataframe th.row-number-header { flex-shrink: 0; text-align: center; font-weight: 600; padding: var(--spacing-md) var(--spacing-sm); }
.graft-dataframe .body-cell .cell-wrap { display: flex; align-items: center; min-height: 36px; height: 100%; padding: var(--spacing-md) var(--spacing-lg); box-sizing: border-box; }
.graft-dataframe .cell-text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.graft-dataframe.wrap-cells .cell-text, .graft-dataframe.wrap-cells .header-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.graft-dataframe .body-cell .md { white-space: normal; }
.graft-dataframe .body-cell .md > :first-child { margin-top: 0; }
.graft-dataframe .body-cell .md > :last-child { margin-bottom: 0; }
.graft-dataframe .body-cell .md a { color: var(--link-text-color); }
.graft-dataframe .body-cell img { display: block; max-width: 100%; max-height: 96px; object-fit: contain; }
.graft-dataframe .body-cell.selected { background: var(--color-accent-soft); box-shadow: inset 0 0 0 2px var(--color-accent); }
.graft-dataframe .pinned-column { position: sticky; z-index: 2; }
.graft-dataframe th.pinned-column { z-index: 8; }
.graft-dataframe .bool-cell { width: 16px; height: 16px; margin: 0; accent-color: var(--checkbox-background-color-selected); cursor: pointer; }
.graft-dataframe .bool-cell:disabled { cursor: not-allowed; }
.graft-dataframe .body-cell.editing { overflow: visible; z-index: 3; }
.graft-dataframe .body-cell textarea { position: absolute; inset: 0; width: 100%; min-height: 100%; box-sizing: border-box; margin: 0;
  padding: var(--spacing-md) var(--spacing-lg); font: inherit; color: var(--body-text-color); background: var(--input-background-fill);
  border: none; outline: 2px solid var(--color-accent); outline-offset: -2px; resize: none; }
.graft-dataframe .body-cell textarea[aria-invalid="true"] { outline-color: var(--error-text-color); }
.graft-dataframe .add-row-button { width: 100%; padding: var(--spacing-sm); background: transparent; color: var(--body-text-color);
  border: 1px dashed var(--border-color-primary); border-radius: var(--radius-sm); cursor: pointer; font: inherit; }
.graft-dataframe .add-row-button:hover { background: var(--background-fill-secondary); border-style: solid; }
.graft-dataframe .add-row-button[hidden] { display: none; }
.graft-dataframe.fullscreen { position: fixed; inset: 0; z-index: 1000; margin: 0; padding: var(--spacing-xl); overflow: auto; background: var(--background-fill-primary); }
.graft-dataframe.fullscreen .virtual-table-viewport { max-height: calc(100vh - 120px) !important; }
`;
