// The JPEG decoder of both builds (jpeg_turbo.cpp): libjpeg-turbo, natively Debian's library,
// in wasm Debian's source compiled by cmake/debian-src.cmake.
#pragma once
#include <cstdint>
#include <span>

#include "container.h"

namespace gr::image::detail {

// Decodes a JPEG whose header `c` was read (and checked against the limits) into c.info.mode
// (L, RGB or CMYK) with Pillow 9.4's decoder settings. Throws ImageError.
Image decode_jpeg_turbo(std::span<const uint8_t> bytes, const Container& c, const Limits& limits);

}  // namespace gr::image::detail
