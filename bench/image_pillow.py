#!/usr/bin/python3
# Pillow's side of bench/native/image.cpp: the same operations on the same 1920×1080 images
# (synthetic content, and that content through JPEG), timed best-of-7. Run with Debian's python3 (python3-pil 9.4).
# bench_image runs it with --jpeg/--png (the very files it decoded) and --tsv to print ratios.
import io, sys, time
import numpy as np
from PIL import Image

def best_ms(f, runs=7):
    best = 1e9
    for _ in range(runs):
        t0 = time.perf_counter(); f(); best = min(best, (time.perf_counter() - t0) * 1000)
    return best

args = sys.argv[1:]
opt = lambda name: args[args.index(name) + 1] if name in args else None
i = np.arange(1920 * 1080 * 3, dtype=np.int64)
im = Image.fromarray(((i * 7 + i // 5760 * 3) % 251).astype(np.uint8).reshape(1080, 1920, 3))
jpeg, png = io.BytesIO(), io.BytesIO()
im.save(jpeg, "JPEG", quality=90); im.save(png, "PNG")
jpeg = open(opt("--jpeg"), "rb").read() if opt("--jpeg") else jpeg.getvalue()
png = open(opt("--png"), "rb").read() if opt("--png") else png.getvalue()
# bench_image orients, shrinks and converts the decoded JPEG, so Pillow does too.
photo = Image.open(io.BytesIO(jpeg))
photo.load()
rows = [
    ("decode JPEG 1080p", lambda: Image.open(io.BytesIO(jpeg)).load()),
    ("decode PNG 1080p", lambda: Image.open(io.BytesIO(png)).load()),
    ("orient 6 (rotate) 1080p RGB", lambda: photo.transpose(Image.Transpose.ROTATE_270)),
    # what Image.thumbnail((384, 216)) runs once the image is loaded (it works in place)
    ("thumbnail 1080p RGB→384×216", lambda: photo.resize((384, 216), Image.Resampling.BICUBIC, reducing_gap=2.0)),
] + [(f"convert RGB→{m}", (lambda m=m: photo.convert(m))) for m in ["L", "1", "P", "YCbCr", "HSV", "CMYK"]]
k = np.arange(1920 * 1080)
rgba = np.asarray(im.convert("RGBA")).copy()
rgba[..., 3] = ((k // 1920 + k % 1920) % 256).reshape(1080, 1920)
rgba = Image.fromarray(rgba)
rows += [("convert RGBA→P (fast octree)", lambda: rgba.convert("P")),
         ("encode GIF RGB (median cut)", lambda: im.save(io.BytesIO(), "GIF"))]
for name, f in rows:
    ms = best_ms(f)
    print(f"{name}\t{ms:.3f}" if "--tsv" in args else f"Pillow {name:31s} {ms:8.2f} ms")
