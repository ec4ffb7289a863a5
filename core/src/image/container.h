// What the file's container says (format, size, Pillow mode, palette, transparency, EXIF)
// before any pixel is decoded. Shared by probe() and decode(); private to core/src/image.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "gr/image/decode.h"

namespace gr::image::detail {

struct Container {
    ImageInfo info;
    std::vector<uint8_t> palette;  // RGB triples: PNG PLTE, the GIF frame's palette, BMP colours
    Transparency transparency;     // as Pillow's plugin sets info["transparency"]
    bool webp_alpha = false;
};

// Parses the header and metadata; throws ImageError naming the format and the problem.
Container read_container(std::span<const uint8_t> bytes);

// Big- and little-endian readers that never read past the span (0 when out of range).
inline uint32_t be16(std::span<const uint8_t> b, size_t at) {
    return at + 2 <= b.size() ? uint32_t(b[at]) << 8 | b[at + 1] : 0;
}
inline uint32_t be32(std::span<const uint8_t> b, size_t at) {
    return at + 4 <= b.size() ? be16(b, at) << 16 | be16(b, at + 2) : 0;
}
inline uint32_t le16(std::span<const uint8_t> b, size_t at) {
    return at + 2 <= b.size() ? uint32_t(b[at + 1]) << 8 | b[at] : 0;
}
inline uint32_t le24(std::span<const uint8_t> b, size_t at) {
    return at + 3 <= b.size() ? uint32_t(b[at + 2]) << 16 | le16(b, at) : 0;
}
inline uint32_t le32(std::span<const uint8_t> b, size_t at) {
    return at + 4 <= b.size() ? le16(b, at + 2) << 16 | le16(b, at) : 0;
}

}  // namespace gr::image::detail
