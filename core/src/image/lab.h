// LAB conversions, private to core/src/image: the pair rules and Pillow's refusal messages
// (lab_convert.cpp, both builds) over LittleCMS transforms (lab_lcms.cpp, native build only:
// the wasm build has no LittleCMS and refuses the transforms with a message saying so).
#pragma once
#include "gr/image/image.h"

namespace gr::image::detail {

// convert(im, to) when exactly one of im.mode and `to` is LAB. Throws ImageError.
Image convert_lab(const Image& im, Mode to);

#ifdef GRAFT_HAVE_LCMS2
// Pillow 9.4's transform for RGB/RGBA → LAB or LAB → RGB/RGBA (sRGB and D50 LAB profiles,
// perceptual intent, no flags), with Pillow's copy of the hidden fourth byte (Image::lab_x).
Image lab_transform(const Image& im, Mode to);
inline constexpr bool have_lcms2 = true;
#else
inline constexpr bool have_lcms2 = false;
#endif

}  // namespace gr::image::detail
