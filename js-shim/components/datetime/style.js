// gr.DateTime's CSS, after js/datetime/Index.svelte and DateTimePicker.svelte, scoped by
// .graft-datetime. Gradio greys the placeholder and invalid text with colours that fail WCAG AA
// on white; here the placeholder uses --block-title-text-color (4.8:1) and invalid text
// --error-text-color, with a dashed underline so the state is not told by colour alone.
export const css = `
.graft-datetime .label-content { display: flex; justify-content: space-between; align-items: flex-start; }
.graft-datetime .timebox { display: flex; position: relative; flex-grow: 1; background: var(--input-background-fill);
  border-radius: var(--input-radius); }
.graft-datetime .time { flex-grow: 1; min-width: 0; padding: var(--input-padding); outline: none;
  color: var(--body-text-color); background: none; font-family: inherit; font-size: var(--input-text-size);
  border: 1px solid var(--input-border-color); border-right: none;
  border-radius: var(--input-radius) 0 0 var(--input-radius); }
.graft-datetime .time:focus { border-color: var(--input-border-color-focus); box-shadow: var(--input-shadow-focus); }
.graft-datetime .time::placeholder { color: var(--block-title-text-color); }
.graft-datetime .time.invalid { color: var(--error-text-color); text-decoration: underline dashed; }
.graft-datetime .time:disabled { cursor: not-allowed; }
.graft-datetime .calendar { display: inline-flex; align-items: center; justify-content: center; cursor: pointer;
  padding: var(--spacing-md); color: var(--body-text-color); background: var(--background-fill-secondary);
  border: 1px solid var(--input-border-color); border-radius: 0 var(--input-radius) var(--input-radius) 0; }
.graft-datetime .picker-container { margin-top: var(--spacing-sm); padding: var(--spacing-lg); max-width: 300px;
  background: var(--background-fill-primary); color: var(--body-text-color);
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-lg);
  box-shadow: 0 10px 15px -3px rgb(0 0 0 / 0.1); }
.graft-datetime .picker-header { display: flex; justify-content: space-between; align-items: center;
  margin-bottom: var(--spacing-lg); }
.graft-datetime .month-year { font-weight: 600; }
.graft-datetime button { font-family: inherit; color: var(--body-text-color); }
.graft-datetime .nav-button { border: none; background: none; cursor: pointer; font-size: var(--text-lg);
  padding: 0 var(--spacing-md); border-radius: var(--radius-sm); }
.graft-datetime .nav-button:hover, .graft-datetime .day:hover { background: var(--background-fill-secondary); }
.graft-datetime .weekdays, .graft-datetime .days { display: grid; grid-template-columns: repeat(7, 1fr); gap: 1px; }
.graft-datetime .weekday { text-align: center; font-size: var(--text-sm); font-weight: 600; padding: 2px;
  color: var(--block-title-text-color); }
.graft-datetime .day { aspect-ratio: 1; border: none; background: none; cursor: pointer; font-size: var(--text-sm);
  border-radius: var(--radius-sm); }
.graft-datetime .day.other-month { color: var(--block-title-text-color); }
.graft-datetime .day.selected { background: var(--color-accent-soft); box-shadow: inset 0 0 0 2px var(--color-accent);
  font-weight: 600; }
.graft-datetime .time-inputs { display: flex; gap: var(--spacing-md); justify-content: center;
  margin: var(--spacing-lg) 0; padding-top: var(--spacing-lg); border-top: 1px solid var(--border-color-primary); }
.graft-datetime .time-input-group { display: flex; flex-direction: column; align-items: center; gap: 2px;
  font-size: var(--text-sm); font-weight: 600; color: var(--block-title-text-color); }
.graft-datetime .time-input-group input { width: 52px; padding: 2px; text-align: center; font-size: var(--text-sm);
  border: 1px solid var(--input-border-color); border-radius: var(--radius-sm);
  background: var(--input-background-fill); color: var(--body-text-color); }
.graft-datetime .picker-actions { display: flex; gap: var(--spacing-md); justify-content: flex-end;
  padding-top: var(--spacing-lg); border-top: 1px solid var(--border-color-primary); }
.graft-datetime .picker-actions button:first-child { margin-right: auto; }
.graft-datetime .action-button { cursor: pointer; padding: 2px var(--spacing-lg); font-size: var(--text-sm);
  border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm);
  background: var(--background-fill-secondary); }
.graft-datetime button:focus-visible, .graft-datetime .time-input-group input:focus-visible {
  outline: 2px solid var(--color-accent); outline-offset: 1px; }
`;
