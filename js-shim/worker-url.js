// The URL to start one of the runtime's module workers from (a file beside graft.js). Same
// origin: the file itself. From a CDN (another origin) a worker cannot be built from the URL
// directly; a one-line module importing it can.
export function workerUrl(file) {
  const url = new URL(`./${file}`, import.meta.url);
  if (url.origin === location.origin) return url;
  return URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: "text/javascript" }));
}
