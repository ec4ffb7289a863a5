// The EXIF orientation reader (gr::image::exif_orientation): any bytes as a TIFF-structured
// EXIF block, with or without the "Exif\0\0" prefix: never reads outside the block (the tag's
// value is returned as it is, 1 when absent or unreadable; apply_orientation copies the image
// for values other than 2..8, as PIL.ImageOps.exif_transpose ignores them). A 2 x 3 image is
// then transposed for that value.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>

#include "gr/image/orient.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    int o = gr::image::exif_orientation(std::span<const uint8_t>(data, size));
    static const gr::image::Image im = [] {
        gr::image::Image i = gr::image::make_image(2, 3, gr::image::Mode::RGB, 6);
        for (std::size_t k = 0; k < i.pixels.size(); ++k) i.pixels[k] = static_cast<uint8_t>(k);
        return i;
    }();
    gr::image::Image out = gr::image::apply_orientation(im, o);
    bool swapped = o >= 5 && o <= 8;
    if (out.width != (swapped ? 3 : 2) || out.height != (swapped ? 2 : 3)) {
        std::fprintf(stderr, "orientation %d gave %d x %d from 2 x 3\n", o, out.width, out.height);
        std::abort();
    }
    return 0;
}
