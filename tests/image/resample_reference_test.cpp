// resize and reduce against a direct, sample-by-sample transcription of Pillow 9.4's
// Resample.c (22-bit fixed point, 8-bit bands) and Reduce.c, on noisy images of odd sizes, so
// the vectorised passes stay bit-identical for every band count, filter and edge case.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include "gr/image/resample.h"

using namespace gr::image;

namespace {

Image noisy(int w, int h, Mode mode, unsigned seed) {
    Image im = make_image(w, h, mode, 1 << 20);
    std::mt19937 rng(seed);
    // Many 0s and 255s, so that overshooting filters clip at both ends.
    for (auto& v : im.pixels) v = uint8_t(rng() % 3 == 0 ? (rng() % 2) * 255 : rng() % 256);
    return im;
}

double bicubic(double x) {
    x = std::fabs(x);
    return x < 1 ? (1.5 * x - 2.5) * x * x + 1 : x < 2 ? (((x - 5) * x + 8) * x - 4) * -0.5 : 0;
}
double bilinear(double x) { return std::max(1 - std::fabs(x), 0.0); }
double box(double x) { return x > -0.5 && x <= 0.5 ? 1 : 0; }
double sinc(double x) { return x == 0 ? 1 : std::sin(x * M_PI) / (x * M_PI); }
double lanczos(double x) { return -3 <= x && x < 3 ? sinc(x) * sinc(x / 3) : 0; }

// One 1-D pass of Resample.c along an axis of `in_size` samples: out[i] from in(min + t).
template <typename Get>
int convolve(int in_size, int out_size, int i, double (*f)(double), double support, Get in) {
    double scale = double(in_size) / out_size, fs = std::max(scale, 1.0), sup = support * fs;
    double center = (i + 0.5) * scale, ww = 0;
    int xmin = std::max(int(center - sup + 0.5), 0), n = std::min(int(center + sup + 0.5), in_size) - xmin;
    std::vector<double> w(size_t(std::max(n, 0)));
    for (int x = 0; x < n; x++) ww += w[x] = f((x + xmin - center + 0.5) * (1.0 / fs));
    int32_t ss = 1 << 21;
    for (int x = 0; x < n; x++) {
        double k = (ww != 0 ? w[x] / ww : w[x]) * (1 << 22);
        ss += int32_t(in(xmin + x)) * int32_t(k < 0 ? k - 0.5 : k + 0.5);
    }
    return std::clamp(ss >> 22, 0, 255);
}

// Image.resize of a mode without alpha: horizontal pass, then vertical.
Image reference_resize(const Image& im, int w, int h, double (*f)(double), double support) {
    const int c = mode_channels(im.mode);
    Image mid = make_image(w, im.height, im.mode, 1 << 20), out = make_image(w, h, im.mode, 1 << 20);
    for (int y = 0; y < im.height; y++)
        for (int x = 0; x < w; x++)
            for (int b = 0; b < c; b++)
                mid.pixels[(size_t(y) * w + x) * c + b] = uint8_t(convolve(im.width, w, x, f, support, [&](int sx) {
                    return im.pixels[(size_t(y) * im.width + sx) * c + b];
                }));
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            for (int b = 0; b < c; b++)
                out.pixels[(size_t(y) * w + x) * c + b] = uint8_t(convolve(im.height, h, y, f, support, [&](int sy) {
                    return mid.pixels[(size_t(sy) * w + x) * c + b];
                }));
    return out;
}

// Image.reduce: (sum + n/2) · uint32(2^32 / float(256 n)) >> 24 over each (possibly partial) block.
Image reference_reduce(const Image& im, int fx, int fy) {
    const int c = mode_channels(im.mode), w = (im.width + fx - 1) / fx, h = (im.height + fy - 1) / fy;
    Image out = make_image(w, h, im.mode, 1 << 20);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            for (int b = 0; b < c; b++) {
                int x1 = std::min((x + 1) * fx, im.width), y1 = std::min((y + 1) * fy, im.height);
                uint32_t n = uint32_t((x1 - x * fx) * (y1 - y * fy)), ss = n / 2;
                for (int sy = y * fy; sy < y1; sy++)
                    for (int sx = x * fx; sx < x1; sx++) ss += im.pixels[(size_t(sy) * im.width + sx) * c + b];
                out.pixels[(size_t(y) * w + x) * c + b] = uint8_t((ss * uint32_t(4294967296.0f / float(256 * n))) >> 24);
            }
    return out;
}

// Index of the first differing byte, or -1 (a short failure message for large images).
long first_difference(const Image& a, const Image& b) {
    if (a.pixels.size() != b.pixels.size()) return 0;
    auto m = std::mismatch(a.pixels.begin(), a.pixels.end(), b.pixels.begin());
    return m.first == a.pixels.end() ? -1 : long(m.first - a.pixels.begin());
}

}  // namespace

