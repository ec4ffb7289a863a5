// Floyd–Steinberg as Pillow 9.4 writes it (Convert.c tobilevel/topalette): errors kept in
// sixteenths with C's truncating division, and the palette's nearest-colour cache
// (Palette.c ImagingPaletteCacheUpdate) filled 8×8×8 slots at a time, so ties break the same.
#include "dither.h"

#include <algorithm>
#include <memory>

namespace gr::image::detail {
namespace {

inline int clip8(int v) { return v <= 0 ? 0 : v < 256 ? v : 255; }
inline int luma1000(const uint8_t* p) { return p[0] * 299 + p[1] * 587 + p[2] * 114; }

// Pillow's error propagation step for one channel: given the residual `v`, updates the
// running terms and writes the error for the previous column (7/16, 3/16, 5/16, 1/16).
inline void spread(int& v, int& v0, int& v1, int& out_err) {
    int v2 = v, d2 = v + v;
    v += d2;
    out_err = v + v0;
    v += d2;
    v0 = v + v1;
    v1 = v2;
    v += d2;
}

struct PaletteCache {
    const std::vector<uint8_t>& pal;  // RGB triples, 256 entries
    std::unique_ptr<int16_t[]> cache{new int16_t[64 * 64 * 64]};
    explicit PaletteCache(const std::vector<uint8_t>& p) : pal(p) { std::fill_n(cache.get(), 64 * 64 * 64, 0x100); }

    int16_t& slot(int r, int g, int b) { return cache[(r >> 2) + (g >> 2) * 64 + (b >> 2) * 64 * 64]; }

    int lookup(int r, int g, int b) {
        int16_t* s = &slot(r, g, b);
        if (*s == 0x100) update(r, g, b);
        return *s;
    }

    void update(int r, int g, int b) {
        int r0 = r & 0xe0, r1 = r0 + 0x1f, rc = (r0 + r1) / 2;
        int g0 = g & 0xe0, g1 = g0 + 0x1f, gc = (g0 + g1) / 2;
        int b0 = b & 0xe0, b1 = b0 + 0x1f, bc = (b0 + b1) / 2;
        auto dist = [](int a, int c) { return unsigned((a - c) * (a - c)); };
        unsigned dmin[256], dmax = ~0u;
        for (int i = 0; i < 256; i++) {
            int pr = pal[3 * i], pg = pal[3 * i + 1], pb = pal[3 * i + 2];
            unsigned tmin = (pr < r0 ? dist(pr, r0) : pr > r1 ? dist(pr, r1) : 0) +
                            (pg < g0 ? dist(pg, g0) : pg > g1 ? dist(pg, g1) : 0) +
                            (pb < b0 ? dist(pb, b0) : pb > b1 ? dist(pb, b1) : 0);
            unsigned tmax = (pr <= rc ? dist(pr, r1) : dist(pr, r0)) + (pg <= gc ? dist(pg, g1) : dist(pg, g0)) +
                            (pb <= bc ? dist(pb, b1) : dist(pb, b0));
            dmin[i] = tmin;
            dmax = std::min(dmax, tmax);
        }
        unsigned d[512];
        uint8_t c[512] = {};
        std::fill_n(d, 512, ~0u);
        for (int i = 0; i < 256; i++) {
            if (dmin[i] > dmax) continue;
            int ri = r0 - pal[3 * i], gi = g0 - pal[3 * i + 1], bi = b0 - pal[3 * i + 2];
            int rd = ri * ri + gi * gi + bi * bi;
            ri = ri * 8 + 16, gi = gi * 8 + 16, bi = bi * 8 + 16;
            int rx = ri, j = 0;
            for (int ir = 0; ir < 8; ir++, rd += rx, rx += 32) {
                int gd = rd, gx = gi;
                for (int ig = 0; ig < 8; ig++, gd += gx, gx += 32) {
                    int bd = gd, bx = bi;
                    for (int ib = 0; ib < 8; ib++, bd += bx, bx += 32, j++)
                        if (unsigned(bd) < d[j]) d[j] = unsigned(bd), c[j] = uint8_t(i);
                }
            }
        }
        int j = 0;
        for (int ir = r0; ir < r1; ir += 4)
            for (int ig = g0; ig < g1; ig += 4)
                for (int ib = b0; ib < b1; ib += 4) slot(ir, ig, ib) = c[j++];
    }
};

}  // namespace

std::vector<uint8_t> web_palette() {
    std::vector<uint8_t> p(256 * 3, 0);
    int i = 10;
    for (int b = 0; b < 256; b += 51)
        for (int g = 0; g < 256; g += 51)
            for (int r = 0; r < 256; r += 51, i++) p[3 * i] = uint8_t(r), p[3 * i + 1] = uint8_t(g), p[3 * i + 2] = uint8_t(b);
    return p;
}

// One row per call, the channel count a constant so the inner loop has no mode branch; the
// error diffusion itself is a serial chain (each pixel needs the one before).
template <int CH>
void bilevel_rows(const Image& in, Image& out) {
    std::vector<int> errors(size_t(in.width) + 1, 0);
    for (int y = 0; y < in.height; y++) {
        const uint8_t* src = in.pixels.data() + size_t(y) * in.width * CH;
        uint8_t* dst = out.pixels.data() + size_t(y) * in.width;
        int* err = errors.data();
        int l = 0, l0 = 0, l1 = 0, x = 0;
        for (; x < in.width; x++, src += CH) {
            int v = CH == 1 ? src[0] : luma1000(src) / 1000;
            l = clip8(v + (l + err[x + 1]) / 16);
            int bit = l > 128 ? 255 : 0;
            dst[x] = uint8_t(bit);
            l -= bit;
            spread(l, l0, l1, err[x]);
        }
        err[x] = l0;
    }
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
    PaletteCache cache(out.palette);
    int ch = mode_channels(in.mode);
    std::vector<int> errors((size_t(in.width) + 1) * 3, 0);
    for (int y = 0; y < in.height; y++) {
        const uint8_t* src = in.pixels.data() + size_t(y) * in.width * ch;
        uint8_t* dst = out.pixels.data() + size_t(y) * in.width;
        int r = 0, r0 = 0, r1 = 0, g = 0, g0 = 0, g1 = 0, b = 0, b0 = 0, b1 = 0, b2 = 0;
        int* e = errors.data();
        // Local copies of the palette and cache pointers: stores through `dst` (bytes) could
        // alias anything, so the compiler would otherwise reload them for every pixel.
        const uint8_t* pal = out.palette.data();
        for (int x = 0; x < in.width; x++, src += ch, e += 3) {
            r = clip8(src[0] + (r + e[3]) / 16);
            g = clip8(src[1] + (g + e[4]) / 16);
            b = clip8(src[2] + (b + e[5]) / 16);
            int idx = cache.lookup(r, g, b);
            const uint8_t* c = pal + 3 * idx;
            r -= c[0];
            g -= c[1];
            b -= c[2];
            dst[x] = uint8_t(idx);
            spread(r, r0, r1, e[0]);
            spread(g, g0, g1, e[1]);
            b2 = b;
            spread(b, b0, b1, e[2]);
        }
        e[0] = b0;
        e[1] = b1;
        e[2] = b2;
    }
    return out;
}

}  // namespace gr::image::detail
