#!/usr/bin/python3
"""Writes the seed corpora in fuzz/corpus/<harness>/ (run once; the files are committed).

Configs and diff cases come from tests/fixtures/gradio/ (Gradio's own test data) and the
scenarios from docs/scenarios/; images are tiny files made here with Pillow, one or more per
decoder path (PNG modes, palette and transparency, JPEG baseline/progressive/grey/CMYK with
EXIF orientation, GIF, BMP, WebP lossy/lossless/alpha, a PNG eXIf chunk).
"""
import io, json, os, shutil, struct
from pathlib import Path
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus"


def put(harness, name, data):
    d = OUT / harness
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def exif_block(orientation, big_endian=False):
    e = Image.Exif()
    e[0x0112] = orientation
    return e.tobytes()  # "Exif\0\0" + TIFF


def image(mode, size=(3, 2)):
    im = Image.new(mode, size)
    px = im.load()
    for y in range(size[1]):
        for x in range(size[0]):
            v = (x * 70 + y * 40) % 256
            px[x, y] = {"1": v > 100, "L": v, "LA": (v, 200), "P": v % 4, "RGB": (v, 255 - v, 30),
                        "RGBA": (v, 10, 200, 128), "CMYK": (v, 0, 50, 10), "I;16": v * 200}[mode]
    if mode == "P":
        im.putpalette([0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255])
    return im


def save(im, fmt, **kw):
    b = io.BytesIO()
    im.save(b, fmt, **kw)
    return b.getvalue()


for f in sorted((ROOT / "tests/fixtures/gradio").glob("*config*.json")):
    put("config", f.stem, f.read_bytes())
for f in sorted((ROOT / "docs/scenarios").glob("*.app.json")):
    put("config", f.stem.replace(".", "_"), f.read_bytes())

# scenario: byte 0 picks the app (always_last, generator_cancel, stream_chunks, validator_queue).
for i, name in enumerate(["always_last", "generator_cancel", "stream_chunks", "validator_queue"]):
    put("scenario", name, bytes([i]) + (ROOT / f"docs/scenarios/{name}.scenario.json").read_bytes())

# sse: byte 0 the line limit - 1, byte 1 the chunking seed, then the stream.
streams = [
    b'data: {"msg": "estimation", "rank": 0}\n\n',
    b'event: heartbeat\r\ndata: null\r\n\r\n',
    b': comment\rdata: a\rdata: b\r\rid: 7\ndata: {"msg":"process_completed","success":true}\n\n',
    b'retry: 10\nevent: error\ndata\n\nid: x\0y\ndata: 1\n\n',
]
for i, s in enumerate(streams):
    put("sse", f"stream{i}", bytes([200, i * 37]) + s)

# diff: [old, new] pairs from Gradio's diff tests, and server edit lists.
for f in ["diff_cases_python_test_utils.json", "diff_cases_js_apply_diff_test.json"]:
    cases = json.loads((ROOT / "tests/fixtures/gradio" / f).read_text())
    items = cases if isinstance(cases, list) else list(cases.values())
    for i, c in enumerate(items[:12]):
        put("diff", f"{Path(f).stem}_{i}", json.dumps(c))
put("diff", "pair", json.dumps([{"a": [1, "x"], "b": "he"}, {"a": [1, "xy", 3], "b": "hello", "c": None}]))
put("diff", "edits", json.dumps([["replace", [], {"a": []}], ["add", ["a", 0], "s"], ["append", ["a", 0], "t"], ["delete", ["a", 0], None]]))

# image: every decoder path.
imgs = {
    "png_rgb": save(image("RGB"), "PNG"), "png_rgba": save(image("RGBA"), "PNG"),
    "png_l": save(image("L"), "PNG"), "png_la": save(image("LA"), "PNG"), "png_1": save(image("1"), "PNG"),
    "png_p": save(image("P"), "PNG"), "png_p_trns": save(image("P"), "PNG", transparency=1),
    "png_i16": save(image("I;16"), "PNG"), "png_interlaced": save(image("RGB", (9, 9)), "PNG", optimize=False),
    "png_exif": save(image("RGB"), "PNG", exif=exif_block(6)),
    "jpeg": save(image("RGB"), "JPEG", quality=90), "jpeg_grey": save(image("L"), "JPEG"),
    "jpeg_progressive": save(image("RGB", (17, 9)), "JPEG", progressive=True),
    "jpeg_cmyk": save(image("CMYK"), "JPEG"), "jpeg_exif3": save(image("RGB"), "JPEG", exif=exif_block(3)),
    "jpeg_exif8": save(image("RGB"), "JPEG", exif=exif_block(8)),
    "gif": save(image("P"), "GIF"), "gif_trns": save(image("P"), "GIF", transparency=0),
    "bmp_rgb": save(image("RGB"), "BMP"), "bmp_p": save(image("P"), "BMP"), "bmp_1": save(image("1"), "BMP"),
    "webp_lossy": save(image("RGB"), "WEBP", quality=80), "webp_lossless": save(image("RGBA"), "WEBP", lossless=True),
    "webp_exif": save(image("RGB"), "WEBP", exif=exif_block(5)),
}
for name, data in imgs.items():
    put("image", name, data)

