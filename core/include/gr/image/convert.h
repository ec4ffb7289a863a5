// PIL.Image.convert(mode) with its defaults (Floyd–Steinberg dithering for "1" and "P",
// the web palette for "P"), reproducing Pillow 9.4's integer arithmetic exactly.
#pragma once
#include "gr/image/image.h"

namespace gr::image {

// Throws ImageError naming both modes when Pillow refuses the conversion too.
Image convert(const Image& im, Mode to);

}  // namespace gr::image
