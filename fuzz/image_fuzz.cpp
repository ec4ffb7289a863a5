// The image decoders (gr::image::probe and decode): PNG, GIF and BMP through stb_image, JPEG
// through libjpeg-turbo, WebP through libwebp, with Graft's own container parsing (PNG chunks,
// JPEG segments, WebP RIFF, EXIF/XMP orientation) in front. Bad files throw ImageError; they
// must never crash. A decoded image must have the size the header announced, and its EXIF
// orientation is applied (gr::image::apply_orientation) as the pipeline does.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>

#include "gr/image/decode.h"
#include "gr/image/orient.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::span<const uint8_t> bytes(data, size);
    gr::image::Limits limits;
    limits.max_pixels = 1u << 20;  // keeps each run quick and inside the fuzzer's memory limit
    gr::image::ImageInfo info;
    try {
        info = gr::image::probe(bytes, limits);
    } catch (const gr::image::ImageError&) {
        return 0;
    }
    gr::image::Image im;
    try {
        im = gr::image::decode(bytes, limits);
    } catch (const gr::image::ImageError&) {
        return 0;
    }
    if (im.width != info.width || im.height != info.height || im.mode != info.mode) {
        std::fprintf(stderr, "decode gave %d x %d, probe said %d x %d (or another mode)\n", im.width, im.height, info.width,
                     info.height);
        std::abort();
    }
    gr::image::Image oriented = gr::image::apply_orientation(im, info.orientation);
    bool swapped = info.orientation >= 5 && info.orientation <= 8;
    if (oriented.width != (swapped ? im.height : im.width) || oriented.height != (swapped ? im.width : im.height)) {
        std::fprintf(stderr, "orientation %d gave %d x %d from %d x %d\n", info.orientation, oriented.width, oriented.height,
                     im.width, im.height);
        std::abort();
    }
    return 0;
}
