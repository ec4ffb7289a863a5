import zlib from "node:zlib";

// Serves an ad-hoc page at `path` on the test server's origin, so it can load /graft/graft.js.
export async function openPage(page, path, body) {
  await page.route(`**${path}`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title></head><body>${body}</body></html>` }),
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

// A PNG file (8-bit RGB, no filter) whose pixel (x, y) is rgb(x, y); crc-checked chunks.
export function pngFile(name, width, height, rgb = (x, y) => [x, y, 7]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "latin1");
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const rows = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(...rgb(x, y));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  const buffer = Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(Buffer.from(rows))), chunk("IEND", Buffer.alloc(0))]);
  return { name, mimeType: "image/png", buffer };
}
