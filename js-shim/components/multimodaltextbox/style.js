// gr.MultimodalTextbox's CSS after MultimodalTextbox.svelte: one bordered input row (upload,
// textarea, microphone, submit/stop) under a strip of thumbnails, scoped by
// .graft-multimodaltextbox and drawn with the theme's variables.
export const css = `
.block.graft-multimodaltextbox { padding: var(--spacing-md) var(--spacing-lg); }
.block.graft-multimodaltextbox:focus-within { border-color: var(--input-border-color-focus); }
.graft-multimodaltextbox.dragging { border-color: var(--color-accent); box-shadow: var(--input-shadow-focus); }
.graft-multimodaltextbox .full-container { display: flex; flex-direction: column; width: 100%; }
.graft-multimodaltextbox .input-wrapper { display: flex; flex-direction: column; gap: var(--spacing-sm); }
.graft-multimodaltextbox .input-row { display: flex; align-items: flex-end; gap: var(--spacing-sm); }
.graft-multimodaltextbox .textarea-wrapper { flex: 1 1 auto; min-width: 0; position: relative; }
.graft-multimodaltextbox textarea { display: block; width: 100%; box-sizing: border-box; resize: none; border: 0; outline: none; background: transparent; color: var(--body-text-color); font: inherit; font-size: var(--input-text-size); line-height: var(--line-sm); padding: var(--spacing-sm); }
.graft-multimodaltextbox textarea::placeholder { color: var(--input-placeholder-color); }
.graft-multimodaltextbox textarea:disabled { -webkit-text-fill-color: var(--body-text-color); opacity: 1; }
.graft-multimodaltextbox .input-row > button { flex: none; display: inline-flex; align-items: center; justify-content: center; min-width: 32px; height: 32px; padding: 0 var(--spacing-sm); border: 0; border-radius: var(--radius-md); background: none; color: var(--body-text-color); cursor: pointer; font: inherit; }
.graft-multimodaltextbox .input-row > button:hover:not(:disabled) { background: var(--background-fill-secondary); }
.graft-multimodaltextbox .submit-button, .graft-multimodaltextbox .stop-button { border-radius: 50% !important; }
.graft-multimodaltextbox .submit-button.padded-button, .graft-multimodaltextbox .stop-button.padded-button { border-radius: var(--radius-md) !important; padding: 0 var(--spacing-lg); }
.graft-multimodaltextbox .submit-button { background: var(--button-primary-background-fill) !important; color: var(--button-primary-text-color) !important; }
.graft-multimodaltextbox .stop-button { background: var(--button-cancel-background-fill) !important; color: var(--button-cancel-text-color) !important; }
.graft-multimodaltextbox .microphone-button.recording { color: var(--error-text-color); background: var(--error-background-fill); }
.graft-multimodaltextbox button:disabled { opacity: 0.5; cursor: default; }
.graft-multimodaltextbox .thumbnails, .graft-multimodaltextbox .thumbnail-list { display: flex; flex-wrap: wrap; align-items: center; gap: var(--spacing-sm); }
.graft-multimodaltextbox .thumbnail-item { position: relative; display: flex; align-items: center; justify-content: center; width: 48px; height: 48px; border: 1px solid var(--border-color-primary); border-radius: var(--radius-md); background: var(--background-fill-secondary); color: var(--body-text-color); overflow: hidden; }
.graft-multimodaltextbox .thumbnail-image { width: 100%; height: 100%; object-fit: cover; }
.graft-multimodaltextbox .delete-button { position: absolute; top: 1px; right: 1px; display: inline-flex; padding: 1px; border: 0; border-radius: 50%; background: var(--block-background-fill); color: var(--body-text-color); cursor: pointer; }
.graft-multimodaltextbox .delete-button svg { width: 12px; height: 12px; }
.graft-multimodaltextbox .upload-button.thumbnail-add { width: 48px; height: 48px; border: 1px dashed var(--border-color-primary); border-radius: var(--radius-md); background: none; color: var(--body-text-color); cursor: pointer; }
`;
