// Pillow 9.4's resize/reduce/thumbnail as gr/image/resample.h reproduces them, and the watermark
// that uses them. Expected values were computed with Pillow 9.4 (python3-pil); the conformance
// script compares whole images against Pillow.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/image/resample.h"
#include "gr/image/watermark.h"

using namespace gr::image;
using Catch::Matchers::ContainsSubstring;

namespace {

Image grey(int w, int h, uint8_t (*f)(int, int)) {
    Image im = make_image(w, h, Mode::L, 1 << 20);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) im.pixels[size_t(y) * w + x] = f(x, y);
    return im;
}

}  // namespace

TEST_CASE("thumbnail_size keeps the aspect ratio with Pillow's rounding") {
    CHECK(thumbnail_size(200, 120, 80, 60) == std::pair{80, 48});
    CHECK(thumbnail_size(700, 650, 128, 96) == std::pair{103, 96});
    CHECK(thumbnail_size(600, 3, 100, 100) == std::pair{100, 1});  // never below 1
    CHECK(thumbnail_size(333, 97, 80, 60) == std::pair{80, 23});
}

TEST_CASE("an image that already fits is left as it is by thumbnail") {
    CHECK_FALSE(thumbnail_size(70, 50, 80, 60).has_value());
    Image im = grey(7, 5, [](int x, int y) { return uint8_t(x * 30 + y); });
    CHECK(thumbnail(im, 80, 60).pixels == im.pixels);
}

TEST_CASE("reduce averages blocks with Pillow's truncated multiplier, and a partial edge block averages what it holds") {
    // Pillow 9.4: bytes [1, 1, 0] reduced by 3 give 0, not round(2/3) = 1: (2 + 1) * 5592405 >> 24
    // (the multiplier 2^24 / 3 truncated from a float); [100, 100, 99] give 99. [10]*4 + [200]
    // reduced by 2 give [10, 10, 200].
    CHECK(reduce(grey(3, 1, [](int x, int) { return uint8_t(x < 2 ? 1 : 0); }), 3, 1).pixels[0] == 0);
    CHECK(reduce(grey(3, 1, [](int x, int) { return uint8_t(x < 2 ? 100 : 99); }), 3, 1).pixels[0] == 99);
    Image edge = reduce(grey(5, 2, [](int x, int) { return uint8_t(x < 4 ? 10 : 200); }), 2, 2);
    REQUIRE(edge.width == 3);
    CHECK(edge.pixels[2] == 200);
}

TEST_CASE("bicubic downscaling of a step edge overshoots and clips as Pillow's fixed-point filter does") {
    // Pillow 9.4: Image.frombytes("L", (8, 1), bytes([0]*4 + [255]*4)).resize((3, 1), Image.BICUBIC)
    //   -> [0, 127, 255]
    Image step = grey(8, 1, [](int x, int) { return uint8_t(x < 4 ? 0 : 255); });
    Image out = resize(step, 3, 1);
    CHECK(std::vector<int>(out.pixels.begin(), out.pixels.end()) == std::vector<int>{0, 127, 255});
}

TEST_CASE("resizing a palette image picks pixels (nearest) and keeps the palette") {
    Image p = make_image(4, 4, Mode::P, 64);
    for (size_t i = 0; i < 16; i++) p.pixels[i] = uint8_t(i % 4);
    p.palette.assign(12, 7);
    Image out = resize(p, 2, 2);
    CHECK(out.mode == Mode::P);
    CHECK(out.palette == p.palette);
    CHECK(std::vector<int>(out.pixels.begin(), out.pixels.end()) == std::vector<int>{1, 3, 1, 3});
}

TEST_CASE("a watermark larger than a fifth of the image is shrunk by thumbnail, not refused") {
    Image base = make_image(100, 50, Mode::RGB, 1 << 20);
    Image mark = make_image(60, 60, Mode::RGB, 1 << 20);
    std::fill(mark.pixels.begin(), mark.pixels.end(), uint8_t(200));
    Image out = add_watermark(base, mark);
    // The mark becomes 10 x 10 at (100 - 10 - 10, 50 - 10 - 10) = (80, 30).
    auto at = [&](int x, int y) { return out.pixels[(size_t(y) * 100 + x) * 3]; };
    CHECK(at(80, 30) == 200);
    CHECK(at(89, 39) == 200);
    CHECK(at(79, 30) == 0);
    CHECK(at(90, 39) == 0);
}

TEST_CASE("a watermark on an image under 5 pixels wide is refused naming the sizes") {
    Image base = make_image(4, 40, Mode::RGB, 1 << 10);
    Image mark = make_image(2, 2, Mode::RGB, 1 << 10);
    CHECK_THROWS_WITH(add_watermark(base, mark), ContainsSubstring("too small for a watermark"));
}

TEST_CASE("resizing to zero pixels is an error, as in Pillow") {
    CHECK_THROWS_WITH(resize(grey(4, 4, [](int, int) { return uint8_t(0); }), 0, 2), ContainsSubstring("must be > 0"));
}
