// Native image pipeline timings on a synthetic 1920×1080 JPEG and PNG (made with our own
// encoder): decode, decode+orient+convert to RGB/L/1/P. Prints figures; asserts nothing.
// bench/image_pillow.py times Pillow on the same kind of images for the ratio.
#include <chrono>
#include <cstdio>
#include <functional>

#include "gr/image/convert.h"
#include "gr/image/decode.h"
#include "gr/image/encode.h"
#include "gr/image/orient.h"

using namespace gr::image;

static double best_ms(const std::function<void()>& f, int runs = 7) {
    double best = 1e9;
    for (int i = 0; i < runs; i++) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

int main() {
    Image im = make_image(1920, 1080, Mode::RGB, 1 << 22);
    for (size_t i = 0; i < im.pixels.size(); i++) im.pixels[i] = uint8_t((i * 7 + i / 5760 * 3) % 251);
    auto jpeg = encode(im, {.format = "jpeg", .quality = 90});
    auto png = encode(im, {.format = "png"});
    Image rgb = decode(jpeg);
    std::printf("%-38s %8.2f ms\n", "decode JPEG 1080p", best_ms([&] { decode(jpeg); }));
    std::printf("%-38s %8.2f ms\n", "decode PNG 1080p", best_ms([&] { decode(png); }));
    std::printf("%-38s %8.2f ms\n", "orient 6 (rotate) 1080p RGB", best_ms([&] { apply_orientation(rgb, 6); }));
    for (Mode m : {Mode::L, Mode::One, Mode::P, Mode::YCbCr, Mode::HSV, Mode::CMYK})
        std::printf("convert RGB→%-26s %8.2f ms\n", std::string(mode_name(m)).c_str(), best_ms([&] { convert(rgb, m); }));
    std::printf("(budget: each ≤ 1.0× Pillow's figure from bench/image_pillow.py)\n");
}
