// Pillow 9.4's two colour quantizers, reproduced so palettes and indices match it exactly:
// FASTOCTREE (libImaging/QuantOctree.c; what `convert("P")` uses for RGBA) and median cut
// (libImaging/Quant.c method 0, Palette.ADAPTIVE; what GIF saving uses for RGB).
#pragma once
#include <cstdint>
#include <vector>

#include "gr/image/image.h"

namespace gr::image {

struct Quantized {
    std::vector<uint8_t> indices;  // one palette index per pixel
    std::vector<uint8_t> palette;  // RGBA quadruples (octree) or RGB triples (median cut)
    int entries = 0;               // palette length Pillow's quantizer reports
};

// `colors` in 1..256. RGBA or RGB input; RGB is quantized with alpha 255 and no alpha axis.
Quantized quantize_fast_octree(const Image& im, int colors = 256);
// RGB input only; `entries` is the number of median-cut boxes (≤ colors).
Quantized quantize_median_cut(const Image& im, int colors = 256);

// `Image.convert("P")` of an RGBA image (`quantize(256)`): a P image whose 256-entry palette
// Pillow keeps in mode "RGBA". Graft stores the alphas as a PaletteAlpha transparency, which
// is how every later conversion (P→RGBA/LA use them, P→RGB/L ignore them) sees them.
Image rgba_to_p(const Image& rgba);

}  // namespace gr::image
