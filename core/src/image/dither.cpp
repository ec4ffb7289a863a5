// Floyd–Steinberg as Pillow 9.4 writes it (Convert.c tobilevel/topalette), bit for bit:
// errors kept in sixteenths with C's truncating division, Pillow's order of terms, and the
// web palette's nearest colour as its cache (Palette.c) finds it, ties included. Speed
// comes from tables and from overlapping rows, never from changing the arithmetic: see Step,
// web_level and wavefront below. (Pillow's own loops run at about 1.7× (1) and 2.4× (P) the
// time of these on a 1080p photo.)
#include "dither.h"

#include <array>
#include <cstddef>

namespace gr::image::detail {
namespace {

// What the diffusion needs once a pixel's value (source + incoming error) is known: Pillow
// clips it to 0..255, picks the output, and carries the residual on. All of that depends on
// the unclipped value alone, so one table lookup replaces clip, compare and subtraction —
// and the lookup sits on the loop's serial chain, where every cycle counts.
struct alignas(8) Step {  // 8 bytes, so indexing is one scaled address, not a multiply
    int16_t carry;  // 7 × residual: the 7/16 handed to the next pixel (in sixteenths)
    int16_t res;    // the residual itself, spread 3/16, 5/16, 1/16 over the next row
    uint8_t out;    // bilevel: 0 or 255; palette: the level index 0..5 of the 6×6×6 cube
};

// The table covers unclipped values [-256, 511]. With residuals of at most m in size, a
// pixel's incoming error (7/16 from the left, 3+5+1 sixteenths from above) is at most m,
// so values stay in [-m, 255 + m]: m = 128 for "1", 28 for "P" (checked below).
constexpr int kLow = -256, kSpan = 768;
using StepTable = std::array<Step, kSpan>;

constexpr int clip8(int v) { return v <= 0 ? 0 : v < 256 ? v : 255; }

constexpr StepTable bilevel_table() {
    StepTable t{};
    for (int i = 0; i < kSpan; i++) {
        int l = clip8(i + kLow), out = l > 128 ? 255 : 0;
        t[i] = Step{int16_t(7 * (l - out)), int16_t(l - out), uint8_t(out)};
    }
    return t;
}

// Web palette level for a channel value: Pillow's cache maps each colour through the slot
// of (v & ~3) and fills the slot with the entry nearest to that slot's corner. The palette
// is a 6×6×6 cube (levels 51·k), so the nearest entry is the nearest level per channel;
// 51 is odd, so a channel never ties. (Colour 0,0,0 ties with the black entries 0..9, see
// kWebIndex.)
constexpr int web_level(int v) { return ((v & ~3) + 25) / 51; }

constexpr StepTable palette_table() {
    StepTable t{};
    for (int i = 0; i < kSpan; i++) {
        int c = clip8(i + kLow), q = web_level(c);
        t[i] = Step{int16_t(7 * (c - 51 * q)), int16_t(c - 51 * q), uint8_t(q)};
    }
    return t;
}

constexpr StepTable kBilevel = bilevel_table();
constexpr StepTable kPalette = palette_table();

constexpr bool covers_every_value(const StepTable& t) {
    int m = 0;
    for (const Step& s : t) m = s.res > m ? s.res : -s.res > m ? -s.res : m;
    return kLow <= -m && 255 + m < kLow + kSpan;
}
static_assert(covers_every_value(kBilevel) && covers_every_value(kPalette));

// Palette index of cube cell (r + 6g + 36b): entry 10 onwards, except black, which ties
// with entry 0 (entries 0..9 are black too) and Pillow keeps the lowest index.
constexpr std::array<uint8_t, 216> web_index_table() {
    std::array<uint8_t, 216> t{};
    for (int i = 1; i < 216; i++) t[i] = uint8_t(10 + i);
    return t;
}
constexpr std::array<uint8_t, 216> kWebIndex = web_index_table();

// One channel's diffusion along a row: Pillow's l, l0, l1 (r, r0, r1 …). `carry` is 7/16 of
// the last residual, `r0`/`r1` the parts of the next row's errors still being summed.
struct Chain {
    ptrdiff_t carry = 0;  // pointer-sized, so the table index needs no sign extension
    int r0 = 0, r1 = 0;

