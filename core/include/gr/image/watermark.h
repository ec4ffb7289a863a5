// gr.Image's `watermark`, as gradio/image_utils.py add_watermark composites it: the mark at
// the bottom-right corner, 10 px in, alpha-composited when it can be transparent.
#pragma once
#include "gr/image/image.h"

namespace gr::image {

// Returns `base` with `mark` applied, in base's mode. Throws ImageError when the mark is
// larger than a fifth of the base in either dimension (Gradio shrinks it with Pillow's
// bicubic thumbnail, which Graft does not reproduce) or a conversion Pillow would need fails.
Image add_watermark(const Image& base, const Image& mark);

}  // namespace gr::image
