// The two passes of Pillow's fixed-point convolution (Resample.c, 8-bit bands) over raw
// interleaved rows: each output sample is clip8((2^21 + Σ v·k) >> 22) with the 22-bit
// weights k, exactly. Internal to resample.cpp; vectorised where SSE2 or wasm SIMD exist.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace gr::image::detail {

// For output sample i: source positions [min[i], min[i] + count[i]) weighted by
// k[i*ksize .. i*ksize + count[i]) (zero beyond count, as precompute leaves them).
struct Taps {
    int ksize = 0;
    const int* min = nullptr;
    const int* count = nullptr;
    const int32_t* k = nullptr;
};

// Horizontal pass: `rows` rows of `in_w` pixels of `bands` bytes (stride in_w*bands) into
// rows of `out_w` pixels.
void convolve_horizontal_8bit(const uint8_t* in, int in_w, int bands, int rows, uint8_t* out, int out_w,
                              const Taps& taps);

// Vertical pass: output row y of `row_bytes` bytes weighs whole source rows (stride row_bytes).
void convolve_vertical_8bit(const uint8_t* in, size_t row_bytes, int out_h, uint8_t* out, const Taps& taps);

}  // namespace gr::image::detail
