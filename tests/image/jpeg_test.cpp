// JPEG decoding: natively through libjpeg-turbo (Pillow's own library and settings), CMYK and
// YCCK read as Pillow reads them, the refusals a user sees, and the stb_image decoder the wasm
// build keeps, held to its tolerance against libjpeg-turbo. Pixel parity with Pillow over a
// corpus is scripts/image-conformance's job.
#include <algorithm>
#include <cstdlib>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/image/convert.h"
#include "gr/image/decode.h"
#include "gr/image/encode.h"

using namespace gr::image;
using Catch::Matchers::ContainsSubstring;

namespace {

// A 16 x 8 CMYK JPEG written by Pillow 9.4 (quality 100, 4:4:4): left half CMYK
// (10, 20, 30, 40), right half (200, 150, 100, 50); Pillow writes an Adobe marker, transform 0,
// and inverted samples, so it reads those values back.
const std::vector<uint8_t> cmyk_jpeg = {
    0xff, 0xd8, 0xff, 0xee, 0x00, 0x0e, 0x41, 0x64, 0x6f, 0x62, 0x65, 0x00, 0x64, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xdb,
    0x00, 0x43, 0x00, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0xff, 0xc0, 0x00, 0x14, 0x08, 0x00, 0x08, 0x00, 0x10, 0x04, 0x43, 0x11, 0x00,
    0x4d, 0x11, 0x00, 0x59, 0x11, 0x00, 0x4b, 0x11, 0x00, 0xff, 0xc4, 0x00, 0x1f, 0x00, 0x00, 0x01, 0x05, 0x01, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09,
    0x0a, 0x0b, 0xff, 0xc4, 0x00, 0xb5, 0x10, 0x00, 0x02, 0x01, 0x03, 0x03, 0x02, 0x04, 0x03, 0x05, 0x05, 0x04, 0x04, 0x00,
    0x00, 0x01, 0x7d, 0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22,
    0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82,
    0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a,
    0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66,
    0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a,
    0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3,
    0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5,
    0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5,
    0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xff, 0xda, 0x00, 0x0e, 0x04, 0x43, 0x00, 0x4d, 0x00, 0x59, 0x00, 0x4b, 0x00, 0x00, 0x3f,
    0x00, 0xfe, 0xea, 0x2b, 0xfb, 0x58, 0xaf, 0xec, 0x22, 0xbf, 0xab, 0x8a, 0xff, 0x00, 0x20, 0xfa, 0xff, 0x00, 0x3e, 0xfa,
    0xfe, 0x73, 0xeb, 0xcb, 0xeb, 0xff, 0xd9,};

// The same file with its Adobe transform flag set to 2 (YCCK): libjpeg converts YCC to CMY.
std::vector<uint8_t> ycck_jpeg() {
    std::vector<uint8_t> b = cmyk_jpeg;
    std::string_view adobe = "Adobe";
    auto at = std::search(b.begin(), b.end(), adobe.begin(), adobe.end());
    REQUIRE(at != b.end());
    at[11] = 2;
    return b;
}

std::vector<uint8_t> pixel(const Image& im, int x, int y) {
    size_t n = size_t(mode_channels(im.mode)), at = (size_t(y) * im.width + x) * n;
    return {im.pixels.begin() + long(at), im.pixels.begin() + long(at + n)};
}

// A smooth colour image (photo-like: gradients, no hard edges), encoded as a 4:2:0 JPEG.
std::vector<uint8_t> photo_jpeg(int w, int h, int quality = 90) {
    Image im = make_image(w, h, Mode::RGB, 1 << 22);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            uint8_t* p = &im.pixels[(size_t(y) * w + x) * 3];
            p[0] = uint8_t(128 + 100 * ((x * 3 + y) % 97) / 97 - 50);
            p[1] = uint8_t(x * 255 / w);
            p[2] = uint8_t(255 - y * 200 / h);
        }
    return encode(im, {.format = "jpeg", .quality = quality});
}

}  // namespace