    // Diffuses one sample: `value` from the source, `above` the error the previous row left
    // for this pixel. Writes the next row's error for the previous column to `err_out`.
    const Step& pixel(const Step* table, int value, int above, int& err_out) {
        const Step& s = table[value + (carry + above) / 16 - kLow];
        err_out = 3 * s.res + r0;
        r0 = 5 * s.res + r1;
        r1 = s.res;
        carry = s.carry;
        return s;
    }
};

// Pillow's luma for "1" (L() in Convert.c): ITU-R 601-2 in thousandths, truncated. Computed
// inside the diffusion loop, where it overlaps the serial chain instead of adding a pass.
template <int CH>
int luma(const uint8_t* p) {
    if constexpr (CH == 1) return p[0];
    else return int((p[0] * 299u + p[1] * 587u + p[2] * 114u) / 1000u);
}

// Diffuses K rows at once as a wavefront over one shared error row: at step s, row j does
// column s - j. Row j reads errors[x+1], which row j-1 wrote earlier in the same step, and
// overwrites errors[x], which it read itself one step before; row j+1 reads that next. So
// every row sees exactly the values Pillow's row-by-row loop gives it (bit-identical), but
// the K serial chains are independent and the CPU overlaps them. pixel(j, x) diffuses one
// pixel; row_end(j) is Pillow's write after a row's last pixel.
template <int K, class Pixel, class RowEnd>
void wavefront(int w, Pixel&& pixel, RowEnd&& row_end) {
    if (w <= 0) return;  // (images have width ≥ 1; this tells the compiler so)
    auto ramp = [&](int s) {  // a step at either end, where some rows are outside the image
        for (int j = 0; j < K; j++) {
            int x = s - j;
            if (x >= 0 && x < w) pixel(j, x);
            else if (x == w) row_end(j);
        }
    };
    int s = 0;
    for (; s < K - 1; s++) ramp(s);
    for (; s < w; s++)
        for (int j = 0; j < K; j++) pixel(j, s - j);
    for (; s < w + K; s++) ramp(s);
}

// Rows [y, y+K) of "1". Row pointers are locals: stores through the uint8_t output could
// alias anything else, and the compiler would reload them for every pixel.
template <int K, int CH>
void bilevel_band(const Image& in, Image& out, int y, int* err) {
    const int w = in.width;
    const uint8_t* src[K];
    uint8_t* dst[K];
    for (int j = 0; j < K; j++) src[j] = in.pixels.data() + size_t(y + j) * w * CH, dst[j] = out.pixels.data() + size_t(y + j) * w;
    Chain c[K];
    const Step* t = kBilevel.data();
    wavefront<K>(
        w, [&](int j, int x) { dst[j][x] = c[j].pixel(t, luma<CH>(src[j] + x * CH), err[x + 1], err[x]).out; },
        [&](int j) { err[w] = c[j].r0; });  // the last pixel's 5/16 + 1/16
}

// One row of "P" from RGB(A): three chains per pixel, errors interleaved per channel. Rows
// go one at a time: with three chains the loop is already limited by execution ports rather
// than by the chains, and a two-row wavefront measured slower.
template <int CH>
void palette_row(const uint8_t* src, uint8_t* dst, int* e, int w) {
    const Step* t = kPalette.data();
    Chain r, g, b;
    for (int x = 0; x < w; x++, src += CH, e += 3) {
        int qr = r.pixel(t, src[0], e[3], e[0]).out;
        int qg = g.pixel(t, src[1], e[4], e[1]).out;
        int qb = b.pixel(t, src[2], e[5], e[2]).out;
        dst[x] = kWebIndex[qr + 6 * qg + 36 * qb];
    }
    // Pillow ends every row with blue's terms in all three slots (e[0] = b0, e[1] = b1,
    // e[2] = b2), so the next row's last pixel gets them on every channel.
    e[0] = b.r0;
    e[1] = e[2] = b.r1;
}

// Bands of two rows, then a last single row if the height is odd. (Three or four rows at
// once measured slower: the loop then runs out of registers and execution ports.)
template <int CH>
void bilevel_rows(const Image& in, Image& out) {
    std::vector<int> errors(size_t(in.width) + 1, 0);
    int y = 0;
    for (; y + 2 <= in.height; y += 2) bilevel_band<2, CH>(in, out, y, errors.data());
    if (y < in.height) bilevel_band<1, CH>(in, out, y, errors.data());
}

template <int CH>
void palette_rows(const Image& in, Image& out) {
    std::vector<int> errors((size_t(in.width) + 1) * 3, 0);
    for (int y = 0; y < in.height; y++)
        palette_row<CH>(in.pixels.data() + size_t(y) * in.width * CH, out.pixels.data() + size_t(y) * in.width,
                        errors.data(), in.width);
}

}  // namespace

std::vector<uint8_t> web_palette() {
    std::vector<uint8_t> p(256 * 3, 0);
    int i = 10;
    for (int b = 0; b < 256; b += 51)
        for (int g = 0; g < 256; g += 51)
            for (int r = 0; r < 256; r += 51, i++) p[3 * i] = uint8_t(r), p[3 * i + 1] = uint8_t(g), p[3 * i + 2] = uint8_t(b);
    return p;
}

Image to_bilevel(const Image& in) {
    Image out = make_image_for_overwrite(in.width, in.height, Mode::One, in.pixel_count());
    switch (mode_channels(in.mode)) {
        case 1: bilevel_rows<1>(in, out); break;
        case 3: bilevel_rows<3>(in, out); break;
        default: bilevel_rows<4>(in, out); break;
    }
    return out;
}

Image to_palette(const Image& in) {
    if (in.mode == Mode::L) {  // grey ramp palette, pixels copied
        Image out = in;
        out.mode = Mode::P;
        out.transparency = {};
        out.palette.resize(768);
        for (int i = 0; i < 768; i++) out.palette[i] = uint8_t(i / 3);
        return out;
    }
    Image out = make_image_for_overwrite(in.width, in.height, Mode::P, in.pixel_count());
    out.palette = web_palette();
    if (mode_channels(in.mode) == 3) palette_rows<3>(in, out);
    else palette_rows<4>(in, out);
    return out;
}

}  // namespace gr::image::detail
