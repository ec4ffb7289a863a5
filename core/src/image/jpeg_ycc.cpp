// libjpeg-turbo's fancy upsampling (jdsample.c: h2v1, h1v2, h2v2) and YCbCr→RGB (jdcolor.c),
// re-expressed to run fast where libjpeg's SIMD cannot (wasm): libjpeg walks pixel by pixel
// through lookup tables with special first and last columns; here each row is padded by one
// sample on both sides so the edges need no branch, and the arithmetic is the same integer
// formulas written as straight loops the compiler vectorises. Results are bit-identical.
#include "jpeg_ycc.h"

#include <algorithm>
#include <vector>

namespace gr::image::detail {
namespace {

// jdcolor.c's constants: FIX(x) = x scaled by 2^16 and rounded, ONE_HALF the rounding term.
constexpr int32_t fix(double x) { return int32_t(x * 65536.0 + 0.5); }
constexpr int32_t kCrToR = fix(1.40200), kCbToB = fix(1.77200);
constexpr int32_t kCrToG = fix(0.71414), kCbToG = fix(0.34414);
constexpr int32_t kHalf = 1 << 15;

inline uint8_t clamp255(int32_t x) { return uint8_t(std::clamp(x, 0, 255)); }

// `row` (n samples) into pad[1..n], with pad[0] and pad[n+1] repeating the edge samples:
// libjpeg's special first and last columns are the general formula over a repeated edge.
template <class T>
void pad_row(const uint8_t* row, int n, T* pad) {
    for (int i = 0; i < n; i++) pad[i + 1] = T(row[i]);
    pad[0] = pad[1];
    pad[n + 1] = pad[n];
}

// One chroma row at full width. `y` is the output row; `near`/`far` are the chroma rows nearest
// and next nearest to it (libjpeg's context rows: the first and last real rows repeat at the
// image edges). `sum` is scratch of chroma_width + 2 entries.
void upsample_row(const YccPlanes& p, const uint8_t* near, const uint8_t* far, int y, int16_t* sum, uint8_t* out) {
    const int n = p.chroma_width;
    if (p.v == 2) {
        for (int i = 0; i < n; i++) sum[i + 1] = int16_t(3 * near[i] + far[i]);
        sum[0] = sum[1];
        sum[n + 1] = sum[n];
        if (p.h == 2) {  // h2v2: 9/16, 3/16, 3/16, 1/16; rounding alternates 8 and 7
            for (int i = 0; i < n; i++) {
                out[2 * i] = uint8_t((3 * sum[i + 1] + sum[i] + 8) >> 4);
                out[2 * i + 1] = uint8_t((3 * sum[i + 1] + sum[i + 2] + 7) >> 4);
            }
        } else {  // h1v2: rounding 1 for the row above, 2 for the row below
            const int bias = (y % 2 == 0) ? 1 : 2;
            for (int i = 0; i < n; i++) out[i] = uint8_t((sum[i + 1] + bias) >> 2);
        }
    } else {  // h2v1: 3/4 nearer, 1/4 further; rounding alternates 1 and 2
        pad_row(near, n, sum);
        for (int i = 0; i < n; i++) {
            out[2 * i] = uint8_t((3 * sum[i + 1] + sum[i] + 1) >> 2);
            out[2 * i + 1] = uint8_t((3 * sum[i + 1] + sum[i + 2] + 2) >> 2);
        }
    }
}

// jdcolor.c's ycc_rgb_convert: R = Y + 1.402 Cr', G = Y - 0.34414 Cb' - 0.71414 Cr',
// B = Y + 1.772 Cb' (Cb' = Cb - 128), each rounded as libjpeg rounds and clamped.
void convert_row(const uint8_t* y, const uint8_t* cb, const uint8_t* cr, int width, uint8_t* rgb) {
    for (int x = 0; x < width; x++) {
        const int32_t l = y[x], b = cb[x] - 128, r = cr[x] - 128;
        rgb[3 * x] = clamp255(l + ((kCrToR * r + kHalf) >> 16));
        rgb[3 * x + 1] = clamp255(l + ((kHalf - kCbToG * b - kCrToG * r) >> 16));
        rgb[3 * x + 2] = clamp255(l + ((kCbToB * b + kHalf) >> 16));
    }
}

}  // namespace

void ycc_to_rgb(const YccPlanes& p, Image& out) {
    const int width = out.width, full = p.chroma_width * p.h;
    std::vector<int16_t> sum(size_t(p.chroma_width) + 2);
    std::vector<uint8_t> cb(p.h == 1 && p.v == 1 ? 0 : size_t(full)), cr(cb.size());
    const size_t out_stride = out.row_bytes();
    for (int y = 0; y < out.height; y++) {
        const int row = y / p.v;
        const int other = p.v == 1 ? row : (y % 2 == 0 ? std::max(row - 1, 0) : std::min(row + 1, p.chroma_height - 1));
        const uint8_t* cb_near = p.cb + size_t(row) * p.chroma_stride;
        const uint8_t* cr_near = p.cr + size_t(row) * p.chroma_stride;
        const uint8_t *cb_row = cb_near, *cr_row = cr_near;
        if (!cb.empty()) {
            upsample_row(p, cb_near, p.cb + size_t(other) * p.chroma_stride, y, sum.data(), cb.data());
            upsample_row(p, cr_near, p.cr + size_t(other) * p.chroma_stride, y, sum.data(), cr.data());
            cb_row = cb.data();
            cr_row = cr.data();
        }
        convert_row(p.y + size_t(y) * p.y_stride, cb_row, cr_row, width, out.pixels.data() + size_t(y) * out_stride);
    }
}

}  // namespace gr::image::detail
