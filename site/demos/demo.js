// A demo page's source panel (iframe.source[data-src]) loads once the app beside it is drawn:
// the panel is a second document on the page's main thread, which the app's load needs first.
// An app that fails to load still gets its source shown.
const frames = document.querySelectorAll("iframe.source[data-src]");
const show = () => {
  for (const frame of frames) if (!frame.getAttribute("src")) frame.src = frame.dataset.src;
};
if (frames.length) {
  document.addEventListener("graft:ready", show, { once: true });
  document.addEventListener("graft:error", show, { once: true });
  setTimeout(show, 3000);
}