TEST_CASE("resize matches Pillow's fixed-point convolution sample by sample for 1, 3 and 4 bands, every filter, "
          "shrinking and enlarging") {
    struct F { Filter filter; double (*f)(double); double support; };
    const F filters[] = {{Filter::Bicubic, bicubic, 2}, {Filter::Bilinear, bilinear, 1}, {Filter::Box, box, 0.5},
                         {Filter::Lanczos, lanczos, 3}};
    const int sizes[][4] = {{37, 23, 11, 7}, {9, 5, 31, 17}, {50, 40, 49, 41}, {64, 3, 5, 2}, {7, 29, 70, 6}, {41, 41, 40, 40}};
    unsigned seed = 1;
    for (Mode mode : {Mode::L, Mode::RGB, Mode::CMYK})
        for (const auto& s : sizes) {
            Image im = noisy(s[0], s[1], mode, seed++);
            for (const F& f : filters) {
                INFO(mode_name(mode) << " " << s[0] << "x" << s[1] << " -> " << s[2] << "x" << s[3] << " filter " << int(f.filter));
                CHECK(first_difference(resize(im, s[2], s[3], {.filter = f.filter}), reference_resize(im, s[2], s[3], f.f, f.support)) == -1);
            }
        }
}

TEST_CASE("reduce matches Pillow's block means for every band count and for factors that do not divide the size") {
    const int factors[][2] = {{2, 2}, {3, 3}, {2, 3}, {1, 4}, {5, 1}, {4, 4}, {17, 16}, {40, 2}};
    unsigned seed = 100;
    for (Mode mode : {Mode::L, Mode::RGB, Mode::CMYK})
        for (const auto& f : factors)
            for (auto [w, h] : {std::pair{38, 23}, std::pair{37, 24}, std::pair{16, 16}}) {
                Image im = noisy(w, h, mode, seed++);
                INFO(mode_name(mode) << " " << w << "x" << h << " by " << f[0] << "x" << f[1]);
                CHECK(first_difference(reduce(im, f[0], f[1]), reference_reduce(im, f[0], f[1])) == -1);
            }
}

TEST_CASE("a 2-band image with alpha is resized premultiplied, like the same colour in an RGBA image") {
    Image la = noisy(45, 31, Mode::LA, 7), rgba = make_image(45, 31, Mode::RGBA, 1 << 20);
    for (size_t i = 0; i < la.pixel_count(); i++) {
        std::fill_n(&rgba.pixels[4 * i], 3, la.pixels[2 * i]);
        rgba.pixels[4 * i + 3] = la.pixels[2 * i + 1];
    }
    for (auto [w, h] : {std::pair{13, 9}, std::pair{90, 70}}) {
        Image a = resize(la, w, h), b = resize(rgba, w, h);
        for (size_t i = 0; i < a.pixel_count(); i++) {
            INFO(w << "x" << h << " pixel " << i);
            REQUIRE(a.pixels[2 * i] == b.pixels[4 * i]);
            REQUIRE(a.pixels[2 * i + 1] == b.pixels[4 * i + 3]);
        }
    }
}
