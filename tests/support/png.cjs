// A minimal PNG writer for tests (Node and Playwright): 8-bit RGB, no filter, crc-checked
// chunks. `rgb(x, y)` gives each pixel; `claimW`/`claimH` let the header lie about the size.
const zlib = require("node:zlib");

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// The PNG's bytes; by default pixel (x, y) is (x, y, 7).
function png(width, height, { rgb = (x, y) => [x & 255, y & 255, 7], claimW = width, claimH = height } = {}) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(...rgb(x, y));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(claimW, 0);
  ihdr.writeUInt32BE(claimH, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.from(rows))), chunk("IEND", Buffer.alloc(0))]);
}

module.exports = { png };
