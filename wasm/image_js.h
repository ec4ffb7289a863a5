// Images across the JS boundary, shared by the image module's bindings and the AppHandle:
// {width, height, mode, channels, pixels: Uint8Array, palette?} in both directions, copied
// with one TypedArray.set/slice each way. Errors are gr::image::ImageError naming the field.
#pragma once
#include <emscripten/val.h>

#include <cstdint>
#include <memory>
#include <span>

#include "gr/image/image.h"

namespace gr::wasm {

// A Uint8Array (or Node Buffer) copied into wasm memory with one TypedArray.set: embind's
// std::string conversion would copy it byte by byte in JS (milliseconds for a 12 MP JPEG).
struct Bytes {
    std::unique_ptr<uint8_t[]> data;
    size_t size = 0;
    operator std::span<const uint8_t>() const { return {data.get(), size}; }
};
Bytes bytes_from(const emscripten::val& array);

emscripten::val image_to_js(const image::Image& im);
// The inverse of image_to_js, checked: a wrong mode, size or pixel count is an ImageError.
image::Image image_from_js(const emscripten::val& js);

}  // namespace gr::wasm
