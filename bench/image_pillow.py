#!/usr/bin/python3
# Pillow's side of bench/native/image.cpp: the same operations on a 1920×1080 image with the
# same synthetic content, timed best-of-7. Run with Debian's python3 (python3-pil 9.4).
import io, time
import numpy as np
from PIL import Image

def best_ms(f, runs=7):
    best = 1e9
    for _ in range(runs):
        t0 = time.perf_counter(); f(); best = min(best, (time.perf_counter() - t0) * 1000)
    return best

i = np.arange(1920 * 1080 * 3, dtype=np.int64)
im = Image.fromarray(((i * 7 + i // 5760 * 3) % 251).astype(np.uint8).reshape(1080, 1920, 3))
jpeg, png = io.BytesIO(), io.BytesIO()
im.save(jpeg, "JPEG", quality=90); im.save(png, "PNG")
print(f"{'Pillow decode JPEG 1080p':38s} {best_ms(lambda: Image.open(io.BytesIO(jpeg.getvalue())).load()):8.2f} ms")
print(f"{'Pillow decode PNG 1080p':38s} {best_ms(lambda: Image.open(io.BytesIO(png.getvalue())).load()):8.2f} ms")
print(f"{'Pillow orient 6 (rotate) 1080p RGB':38s} {best_ms(lambda: im.transpose(Image.Transpose.ROTATE_270)):8.2f} ms")
for m in ["L", "1", "P", "YCbCr", "HSV", "CMYK"]:
    print(f"Pillow convert RGB→{m:19s} {best_ms(lambda: im.convert(m)):8.2f} ms")
