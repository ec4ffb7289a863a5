// gr.Image's `watermark`, as gradio/image_utils.py add_watermark composites it: the mark at
// the bottom-right corner, 10 px in, alpha-composited when it can be transparent.
#pragma once
#include "gr/image/image.h"

namespace gr::image {

// Returns `base` with `mark` applied, in base's mode. A mark larger than a fifth of the base
// in either dimension is first shrunk as Gradio does, with Pillow's Image.thumbnail (bicubic,
// reducing_gap 2.0; gr/image/resample.h). Throws ImageError when the base is too small to
// hold any mark (under 5 pixels on a side) or a conversion Pillow would need fails.
Image add_watermark(const Image& base, const Image& mark);

}  // namespace gr::image