# exif: TIFF blocks, both byte orders, with and without the Exif prefix.
for o in (1, 3, 6, 8, 9):
    put("exif", f"le_{o}", exif_block(o))
put("exif", "be_6", b"MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0")
put("exif", "le_long", b"II*\0\x08\0\0\0\x01\0\x12\x01\x04\0\x01\0\0\0\x07\0\0\0\0\0\0\0")

# codec: byte 0 the type (index in gr::all_specs()), byte 1 bit 0 postprocess, bit 1 [props, value].
values = ['"hello"', "3.7", "[1, 2]", '{"path": "a.png", "url": "http://x/a.png", "orig_name": "a.png", "meta": {"_type": "gradio.FileData"}}',
          "null", '{"headers": ["a"], "data": [[1]]}', '[["hi", "there"]]', '"2024-02-29 12:30:00"', "1709209800",
          '{"__type__": "update", "value": 1, "visible": false}', '[{"precision": 0, "choices": [["a", 1]]}, 2.5]']
for t in range(80):  # more than the number of specs: the index wraps
    for j, v in enumerate(values):
        flags = (j + t) % 2 | (2 if v.startswith('[{"precision"') else 0)
        if (t * len(values) + j) % 3 == 0:
            put("codec", f"t{t:02d}_{j}", bytes([t, flags]) + v.encode())

# server: byte 0 even = a JSON body for parse_body, odd = raw HTTP.
put("server", "body_join", b"\0" + json.dumps({"data": ["x"], "fn_index": 0, "session_hash": "abc"}).encode())
put("server", "body_deep", b"\0" + b"[" * 600 + b"]" * 600)
body = b'{"data": [1], "event_data": null}'
put("server", "http_call", b"\1POST /gradio_api/call/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(body)).encode() + b"\r\n\r\n" + body)
mp = (b"--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"../a b.png\"\r\nContent-Type: image/png\r\n\r\n"
      b"\x89PNG\r\n--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"c.txt\"\r\n\r\nhello\r\n--XyZ--\r\n")
put("server", "http_upload", b"\1POST /gradio_api/upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: "
    + str(len(mp)).encode() + b"\r\n\r\n" + mp)
put("server", "http_file", b"\1GET /gradio_api/file=/tmp/../etc/passwd HTTP/1.1\r\nRange: bytes=0-3,5-\r\n\r\n"
    b"GET /gradio_api/file=%2e%2e/x HTTP/1.1\r\n\r\n")

# values: byte 0 even = a WAV file (PCM 8/16/24/32, float 32/64, extensible, odd chunks), odd = JSON.
def wav(fmt, channels, rate, bits, data, extensible=False, extra=b""):
    if extensible:
        f = struct.pack("<HHIIHHHHIH14s", 0xFFFE, channels, rate, rate * channels * bits // 8, channels * bits // 8, bits, 22, bits, 0, fmt, b"\0" * 14)
    else:
        f = struct.pack("<HHIIHH", fmt, channels, rate, rate * channels * bits // 8, channels * bits // 8, bits)
    body = b"WAVE" + extra + b"fmt " + struct.pack("<I", len(f)) + f + b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


put("values", "pcm16_stereo", b"\0" + wav(1, 2, 8000, 16, struct.pack("<6h", 0, -1, 32767, -32768, 5, 6)))
put("values", "pcm8", b"\0" + wav(1, 1, 100, 8, bytes([0, 128, 255])))
put("values", "pcm24", b"\0" + wav(1, 1, 100, 24, bytes([0, 0, 0x80, 0xff, 0xff, 0xff])))
put("values", "pcm32_ext", b"\0" + wav(1, 1, 100, 32, struct.pack("<2i", 65536, -65536), extensible=True))
put("values", "float32", b"\0" + wav(3, 1, 100, 32, struct.pack("<3f", 0.5, -0.25, 0.0)))
put("values", "float64_list", b"\0" + wav(3, 2, 44100, 64, struct.pack("<2d", 1.0, -1.0), extra=b"LIST\x03\0\0\0abc\0"))
put("values", "table", b"\1" + b'{"headers": ["a", 2], "data": [["x", 1.5, true, null]]}')
put("values", "rows", b"\1" + b"[[1, 2], [3]]")
put("values", "chat", b"\1" + json.dumps([{"role": "user", "content": [{"type": "text", "text": "hi"}, {"type": "file", "file": {"path": "a"}}]},
                                           {"role": "assistant", "content": "ok", "metadata": {"title": "t", "duration": 1.5, "status": "done", "id": 3}, "options": [{"value": "x"}]}]).encode())
