// Pillow 9.4's resampling, reimplemented from the algorithm of libImaging/Resample.c (separable
// convolution: per-output-pixel bounds and coefficients, 22-bit fixed point for 8-bit bands,
// doubles for I and F), Reduce.c (box means scaled by a float-derived multiplier, >> 24) and
// Geometry.c's nearest-neighbour scale, plus Image.resize/thumbnail's Python-level rules.
// The 8-bit convolution passes themselves are in convolve_8bit.cpp. Pure pixel arithmetic: no I/O.
#include "gr/image/resample.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "convolve_8bit.h"
#include "gr/image/convert.h"

namespace gr::image {
namespace {

// ---- filters (Resample.c: the kernel and its support radius) ------------------------------
double box_filter(double x) { return x > -0.5 && x <= 0.5 ? 1.0 : 0.0; }
double bilinear_filter(double x) { x = std::fabs(x); return x < 1.0 ? 1.0 - x : 0.0; }
double hamming_filter(double x) {
    x = std::fabs(x);
    if (x == 0.0) return 1.0;
    if (x >= 1.0) return 0.0;
    x *= M_PI;
    return std::sin(x) / x * (0.54f + 0.46f * std::cos(x));
}
double bicubic_filter(double x) {  // Keys' cubic convolution, a = -0.5
    constexpr double a = -0.5;
    x = std::fabs(x);
    if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}
double sinc(double x) { return x == 0.0 ? 1.0 : std::sin(x * M_PI) / (x * M_PI); }
double lanczos_filter(double x) { return -3.0 <= x && x < 3.0 ? sinc(x) * sinc(x / 3) : 0.0; }

struct Kernel {
    double (*f)(double);
    double support;
};
Kernel kernel(Filter f) {
    switch (f) {
        case Filter::Box: return {box_filter, 0.5};
        case Filter::Bilinear: return {bilinear_filter, 1.0};
        case Filter::Hamming: return {hamming_filter, 1.0};
        case Filter::Lanczos: return {lanczos_filter, 3.0};
        default: return {bicubic_filter, 2.0};
    }
}

// ---- coefficients: for output pixel i, source pixels [min, min+count) weighted by k[i*ksize..] --
constexpr int precision_bits = 32 - 8 - 2;

struct Coeffs {
    int ksize = 0;
    std::vector<int> min, count;
    std::vector<double> k;     // normalised to sum 1 (the doubles I and F use)
    std::vector<int32_t> ki;   // the same in 22-bit fixed point, rounded away from zero (8-bit bands)
};

// `in0`/`in1` are floats because Pillow passes the box as C floats; their difference is taken in
// float, as precompute_coeffs does.
Coeffs precompute(int in_size, float in0, float in1, int out_size, Kernel kern) {
    Coeffs c;
    double scale = double(in1 - in0) / out_size;
    double filterscale = std::max(scale, 1.0);
    double support = kern.support * filterscale;
    c.ksize = int(std::ceil(support)) * 2 + 1;
    c.min.resize(out_size);
    c.count.resize(out_size);
    c.k.assign(size_t(out_size) * c.ksize, 0.0);
    for (int i = 0; i < out_size; i++) {
        double center = in0 + (i + 0.5) * scale, ss = 1.0 / filterscale, ww = 0.0;
        int xmin = std::max(int(center - support + 0.5), 0);
        int xmax = std::min(int(center + support + 0.5), in_size) - xmin;
        double* k = &c.k[size_t(i) * c.ksize];
        for (int x = 0; x < xmax; x++) ww += k[x] = kern.f((x + xmin - center + 0.5) * ss);
        if (ww != 0.0)
            for (int x = 0; x < xmax; x++) k[x] /= ww;
        c.min[i] = xmin;
        c.count[i] = std::max(xmax, 0);
    }
    c.ki.resize(c.k.size());
    for (size_t i = 0; i < c.k.size(); i++) {
        double v = c.k[i] * (1 << precision_bits);
        c.ki[i] = int32_t(c.k[i] < 0 ? -0.5 + v : 0.5 + v);
    }
    return c;
}

inline int round_up(double f) { return int(f >= 0.0 ? f + 0.5F : f - 0.5F); }

bool is_8bit(Mode m) { return m != Mode::I && m != Mode::F; }

// One pass along x (horizontal) or y, over an image whose samples are 8-bit bands, int32 or
// float. `first` is the first source row the horizontal pass reads (rows before it are unused).
template <bool Horizontal>
Image pass(const Image& in, int out_w, int out_h, const Coeffs& c, int first) {
    Image out = make_image_for_overwrite(out_w, out_h, in.mode, size_t(out_w) * size_t(out_h));
    out.palette = in.palette;
    out.transparency = in.transparency;
    const int bands = mode_channels(in.mode);
    if (is_8bit(in.mode)) {
        detail::Taps taps{c.ksize, c.min.data(), c.count.data(), c.ki.data()};
        if (Horizontal)
            detail::convolve_horizontal_8bit(&in.pixels[size_t(first) * in.row_bytes()], in.width, bands, out_h,
                                             out.pixels.data(), out_w, taps);
        else
            detail::convolve_vertical_8bit(in.pixels.data(), in.row_bytes(), out_h, out.pixels.data(), taps);
        return out;
    }
    for (int y = 0; y < out_h; y++)
        for (int x = 0; x < out_w; x++) {
            int i = Horizontal ? x : y;
            const int n = c.count[i];
            auto src = [&](int t) {
                return Horizontal ? size_t(y + first) * in.width + size_t(c.min[i] + t)
                                  : size_t(c.min[i] + t) * in.width + size_t(x);
            };
            size_t dst = size_t(y) * out_w + x;
            const double* k = &c.k[size_t(i) * c.ksize];  // I and F: double weights
            double ss = 0.0;
            for (int t = 0; t < n; t++) {
                if (in.mode == Mode::I) { int32_t v; std::memcpy(&v, &in.pixels[src(t) * 4], 4); ss += v * k[t]; }
                else { float v; std::memcpy(&v, &in.pixels[src(t) * 4], 4); ss += v * k[t]; }
            }
            if (in.mode == Mode::I) { int32_t v = round_up(ss); std::memcpy(&out.pixels[dst * 4], &v, 4); }
            else { float v = float(ss); std::memcpy(&out.pixels[dst * 4], &v, 4); }
        }
    return out;
}

// ImagingResample: vertical coefficients first (they say which rows the horizontal pass needs),
// then horizontal into a temporary of just those rows, then vertical.
Image resample(const Image& in, int w, int h, Kernel kern, const float box[4]) {
    bool need_h = w != in.width || box[0] != 0 || box[2] != w;
    bool need_v = h != in.height || box[1] != 0 || box[3] != h;
    Coeffs vert = precompute(in.height, box[1], box[3], h, kern);
    int first = vert.min[0], last = vert.min[h - 1] + vert.count[h - 1];
    Image cur;
    const Image* src = &in;
    if (need_h) {
        Coeffs horiz = precompute(in.width, box[0], box[2], w, kern);
        for (int& m : vert.min) m -= first;
        cur = pass<true>(in, w, last - first, horiz, first);
        src = &cur;
    }
    if (need_v) return pass<false>(*src, src->width, h, vert, 0);
    return *src;
}

// Geometry.c's nearest-neighbour affine scale: source coordinates accumulate by repeated
// addition from the first pixel centre, truncated.
Image nearest(const Image& in, int w, int h) {
    double ax = double(in.width) / w, ay = double(in.height) / h;
    std::vector<int> xs(w);
    double xo = ax * 0.5;
    for (int x = 0; x < w; x++, xo += ax) xs[x] = std::min(int(xo), in.width - 1);
    Image out = make_image_for_overwrite(w, h, in.mode, size_t(w) * size_t(h));
    out.palette = in.palette;
    out.transparency = in.transparency;
    size_t px = size_t(mode_channels(in.mode)) * mode_sample_bytes(in.mode);
    double yo = ay * 0.5;
    for (int y = 0; y < h; y++, yo += ay) {
        int sy = std::min(int(yo), in.height - 1);
        for (int x = 0; x < w; x++)
            std::memcpy(&out.pixels[(size_t(y) * w + x) * px], &in.pixels[(size_t(sy) * in.width + xs[x]) * px], px);
    }
    return out;
}

// ---- Reduce.c ----------------------------------------------------------------------------
// (sum + n/2) · multiplier >> 24, multiplier = 2^32 / (256 n) computed in float and truncated:
// not always the exact mean (3 identical 1s give 0), which is Pillow's result too.
uint32_t reduce_multiplier(int n) { return uint32_t(4294967296.0f / float(uint32_t(256 * n))); }

// 8-bit bands, one output row at a time: its source rows summed column by column, then the sums
// of fx neighbouring columns taken at every position (both loops vectorise), then every fx-th of
// those scaled. T is uint16_t when a whole block's sum fits in it.
template <typename T, int B>
void reduce_8bit(const Image& in, Image& out, int fx, int fy, const int box[4]) {
    const int bw = box[2] - box[0], full = bw / fx;
    const size_t row_n = size_t(bw) * B, sums_n = full > 0 ? size_t(full) * fx * B - size_t(fx - 1) * B : 0;
    std::vector<T> col(row_n), sums(fx > 1 ? sums_n : 0);
    for (int oy = 0; oy < out.height; oy++) {
        const int y0 = box[1] + oy * fy, rows = std::min(y0 + fy, box[3]) - y0;
        const uint8_t* src = &in.pixels[(size_t(y0) * in.width + box[0]) * B];
        for (size_t i = 0; i < row_n; i++) col[i] = src[i];
        for (int y = 1; y < rows; y++) {
            const uint8_t* row = src + size_t(y) * in.row_bytes();
            for (size_t i = 0; i < row_n; i++) col[i] = T(col[i] + row[i]);
        }
        const T* h = col.data();
        if (fx > 1) {
            std::copy_n(col.begin(), sums_n, sums.begin());
            for (int dx = 1; dx < fx; dx++) {
                const T* c = col.data() + size_t(dx) * B;
                for (size_t i = 0; i < sums_n; i++) sums[i] = T(sums[i] + c[i]);
            }
            h = sums.data();
        }
        uint8_t* dst = &out.pixels[size_t(oy) * out.width * B];
        const uint32_t n = uint32_t(fx * rows), mult = reduce_multiplier(int(n)), amend = n / 2;
        for (int ox = 0; ox < full; ox++)
            for (int b = 0; b < B; b++) dst[ox * B + b] = uint8_t(((h[size_t(ox) * fx * B + b] + amend) * mult) >> 24);
        if (full == out.width) continue;
        const int cols = bw - full * fx;  // the partial block at the right edge
        const uint32_t edge_n = uint32_t(cols * rows), edge_mult = reduce_multiplier(int(edge_n));
        for (int b = 0; b < B; b++) {
            uint32_t ss = edge_n / 2;
            for (int x = 0; x < cols; x++) ss += col[(size_t(full) * fx + x) * B + b];
            dst[full * B + b] = uint8_t((ss * edge_mult) >> 24);
        }
    }
}

template <typename T>
void reduce_8bit_bands(const Image& in, Image& out, int fx, int fy, const int box[4]) {
    switch (mode_channels(in.mode)) {
        case 1: return reduce_8bit<T, 1>(in, out, fx, fy, box);
        case 2: return reduce_8bit<T, 2>(in, out, fx, fy, box);
        case 3: return reduce_8bit<T, 3>(in, out, fx, fy, box);
        default: return reduce_8bit<T, 4>(in, out, fx, fy, box);
    }
}

Image reduce_box(const Image& in, int fx, int fy, const int box[4]) {
    int bw = box[2] - box[0], bh = box[3] - box[1];
    int ow = (bw + fx - 1) / fx, oh = (bh + fy - 1) / fy;
    Image out = make_image_for_overwrite(ow, oh, in.mode, size_t(ow) * size_t(oh));
    out.palette = in.palette;
    out.transparency = in.transparency;
    if (is_8bit(in.mode)) {
        if (int64_t(fx) * fy * 255 <= 65535) reduce_8bit_bands<uint16_t>(in, out, fx, fy, box);
        else reduce_8bit_bands<uint32_t>(in, out, fx, fy, box);
        return out;
    }
    for (int oy = 0; oy < oh; oy++) {
        int y0 = box[1] + oy * fy, y1 = std::min(y0 + fy, box[3]);
        for (int ox = 0; ox < ow; ox++) {
            int x0 = box[0] + ox * fx, x1 = std::min(x0 + fx, box[2]);
            int n = (x1 - x0) * (y1 - y0);
            size_t dst = size_t(oy) * ow + ox;
            double ss = 0.0, mult = 1.0 / n;
            for (int y = y0; y < y1; y++)
                for (int x = x0; x < x1; x++) {
                    const uint8_t* p = &in.pixels[(size_t(y) * in.width + x) * 4];
                    if (in.mode == Mode::I) { int32_t v; std::memcpy(&v, p, 4); ss += v; }
                    else { float v; std::memcpy(&v, p, 4); ss += v; }
                }
            if (in.mode == Mode::I) { int32_t v = round_up(ss * mult); std::memcpy(&out.pixels[dst * 4], &v, 4); }
            else { float v = float(ss * mult); std::memcpy(&out.pixels[dst * 4], &v, 4); }
        }
    }
    return out;
}

// ---- premultiplied alpha (Convert.c's RGBA↔RGBa, LA↔La) ----------------------------------
inline uint8_t muldiv255(uint32_t a, uint32_t b) { uint32_t t = a * b + 128; return uint8_t(((t >> 8) + t) >> 8); }

void premultiply(Image& im) {
    int bands = mode_channels(im.mode);
    for (size_t i = 0, n = im.pixel_count(); i < n; i++) {
        uint8_t* p = &im.pixels[i * bands];
        for (int b = 0; b + 1 < bands; b++) p[b] = muldiv255(p[b], p[bands - 1]);
    }
}

void unpremultiply(Image& im) {
    int bands = mode_channels(im.mode);
    for (size_t i = 0, n = im.pixel_count(); i < n; i++) {
        uint8_t* p = &im.pixels[i * bands];
        uint32_t a = p[bands - 1];
        if (a == 0 || a == 255) continue;
        for (int b = 0; b + 1 < bands; b++) p[b] = uint8_t(std::min<uint32_t>(255 * p[b] / a, 255));
    }
}

void check_size(int w, int h) {
    if (w < 1 || h < 1)
        throw ImageError("cannot resize to " + std::to_string(w) + " x " + std::to_string(h) + ": width and height must be > 0");
}

// Resize of bands taken as they are (the caller has premultiplied any alpha).
Image resize_bands(const Image& im, int width, int height, Filter filter, std::optional<double> reducing_gap) {
    Kernel kern = kernel(filter);
    if (reducing_gap) {
        int fx = std::max(int(double(im.width) / width / *reducing_gap), 1);
        int fy = std::max(int(double(im.height) / height / *reducing_gap), 1);
        if (fx > 1 || fy > 1) {
            // _get_safe_box of the whole image is the whole image; the box then becomes
            // fractional in the reduced image's coordinates (and a C float, as Pillow passes it).
            int rbox[4] = {0, 0, im.width, im.height};
            Image reduced = reduce_box(im, fx, fy, rbox);
            float fbox[4] = {0, 0, float(double(im.width) / fx), float(double(im.height) / fy)};
            return resample(reduced, width, height, kern, fbox);
        }
    }
    float box[4] = {0, 0, float(im.width), float(im.height)};
    return resample(im, width, height, kern, box);
}

}  // namespace

Image reduce(const Image& im, int factor_x, int factor_y) {
    if (factor_x < 1 || factor_y < 1) throw ImageError("reduce: factors must be at least 1");
    if (im.mode == Mode::One || im.mode == Mode::P)
        throw ImageError("reduce: mode " + std::string(mode_name(im.mode)) + " cannot be reduced (as in Pillow)");
    int box[4] = {0, 0, im.width, im.height};
    if (factor_x == 1 && factor_y == 1) return im;
    if (im.mode != Mode::LA && im.mode != Mode::RGBA) return reduce_box(im, factor_x, factor_y, box);
    Image pre = im;  // Image.reduce goes through La / RGBa too
    premultiply(pre);
    Image out = reduce_box(pre, factor_x, factor_y, box);
    unpremultiply(out);
    return out;
}

Image resize(const Image& im, int width, int height, const ResizeOptions& options) {
    check_size(width, height);
    if (width == im.width && height == im.height) return im;
    Filter filter = (im.mode == Mode::One || im.mode == Mode::P) ? Filter::Nearest : options.filter;
    if (filter == Filter::Nearest) return nearest(im, width, height);
    if (im.mode != Mode::LA && im.mode != Mode::RGBA) return resize_bands(im, width, height, filter, options.reducing_gap);
    // Image.resize converts to La / RGBa and resizes that *without* reducing_gap.
    Image pre = im;
    premultiply(pre);
    Image out = resize_bands(pre, width, height, filter, std::nullopt);
    unpremultiply(out);
    return out;
}

std::optional<std::pair<int, int>> thumbnail_size(int width, int height, int max_width, int max_height) {
    int x = max_width, y = max_height;
    if (x >= width && y >= height) return std::nullopt;
    if (y <= 0) throw ImageError("cannot make a thumbnail " + std::to_string(x) + " x " + std::to_string(y) + " (height 0)");
    double aspect = double(width) / height;
    // round_aspect: floor or ceil, whichever keeps the aspect closer (floor on a tie), at least 1.
    auto pick = [](double v, auto err) {
        double lo = std::floor(v), hi = std::ceil(v);
        return int(std::max(err(hi) < err(lo) ? hi : lo, 1.0));
    };
    if (double(x) / y >= aspect)
        x = pick(y * aspect, [&](double n) { return std::fabs(aspect - n / y); });
    else
        y = pick(x / aspect, [&](double n) { return n == 0 ? 0.0 : std::fabs(aspect - x / n); });
    return std::pair{x, y};
}

Image thumbnail(const Image& im, int max_width, int max_height) {
    auto size = thumbnail_size(im.width, im.height, max_width, max_height);
    if (!size || (size->first == im.width && size->second == im.height)) return im;
    return resize(im, size->first, size->second, {.filter = Filter::Bicubic, .reducing_gap = 2.0});
}

}  // namespace gr::image
