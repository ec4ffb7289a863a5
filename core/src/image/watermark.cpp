// add_watermark(), step for step after gradio/image_utils.py:
//   1. the mark is thumbnailed to (int(W/5), int(H/5)) with Pillow's Image.thumbnail
//      (resample.h: reduce + fixed-point bicubic) — a no-op when it already fits;
//   2. position (W − w − 10, H − h − 10);
//   3. a mark that can carry transparency (info["transparency"], or mode 1/L/I/P/RGBA/LAB)
//      is pasted (converted to RGBA) onto a transparent RGBA layer, which is
//      Image.alpha_composite-d over base.convert("RGBA"), then converted back to base's mode;
//   4. any other mark is converted to base's mode and pasted (copied) in place.
// alpha_composite is libImaging/AlphaComposite.c's integer arithmetic (7 extra bits).
#include "gr/image/watermark.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "gr/image/convert.h"
#include "gr/image/resample.h"

namespace gr::image {
namespace {

inline uint32_t div255(uint32_t a) { return ((a >> 8) + a) >> 8; }

// ImagingAlphaComposite for one pixel: src over dst, both straight RGBA.
inline void composite(uint8_t* dst, const uint8_t* src) {
    if (src[3] == 0) return;
    constexpr uint32_t bits = 7;
    uint32_t blend = uint32_t(dst[3]) * (255 - src[3]);
    uint32_t outa255 = uint32_t(src[3]) * 255 + blend;
    uint32_t coef1 = uint32_t(src[3]) * 255 * 255 * (1u << bits) / outa255;
    uint32_t coef2 = 255 * (1u << bits) - coef1;
    for (int c = 0; c < 3; c++) dst[c] = uint8_t(div255(src[c] * coef1 + dst[c] * coef2 + (0x80u << bits)) >> bits);
    dst[3] = uint8_t(div255(outa255 + 0x80));
}

bool may_be_transparent(const Image& mark) {
    switch (mark.mode) {
        case Mode::One: case Mode::L: case Mode::I: case Mode::P: case Mode::RGBA: case Mode::LAB: return true;
        default: return mark.transparency.kind != Transparency::Kind::None;
    }
}

// Calls f(dst_offset, src_offset) for each mark pixel inside the base, as paste clips.
template <class F>
void each_overlap(const Image& base, const Image& mark, long x0, long y0, F f) {
    for (long y = std::max(0L, -y0); y < mark.height && y0 + y < base.height; y++)
        for (long x = std::max(0L, -x0); x < mark.width && x0 + x < base.width; x++)
            f(size_t(y0 + y) * base.width + size_t(x0 + x), size_t(y) * mark.width + size_t(x));
}

}  // namespace

Image add_watermark(const Image& base, const Image& big_mark) {
    int max_w = base.width / 5, max_h = base.height / 5;
    if ((big_mark.width > max_w || big_mark.height > max_h) && (max_w < 1 || max_h < 1))
        throw ImageError("image of " + std::to_string(base.width) + " x " + std::to_string(base.height) +
                         " is too small for a watermark: Gradio shrinks the mark to a fifth of the image (" +
                         std::to_string(max_w) + " x " + std::to_string(max_h) + "), which is empty");
    const Image mark = thumbnail(big_mark, max_w, max_h);
    long x0 = long(base.width) - mark.width - 10, y0 = long(base.height) - mark.height - 10;
    if (may_be_transparent(mark)) {
        Image layer = mark.mode == Mode::RGBA && mark.transparency.kind == Transparency::Kind::None ? mark : convert(mark, Mode::RGBA);
        Image out = convert(base, Mode::RGBA);
        each_overlap(out, layer, x0, y0, [&](size_t d, size_t s) { composite(&out.pixels[4 * d], &layer.pixels[4 * s]); });
        return base.mode == Mode::RGBA ? out : convert(out, base.mode);
    }
    Image pasted = mark.mode == base.mode ? mark : convert(mark, base.mode);
    Image out = base;
    size_t px = size_t(mode_channels(base.mode)) * mode_sample_bytes(base.mode);
    each_overlap(out, pasted, x0, y0, [&](size_t d, size_t s) { std::memcpy(&out.pixels[px * d], &pasted.pixels[px * s], px); });
    return out;
}

}  // namespace gr::image
