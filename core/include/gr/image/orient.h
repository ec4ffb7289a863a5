// EXIF orientation, applied as PIL.ImageOps.exif_transpose does, and the transposes it uses.
#pragma once
#include <cstdint>
#include <span>

#include "gr/image/image.h"

namespace gr::image {

// The Orientation tag (0x0112) of a TIFF-structured EXIF block ("II*\0…" or "MM\0*…",
// optionally prefixed by "Exif\0\0"); 1 when absent or unreadable.
int exif_orientation(std::span<const uint8_t> exif);

// Returns the image transposed for `orientation` (2..8); 1 or unknown values copy it.
Image apply_orientation(const Image& im, int orientation);

}  // namespace gr::image
