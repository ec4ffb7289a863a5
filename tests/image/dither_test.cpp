// The Floyd–Steinberg conversions (core/src/image/dither.cpp): "1" and "P" match Pillow 9.4
// byte for byte, including the rows and columns at the image's edges.
#include <catch2/catch_test_macros.hpp>

#include <vector>

#include "gr/image/convert.h"
#include "gr/image/image.h"

using namespace gr::image;

namespace {

// The test pattern the expected bytes below were made from (with Pillow 9.4's
// Image.fromarray(...).convert("1") / .convert("P")).
Image pattern(int w, int h, Mode mode) {
    int ch = mode_channels(mode);
    Image im = make_image(w, h, mode, size_t(w) * h);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            for (int c = 0; c < ch; c++)
                im.pixels[(size_t(y) * w + x) * ch + c] = uint8_t((x * 37 + y * 91 + c * 53 + (x * y * 13) % 29) % 256);
    return im;
}

std::vector<uint8_t> bytes(const Image& im) { return {im.pixels.begin(), im.pixels.end()}; }

}  // namespace

TEST_CASE("RGB and L to 1 dither exactly as Pillow does, at odd heights and one-pixel widths too") {
    CHECK(bytes(convert(pattern(7, 5, Mode::RGB), Mode::One)) ==
          std::vector<uint8_t>{0,   0, 255, 0,   255, 255, 0,   255, 255, 255, 0,   0,   0,   255, 255, 0,   0,   255,
                               0, 255, 255, 0,   0,   255, 255, 255, 0,   0,   255, 255, 255, 0,   0,   255, 0});
    CHECK(bytes(convert(pattern(7, 5, Mode::L), Mode::One)) ==
          std::vector<uint8_t>{0, 0, 0,   255, 0, 255, 255, 0,   255, 255, 255, 0, 0,   0, 255, 255, 0,  0,
                               0, 255, 255, 0, 0, 255, 0,   255, 255, 255, 0,   255, 255, 255, 0, 0, 0});
    CHECK(bytes(convert(pattern(1, 3, Mode::RGB), Mode::One)) == std::vector<uint8_t>{0, 255, 255});
    CHECK(bytes(convert(pattern(1, 3, Mode::L), Mode::One)) == std::vector<uint8_t>{0, 0, 255});
    CHECK(bytes(convert(pattern(2, 4, Mode::RGB), Mode::One)) == std::vector<uint8_t>{0, 0, 255, 255, 255, 0, 0, 0});
    CHECK(bytes(convert(pattern(2, 4, Mode::L), Mode::One)) == std::vector<uint8_t>{0, 0, 0, 255, 255, 255, 0, 0});
}

TEST_CASE("RGB to P dithers onto the web palette exactly as Pillow does") {
    CHECK(bytes(convert(pattern(7, 5, Mode::RGB), Mode::P)) ==
          std::vector<uint8_t>{88,  131, 131, 174, 217, 80,  50, 174, 217, 80,  50, 88,  130, 132, 73,  93, 88, 167,
                               174, 175, 37,  88,  137, 174, 217, 43, 86,  93,  174, 74, 80,  50,  88,  132, 174});
    CHECK(bytes(convert(pattern(1, 3, Mode::RGB), Mode::P)) == std::vector<uint8_t>{88, 174, 80});
    CHECK(bytes(convert(pattern(2, 4, Mode::RGB), Mode::P)) == std::vector<uint8_t>{88, 131, 174, 217, 73, 93, 88, 131});
}

// Pillow's colour cache looks a colour up by its value rounded down to a multiple of 4 in
// each channel and keeps the first palette entry at the least squared distance. A lone
// pixel has no error to diffuse, so it shows that choice directly.
TEST_CASE("a lone RGB pixel becomes the web palette entry nearest its colour rounded down to 4s, first on ties") {
    Image one = make_image(1, 1, Mode::RGB, 1);
    const std::vector<uint8_t> pal = convert(one, Mode::P).palette;
    REQUIRE(pal.size() == 768);
    int wrong = 0;
    for (int r = 0; r < 256; r += 5)
        for (int g = 1; g < 256; g += 5)
            for (int b = 3; b < 256; b += 5) {
                one.pixels = {uint8_t(r), uint8_t(g), uint8_t(b)};
                int best = 0, best_d = 1 << 30;
                for (int i = 0; i < 256; i++) {
                    int dr = (r & ~3) - pal[3 * i], dg = (g & ~3) - pal[3 * i + 1], db = (b & ~3) - pal[3 * i + 2];
                    int d = dr * dr + dg * dg + db * db;
                    if (d < best_d) best = i, best_d = d;
                }
                wrong += convert(one, Mode::P).pixels[0] != best;
            }
    CHECK(wrong == 0);
}
