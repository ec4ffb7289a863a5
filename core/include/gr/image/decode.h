// Decoding image files from bytes, as PIL.Image.open + load would: the format is sniffed
// from the bytes (never the file name), the header is checked against the limits before
// any pixel buffer is allocated, and the result keeps the file's own Pillow mode.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "gr/image/image.h"

namespace gr::image {

enum class Format { Png, Jpeg, Gif, Bmp, Webp, Unknown };
std::string_view format_name(Format f);  // "PNG", "JPEG", … as PIL's `im.format`

// Pillow's decompression-bomb guard (Image.MAX_IMAGE_PIXELS = 89,478,485; open() refuses
// more than twice that) and Gradio's max_file_size (null = unlimited).
struct Limits {
    size_t max_pixels = 2 * size_t(89'478'485);
    std::optional<size_t> max_file_size;
};

// What the header says, read without decoding pixels.
struct ImageInfo {
    Format format = Format::Unknown;
    int width = 0;
    int height = 0;
    Mode mode = Mode::RGB;  // the mode Pillow 9.4 opens the file as
    int orientation = 1;    // EXIF tag 0x0112 (1 when absent or unreadable)
    int bit_depth = 8;
};

// Reads the header; throws ImageError for empty, unrecognised, corrupt or over-limit input.
ImageInfo probe(std::span<const uint8_t> bytes, const Limits& limits = {});

// Decodes the first frame in the file's own mode (EXIF orientation not applied).
Image decode(std::span<const uint8_t> bytes, const Limits& limits = {});

// Gradio's `max_file_size` parsing: an integer byte count, or "<int><unit>" with unit
// b/kb/mb/gb/tb (binary multiples, case-insensitive, spaces ignored). Throws ImageError.
size_t parse_file_size(std::string_view text);

}  // namespace gr::image
