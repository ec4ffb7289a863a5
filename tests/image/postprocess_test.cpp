// gr.Image's postprocess of returned pixel arrays: Gradio's _convert(arr, uint8) rules per
// dtype (expected values computed with numpy doing Gradio's steps) and fromarray's shape rules.
#include <cstring>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/image/postprocess.h"

using namespace gr::image;
using Catch::Matchers::ContainsSubstring;

namespace {

template <class T>
std::vector<uint8_t> bytes_of(std::vector<T> values) {
    std::vector<uint8_t> out(values.size() * sizeof(T));
    std::memcpy(out.data(), values.data(), out.size());
    return out;
}

// A 1 × n greyscale array of `values`, converted as Gradio would.
template <class T>
PixelBuffer row(DType t, std::vector<T> values) {
    std::vector<uint8_t> data = bytes_of(values);
    return array_to_image({.dtype = t, .shape = {1, values.size()}, .data = data}).pixels;
}

using U8 = PixelBuffer;

}  // namespace

TEST_CASE("a uint8 array passes through unchanged, its shape choosing L, LA, RGB or RGBA") {
    U8 data = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    CHECK(array_to_image({.dtype = DType::UInt8, .shape = {3, 4}, .data = data}).mode == Mode::L);
    CHECK(array_to_image({.dtype = DType::UInt8, .shape = {2, 3, 2}, .data = data}).mode == Mode::LA);
    CHECK(array_to_image({.dtype = DType::UInt8, .shape = {2, 2, 3}, .data = data}).mode == Mode::RGB);
    Image rgba = array_to_image({.dtype = DType::UInt8, .shape = {1, 3, 4}, .data = data});
    CHECK(rgba.mode == Mode::RGBA);
    CHECK(rgba.width == 3);
    CHECK(rgba.height == 1);
    CHECK(rgba.pixels == data);
}

TEST_CASE("float32 in [0, 1] becomes rint(v * 255), ties to even, and negatives clip to 0") {
    CHECK(row<float>(DType::Float32, {0.0f, 0.5f, 1.0f, -0.5f, 0.25f, 0.002f, 2.5f / 255}) == U8{0, 128, 255, 0, 64, 1, 2});
}

TEST_CASE("float64 in [-1, 1] is scaled in double precision, as numpy does") {
    CHECK(row<double>(DType::Float64, {0.5, 1.5 / 255, 2.5 / 255, -1.0, 0.999}) == U8{128, 2, 2, 0, 255});
}

TEST_CASE("float16 products are rounded to float16 before rint, so they can differ from float32's") {
    CHECK(row<uint16_t>(DType::Float16, {0x1e06, 0x2485, 0x3c00, 0x0000}) == U8{2, 4, 255, 0});
}

TEST_CASE("a float array outside [-1, 1] is refused with Gradio's message, naming the value") {
    std::vector<uint8_t> data = bytes_of<float>({0.5f, 1.5f});
    CHECK_THROWS_WITH(array_to_image({.dtype = DType::Float32, .shape = {1, 2}, .data = data}),
                      ContainsSubstring("Images of type float must be between -1 and 1.") &&
                          ContainsSubstring("item 1 is 1.5"));
    data = bytes_of<double>({-3.0});
    CHECK_THROWS_WITH(array_to_image({.dtype = DType::Float64, .shape = {1, 1}, .data = data}),
                      ContainsSubstring("between -1 and 1"));
}

TEST_CASE("uint16 keeps its values when the whole array's max is below 256, else keeps the high byte") {
    CHECK(row<uint16_t>(DType::UInt16, {0, 255, 100}) == U8{0, 255, 100});
    CHECK(row<uint16_t>(DType::UInt16, {0, 256, 65535, 511}) == U8{0, 1, 255, 1});
    CHECK(row<uint32_t>(DType::UInt32, {0x12345678u, 0xffffffffu}) == U8{0x12, 0xff});
}

TEST_CASE("int16 and int32 scale by 2^(bits-9) with floor, negatives becoming 0") {
    CHECK(row<int16_t>(DType::Int16, {-5, 100, 255}) == U8{0, 100, 255});
    CHECK(row<int16_t>(DType::Int16, {-300, 32767, 1000}) == U8{0, 255, 7});
    CHECK(row<int32_t>(DType::Int32, {INT32_MAX, 1 << 23, 300}) == U8{255, 1, 0});
}

TEST_CASE("int32 with a max below 256 is cast to int16 first, wrapping as numpy's astype does") {
    CHECK(row<int32_t>(DType::Int32, {-65436, 10, -70000}) == U8{100, 10, 0});
}

TEST_CASE("int8 scales by 129/64 with floor: 127 becomes 255") {
    CHECK(row<int8_t>(DType::Int8, {127, 1, -1, 64, 0}) == U8{255, 2, 0, 129, 0});
}

TEST_CASE("a bool array is refused, as Gradio's _convert fails on it, saying what to return instead") {
    U8 data = {0, 1};
    CHECK_THROWS_WITH(array_to_image({.dtype = DType::Bool, .shape = {1, 2}, .data = data}),
                      ContainsSubstring("bool array") && ContainsSubstring("uint8 array of 0 and 255"));
}

TEST_CASE("shapes fromarray cannot map are refused naming the shape") {
    U8 data(24, 0);
    CHECK_THROWS_WITH(array_to_image({.dtype = DType::UInt8, .shape = {24}, .data = data}),
                      ContainsSubstring("2 or 3 dimensions") && ContainsSubstring("(24,)"));
    CHECK_THROWS_WITH(array_to_image({.dtype = DType::UInt8, .shape = {2, 3, 4, 1}, .data = data}),
                      ContainsSubstring("Too many dimensions: 4 > 3."));
    CHECK_THROWS_WITH(array_to_image({.dtype = DType::UInt8, .shape = {4, 6, 1}, .data = data}),
                      ContainsSubstring("Cannot handle this data type: (1, 1, 1), |u1"));
    CHECK_THROWS_WITH(array_to_image({.dtype = DType::UInt8, .shape = {0, 6}, .data = {}}),
                      ContainsSubstring("at least one row"));
}

TEST_CASE("pixel data whose size does not match the shape and dtype is refused with both sizes") {
    U8 data(10, 0);
    CHECK_THROWS_WITH(array_to_image({.dtype = DType::UInt16, .shape = {2, 3}, .data = data}),
                      ContainsSubstring("10 bytes, but shape (2, 3) of uint16 needs 12"));
}

TEST_CASE("dtype names are numpy's") {
    CHECK(parse_dtype("float32") == DType::Float32);
    CHECK(parse_dtype("bool") == DType::Bool);
    CHECK_FALSE(parse_dtype("complex64"));
    CHECK(dtype_name(DType::Int16) == "int16");
}
