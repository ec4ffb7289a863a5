// gr.Image's postprocess of a returned pixel array, as Gradio does it: processing_utils
// `_convert(arr, np.uint8)` (its adaptation of scikit-image's img_as_ubyte) and then
// PIL.Image.fromarray. Pure: the array arrives as a typed view of bytes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "gr/image/image.h"

namespace gr::image {

// numpy dtypes a function may return. Byte order is the host's (numpy's native "=").
enum class DType { Bool, UInt8, UInt16, UInt32, UInt64, Int8, Int16, Int32, Int64, Float16, Float32, Float64 };

std::optional<DType> parse_dtype(std::string_view numpy_name);  // "uint8", "float32", "bool", …
std::string_view dtype_name(DType t);
size_t dtype_size(DType t);

// A C-contiguous array: shape (H, W) or (H, W, C), `data` holding prod(shape) items.
struct PixelArray {
    DType dtype = DType::UInt8;
    std::vector<size_t> shape;
    std::span<const uint8_t> data;
};

// The image Gradio would save for this array: mode L (H×W), LA, RGB or RGBA (C = 2, 3, 4).
// Throws ImageError for what Gradio or Pillow refuse, with their reason: floats outside
// [-1, 1], bool arrays (Gradio's _convert has no uint8 range for bool: a KeyError there),
// shapes fromarray cannot map, and a data size that does not match the shape.
Image array_to_image(const PixelArray& array);

}  // namespace gr::image
