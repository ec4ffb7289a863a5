// array_to_image(): Gradio's `_convert(arr, np.uint8, force_copy=False)` case by case, then
// Image.fromarray's shape → mode table. The scaling rules, read from gradio/processing_utils.py:
//   uint8                 passed through
//   float16/32/64         must lie in [-1, 1] (else "Images of type float must be between -1
//                         and 1."); v·255 in the array's own float type, rounded half to even
//                         (np.rint), clipped to 0..255 — so negatives become 0
//   uintN (N > 8)         if the array's max < 256: values kept; else v >> (N − 8)
//   intN (N > 8)          if max < 256: values cast to int16 (wrapping, as astype does), then
//                         max(·, 0); else max(floor(v / 2^(N−9)), 0)
//   int8                  max(floor(v·129 / 64), 0)   (_scale's 7 → 14 → 8-bit path)
//   bool                  KeyError in Gradio (its dtype_range has no uint8): a clear error here
#include "gr/image/postprocess.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

namespace gr::image {
namespace {

constexpr std::array<std::pair<DType, std::string_view>, 12> kTypes{{
    {DType::Bool, "bool"}, {DType::UInt8, "uint8"}, {DType::UInt16, "uint16"}, {DType::UInt32, "uint32"},
    {DType::UInt64, "uint64"}, {DType::Int8, "int8"}, {DType::Int16, "int16"}, {DType::Int32, "int32"},
    {DType::Int64, "int64"}, {DType::Float16, "float16"}, {DType::Float32, "float32"}, {DType::Float64, "float64"},
}};

template <class T>
T load(const uint8_t* p) { T v; std::memcpy(&v, p, sizeof v); return v; }

float half_to_float(uint16_t h) {
    int exp = (h >> 10) & 31, mant = h & 1023;
    float mag = exp == 0 ? std::ldexp(float(mant), -24)
              : exp == 31 ? (mant ? NAN : INFINITY)
                          : std::ldexp(float(mant | 1024), exp - 25);
    return (h & 0x8000) ? -mag : mag;
}

// Rounds to the nearest float16 (ties to even), as numpy stores a float16 product.
float round_to_half(float x) {
    if (x == 0.0f || !std::isfinite(x)) return x;
    int e;
    std::frexp(x, &e);                // |x| = m·2^e, m in [0.5, 1)
    int bits = std::max(e - 11, -24);  // 11 significant bits; subnormal spacing 2^-24
    return std::ldexp(std::nearbyint(std::ldexp(x, -bits)), bits);
}

[[noreturn]] void float_range_error(double v, size_t i) {
    throw ImageError("Images of type float must be between -1 and 1. (item " + std::to_string(i) + " is " +
                     std::to_string(v) + ")");
}

// Float → uint8: Gradio checks the whole array's range first, then rint(v·255) (the product
// already rounded to the array's float type by `scaled`), clipped to 0..255. NaN passes the
// check (comparisons with NaN are false) and numpy casts it to 0 on x86 and wasm.
template <class Value, class Scaled>
void from_float(size_t n, Value value, Scaled scaled, uint8_t* out) {
    for (size_t i = 0; i < n; i++) {
        double v = value(i);
        if (v < -1.0 || v > 1.0) float_range_error(v, i);
    }
    for (size_t i = 0; i < n; i++) {
        double r = scaled(i);
        out[i] = std::isnan(r) || r <= 0.0 ? 0 : r >= 255.0 ? 255 : uint8_t(r);
    }
}

template <class T>
void from_unsigned(const uint8_t* data, size_t n, uint8_t* out) {
    T max = 0;
    for (size_t i = 0; i < n; i++) max = std::max(max, load<T>(data + i * sizeof(T)));
    int shift = max < 256 ? 0 : int(8 * sizeof(T)) - 8;
    for (size_t i = 0; i < n; i++) out[i] = uint8_t(load<T>(data + i * sizeof(T)) >> shift);
}

template <class T>
void from_signed(const uint8_t* data, size_t n, uint8_t* out) {
    T max = std::numeric_limits<T>::min();
    for (size_t i = 0; i < n; i++) max = std::max(max, load<T>(data + i * sizeof(T)));
    int shift = int(8 * sizeof(T)) - 9;  // 2^(N-1-8)
    for (size_t i = 0; i < n; i++) {
        T v = load<T>(data + i * sizeof(T));
        int64_t s = max < 256 ? int64_t(int16_t(uint16_t(v))) : int64_t(v) >> shift;  // >> floors
        out[i] = uint8_t(std::clamp<int64_t>(s, 0, 255));
    }
}

void to_uint8(const PixelArray& a, size_t n, uint8_t* out) {
    const uint8_t* d = a.data.data();
    switch (a.dtype) {
        case DType::UInt8: std::memcpy(out, d, n); return;
        case DType::UInt16: return from_unsigned<uint16_t>(d, n, out);
        case DType::UInt32: return from_unsigned<uint32_t>(d, n, out);
        case DType::UInt64: return from_unsigned<uint64_t>(d, n, out);
        case DType::Int16: return from_signed<int16_t>(d, n, out);
        case DType::Int32: return from_signed<int32_t>(d, n, out);
        case DType::Int64: return from_signed<int64_t>(d, n, out);
        case DType::Int8:
            for (size_t i = 0; i < n; i++) out[i] = uint8_t(std::clamp((int(int8_t(d[i])) * 129) >> 6, 0, 255));
            return;
        case DType::Float16: {
            auto value = [&](size_t i) { return half_to_float(load<uint16_t>(d + 2 * i)); };
            return from_float(n, value, [&](size_t i) { return double(std::nearbyint(round_to_half(value(i) * 255.0f))); }, out);
        }
        case DType::Float32: {
            auto value = [&](size_t i) { return load<float>(d + 4 * i); };
            return from_float(n, value, [&](size_t i) { return double(std::nearbyint(value(i) * 255.0f)); }, out);
        }
        case DType::Float64: {
            auto value = [&](size_t i) { return load<double>(d + 8 * i); };
            return from_float(n, value, [&](size_t i) { return std::nearbyint(value(i) * 255.0); }, out);
        }
        case DType::Bool:
            throw ImageError("cannot make an image from a bool array: Gradio's _convert has no uint8 range for "
                             "bool and fails (KeyError: <class 'numpy.uint8'>); return a uint8 array of 0 and 255 "
                             "instead");
    }
}

std::string shape_text(const std::vector<size_t>& shape) {
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); i++) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

Mode mode_for(const std::vector<size_t>& shape) {
    if (shape.size() < 2)
        throw ImageError("an image array needs 2 or 3 dimensions (H, W[, C]); got shape " + shape_text(shape));
    if (shape.size() > 3)
        throw ImageError("Too many dimensions: " + std::to_string(shape.size()) + " > 3. (shape " +
                         shape_text(shape) + "; Pillow's fromarray takes (H, W) or (H, W, C))");
    if (shape.size() == 2) return Mode::L;
    switch (shape[2]) {
        case 2: return Mode::LA;
        case 3: return Mode::RGB;
        case 4: return Mode::RGBA;
        default:
            throw ImageError("Cannot handle this data type: (1, 1, " + std::to_string(shape[2]) + "), |u1 (shape " +
                             shape_text(shape) + "; Pillow's fromarray takes 2, 3 or 4 channels, or an (H, W) array)");
    }
}

}  // namespace

