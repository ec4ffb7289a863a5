// EXIF Orientation (tag 0x0112) read from the TIFF structure of an EXIF block, and the
// transposes PIL.ImageOps.exif_transpose maps each orientation to.
#include <algorithm>
#include <cstring>

#include "container.h"
#include "gr/image/orient.h"

namespace gr::image {

int exif_orientation(std::span<const uint8_t> exif) {
    using namespace detail;
    if (exif.size() >= 6 && std::memcmp(exif.data(), "Exif\0\0", 6) == 0) exif = exif.subspan(6);
    if (exif.size() < 8) return 1;
    bool little = exif[0] == 'I' && exif[1] == 'I';
    if (!little && !(exif[0] == 'M' && exif[1] == 'M')) return 1;
    auto u16 = [&](size_t at) { return little ? le16(exif, at) : be16(exif, at); };
    auto u32 = [&](size_t at) { return little ? le32(exif, at) : be32(exif, at); };
    if (u16(2) != 42) return 1;
    size_t ifd = u32(4);
    if (ifd + 2 > exif.size()) return 1;
    size_t count = u16(ifd);
    for (size_t i = 0; i < count; i++) {
        size_t e = ifd + 2 + 12 * i;
        if (e + 12 > exif.size()) return 1;
        if (u16(e) != 0x0112) continue;
        uint32_t type = u16(e + 2);
        if (type == 3) return int(u16(e + 8));  // SHORT
        if (type == 4) return int(u32(e + 8));  // LONG
        return 1;
    }
    return 1;
}

namespace {

// Source coordinate for each output pixel; `W`,`H` are the input's size.
struct Mapping {
    bool swap;  // output is H×W
    long sx0, sxx, sxy;  // src_x = sx0 + sxx*x + sxy*y
    long sy0, syx, syy;  // src_y = sy0 + syx*x + syy*y
};

Mapping mapping(int orientation, long W, long H) {
    switch (orientation) {
        case 2: return {false, W - 1, -1, 0, 0, 0, 1};           // FLIP_LEFT_RIGHT
        case 3: return {false, W - 1, -1, 0, H - 1, 0, -1};      // ROTATE_180
        case 4: return {false, 0, 1, 0, H - 1, 0, -1};           // FLIP_TOP_BOTTOM
        case 5: return {true, 0, 0, 1, 0, 1, 0};                 // TRANSPOSE
        case 6: return {true, 0, 0, 1, H - 1, -1, 0};            // ROTATE_270
        case 7: return {true, W - 1, 0, -1, H - 1, -1, 0};       // TRANSVERSE
        case 8: return {true, W - 1, 0, -1, 0, 1, 0};            // ROTATE_90
        default: return {false, 0, 1, 0, 0, 0, 1};
    }
}

// Copies with the pixel size as a constant (so each copy is one load and store), in
// 64×64 tiles so that rotations read and write memory in cache-sized pieces.
template <size_t PX>
void transpose_pixels(const Image& im, Image& out, const Mapping& m) {
    struct Px { uint8_t b[PX]; };
    const Px* src = reinterpret_cast<const Px*>(im.pixels.data());
    Px* dst = reinterpret_cast<Px*>(out.pixels.data());
    const long W = im.width, OW = out.width, OH = out.height, T = 64;
    for (long ty = 0; ty < OH; ty += T)
        for (long tx = 0; tx < OW; tx += T)
            for (long y = ty, ye = std::min(OH, ty + T); y < ye; y++) {
                long sx = m.sx0 + m.sxy * y + m.sxx * tx, sy = m.sy0 + m.syy * y + m.syx * tx;
                long step = m.sxx + m.syx * W;
                const Px* s = src + sy * W + sx;
                Px* d = dst + y * OW;
                for (long x = tx, xe = std::min(OW, tx + T); x < xe; x++, s += step) d[x] = *s;
            }
}

}  // namespace

Image apply_orientation(const Image& im, int orientation) {
    if (orientation < 2 || orientation > 8) return im;
    Mapping m = mapping(orientation, im.width, im.height);
    Image out;
    out.width = m.swap ? im.height : im.width;
    out.height = m.swap ? im.width : im.height;
    out.mode = im.mode;
    out.palette = im.palette;
    out.transparency = im.transparency;
    out.pixels.resize(im.pixels.size());
    switch (size_t(mode_channels(im.mode)) * mode_sample_bytes(im.mode)) {
        case 1: transpose_pixels<1>(im, out, m); break;
        case 2: transpose_pixels<2>(im, out, m); break;
        case 3: transpose_pixels<3>(im, out, m); break;
        default: transpose_pixels<4>(im, out, m); break;
    }
    return out;
}

}  // namespace gr::image
