// Encoding an image to file bytes, for when it must become a file (download, remote
// upload, `graft image convert`): png, jpeg, bmp (stb_image_write), webp (libwebp, native
// only — the browser encodes WebP with its canvas), gif (giflib, native only).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "gr/image/image.h"

namespace gr::image {

struct EncodeOptions {
    std::string format = "webp";  // gr.Image(format=…) default
    int quality = -1;             // jpeg/webp; -1 → Pillow's defaults (75 jpeg, 80 webp)
};

// Throws ImageError for a mode the format cannot hold (as Pillow: "cannot write mode CMYK as PNG").
std::vector<uint8_t> encode(const Image& im, const EncodeOptions& options = {});

// Gradio's `format` names to a file suffix: "jpg" → "jpeg"; lower-case.
std::string normalize_format(std::string format);

}  // namespace gr::image