std::optional<DType> parse_dtype(std::string_view name) {
    for (auto& [t, n] : kTypes)
        if (n == name) return t;
    return std::nullopt;
}

std::string_view dtype_name(DType t) {
    for (auto& [type, n] : kTypes)
        if (type == t) return n;
    return "?";
}

size_t dtype_size(DType t) {
    switch (t) {
        case DType::Bool: case DType::UInt8: case DType::Int8: return 1;
        case DType::UInt16: case DType::Int16: case DType::Float16: return 2;
        case DType::UInt32: case DType::Int32: case DType::Float32: return 4;
        default: return 8;
    }
}

Image array_to_image(const PixelArray& a) {
    Mode mode = mode_for(a.shape);
    size_t h = a.shape[0], w = a.shape[1], c = a.shape.size() == 3 ? a.shape[2] : 1;
    if (h == 0 || w == 0 || h > size_t(INT32_MAX) || w > size_t(INT32_MAX))
        throw ImageError("an image array must have at least one row and one column; got shape " + shape_text(a.shape));
    if (a.data.size() / dtype_size(a.dtype) / c / w != h || a.data.size() != h * w * c * dtype_size(a.dtype))
        throw ImageError("pixel data is " + std::to_string(a.data.size()) + " bytes, but shape " + shape_text(a.shape) +
                         " of " + std::string(dtype_name(a.dtype)) + " needs " +
                         std::to_string(h * w * c * dtype_size(a.dtype)));
    Image im = make_image_for_overwrite(int(w), int(h), mode, h * w);
    to_uint8(a, h * w * c, im.pixels.data());
    return im;
}

}  // namespace gr::image
