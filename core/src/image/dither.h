// The two error-diffusion conversions of Pillow's Convert.c: tobilevel ("1" with
// Floyd–Steinberg) and topalette ("P": grey ramp for L, dithered web palette for RGB/RGBA).
#pragma once
#include "gr/image/image.h"

namespace gr::image::detail {

Image to_bilevel(const Image& in);  // in: L, RGB
Image to_palette(const Image& in);  // in: L, RGB, RGBA
std::vector<uint8_t> web_palette();  // ImagingPaletteNewBrowser as RGB triples (256 entries)

}  // namespace gr::image::detail
