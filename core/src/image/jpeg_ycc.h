// YCbCr planes to RGB pixels exactly as libjpeg-turbo 2.1.5 makes them with Pillow's settings:
// its triangle-filter ("fancy") chroma upsampling and fixed-point YCbCr→RGB. jpeg_turbo.cpp
// lets libjpeg do the entropy decoding and IDCT (raw_data_out) and hands the planes here.
#pragma once
#include <cstddef>
#include <cstdint>

#include "gr/image/image.h"

namespace gr::image::detail {

// The three component planes of a YCbCr JPEG after IDCT. Y is full size; Cb and Cr share one
// sampling: `h` and `v` (1 or 2) full-size pixels per chroma sample, over chroma_width ×
// chroma_height real samples (libjpeg's downsampled_width/height; the planes may be wider).
struct YccPlanes {
    const uint8_t* y;
    const uint8_t* cb;
    const uint8_t* cr;
    size_t y_stride;
    size_t chroma_stride;
    int chroma_width;
    int chroma_height;
    int h;
    int v;
};

// Writes every pixel of `out` (an RGB image of the JPEG's size). For h == 2, chroma_width must
// be above 2 (below that libjpeg switches to box upsampling, which this does not reproduce).
void ycc_to_rgb(const YccPlanes& planes, Image& out);

}  // namespace gr::image::detail
