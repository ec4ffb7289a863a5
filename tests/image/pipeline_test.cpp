// gr.Image's input pipeline in core: decoding from bytes, the limits and errors a user sees,
// EXIF orientation, and Gradio's preprocess rules. Pixel-exact Pillow parity over a large
// corpus is scripts/image-conformance's job; these pin the behaviours by hand.
#include <algorithm>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/image/convert.h"
#include "gr/image/decode.h"
#include "gr/image/encode.h"
#include "gr/image/orient.h"
#include "gr/image/preprocess.h"

using namespace gr::image;
using Catch::Matchers::ContainsSubstring;

namespace {

Image rgb_image(int w, int h) {
    Image im = make_image(w, h, Mode::RGB, 1 << 20);
    for (size_t i = 0; i < im.pixels.size(); i++) im.pixels[i] = uint8_t(i * 37 % 256);
    return im;
}

std::vector<uint8_t> png_bytes(const Image& im) { return encode(im, {.format = "png"}); }

}  // namespace

TEST_CASE("a PNG written by encode decodes to the same pixels, in mode RGB") {
    Image im = rgb_image(7, 5);
    Image back = decode(png_bytes(im));
    CHECK(back.mode == Mode::RGB);
    CHECK(back.width == 7);
    CHECK(back.height == 5);
    CHECK(back.pixels == im.pixels);
}

TEST_CASE("an empty file is refused with a message saying it is empty") {
    std::vector<uint8_t> none;
    CHECK_THROWS_WITH(decode(none), ContainsSubstring("empty (0 bytes)"));
}

TEST_CASE("text with an image file name is refused as unidentifiable, whatever its extension") {
    std::string text = "not an image at all";
    std::vector<uint8_t> bytes(text.begin(), text.end());
    CHECK_THROWS_WITH(preprocess(bytes, {.orig_name = "photo.png"}), ContainsSubstring("cannot identify image file"));
}

TEST_CASE("a truncated PNG is an error naming PNG, not a partial image") {
    std::vector<uint8_t> bytes = png_bytes(rgb_image(40, 40));
    bytes.resize(bytes.size() / 2);
    CHECK_THROWS_WITH(decode(bytes), ContainsSubstring("PNG"));
}

TEST_CASE("a 30000 x 30000 header is refused before any pixel buffer is allocated") {
    std::vector<uint8_t> bytes = png_bytes(rgb_image(2, 2));
    // IHDR width and height live at bytes 16..23 (big-endian).
    for (int at : {16, 20}) bytes[at] = 0, bytes[at + 1] = 0, bytes[at + 2] = 0x75, bytes[at + 3] = 0x30;
    CHECK_THROWS_WITH(probe(bytes), ContainsSubstring("900000000 pixels) exceeds the limit of 178956970"));
    CHECK_THROWS_WITH(decode(bytes), ContainsSubstring("decompression-bomb"));
}

TEST_CASE("max_file_size strings parse as Gradio parses them, in binary multiples") {
    CHECK(parse_file_size("5mb") == 5u * 1024 * 1024);
    CHECK(parse_file_size(" 1 KB ") == 1024u);
    CHECK(parse_file_size("3b") == 3u);
    CHECK(parse_file_size("2GB") == size_t(2) << 30);
    CHECK_THROWS_WITH(parse_file_size("5"), ContainsSubstring("invalid file size unit"));
    CHECK_THROWS_WITH(parse_file_size("5xb"), ContainsSubstring("\"XB\""));
    CHECK_THROWS_WITH(parse_file_size("mb"), ContainsSubstring("expected a number"));
}

TEST_CASE("a file over max_file_size is refused naming both sizes") {
    std::vector<uint8_t> bytes = png_bytes(rgb_image(30, 30));
    Limits limits{.max_file_size = 100};
    CHECK_THROWS_WITH(decode(bytes, limits), ContainsSubstring("over the max_file_size of 100 bytes"));
}

TEST_CASE("RGB to L uses Pillow's rounded ITU-R 601-2 luma") {
    Image im = make_image(3, 1, Mode::RGB, 16);
    im.pixels = {255, 0, 0, 0, 255, 0, 0, 0, 255};
    CHECK(convert(im, Mode::L).pixels == PixelBuffer{76, 150, 29});
}

TEST_CASE("converting mid grey to mode 1 dithers to a mix of black and white, as Pillow's default") {
    Image im = make_image(16, 16, Mode::L, 1 << 10);
    std::fill(im.pixels.begin(), im.pixels.end(), uint8_t(128));
    Image bw = convert(im, Mode::One);
    auto white = std::count(bw.pixels.begin(), bw.pixels.end(), 255);
    CHECK(white > 64);
    CHECK(white < 192);
}

TEST_CASE("RGB to P uses the web palette: pure red becomes the cube entry 10 + 5") {
    Image im = make_image(1, 1, Mode::RGB, 1);
    im.pixels = {255, 0, 0};
    Image p = convert(im, Mode::P);
    CHECK(p.pixels[0] == 15);
    CHECK(convert(p, Mode::RGB).pixels == im.pixels);
}

TEST_CASE("conversions Pillow refuses are refused naming both modes") {
    Image im = make_image(1, 1, Mode::L, 1);
    CHECK_THROWS_WITH(convert(im, Mode::LAB), ContainsSubstring("from mode L to mode LAB"));
}

TEST_CASE("EXIF orientation 6 turns a wide image into a tall one, rotated clockwise") {
    Image im = make_image(2, 1, Mode::L, 2);
    im.pixels = {1, 2};
    Image r = apply_orientation(im, 6);
    CHECK(r.width == 1);
    CHECK(r.height == 2);
    CHECK(r.pixels == PixelBuffer{1, 2});
    Image l = apply_orientation(im, 8);
    CHECK(l.pixels == PixelBuffer{2, 1});
}

TEST_CASE("type filepath with a matching mode passes the original file untouched, as Gradio does") {
    std::vector<uint8_t> bytes = png_bytes(rgb_image(3, 3));
    Preprocessed same = preprocess(bytes, {.image_mode = Mode::RGB, .type = InputType::Filepath, .orig_name = "a.png"});
    CHECK(same.original_file);
    Preprocessed other = preprocess(bytes, {.image_mode = Mode::L, .type = InputType::Filepath, .orig_name = "a.png"});
    CHECK_FALSE(other.original_file);
    CHECK(other.image.mode == Mode::L);
    CHECK(other.suffix == "png");
}

TEST_CASE("image_mode None keeps the file's own mode and the default converts to RGB") {
    Image rgba = make_image(2, 2, Mode::RGBA, 4);
    std::vector<uint8_t> bytes = png_bytes(rgba);
    CHECK(preprocess(bytes, {.image_mode = std::nullopt}).image.mode == Mode::RGBA);
    CHECK(preprocess(bytes).image.mode == Mode::RGB);
}

TEST_CASE("an SVG upload is refused with Gradio's message") {
    std::vector<uint8_t> bytes = png_bytes(rgb_image(1, 1));
    CHECK_THROWS_WITH(preprocess(bytes, {.orig_name = "logo.svg"}), ContainsSubstring("SVG files are not supported"));
}
