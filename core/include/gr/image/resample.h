// Resizing as Pillow 9.4 does it, bit for bit: Image.resize (libImaging/Resample.c's two-pass
// convolution with its 22-bit fixed-point coefficients, nearest neighbour for 1 and P,
// premultiplied alpha for LA and RGBA), Image.reduce (Reduce.c's box averages) and
// Image.thumbnail (its aspect-preserving size, then reduce + bicubic with reducing_gap 2.0).
#pragma once
#include <optional>
#include <utility>

#include "gr/image/image.h"

namespace gr::image {

enum class Filter { Nearest, Box, Bilinear, Hamming, Bicubic, Lanczos };  // PIL.Image.Resampling

struct ResizeOptions {
    Filter filter = Filter::Bicubic;
    // Image.resize's reducing_gap: reduce() by an integer factor first, leaving at least this
    // much scaling to the filter. None (the resize default) resamples the whole way.
    std::optional<double> reducing_gap;
};

// Image.resize((width, height), filter, reducing_gap=…) of the whole image. Keeps the mode, the
// palette and the transparency info. Throws ImageError for a size below 1.
Image resize(const Image& im, int width, int height, const ResizeOptions& options = {});

// Image.reduce((factor_x, factor_y)): each output pixel is the rounded mean of a factor_x ×
// factor_y block (partial blocks at the right and bottom edges average what they hold).
// Not for 1 or P (Pillow refuses them too).
Image reduce(const Image& im, int factor_x, int factor_y);

// The size Image.thumbnail((max_width, max_height)) gives: the aspect ratio kept with Pillow's
// rounding, each side at least 1; nullopt when the image already fits (thumbnail leaves it as is).
std::optional<std::pair<int, int>> thumbnail_size(int width, int height, int max_width, int max_height);

// Image.thumbnail((max_width, max_height)) with its defaults (BICUBIC, reducing_gap=2.0) on an
// image already loaded (no JPEG draft decoding). Returns a copy when the image already fits.
Image thumbnail(const Image& im, int max_width, int max_height);

}  // namespace gr::image
