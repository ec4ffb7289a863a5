// gr.Column (and the app's root): children stacked; scale and min_width size it in a Row.
import { container } from "../atoms/layout.js";

export default container("column", {
  hidesOnHidden: false,
  classes: (p) => `column${p.variant === "panel" ? " panel" : ""}${p.variant === "compact" ? " compact" : ""}`,
  css: `
.graft-column { display: flex; flex-direction: column; gap: var(--layout-gap); position: relative; min-width: min(320px, 100%); }
.graft-column.panel { border: 1px solid var(--border-color-primary); background: var(--panel-background-fill); border-radius: var(--container-radius); padding: var(--spacing-lg); }
.graft-column.compact { gap: 0; }
`,
});
