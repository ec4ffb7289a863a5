import pngSupport from "../tests/support/png.cjs";

const { png } = pngSupport;

// Serves an ad-hoc page at `path` on the test server's origin, so it can load /graft/graft.js;
// `headers` are its response's own (a Content-Security-Policy, say).
export async function openPage(page, path, body, { headers = {} } = {}) {
  await page.route(`**${path}`, (route) =>
    route.fulfill({ contentType: "text/html", headers, body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title></head><body>${body}</body></html>` }),
  );
  await page.goto(path);
}

export const helloConfig = (deps, extraComponents = []) => JSON.stringify({
  title: "Hello",
  components: [
    { id: 1, type: "textbox", props: { label: "Name", placeholder: "What is your name?" } },
    { id: 2, type: "textbox", props: { label: "Greeting" } },
    { id: 3, type: "button", props: { value: "Greet" } },
    ...extraComponents,
  ],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }, ...extraComponents.map((c) => ({ id: c.id }))] },
  dependencies: deps,
});

// A PNG file (8-bit RGB) for setInputFiles, whose pixel (x, y) is rgb(x, y).
export function pngFile(name, width, height, rgb = (x, y) => [x, y, 7]) {
  return { name, mimeType: "image/png", buffer: png(width, height, { rgb }) };
}
