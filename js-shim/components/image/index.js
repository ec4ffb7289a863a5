// gr.Image in the page: the view (view.js), the per-app image store (store.js: wasm pipeline,
// pixels, blob URLs) and the function edge — what a page function receives by `type`, what it
// may return, and the pixel hand-over for C++ functions taking gr::image::Image.
import { imageView } from "./view.js";
import { ImageStore } from "./store.js";

export default {
  toolbar: (view) => view.tools, // where Gradio 6's custom buttons go
  receives: "by `type`: numpy → {shape, dtype, data}; pil → a GraftImage; filepath → a URL string",
  // Loads the image pipeline and the watermarks once per app, before anything is drawn, so an
  // upload or a returned image is handled at once. A served app's server marks its own images.
  async prepare(nodes, app) {
    app.images ??= new ImageStore();
    await app.images.load();
    if (!app.remote) await Promise.all(nodes.map((n) => app.images.loadWatermark(n.props.watermark)));
  },

  create(props, ctx) {
    return imageView.create(props, viewCtx(ctx));
  },
  update(view, props, patch) {
    imageView.update(view, props, patch);
  },
  destroy(view) {
    imageView.destroy(view);
  },

  css: `
.graft-image {
  display: flex; flex-direction: column; gap: 6px;
  border: 1px solid var(--border-color-primary); border-radius: var(--block-radius);
  background: var(--block-background-fill); padding: 10px 12px;
}
.graft-image-frame {
  position: relative; min-height: 160px; display: flex; align-items: center; justify-content: center;
  background: var(--background-fill-secondary); border-radius: 6px; overflow: hidden;
}
.graft-image-frame img, .graft-image-frame canvas { max-width: 100%; max-height: 480px; object-fit: contain; image-rendering: auto; }
.graft-image-drop, .graft-image-empty { padding: 24px; text-align: center; color: var(--body-text-color-subdued); }
.graft-image-drop { cursor: pointer; align-self: stretch; display: flex; align-items: center; justify-content: center; flex: 1; border: 1px dashed var(--border-color-primary); border-radius: 6px; }
.graft-image-drop:hover { border-color: var(--color-accent); color: var(--body-text-color); }
.graft-image-tools { position: absolute; top: 6px; right: 6px; display: flex; gap: 6px; }
.graft-image-tools > * { font: inherit; font-size: 13px; padding: 2px 8px; border-radius: 6px; border: 1px solid var(--border-color-primary); background: var(--block-background-fill); color: var(--body-text-color); text-decoration: none; cursor: pointer; }
.graft-image-frame [hidden], .graft-image-tools [hidden] { display: none; }
.graft-image-frame video { max-width: 100%; max-height: 480px; }
.graft-image-sources { display: flex; gap: 6px; justify-content: center; }
.graft-image-sources[hidden], .graft-image-sources [hidden] { display: none; }
.graft-image-sources button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--border-color-primary); background: var(--block-background-fill); color: var(--body-text-color); cursor: pointer; }
`,
  edge: {
    // numpy-like arrays, GraftImages or URLs, as `type` says (some are encoded on demand).
    argument: (value, props, app) => app.images.argument(value, props),
    // Pixels a function returned stay pixels in the store, watermarked as Gradio marks them.
    output: (value, props, app) => {
      if (value && value.__type__ === "update" && "value" in value) return { ...value, value: app.images.output(value.value, props) };
      return app.images.output(value, props);
    },
    // A value from the core naming pixels a C++ function returned: the page takes them.
    received: (value, app) => {
      if (typeof value?.path !== "string" || !value.path.startsWith(app.constants.cpp_pixels_prefix)) return;
      const image = app.takeImage(value.path);
      if (image) app.images.adopt(value.path, image);
    },
    // A C++ function's gr::image::Image parameter: pixels prepared as for a page function.
    pixels: (value, props, app) => app.images.argument(value, { ...props, type: "pil" }),
  },
};

// What the view asks of the app, on top of the component context.
function viewCtx(ctx) {
  const store = ctx.app.images;
  const redraw = (value) => ctx.redraw({ value });
  return {
    ...ctx,
    images: store,
    error: (message) => ctx.toast({ level: "error", title: "Error", message }),
    // A chosen file is checked and preprocessed now; a bad one is a toast naming it, and the
    // component keeps its value.
    upload: async (file) => {
      let value;
      try {
        value = await store.upload(file, ctx.props(), { maxFileSize: ctx.app.maxFileSize });
      } catch (err) {
        if (!ctx.signal.aborted) ctx.toast({ level: "error", title: "Error", message: err.message });
        return;
      }
      if (ctx.signal.aborted) return store.forget(value); // removed while the file was prepared
      redraw(value);
      ctx.setValue(value, "upload");
    },
    clear: () => {
      redraw(null);
      ctx.setValue(null, "clear");
    },
    // A streaming webcam's frame: the same pixel slot each time (no change event), then the
    // `stream` event — a new event, or the next chunk of the one running.
    streamFrame: (frame) => {
      if (ctx.signal.aborted) return;
      ctx.setValue(store.frame(`stream-${ctx.id}`, frame), "stream");
    },
    stopStream: () => ctx.closeStreams(),
  };
}
