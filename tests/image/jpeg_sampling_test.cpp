// decode() gives libjpeg-turbo's pixels with the settings Pillow 9.4 decodes with (ISLOW IDCT,
// fancy upsampling, block smoothing), whatever the chroma sampling: files encoded by libjpeg with
// every sampling (4:1:1 and 4:4:0 included, which Pillow cannot write), at sizes that exercise
// every edge, progressive and arithmetic-coded, compared pixel for pixel with libjpeg's output.
#include <cstdio>  // jpeglib.h needs FILE declared first
#include <jpeglib.h>

#include <cstdlib>
#include <vector>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include "gr/image/decode.h"

using namespace gr::image;

namespace {


// Noisy colour gradients, so upsampling errors show, encoded by libjpeg with Y sampled h × v
// per chroma sample.
std::vector<uint8_t> encode_sampled(int w, int h, int hs, int vs, bool progressive, bool arithmetic) {
    std::vector<uint8_t> rgb(size_t(w) * h * 3);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            uint8_t* p = &rgb[(size_t(y) * w + x) * 3];
            p[0] = uint8_t((x * 7 + y * 3) % 256);
            p[1] = uint8_t(((x ^ y) * 13) % 256);
            p[2] = uint8_t(255 - (y * 5 + x) % 256);
        }
    jpeg_compress_struct ci;
    jpeg_error_mgr err;
    ci.err = jpeg_std_error(&err);
    jpeg_create_compress(&ci);
    unsigned char* out = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&ci, &out, &size);
    ci.image_width = JDIMENSION(w);
    ci.image_height = JDIMENSION(h);
    ci.input_components = 3;
    ci.in_color_space = JCS_RGB;
    jpeg_set_defaults(&ci);
    jpeg_set_quality(&ci, 85, TRUE);
    ci.comp_info[0].h_samp_factor = hs;
    ci.comp_info[0].v_samp_factor = vs;
    if (progressive) jpeg_simple_progression(&ci);
    ci.arith_code = arithmetic ? TRUE : FALSE;
    jpeg_start_compress(&ci, TRUE);
    while (ci.next_scanline < ci.image_height) {
        JSAMPROW row = &rgb[size_t(ci.next_scanline) * w * 3];
        jpeg_write_scanlines(&ci, &row, 1);
    }
    jpeg_finish_compress(&ci);
    std::vector<uint8_t> bytes(out, out + size);
    free(out);
    jpeg_destroy_compress(&ci);
    return bytes;
}

// libjpeg's own RGB output with Pillow's settings (ISLOW IDCT, fancy upsampling, block smoothing).
std::vector<uint8_t> libjpeg_rgb(const std::vector<uint8_t>& bytes) {
    jpeg_decompress_struct ci;
    jpeg_error_mgr err;
    ci.err = jpeg_std_error(&err);
    jpeg_create_decompress(&ci);
    jpeg_mem_src(&ci, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&ci, TRUE);
    ci.out_color_space = JCS_RGB;
    ci.dct_method = JDCT_ISLOW;
    ci.do_fancy_upsampling = TRUE;
    ci.do_block_smoothing = TRUE;
    jpeg_start_decompress(&ci);
    std::vector<uint8_t> rgb(size_t(ci.output_width) * ci.output_height * 3);
    while (ci.output_scanline < ci.output_height) {
        JSAMPROW row = &rgb[size_t(ci.output_scanline) * ci.output_width * 3];
        jpeg_read_scanlines(&ci, &row, 1);
    }
    jpeg_finish_decompress(&ci);
    jpeg_destroy_decompress(&ci);
    return rgb;
}

}  // namespace

TEST_CASE("every chroma sampling decodes to exactly libjpeg-turbo's pixels, edges included") {
    auto [hs, vs] = GENERATE(table<int, int>({{1, 1}, {2, 1}, {1, 2}, {2, 2}, {4, 1}, {1, 4}}));
    auto [w, h] = GENERATE(table<int, int>({{1, 1}, {3, 2}, {5, 7}, {17, 9}, {37, 23}, {64, 48}, {100, 33}}));
    bool progressive = GENERATE(false, true);
    INFO(hs << "x" << vs << " sampling, " << w << " x " << h << (progressive ? ", progressive" : ""));
    auto bytes = encode_sampled(w, h, hs, vs, progressive, false);
    Image im = decode(bytes);
    REQUIRE(im.mode == Mode::RGB);
    REQUIRE(im.width == w);
    REQUIRE(im.height == h);
    CHECK(std::vector<uint8_t>(im.pixels.begin(), im.pixels.end()) == libjpeg_rgb(bytes));
}

TEST_CASE("an arithmetic-coded JPEG opens, as Pillow opens it through libjpeg-turbo") {
    auto bytes = encode_sampled(40, 30, 2, 2, false, true);
    Image im = decode(bytes);
    REQUIRE(im.width == 40);
    CHECK(std::vector<uint8_t>(im.pixels.begin(), im.pixels.end()) == libjpeg_rgb(bytes));
}
