// gr.Image output side: GIF encoding (giflib, read back by our decoder) and `watermark` as
// Gradio's add_watermark composites it (expected pixels computed with Pillow 9.4 doing
// Gradio's steps on the same images).
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/image/convert.h"
#include "gr/image/decode.h"
#include "gr/image/encode.h"
#include "gr/image/watermark.h"

using namespace gr::image;
using Catch::Matchers::ContainsSubstring;

namespace {

// 60 × 50 RGB, pixel (x, y) = (4x, 5y, 100).
Image gradient_base() {
    Image im = make_image(60, 50, Mode::RGB, 3000);
    for (int y = 0; y < 50; y++)
        for (int x = 0; x < 60; x++) {
            uint8_t* p = &im.pixels[3 * (y * 60 + x)];
            p[0] = uint8_t(4 * x), p[1] = uint8_t(5 * y), p[2] = 100;
        }
    return im;
}

PixelBuffer at(const Image& im, int x, int y) {
    size_t c = size_t(mode_channels(im.mode));
    auto p = im.pixels.begin() + long(c * (size_t(y) * im.width + x));
    return PixelBuffer(p, p + long(c));
}

}  // namespace

TEST_CASE("an RGBA watermark is alpha-composited at the bottom-right corner, 10 px in, exactly as Pillow") {
    Image mark = make_image(12, 10, Mode::RGBA, 120);
    for (int y = 0; y < 10; y++)
        for (int x = 0; x < 12; x++) {
            uint8_t* p = &mark.pixels[4 * (y * 12 + x)];
            p[0] = 255, p[1] = uint8_t(20 * x), p[2] = 0, p[3] = uint8_t(25 * y + 10);
        }
    Image out = add_watermark(gradient_base(), mark);
    CHECK(out.mode == Mode::RGB);
    CHECK(at(out, 38, 30) == PixelBuffer{156, 144, 96});
    CHECK(at(out, 45, 35) == PixelBuffer{220, 156, 47});
    CHECK(at(out, 49, 39) == PixelBuffer{250, 218, 8});
    CHECK(at(out, 37, 30) == PixelBuffer{148, 150, 100});  // outside the mark: untouched
    CHECK(at(out, 59, 49) == PixelBuffer{236, 245, 100});
}

TEST_CASE("an L watermark goes through the alpha-composite path as an opaque RGBA layer") {
    Image mark = make_image(5, 4, Mode::L, 20);
    for (int i = 0; i < 20; i++) mark.pixels[i] = uint8_t(10 * i);
    Image out = add_watermark(gradient_base(), mark);
    CHECK(at(out, 45, 36) == PixelBuffer{0, 0, 0});
    CHECK(at(out, 49, 39) == PixelBuffer{190, 190, 190});
}

TEST_CASE("an opaque RGB watermark is pasted in place") {
    Image mark = make_image(3, 2, Mode::RGB, 6);
    for (int i = 0; i < 6; i++) mark.pixels[3 * i] = 1, mark.pixels[3 * i + 1] = 2, mark.pixels[3 * i + 2] = 3;
    Image out = add_watermark(gradient_base(), mark);
    CHECK(at(out, 47, 38) == PixelBuffer{1, 2, 3});
    CHECK(at(out, 46, 38) == PixelBuffer{184, 190, 100});
}

TEST_CASE("a watermark larger than a fifth of the image is shrunk to fit, as Gradio's thumbnail does") {
    Image mark = make_image(13, 10, Mode::RGBA, 130);
    for (size_t i = 0; i < 130; i++) mark.pixels[4 * i] = 10, mark.pixels[4 * i + 1] = 20, mark.pixels[4 * i + 2] = 30, mark.pixels[4 * i + 3] = 255;
    Image out = add_watermark(gradient_base(), mark);
    // Pillow 9.4: the mark becomes 12 x 9 (aspect kept), placed at (60 - 12 - 10, 50 - 9 - 10).
    CHECK(at(out, 38, 31) == PixelBuffer{10, 20, 30});
    CHECK(at(out, 49, 39) == PixelBuffer{10, 20, 30});
    CHECK(at(out, 37, 31) == PixelBuffer{148, 155, 100});
    CHECK(at(out, 38, 30) == PixelBuffer{152, 150, 100});
}

