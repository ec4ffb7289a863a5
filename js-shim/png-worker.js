// The worker that encodes canvases to PNG for png-encoder.js, off the page's main thread.
// Protocol: page → worker {id, bitmaps: [ImageBitmap]} (transferred); worker → page
// {id, blobs: [Blob]} in the same order, or {id, error: message}.
self.onmessage = async ({ data: { id, bitmaps } }) => {
  try {
    const blobs = await Promise.all(bitmaps.map((bitmap) => {
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext("2d").drawImage(bitmap, 0, 0);
      bitmap.close();
      return canvas.convertToBlob({ type: "image/png" });
    }));
    self.postMessage({ id, blobs });
  } catch (err) {
    self.postMessage({ id, error: err?.message ?? String(err) });
  }
};
