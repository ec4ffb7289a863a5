// LAB conversions (native build: LittleCMS, as Pillow 9.4's ImageCms): values and hashes were
// computed with Debian's Pillow 9.4 on the same bytes; the refusals carry Pillow's own words.
// The corpus-wide comparison with Pillow is scripts/image-conformance's job.
#include <initializer_list>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/image/convert.h"

using namespace gr::image;
using Catch::Matchers::ContainsSubstring;

namespace {

Image one_pixel(Mode mode, std::initializer_list<uint8_t> values) {
    Image im = make_image(1, 1, mode, 1);
    im.pixels.assign(values.begin(), values.end());
    return im;
}

std::vector<uint8_t> bytes(const Image& im) { return {im.pixels.begin(), im.pixels.end()}; }

// Every 5th value of each of three channels (0, 5, …, 255): 52³ pixels in a 2704 x 52 image.
Image grid(Mode mode) {
    Image im = make_image(52 * 52, 52, mode, 52 * 52 * 52);
    size_t i = 0;
    for (int x = 0; x < 256; x += 5)
        for (int y = 0; y < 256; y += 5)
            for (int z = 0; z < 256; z += 5) im.pixels[i++] = uint8_t(x), im.pixels[i++] = uint8_t(y), im.pixels[i++] = uint8_t(z);
    return im;
}

uint64_t fnv1a(const PixelBuffer& b) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (uint8_t v : b) h = (h ^ v) * 0x100000001b3ull;
    return h;
}

}  // namespace

TEST_CASE("RGB (10, 200, 30) becomes Pillow's LAB (180, 63, 191), stored as numpy sees it: a and b signed") {
    Image lab = convert(one_pixel(Mode::RGB, {10, 200, 30}), Mode::LAB);
    CHECK(lab.mode == Mode::LAB);
    CHECK(bytes(lab) == std::vector<uint8_t>{180, 191, 63});  // np.asarray: 63 ^ 128, 191 ^ 128
    CHECK(bytes(convert(one_pixel(Mode::RGB, {255, 255, 255}), Mode::LAB)) == std::vector<uint8_t>{255, 0, 0});
    CHECK(bytes(convert(one_pixel(Mode::RGB, {255, 0, 0}), Mode::LAB)) == std::vector<uint8_t>{138, 81, 70});
}

TEST_CASE("LAB back to RGB loses what 8-bit LAB cannot hold, exactly as Pillow: (10, 200, 30) returns as (19, 200, 31)") {
    Image lab = convert(one_pixel(Mode::RGB, {10, 200, 30}), Mode::LAB);
    CHECK(bytes(convert(lab, Mode::RGB)) == std::vector<uint8_t>{19, 200, 31});
    CHECK(bytes(convert(one_pixel(Mode::LAB, {255, 128, 128}), Mode::RGB)) == std::vector<uint8_t>{0, 255, 255});
    CHECK(bytes(convert(one_pixel(Mode::LAB, {100, 200, 40}), Mode::RGB)) == std::vector<uint8_t>{0, 112, 11});
}

TEST_CASE("an RGBA image's alpha survives RGBA to LAB to RGBA, as in Pillow's hidden fourth byte") {
    Image lab = convert(one_pixel(Mode::RGBA, {10, 200, 30, 77}), Mode::LAB);
    CHECK(bytes(lab) == std::vector<uint8_t>{180, 191, 63});
    CHECK(bytes(convert(lab, Mode::RGBA)) == std::vector<uint8_t>{19, 200, 31, 77});
    CHECK(bytes(convert(convert(lab, Mode::RGB), Mode::RGBA)) == std::vector<uint8_t>{19, 200, 31, 255});
}

TEST_CASE("LAB made from RGB or by hand converts to RGBA with alpha 255") {
    Image lab = convert(one_pixel(Mode::RGB, {10, 200, 30}), Mode::LAB);
    CHECK(lab.lab_x.empty());
    CHECK(bytes(convert(lab, Mode::RGBA)) == std::vector<uint8_t>{19, 200, 31, 255});
    CHECK(bytes(convert(one_pixel(Mode::LAB, {16, 32, 48}), Mode::RGBA)) == std::vector<uint8_t>{63, 0, 0, 255});
}

TEST_CASE("a grid of 140,608 LAB values converts to the RGB bytes Pillow gives (same hash)") {
    CHECK(fnv1a(convert(grid(Mode::LAB), Mode::RGB).pixels) == 0x3643c7145adf2ef1ull);
}

TEST_CASE("a grid of 140,608 RGB colours converts to the LAB bytes numpy shows from Pillow (same hash)") {
    CHECK(fnv1a(convert(grid(Mode::RGB), Mode::LAB).pixels) == 0xa3e7013c2d8299f0ull);
}

TEST_CASE("LAB to any mode but RGB and RGBA is refused with Pillow's message, which names LAB to RGB") {
    Image lab = one_pixel(Mode::LAB, {50, 0, 0});
    for (Mode m : {Mode::One, Mode::L, Mode::LA, Mode::P, Mode::CMYK, Mode::YCbCr, Mode::HSV, Mode::I, Mode::F})
        CHECK_THROWS_WITH(convert(lab, m), ContainsSubstring("to mode " + std::string(mode_name(m)) +
                                                             ": conversion from LAB to RGB not supported"));
}

TEST_CASE("modes other than RGB and RGBA are refused LAB with Pillow's message for their base mode") {
    Image l = make_image(1, 1, Mode::L, 1), p = make_image(1, 1, Mode::P, 1), cmyk = make_image(1, 1, Mode::CMYK, 1);
    CHECK_THROWS_WITH(convert(l, Mode::LAB), ContainsSubstring("from mode L to mode LAB: conversion from L to LAB not supported"));
    CHECK_THROWS_WITH(convert(make_image(1, 1, Mode::F, 1), Mode::LAB), ContainsSubstring("conversion from L to LAB not supported"));
    CHECK_THROWS_WITH(convert(p, Mode::LAB), ContainsSubstring("from mode P to mode LAB: conversion not supported"));
    CHECK_THROWS_WITH(convert(cmyk, Mode::LAB), ContainsSubstring("conversion from RGB to LAB not supported"));
    CHECK_THROWS_WITH(convert(make_image(1, 1, Mode::HSV, 1), Mode::LAB), ContainsSubstring("conversion from RGB to LAB not supported"));
}

TEST_CASE("a LAB image whose buffer is shorter than its size is refused, not read past its end") {
    Image lab = make_image(4, 4, Mode::LAB, 16);
    lab.pixels.resize(10);
    CHECK_THROWS_WITH(convert(lab, Mode::RGB), ContainsSubstring("shorter than its size"));
}
