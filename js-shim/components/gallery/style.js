// gr.Gallery's CSS, after Gradio 6's Gallery.svelte: a square-cell grid sized by --grid-cols,
// captions over the cells' corners, and the preview laid over the grid.
export const css = `
.graft-gallery.block { padding: 0; overflow: hidden; }
.graft-gallery .gallery-body { position: relative; height: 100%; }
.graft-gallery .gallery-container { position: relative; height: 100%; }
.graft-gallery .hidden-upload-input { display: none; }
.graft-gallery .empty { min-height: 160px; }
.graft-gallery .upload-area { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: var(--spacing-sm); width: 100%; min-height: 240px; padding: var(--spacing-xl); border: 1px dashed var(--border-color-primary); border-radius: var(--block-radius); background: var(--block-background-fill); color: var(--body-text-color); font: inherit; font-size: var(--text-lg); cursor: pointer; }
.graft-gallery .upload-area:hover, .graft-gallery .upload-area:focus-visible { border-color: var(--color-accent); }
.graft-gallery .upload-area .or { color: var(--block-title-text-color); font-size: var(--text-md); }
.graft-gallery .icon-button-wrapper { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); z-index: 3; display: flex; gap: var(--spacing-sm); }
.graft-gallery .icon-button-wrapper[hidden] { display: none; }
.graft-gallery .grid-wrap { position: relative; padding: 8px; overflow-y: auto; }
.graft-gallery .grid-wrap.fixed-height { min-height: 320px; max-height: 55vh; }
.graft-gallery .grid-container { display: grid; position: relative; gap: var(--spacing-lg); grid-template-columns: repeat(var(--grid-cols, 2), minmax(100px, 1fr)); grid-auto-rows: minmax(100px, 1fr); }
.graft-gallery .grid-container.pt-6 { padding-top: 24px; }
.graft-gallery .gallery-item { position: relative; width: 100%; height: 100%; }
.graft-gallery .thumbnail-item { --ring-color: transparent; position: relative; display: block; width: 100%; height: 100%; aspect-ratio: 1; padding: 0; overflow: clip; border: 1px solid var(--border-color-primary); border-radius: var(--radius-md); background: var(--background-fill-secondary); box-shadow: inset 0 0 0 1px var(--ring-color); color: var(--body-text-color); font: inherit; cursor: pointer; }
.graft-gallery .thumbnail-item:hover, .graft-gallery .thumbnail-item.selected, .graft-gallery .thumbnail-item:focus-visible { --ring-color: var(--color-accent); border-color: var(--color-accent); }
.graft-gallery .thumbnail-item:focus-visible { outline: 2px solid var(--color-accent); outline-offset: 2px; }
.graft-gallery .thumbnail-item > img, .graft-gallery .thumbnail-item > video { display: block; width: 100%; height: 100%; object-fit: var(--object-fit, cover); }
.graft-gallery .thumbnail-item > svg { position: absolute; top: 50%; left: 50%; z-index: 1; width: 40%; height: 40%; opacity: 0.6; transform: translate(-50%, -50%); color: var(--body-text-color); pointer-events: none; }
.graft-gallery .caption-label { pointer-events: none; position: absolute; right: 4px; bottom: 4px; z-index: 1; max-width: 80%; overflow: hidden; padding: 2px 6px; border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm); background: var(--background-fill-secondary); color: var(--body-text-color); font-size: var(--text-sm); text-align: left; text-overflow: ellipsis; white-space: nowrap; }
.graft-gallery .delete-button { position: absolute; bottom: 0; left: 0; z-index: 2; display: flex; align-items: center; justify-content: center; padding: 4px 6px; border: 1px solid var(--border-color-primary); border-radius: 0 var(--radius-sm) 0 var(--radius-sm); background: var(--background-fill-secondary); color: var(--body-text-color); cursor: pointer; opacity: 0; transition: opacity 0.2s ease; }
.graft-gallery .gallery-item:hover .delete-button, .graft-gallery .delete-button:focus-visible { opacity: 1; }
.graft-gallery .preview { position: absolute; inset: 0; z-index: 4; display: flex; flex-direction: column; min-height: 320px; background: var(--background-fill-primary); }
.graft-gallery .media-button { display: flex; flex: 1 1 auto; min-height: 0; width: 100%; padding: 0; border: 0; background: none; cursor: pointer; }
.graft-gallery .media-button > img, .graft-gallery .media-button > video { width: 100%; height: 100%; object-fit: contain; }
.graft-gallery .preview .caption { padding: 8px 12px; overflow: hidden; align-self: center; color: var(--body-text-color); font-weight: 600; text-align: center; text-overflow: ellipsis; white-space: nowrap; }
.graft-gallery .thumbnails { display: flex; flex: none; align-items: center; gap: var(--spacing-lg); height: 56px; padding: 0 var(--spacing-lg); overflow-x: auto; }
.graft-gallery .thumbnail-small { flex: none; width: 36px; height: 36px; transform: scale(0.9); transition: transform 0.075s; }
.graft-gallery .thumbnail-small.selected { transform: scale(1); }
.graft-gallery .thumbnail-small > img, .graft-gallery .thumbnail-small > video { object-fit: cover; }
`;
