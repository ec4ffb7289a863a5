// Pillow 9.4's quantizers: RGBA→P (fast octree) and GIF's ADAPTIVE palette (median cut).
// Expected palettes and indices were produced by Debian's python3-pil 9.4 on the same images
// (`Image.fromarray(a).convert("P")`, `.convert("P", palette=Image.Palette.ADAPTIVE)`).
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/image/convert.h"
#include "gr/image/decode.h"
#include "gr/image/encode.h"
#include "gr/image/quantize.h"

using namespace gr::image;
using Catch::Matchers::ContainsSubstring;

namespace {

// 6 × 4 RGBA: pixel i = (53i, 97i, 31i) mod 256, alpha 0 every fifth pixel, else 40i + 15.
Image mixed_rgba() {
    Image im = make_image(6, 4, Mode::RGBA, 24);
    for (unsigned i = 0; i < 24; i++) {
        uint8_t* p = &im.pixels[4 * i];
        p[0] = uint8_t(i * 53), p[1] = uint8_t(i * 97), p[2] = uint8_t(i * 31), p[3] = i % 5 ? uint8_t(i * 40 + 15) : 0;
    }
    return im;
}

// 20 × 20 RGB with 400 distinct colours: (13x, 12y, xy) mod 256.
Image many_colours() {
    Image im = make_image(20, 20, Mode::RGB, 400);
    for (unsigned y = 0; y < 20; y++)
        for (unsigned x = 0; x < 20; x++) {
            uint8_t* p = &im.pixels[3 * (y * 20 + x)];
            p[0] = uint8_t(x * 13), p[1] = uint8_t(y * 12), p[2] = uint8_t(x * y);
        }
    return im;
}

}  // namespace

TEST_CASE("RGBA converts to P with Pillow's fast-octree indices and RGBA palette") {
    Image p = convert(mixed_rgba(), Mode::P);
    REQUIRE(p.mode == Mode::P);
    CHECK(std::vector<uint8_t>(p.pixels.begin(), p.pixels.end()) ==
          std::vector<uint8_t>{0, 2, 8, 9, 16, 0, 1, 7, 12, 15, 0, 4, 6, 14, 19, 0, 3, 11, 13, 18, 0, 5, 10, 17});
    const std::vector<uint8_t> rgba = {
        0, 0, 0, 0, 62, 70, 186, 255, 53, 97, 31, 55, 80, 16, 240, 143, 71, 43, 85, 199, 89, 245, 139, 87,
        124, 140, 116, 239, 115, 167, 217, 39, 106, 194, 62, 95, 159, 35, 93, 135, 142, 86, 170, 127, 133, 113, 15, 183,
        168, 8, 248, 79, 186, 210, 46, 223, 177, 237, 147, 23, 221, 105, 23, 119, 212, 132, 124, 175, 195, 183, 201, 167,
        239, 51, 77, 7, 230, 78, 178, 63, 0, 0, 0, 0};
    REQUIRE(p.palette.size() == 768);
    REQUIRE(p.transparency.alpha.size() == 256);
    for (size_t i = 0; i < rgba.size() / 4; i++) {
        INFO("palette entry " << i);
        CHECK(p.palette[3 * i] == rgba[4 * i]);
        CHECK(p.palette[3 * i + 1] == rgba[4 * i + 1]);
        CHECK(p.palette[3 * i + 2] == rgba[4 * i + 2]);
        CHECK(p.transparency.alpha[i] == rgba[4 * i + 3]);
    }
}

TEST_CASE("fully transparent pixels share one palette entry, the first one's colour") {
    Image im = make_image(4, 4, Mode::RGBA, 16);
    for (size_t i = 4; i < 8; i++) im.pixels[4 * i] = 255, im.pixels[4 * i + 3] = 255;
    uint8_t first[4] = {10, 20, 30, 0}, second[4] = {200, 100, 50, 0};
    std::copy(first, first + 4, &im.pixels[0]);
    std::copy(second, second + 4, &im.pixels[4]);
    Image p = convert(im, Mode::P);
    CHECK(p.pixels[0] == p.pixels[1]);
    CHECK(p.pixels[1] == p.pixels[2]);
    size_t t = p.pixels[1];
    CHECK(std::vector<uint8_t>(&p.palette[3 * t], &p.palette[3 * t + 3]) == std::vector<uint8_t>{10, 20, 30});
    CHECK(p.transparency.alpha[t] == 0);
}

