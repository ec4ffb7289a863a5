// PIL.Image.convert for Pillow 9.4: the Python-level rules (transparency, RGBA→P, the
// retry through the mode's base mode) over Convert.c's per-pixel converters, whose integer
// formulas are reproduced here one for one (ITU-R 601-2 luma with L24 rounding, MULDIV255
// for CMYK, colorsys-style HSV in float, table-driven YCbCr).
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>
#include <string>

#include "dither.h"
#include "gr/image/convert.h"
#include "ycbcr_tables.h"

namespace gr::image {
namespace {

using detail::to_bilevel;
using detail::to_palette;

inline int clip8(int v) { return v <= 0 ? 0 : v < 256 ? v : 255; }
inline int muldiv255(int a, int b) { int t = a * b + 128; return ((t >> 8) + t) >> 8; }
inline int luma24(const uint8_t* p) { return (p[0] * 19595 + p[1] * 38470 + p[2] * 7471 + 0x8000) >> 16; }
inline int luma1000(const uint8_t* p) { return p[0] * 299 + p[1] * 587 + p[2] * 114; }
inline int32_t get_i(const uint8_t* p) { int32_t v; std::memcpy(&v, p, 4); return v; }
inline float get_f(const uint8_t* p) { float v; std::memcpy(&v, p, 4); return v; }
inline void put_i(uint8_t* p, int32_t v) { std::memcpy(p, &v, 4); }
inline void put_f(uint8_t* p, float v) { std::memcpy(p, &v, 4); }
inline uint8_t clamp_i(int32_t v) { return v <= 0 ? 0 : v >= 255 ? 255 : uint8_t(v); }

void rgb_to_hsv(const uint8_t* in, uint8_t* out) {  // rgb2hsv_row: float math as Pillow
    uint8_t r = in[0], g = in[1], b = in[2];
    uint8_t maxc = std::max(r, std::max(g, b)), minc = std::min(r, std::min(g, b));
    uint8_t uh = 0, us = 0;
    if (minc != maxc) {
        float cr = float(maxc - minc), s = cr / float(maxc);
        float rc = float(maxc - r) / cr, gc = float(maxc - g) / cr, bc = float(maxc - b) / cr;
        float h = r == maxc ? bc - gc : g == maxc ? float(2.0 + rc - bc) : float(4.0 + gc - rc);
        h = float(std::fmod((h / 6.0 + 1.0), 1.0));
        uh = uint8_t(clip8(int(h * 255.0)));
        us = uint8_t(clip8(int(s * 255.0)));
    }
    out[0] = uh, out[1] = us, out[2] = maxc;
}

void hsv_to_rgb(const uint8_t* in, uint8_t* out) {
    uint8_t h = in[0], s = in[1], v = in[2];
    if (s == 0) { out[0] = out[1] = out[2] = v; return; }
    int i = int(std::floor(float(h) * 6.0 / 255.0));
    float f = float(float(h) * 6.0 / 255.0 - float(i));
    float fs = float(float(s) / 255.0);
    uint8_t p = uint8_t(clip8(int(std::round(float(v) * (1.0 - fs)))));
    uint8_t q = uint8_t(clip8(int(std::round(float(v) * (1.0 - fs * f)))));
    uint8_t t = uint8_t(clip8(int(std::round(float(v) * (1.0 - fs * (1.0 - f))))));
    const uint8_t rows[6][3] = {{v, t, p}, {q, v, p}, {p, v, t}, {p, q, v}, {t, p, v}, {v, p, q}};
    std::memcpy(out, rows[i % 6], 3);
}

void rgb_to_ycbcr(const uint8_t* in, uint8_t* out) {
    using namespace detail::ycbcr;
    int r = in[0], g = in[1], b = in[2];
    out[0] = uint8_t((Y_R[r] + Y_G[g] + Y_B[b]) >> 6);
    out[1] = uint8_t(((Cb_R[r] + Cb_G[g] + Cb_B[b]) >> 6) + 128);
    out[2] = uint8_t(((Cb_B[r] + Cr_G[g] + Cr_B[b]) >> 6) + 128);  // Cr_R is Cb_B in Pillow
}

void ycbcr_to_rgb(const uint8_t* in, uint8_t* out) {
    using namespace detail::ycbcr;
    int y = in[0], cb = in[1], cr = in[2];
    out[0] = uint8_t(clip8(y + (R_Cr[cr] >> 6)));
    out[1] = uint8_t(clip8(y + ((G_Cb[cb] + G_Cr[cr]) >> 6)));
    out[2] = uint8_t(clip8(y + (B_Cb[cb] >> 6)));
}

void cmyk_to_rgb(const uint8_t* in, uint8_t* out) {
    int nk = 255 - in[3];
    for (int i = 0; i < 3; i++) out[i] = uint8_t(clip8(nk - muldiv255(in[i], nk)));
}

using PixelFn = std::function<void(const uint8_t* in, uint8_t* out)>;

// Convert.c's `converters` table (RGBX/La rows omitted): the direct conversions.
constexpr int key(Mode a, Mode b) { return int(a) * 16 + int(b); }

std::optional<PixelFn> direct(Mode from, Mode to) {
    using M = Mode;
    switch (key(from, to)) {
        case key(M::One, M::L): return [](auto i, auto o) { o[0] = i[0] ? 255 : 0; };
        case key(M::One, M::I): return [](auto i, auto o) { put_i(o, i[0] ? 255 : 0); };
        case key(M::One, M::F): return [](auto i, auto o) { put_f(o, i[0] ? 255.0f : 0.0f); };
        case key(M::One, M::RGB): return [](auto i, auto o) { o[0] = o[1] = o[2] = i[0] ? 255 : 0; };
        case key(M::One, M::RGBA): return [](auto i, auto o) { o[0] = o[1] = o[2] = i[0] ? 255 : 0; o[3] = 255; };
        case key(M::One, M::CMYK): return [](auto i, auto o) { o[0] = o[1] = o[2] = 0; o[3] = i[0] ? 0 : 255; };
        case key(M::One, M::YCbCr): return [](auto i, auto o) { o[0] = i[0] ? 255 : 0; o[1] = o[2] = 128; };
        case key(M::One, M::HSV): return [](auto i, auto o) { o[0] = o[1] = 0; o[2] = i[0] ? 255 : 0; };
        case key(M::L, M::One): return [](auto i, auto o) { o[0] = i[0] >= 128 ? 255 : 0; };
        case key(M::L, M::LA): return [](auto i, auto o) { o[0] = i[0]; o[1] = 255; };
        case key(M::L, M::I): return [](auto i, auto o) { put_i(o, i[0]); };
        case key(M::L, M::F): return [](auto i, auto o) { put_f(o, float(i[0])); };
        case key(M::L, M::RGB): return [](auto i, auto o) { o[0] = o[1] = o[2] = i[0]; };
        case key(M::L, M::RGBA): return [](auto i, auto o) { o[0] = o[1] = o[2] = i[0]; o[3] = 255; };
        case key(M::L, M::CMYK): return [](auto i, auto o) { o[0] = o[1] = o[2] = 0; o[3] = uint8_t(~i[0]); };
        case key(M::L, M::YCbCr): return [](auto i, auto o) { o[0] = i[0]; o[1] = o[2] = 128; };
        case key(M::L, M::HSV): return [](auto i, auto o) { o[0] = o[1] = 0; o[2] = i[0]; };
        case key(M::LA, M::L): return [](auto i, auto o) { o[0] = i[0]; };
        case key(M::LA, M::RGB): return [](auto i, auto o) { o[0] = o[1] = o[2] = i[0]; };
        case key(M::LA, M::RGBA): return [](auto i, auto o) { o[0] = o[1] = o[2] = i[0]; o[3] = i[1]; };
        case key(M::LA, M::CMYK): return [](auto i, auto o) { o[0] = o[1] = o[2] = 0; o[3] = uint8_t(~i[0]); };
        case key(M::LA, M::YCbCr): return [](auto i, auto o) { o[0] = i[0]; o[1] = o[2] = 128; };
        case key(M::LA, M::HSV): return [](auto i, auto o) { o[0] = o[1] = 0; o[2] = i[0]; };
        case key(M::I, M::L): return [](auto i, auto o) { o[0] = clamp_i(get_i(i)); };
        case key(M::I, M::F): return [](auto i, auto o) { put_f(o, float(get_i(i))); };
        case key(M::I, M::RGB): return [](auto i, auto o) { o[0] = o[1] = o[2] = clamp_i(get_i(i)); };
        case key(M::I, M::RGBA): return [](auto i, auto o) { o[0] = o[1] = o[2] = clamp_i(get_i(i)); o[3] = 255; };
        case key(M::I, M::HSV): return [](auto i, auto o) { o[0] = o[1] = 0; o[2] = clamp_i(get_i(i)); };
        case key(M::F, M::L): return [](auto i, auto o) {
            float v = get_f(i);
            o[0] = v <= 0.0f ? 0 : v >= 255.0f ? 255 : uint8_t(v);
        };
        case key(M::F, M::I): return [](auto i, auto o) { put_i(o, int32_t(get_f(i))); };
        case key(M::RGB, M::One): case key(M::RGBA, M::One):
            return [](auto i, auto o) { o[0] = luma1000(i) >= 128000 ? 255 : 0; };
        case key(M::RGB, M::L): case key(M::RGBA, M::L): return [](auto i, auto o) { o[0] = uint8_t(luma24(i)); };
        case key(M::RGB, M::LA): return [](auto i, auto o) { o[0] = uint8_t(luma24(i)); o[1] = 255; };
        case key(M::RGBA, M::LA): return [](auto i, auto o) { o[0] = uint8_t(luma24(i)); o[1] = i[3]; };
        case key(M::RGB, M::I): case key(M::RGBA, M::I): return [](auto i, auto o) { put_i(o, luma24(i)); };
        case key(M::RGB, M::F): case key(M::RGBA, M::F):
            return [](auto i, auto o) { put_f(o, float(luma1000(i)) / 1000.0f); };
        case key(M::RGB, M::RGBA): return [](auto i, auto o) { std::memcpy(o, i, 3); o[3] = 255; };
        case key(M::RGBA, M::RGB): return [](auto i, auto o) { std::memcpy(o, i, 3); };
        case key(M::RGB, M::CMYK): case key(M::RGBA, M::CMYK):
            return [](auto i, auto o) { o[0] = uint8_t(~i[0]); o[1] = uint8_t(~i[1]); o[2] = uint8_t(~i[2]); o[3] = 0; };
        case key(M::RGB, M::YCbCr): case key(M::RGBA, M::YCbCr): return rgb_to_ycbcr;
        case key(M::RGB, M::HSV): case key(M::RGBA, M::HSV): return rgb_to_hsv;
        case key(M::CMYK, M::RGB): return cmyk_to_rgb;
        case key(M::CMYK, M::RGBA): return [](auto i, auto o) { cmyk_to_rgb(i, o); o[3] = 255; };
        case key(M::CMYK, M::HSV): return [](auto i, auto o) { uint8_t t[3]; cmyk_to_rgb(i, t); rgb_to_hsv(t, o); };
        case key(M::YCbCr, M::L): return [](auto i, auto o) { o[0] = i[0]; };
        case key(M::YCbCr, M::LA): return [](auto i, auto o) { o[0] = i[0]; o[1] = 255; };
        case key(M::YCbCr, M::RGB): return ycbcr_to_rgb;
        case key(M::HSV, M::RGB): return hsv_to_rgb;
        default: return std::nullopt;
    }
}

Image map_pixels(const Image& in, Mode to, const PixelFn& fn) {
    Image out;
    out.width = in.width, out.height = in.height, out.mode = to;
    size_t n = in.pixel_count();
    size_t is = size_t(mode_channels(in.mode)) * mode_sample_bytes(in.mode);
    size_t os = size_t(mode_channels(to)) * mode_sample_bytes(to);
    out.pixels.resize(n * os);
    const uint8_t* src = in.pixels.data();
    uint8_t* dst = out.pixels.data();
    for (size_t i = 0; i < n; i++) fn(src + i * is, dst + i * os);
    return out;
}

// frompalette: each palette entry as RGBA (alpha from transparency when the caller put it
// there), then the entry's converter. P→1 thresholds; it is not dithered.
std::optional<Image> from_palette(const Image& in, Mode to, const std::vector<uint8_t>& alpha) {
    if (to == Mode::LAB) return std::nullopt;
    uint8_t pal[256][4] = {};
    for (int i = 0; i < 256; i++) {  // Pillow's palette starts as a grey ramp
        bool have = size_t(3 * i + 2) < in.palette.size();
        for (int c = 0; c < 3; c++) pal[i][c] = have ? in.palette[3 * i + c] : uint8_t(i);
        pal[i][3] = size_t(i) < alpha.size() ? alpha[i] : 255;
    }
    if (to == Mode::P) return in;
    if (to == Mode::One) return map_pixels(in, to, [&](auto i, auto o) { o[0] = luma1000(pal[i[0]]) >= 128000 ? 255 : 0; });
    if (to == Mode::F) return map_pixels(in, to, [&](auto i, auto o) { put_f(o, float(luma1000(pal[i[0]])) / 1000.0f); });
    if (to == Mode::LA) return map_pixels(in, to, [&](auto i, auto o) { o[0] = uint8_t(luma24(pal[i[0]])); o[1] = pal[i[0]][3]; });
    if (to == Mode::RGBA) return map_pixels(in, to, [&](auto i, auto o) { std::memcpy(o, pal[i[0]], 4); });
    auto rgb_fn = direct(Mode::RGB, to);
    if (to == Mode::RGB) rgb_fn = [](auto i, auto o) { std::memcpy(o, i, 3); };
    if (!rgb_fn) return std::nullopt;
    return map_pixels(in, to, [&](auto i, auto o) { (*rgb_fn)(pal[i[0]], o); });
}

// Convert.c convert(): palette source, palette target, dithered "1", then the table.
std::optional<Image> c_convert(const Image& in, Mode to, bool dither, const std::vector<uint8_t>& alpha = {}) {
    if (in.mode == to) return in;
    if (in.mode == Mode::P) return from_palette(in, to, alpha);
    if (to == Mode::P) {
        if (in.mode != Mode::L && in.mode != Mode::RGB && in.mode != Mode::RGBA) return std::nullopt;
        return to_palette(in);
    }
    if (dither && to == Mode::One) {
        if (in.mode != Mode::L && in.mode != Mode::RGB) return std::nullopt;
        return to_bilevel(in);
    }
    auto fn = direct(in.mode, to);
    if (!fn) return std::nullopt;
    return map_pixels(in, to, *fn);
}

Mode base_mode(Mode m) {  // ImageMode.getmode(m).basemode
    switch (m) {
        case Mode::One: case Mode::L: case Mode::LA: case Mode::I: case Mode::F: return Mode::L;
        case Mode::P: return Mode::P;
        default: return Mode::RGB;
    }
}

[[noreturn]] void unsupported(Mode from, Mode to, const char* why = "Pillow refuses it too") {
    throw ImageError("cannot convert image from mode " + std::string(mode_name(from)) + " to mode " +
                     std::string(mode_name(to)) + " (" + why + ")");
}

// Image.convert_transparent: the transparent colour becomes alpha 0.
Image convert_transparent(const Image& in, Mode to) {
    auto fn = direct(in.mode, Mode::RGBA);
    Image rgba = map_pixels(in, Mode::RGBA, *fn);
    const Transparency& t = in.transparency;
    uint8_t key[3];
    if (t.kind == Transparency::Kind::Rgb) std::memcpy(key, t.rgb, 3);
    else key[0] = key[1] = key[2] = uint8_t(t.value & 0xff);
    for (size_t i = 0; i < rgba.pixel_count(); i++) {
        uint8_t* p = &rgba.pixels[4 * i];
        if (p[0] == key[0] && p[1] == key[1] && p[2] == key[2] && p[3] == 255) p[3] = 0;
    }
    if (to == Mode::RGBA) return rgba;
    return map_pixels(rgba, Mode::LA, [](auto i, auto o) { o[0] = i[0]; o[1] = i[3]; });
}

}  // namespace

Image convert(const Image& im, Mode to) {
    Mode from = im.mode;
    if (from == to) return im;
    if (to == Mode::P && from == Mode::RGBA)
        unsupported(from, to, "Pillow quantizes RGBA to P with its fast-octree quantizer, which Graft does not reproduce");
    const Transparency& t = im.transparency;
    bool has_trns = t.kind != Transparency::Kind::None;
    std::vector<uint8_t> palette_alpha;
    if (has_trns) {
        bool grey = from == Mode::One || from == Mode::L || from == Mode::I;
        if ((grey && (to == Mode::LA || to == Mode::RGBA)) || (from == Mode::RGB && to == Mode::RGBA))
            return convert_transparent(im, to);
        if (from == Mode::P && (to == Mode::LA || to == Mode::RGBA)) {
            if (t.kind == Transparency::Kind::PaletteAlpha) palette_alpha = t.alpha;
            else { palette_alpha.assign(256, 255); palette_alpha[size_t(t.value) & 255] = 0; }
        }
    }
    if (to == Mode::LAB || from == Mode::LAB) {
        Mode other = from == Mode::LAB ? to : from;
        if (other == Mode::RGB || other == Mode::RGBA)
            unsupported(from, to, "Pillow converts LAB through LittleCMS colour profiles, which Graft does not reproduce");
    }
    std::optional<Image> out = c_convert(im, to, true, palette_alpha);
    if (!out) {
        Mode base = base_mode(from);
        if (base == from) unsupported(from, to);
        std::optional<Image> mid = c_convert(im, base, false, palette_alpha);
        if (mid) out = c_convert(*mid, to, true);
        if (!out) unsupported(from, to);
    }
    if (out->mode != Mode::P) out->palette.clear();
    out->transparency = {};
    if (has_trns && (to == Mode::L || to == Mode::RGB) &&
        (from == Mode::L || from == Mode::RGB) && t.kind != Transparency::Kind::PaletteAlpha) {
        Image one = make_image(1, 1, from, 1);
        if (from == Mode::L) one.pixels[0] = uint8_t(t.value);
        else std::memcpy(one.pixels.data(), t.rgb, 3);
        Image conv = *c_convert(one, to, true);
        out->transparency.kind = to == Mode::L ? Transparency::Kind::Gray : Transparency::Kind::Rgb;
        if (to == Mode::L) out->transparency.value = conv.pixels[0];
        else std::memcpy(out->transparency.rgb, conv.pixels.data(), 3);
    }
    return *out;
}

}  // namespace gr::image
