// gr.Form: the block Gradio wraps around each run of consecutive form components; they are
// joined by 1 px lines and lose their own borders. It hides when all its children are hidden.
import { container } from "../atoms/layout.js";

export default container("form", {
  classes: () => "form",
  css: `
.graft-form { display: flex; flex-direction: column; gap: var(--form-gap-width); background: var(--border-color-primary); border: var(--block-border-width) solid var(--border-color-primary); border-radius: var(--block-radius); overflow: hidden; }
.graft-form > .block { border: 0; border-radius: 0; box-shadow: none; }
.graft-form:not(:has(> .block:not(.hidden))) { display: none; }
`,
});