TEST_CASE("the native build decodes JPEG with libjpeg-turbo, the library Pillow uses") {
    CHECK(jpeg_decoder_name() == "libjpeg-turbo");
}

TEST_CASE("a CMYK JPEG opens as mode CMYK with the values Pillow reads (Adobe inverted samples)") {
    Image im = decode(cmyk_jpeg);
    REQUIRE(im.mode == Mode::CMYK);
    CHECK(im.width == 16);
    CHECK(im.height == 8);
    CHECK(pixel(im, 2, 2) == std::vector<uint8_t>{10, 20, 30, 40});
    CHECK(pixel(im, 13, 5) == std::vector<uint8_t>{200, 150, 100, 50});
    CHECK(probe(cmyk_jpeg).mode == Mode::CMYK);
}

TEST_CASE("a YCCK JPEG opens as CMYK converted from YCC as Pillow does, and converts to RGB") {
    Image im = decode(ycck_jpeg());
    REQUIRE(im.mode == Mode::CMYK);
    // Pillow 9.4: getpixel((2, 2)) == (255, 139, 255, 40), (13, 5) == (93, 44, 14, 50);
    // convert("RGB").getpixel((2, 2)) == (0, 98, 0).
    CHECK(pixel(im, 2, 2) == std::vector<uint8_t>{255, 139, 255, 40});
    CHECK(pixel(im, 13, 5) == std::vector<uint8_t>{93, 44, 14, 50});
    CHECK(pixel(convert(im, Mode::RGB), 2, 2) == std::vector<uint8_t>{0, 98, 0});
}

TEST_CASE("the wasm build's stb decoder refuses a CMYK JPEG instead of giving wrong colours") {
    CHECK_THROWS_WITH(decode_jpeg_stb(cmyk_jpeg), ContainsSubstring("CMYK JPEG is not supported in this build"));
}

TEST_CASE("the wasm build's stb decoder stays within 3 levels of libjpeg-turbo on a colour JPEG") {
    for (int quality : {50, 90, 100}) {
        auto bytes = photo_jpeg(83, 61, quality);
        Image a = decode(bytes), b = decode_jpeg_stb(bytes);
        REQUIRE(a.pixels.size() == b.pixels.size());
        int worst = 0;
        for (size_t i = 0; i < a.pixels.size(); i++) worst = std::max(worst, std::abs(a.pixels[i] - b.pixels[i]));
        INFO("quality " << quality);
        CHECK(worst <= 3);
    }
}

TEST_CASE("a 12-bit JPEG is refused naming its bit depth, as Pillow 9.4 cannot open it either") {
    auto bytes = photo_jpeg(16, 16);
    const uint8_t marker[] = {0xFF, 0xC0};
    auto sof = std::search(bytes.begin(), bytes.end(), std::begin(marker), std::end(marker));
    REQUIRE(sof != bytes.end());
    sof[4] = 12;
    CHECK_THROWS_WITH(decode(bytes), ContainsSubstring("12-bit JPEG is not supported"));
}

TEST_CASE("a JPEG cut in half is refused as truncated, not returned with grey rows") {
    auto bytes = photo_jpeg(64, 64);
    bytes.resize(bytes.size() / 2);
    CHECK_THROWS_WITH(decode(bytes), ContainsSubstring("image file is truncated"));
}

TEST_CASE("a JPEG over the pixel limit is refused from its header") {
    auto bytes = photo_jpeg(64, 64);
    CHECK_THROWS_WITH(decode(bytes, {.max_pixels = 4000}), ContainsSubstring("exceeds the limit of 4000 pixels"));
}

TEST_CASE("corrupt entropy data in a JPEG is an error or an image, never a crash") {
    auto bytes = photo_jpeg(64, 64);
    for (size_t i = bytes.size() / 3; i < bytes.size() - 2; i += 7) bytes[i] = 0xFF;
    try {
        Image im = decode(bytes);
        CHECK(im.width == 64);
    } catch (const ImageError& e) {
        CHECK_THAT(e.what(), ContainsSubstring("JPEG"));
    }
}