TEST_CASE("a GIF of an image with at most 256 colours reads back with the same pixels") {
    Image im = make_image(40, 30, Mode::RGB, 1200);
    for (size_t i = 0; i < im.pixel_count(); i++)
        im.pixels[3 * i] = uint8_t(i % 10 * 25), im.pixels[3 * i + 1] = uint8_t(i / 40 % 7 * 30), im.pixels[3 * i + 2] = 9;
    std::vector<uint8_t> gif = encode(im, {.format = "gif"});
    REQUIRE(std::string(gif.begin(), gif.begin() + 6) == "GIF89a");
    Image back = decode(gif);
    CHECK(back.mode == Mode::P);
    CHECK(convert(back, Mode::RGB).pixels == im.pixels);
}

TEST_CASE("a GIF keeps fully transparent RGBA pixels transparent, and greys with their palette trimmed as Pillow does") {
    Image im = make_image(4, 1, Mode::RGBA, 4);
    im.pixels = {10, 20, 30, 255, 0, 0, 0, 0, 10, 20, 30, 255, 200, 1, 2, 255};
    Image back = convert(decode(encode(im, {.format = "gif"})), Mode::RGBA);
    CHECK(at(back, 0, 0) == PixelBuffer{10, 20, 30, 255});
    CHECK(at(back, 1, 0)[3] == 0);
    CHECK(at(back, 3, 0) == PixelBuffer{200, 1, 2, 255});
    Image grey = make_image(3, 2, Mode::L, 6);
    grey.pixels = {0, 50, 100, 150, 200, 255};
    Image g = decode(encode(grey, {.format = "gif"}));
    CHECK(g.mode == Mode::P);  // Pillow optimises an L GIF's palette to the greys used
    CHECK(g.palette.size() == 3 * 8);  // the file's table is padded to a power of two
    CHECK(convert(g, Mode::L).pixels == grey.pixels);
}

TEST_CASE("a GIF of an image with more than 256 colours is reduced to a palette of the same size") {
    Image im = make_image(64, 64, Mode::RGB, 4096);
    for (size_t i = 0; i < im.pixels.size(); i++) im.pixels[i] = uint8_t(i * 37 % 256);
    Image back = decode(encode(im, {.format = "gif"}));
    CHECK(back.width == 64);
    CHECK(back.height == 64);
    CHECK(back.palette.size() <= 768);
}

TEST_CASE("WebP output converts modes WebP cannot hold first, as Pillow's writer does (CMYK to RGB, LAB and LA with alpha)") {
    Image flat = make_image(16, 8, Mode::RGB, 128);
    for (size_t i = 0; i < flat.pixels.size(); i += 3) flat.pixels[i] = 200, flat.pixels[i + 1] = 120, flat.pixels[i + 2] = 40;
    Image back = decode(encode(convert(flat, Mode::CMYK), {.format = "webp", .quality = 100}));
    REQUIRE(back.mode == Mode::RGB);
    REQUIRE(back.width == 16);
    for (int c = 0; c < 3; c++) CHECK(std::abs(int(back.pixels[c]) - int(flat.pixels[c])) <= 3);  // lossy, flat colour
    CHECK(decode(encode(convert(flat, Mode::LAB), {.format = "webp"})).width == 16);
    CHECK(decode(encode(convert(flat, Mode::LA), {.format = "webp"})).height == 8);
    CHECK(decode(encode(convert(flat, Mode::HSV), {.format = "webp"})).mode == Mode::RGB);
}

TEST_CASE("a WebP in the extended format (VP8X, as a browser's canvas writes it) decodes at its size") {
    // The simple file libwebp writes, rewrapped as Chromium's canvas.convertToBlob does: a VP8X
    // chunk first, whose canvas size (less one, 24 bits each) ends its 10 bytes.
    Image im = gradient_base();
    std::vector<uint8_t> simple = encode(im, {.format = "webp", .quality = 100});
    REQUIRE(std::string(simple.begin() + 12, simple.begin() + 16) == "VP8 ");
    std::vector<uint8_t> ext = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'X', 10, 0, 0, 0, 0, 0, 0, 0,
                                uint8_t(im.width - 1), 0, 0, uint8_t(im.height - 1), 0, 0};
    ext.insert(ext.end(), simple.begin() + 12, simple.end());
    const uint32_t riff = uint32_t(ext.size() - 8);
    for (int i = 0; i < 4; i++) ext[4 + i] = uint8_t(riff >> (8 * i));
    Image back = decode(ext);
    CHECK(back.width == 60);
    CHECK(back.height == 50);
    CHECK(back.pixels == decode(simple).pixels);
}
