// gr.Row: children side by side, wrapping; equal_height stretches them; panel/compact variants.
import { container } from "../atoms/layout.js";

export default container("row", {
  hidesOnHidden: false,
  classes: (p) => `row ${p.equal_height ? "stretch" : "unequal-height"}${p.variant && p.variant !== "default" ? ` ${p.variant}` : ""}`,
  css: `
.graft-row { display: flex; flex-wrap: wrap; gap: var(--layout-gap); width: 100%; }
.graft-row.unequal-height { align-items: flex-start; }
.graft-row.stretch { align-items: stretch; }
.graft-row > * { flex: 1 1 0%; min-width: min(160px, 100%); }
.graft-row.panel, .graft-row.compact { background: var(--background-fill-secondary); border-radius: var(--container-radius); padding: var(--spacing-md); }
.graft-row.compact { gap: 0; }
`,
});
