// gr.Group: children joined without gaps or their own borders, as one block.
import { container } from "../atoms/layout.js";

export default container("group", {
  classes: () => "gr-group",
  css: `
.graft-group { display: flex; flex-direction: column; gap: 1px; background: var(--border-color-primary); border: var(--block-border-width) solid var(--border-color-primary); border-radius: var(--block-radius); overflow: hidden; }
.graft-group > .block, .graft-group > .graft-form { border: 0; border-radius: 0; }
.graft-group > .graft-row { gap: 1px; }
`,
});
