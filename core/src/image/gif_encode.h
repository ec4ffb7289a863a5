// GIF writing behind encode(): giflib natively, a clear error in the wasm build.
#pragma once
#include <cstdint>
#include <vector>

#include "gr/image/image.h"

namespace gr::image::detail {

std::vector<uint8_t> encode_gif(const Image& im);

}  // namespace gr::image::detail
