// The native build's JPEG decoder (jpeg_turbo.cpp, Debian's libjpeg-turbo). Only declared when
// core/CMakeLists.txt found the library and compiles that file (never in the wasm build).
#pragma once
#include <cstdint>
#include <span>

#include "container.h"

namespace gr::image::detail {

#ifdef GRAFT_HAVE_LIBJPEG
// Decodes a JPEG whose header `c` was read (and checked against the limits) into c.info.mode
// (L, RGB or CMYK) with Pillow 9.4's decoder settings. Throws ImageError.
Image decode_jpeg_turbo(std::span<const uint8_t> bytes, const Container& c, const Limits& limits);
inline constexpr bool have_libjpeg = true;
#else
inline constexpr bool have_libjpeg = false;
#endif

}  // namespace gr::image::detail
