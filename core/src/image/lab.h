// LAB conversions, private to core/src/image: the pair rules and Pillow's refusal messages
// (lab_convert.cpp) over LittleCMS transforms (lab_lcms.cpp; natively Debian's liblcms2, in wasm
// Debian's source compiled by cmake/debian-src.cmake).
#pragma once
#include "gr/image/image.h"

namespace gr::image::detail {

// convert(im, to) when exactly one of im.mode and `to` is LAB. Throws ImageError.
Image convert_lab(const Image& im, Mode to);

// Pillow 9.4's transform for RGB/RGBA → LAB or LAB → RGB/RGBA (sRGB and D50 LAB profiles,
// perceptual intent, no flags), with Pillow's copy of the hidden fourth byte (Image::lab_x).
Image lab_transform(const Image& im, Mode to);

}  // namespace gr::image::detail
