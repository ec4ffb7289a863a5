// A small static file server for dist/site (correct MIME types, including application/wasm).
// Usage: node scripts/serve.mjs DIR [PORT] [--mount /prefix/=DIR …] [--cors]; binds 127.0.0.1 only.
// Mounts serve extra folders under a URL prefix (the e2e tests' own pages); --cors answers as a
// CDN does (Access-Control-Allow-Origin: *), so pages of other origins can load modules and wasm.
import { createServer } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const mounts = [];
for (let i = args.indexOf("--mount"); i >= 0; i = args.indexOf("--mount")) {
  const [prefix, dir] = args.splice(i, 2)[1].split("=");
  mounts.push({ prefix, dir: resolve(dir) });
}
const cors = args.includes("--cors");
if (cors) args.splice(args.indexOf("--cors"), 1);
const root = resolve(args[0] ?? "dist/site");
const port = Number(args[1] ?? process.env.PORT ?? 8000);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8",
  ".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".svg": "image/svg+xml", ".md": "text/markdown; charset=utf-8",
};

function fileFor(urlPath) {
  const mount = mounts.find((m) => urlPath.startsWith(m.prefix));
  const base = mount ? mount.dir : root;
  const rel = mount ? urlPath.slice(mount.prefix.length) : urlPath;
  let path;
  try {
    path = normalize(join(base, decodeURIComponent(rel)));
  } catch {
    return null; // malformed escapes
  }
  if (path !== base && !path.startsWith(base + sep)) return null; // no escaping the root
  try {
    const st = statSync(path);
    if (st.isDirectory()) return urlPath.endsWith("index.html") ? null : fileFor(join(urlPath, "index.html"));
    return { path, size: st.size };
  } catch {
    return null;
  }
}

createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname.endsWith("/") === false && !extname(url.pathname) && fileFor(url.pathname + "/index.html")) {
    res.writeHead(301, { location: url.pathname + "/" + url.search });
    return res.end();
  }
  const file = fileFor(url.pathname);
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain" });
    return res.end("not found\n");
  }
  res.writeHead(200, {
    "content-type": types[extname(file.path)] ?? "application/octet-stream",
    "content-length": file.size,
    "cache-control": "no-cache",
    ...(cors ? { "access-control-allow-origin": "*" } : {}),
  });
  createReadStream(file.path).pipe(res);
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