TEST_CASE("a quantized P image converts back to RGBA through its palette alphas and to RGB without them") {
    Image p = convert(mixed_rgba(), Mode::P);
    Image rgba = convert(p, Mode::RGBA);
    CHECK(std::vector<uint8_t>(&rgba.pixels[4], &rgba.pixels[8]) == std::vector<uint8_t>{53, 97, 31, 55});
    CHECK(rgba.pixels[3] == 0);
    Image rgb = convert(p, Mode::RGB);
    CHECK(std::vector<uint8_t>(&rgb.pixels[3], &rgb.pixels[6]) == std::vector<uint8_t>{53, 97, 31});
}

TEST_CASE("median cut gives Pillow's adaptive palette and indices for a 400-colour image") {
    Quantized q = quantize_median_cut(many_colours(), 256);
    CHECK(q.entries == 256);
    CHECK(std::vector<uint8_t>(q.palette.begin(), q.palette.begin() + 18) ==
          std::vector<uint8_t>{221, 216, 180, 241, 222, 86, 182, 216, 252, 182, 204, 238, 189, 192, 232, 221, 228, 67});
    CHECK(std::vector<uint8_t>(q.palette.end() - 3, q.palette.end()) == std::vector<uint8_t>{0, 0, 0});
    uint64_t checksum = 0;  // Σ (i + 1) · index_i, as computed on Pillow's result
    for (size_t i = 0; i < q.indices.size(); i++) checksum += (i + 1) * q.indices[i];
    CHECK(checksum % (uint64_t(1) << 32) == 7430709);
}

TEST_CASE("median cut keeps each colour of an image with few colours exactly") {
    Image im = make_image(5, 2, Mode::RGB, 10);
    const uint8_t colours[3][3] = {{255, 0, 0}, {200, 100, 50}, {10, 20, 30}};
    for (size_t i = 0; i < 10; i++) std::copy(colours[i % 3], colours[i % 3] + 3, &im.pixels[3 * i]);
    Quantized q = quantize_median_cut(im, 256);
    REQUIRE(q.entries == 3);
    for (size_t i = 0; i < 10; i++) {
        const uint8_t* c = &q.palette[3 * q.indices[i]];
        CHECK(std::vector<uint8_t>(c, c + 3) == std::vector<uint8_t>(colours[i % 3], colours[i % 3] + 3));
    }
}

TEST_CASE("the quantizers refuse other modes and colour counts outside 1 to 256, saying so") {
    Image l = make_image(2, 2, Mode::L, 4);
    CHECK_THROWS_WITH(quantize_fast_octree(l), ContainsSubstring("RGB or RGBA image, not mode L"));
    CHECK_THROWS_WITH(quantize_median_cut(mixed_rgba()), ContainsSubstring("RGB image, not mode RGBA"));
    CHECK_THROWS_WITH(quantize_median_cut(many_colours(), 0), ContainsSubstring("bad number of colors: 0"));
    CHECK_THROWS_WITH(quantize_fast_octree(mixed_rgba(), 257), ContainsSubstring("bad number of colors: 257"));
}

TEST_CASE("a GIF of a 400-colour image has Pillow's median-cut palette, trimmed of unused entries") {
    Image back = decode(encode(many_colours(), {.format = "gif"}));
    REQUIRE(back.mode == Mode::P);
    // Entry 0 of the median-cut palette ends up unused, so Pillow's optimize drops it.
    CHECK(std::vector<uint8_t>(back.palette.begin(), back.palette.begin() + 9) ==
          std::vector<uint8_t>{241, 222, 86, 182, 216, 252, 182, 204, 238});
    uint64_t checksum = 0;
    for (size_t i = 0; i < back.pixels.size(); i++) checksum += (i + 1) * back.pixels[i];
    CHECK(checksum % (uint64_t(1) << 32) == 7281905);
}

TEST_CASE("a CMYK image is refused as GIF, as Pillow refuses it") {
    Image cmyk = make_image(2, 2, Mode::CMYK, 4);
    CHECK_THROWS_WITH(encode(cmyk, {.format = "gif"}), ContainsSubstring("image has wrong mode CMYK"));
}
