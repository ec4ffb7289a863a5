// Pillow's 8-bit convolution passes (Resample.c's ImagingResampleHorizontal/Vertical_8bpc).
// With SSE2 (natively) or wasm SIMD each product v·k is one lane of a 16-bit multiply-add: a
// weight with |k| < 2^22 splits into k = hi·2^15 + lo (0 ≤ lo < 2^15, −128 ≤ hi < 128), a sample
// v becomes the pair (v, 128·v) and the weight the pair (lo, 256·hi), so each int32 lane gets
// v·lo + v·hi·2^15 = v·k: the very sum Resample.c forms, hence the same bytes. Weights of 1.0 or
// more (only when enlarging, near an edge) and targets without SIMD take the plain loops.
#include "convolve_8bit.h"

#include <algorithm>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#define GR_PAIR_SIMD 1
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#define GR_PAIR_SIMD 1
#endif

namespace gr::image::detail {
namespace {

constexpr int precision_bits = 22;
constexpr int32_t half = 1 << (precision_bits - 1);

inline uint8_t clip8(int32_t ss) { return uint8_t(std::clamp(ss >> precision_bits, 0, 255)); }

// ---- plain loops: Resample.c's arithmetic sample by sample ----------------------------------
template <int B>
void horizontal_scalar(const uint8_t* in, int in_w, int rows, uint8_t* out, int out_w, const Taps& c) {
    for (int y = 0; y < rows; y++) {
        const uint8_t* row = in + size_t(y) * in_w * B;
        uint8_t* dst = out + size_t(y) * out_w * B;
        for (int x = 0; x < out_w; x++) {
            const int32_t* k = c.k + size_t(x) * c.ksize;
            const uint8_t* s = row + size_t(c.min[x]) * B;
            int32_t ss[B];
            for (int b = 0; b < B; b++) ss[b] = half;
            for (int t = 0, n = c.count[x]; t < n; t++)
                for (int b = 0; b < B; b++) ss[b] += int32_t(s[t * B + b]) * k[t];
            for (int b = 0; b < B; b++) dst[x * B + b] = clip8(ss[b]);
        }
    }
}

// Whole rows accumulated at once, one weight per source row (the compiler vectorises it).
void vertical_scalar(const uint8_t* in, size_t n, int out_h, uint8_t* out, const Taps& c) {
    std::vector<int32_t> acc(n);
    for (int y = 0; y < out_h; y++) {
        std::fill(acc.begin(), acc.end(), half);
        const int32_t* k = c.k + size_t(y) * c.ksize;
        for (int t = 0; t < c.count[y]; t++) {
            const uint8_t* s = in + size_t(c.min[y] + t) * n;
            const int32_t kt = k[t];
            for (size_t i = 0; i < n; i++) acc[i] += int32_t(s[i]) * kt;
        }
        for (size_t i = 0; i < n; i++) out[size_t(y) * n + i] = clip8(acc[i]);
    }
}

#ifdef GR_PAIR_SIMD
// ---- the few vector operations needed, for SSE2 and wasm SIMD ------------------------------
#if defined(__SSE2__)
using V = __m128i;
inline V load(const void* p) { return _mm_loadu_si128(static_cast<const V*>(p)); }
inline void store(void* p, V v) { _mm_storeu_si128(static_cast<V*>(p), v); }
inline V splat(int32_t x) { return _mm_set1_epi32(x); }
inline V madd(V a, V b) { return _mm_madd_epi16(a, b); }  // lanes a0·b0 + a1·b1 of int16 pairs
inline V add(V a, V b) { return _mm_add_epi32(a, b); }
inline V high_half(V a) { return _mm_srli_si128(a, 8); }  // lanes 2, 3 moved to 0, 1
inline V lane1(V a) { return _mm_srli_si128(a, 4); }      // lane 1 moved to 0
inline V widen_lo(V x) { return _mm_unpacklo_epi8(x, _mm_setzero_si128()); }  // bytes 0-7 → u16
inline V widen_hi(V x) { return _mm_unpackhi_epi8(x, _mm_setzero_si128()); }  // bytes 8-15 → u16
inline V pairs_lo(V w) { return _mm_unpacklo_epi16(w, _mm_slli_epi16(w, 7)); }  // (v, 128v) of w0-3
inline V pairs_hi(V w) { return _mm_unpackhi_epi16(w, _mm_slli_epi16(w, 7)); }  // … of w4-7
inline V shift_out(V a) { return _mm_srai_epi32(_mm_add_epi32(a, splat(half)), precision_bits); }
// Saturating narrowing: int32 → int16 → uint8 clamps to 0..255 as clip8 does.
inline V narrow(V a, V b, V c, V d) { return _mm_packus_epi16(_mm_packs_epi32(a, b), _mm_packs_epi32(c, d)); }
inline uint32_t low32(V v) { return uint32_t(_mm_cvtsi128_si32(v)); }
#else
using V = v128_t;
inline V load(const void* p) { return wasm_v128_load(p); }
inline void store(void* p, V v) { wasm_v128_store(p, v); }
inline V splat(int32_t x) { return wasm_i32x4_splat(x); }
inline V madd(V a, V b) { return wasm_i32x4_dot_i16x8(a, b); }
inline V add(V a, V b) { return wasm_i32x4_add(a, b); }
inline V high_half(V a) { return wasm_i32x4_shuffle(a, a, 2, 3, 2, 3); }
inline V lane1(V a) { return wasm_i32x4_shuffle(a, a, 1, 1, 1, 1); }
inline V widen_lo(V x) { return wasm_u16x8_extend_low_u8x16(x); }
inline V widen_hi(V x) { return wasm_u16x8_extend_high_u8x16(x); }
inline V pairs_lo(V w) { return wasm_i16x8_shuffle(w, wasm_i16x8_shl(w, 7), 0, 8, 1, 9, 2, 10, 3, 11); }
inline V pairs_hi(V w) { return wasm_i16x8_shuffle(w, wasm_i16x8_shl(w, 7), 4, 12, 5, 13, 6, 14, 7, 15); }
inline V shift_out(V a) { return wasm_i32x4_shr(wasm_i32x4_add(a, splat(half)), precision_bits); }
inline V narrow(V a, V b, V c, V d) {
    return wasm_u8x16_narrow_i16x8(wasm_i16x8_narrow_i32x4(a, b), wasm_i16x8_narrow_i32x4(c, d));
}
inline uint32_t low32(V v) { return uint32_t(wasm_i32x4_extract_lane(v, 0)); }
#endif

bool weights_split(const Taps& c, int outputs) {
    for (size_t i = 0, n = size_t(outputs) * c.ksize; i < n; i++)
        if (c.k[i] >= (1 << precision_bits) || c.k[i] < -(1 << precision_bits)) return false;
    return true;
}

// The weight pair (lo, 256·hi) as the int32 whose low int16 is lo.
inline int32_t weight_pair(int32_t k) {
    uint32_t lo = uint32_t(k) & 0x7fff, hi = uint16_t(int16_t((k >> 15) * 256));
    return int32_t(lo | hi << 16);
}

// A row of n bytes as (v, 128v) int16 pairs.
void expand_row(const uint8_t* s, size_t n, int16_t* d) {
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        V x = load(s + i), lo = widen_lo(x), hi = widen_hi(x);
        store(d + 2 * i, pairs_lo(lo));
        store(d + 2 * i + 8, pairs_hi(lo));
        store(d + 2 * i + 16, pairs_lo(hi));
        store(d + 2 * i + 24, pairs_hi(hi));
    }
    for (; i < n; i++) d[2 * i] = s[i], d[2 * i + 1] = int16_t(s[i] << 7);
}

// Each vector holds 4 int32 lanes: B = 4 → one tap of 4 bands; B = 3 → one tap of 3 bands and
// an unused lane (weight 0); B = 2 → two taps of 2 bands; B = 1 → four taps.
template <int B>
void horizontal_simd(const uint8_t* in, int in_w, int rows, uint8_t* out, int out_w, const Taps& c) {
    constexpr int lanes = B == 3 ? 4 : B, per_vec = 4 / lanes, step = 2 * B * per_vec;
    const int nv = (c.ksize + per_vec - 1) / per_vec;
    std::vector<int32_t> w(size_t(out_w) * nv * 4, 0);
    for (int x = 0; x < out_w; x++)
        for (int j = 0; j < nv; j++)
            for (int l = 0; l < 4; l++) {
                int t = j * per_vec + l / lanes;
                if (l % lanes < B && t < c.count[x]) w[(size_t(x) * nv + j) * 4 + l] = weight_pair(c.k[size_t(x) * c.ksize + t]);
            }
    const size_t n = size_t(in_w) * B;
    // Windows may read up to nv vectors past their first pixel: zeros (weighted 0) follow the row.
    std::vector<int16_t> d(2 * n + size_t(nv + 2) * step + 8, 0);
    for (int y = 0; y < rows; y++) {
        expand_row(in + size_t(y) * n, n, d.data());
        uint8_t* dst = out + size_t(y) * out_w * B;
        for (int x = 0; x < out_w; x++) {
            const int16_t* p = &d[size_t(2 * B) * c.min[x]];
            const int32_t* wx = &w[size_t(x) * nv * 4];
            V acc = splat(0);
            for (int j = 0; j < nv; j++) acc = add(acc, madd(load(p + j * step), load(wx + 4 * j)));
            if constexpr (lanes <= 2) acc = add(acc, high_half(acc));
            if constexpr (lanes == 1) acc = add(acc, lane1(acc));
            V s = shift_out(acc);
            uint32_t px = low32(narrow(s, s, s, s));
            std::memcpy(dst + size_t(x) * B, &px, B);
        }
    }
}

// Output samples [from, n) of row y, one by one (the last few of a row).
void vertical_scalar_row(const uint8_t* in, size_t n, int y, uint8_t* out, const Taps& c, size_t from) {
    const int32_t* k = c.k + size_t(y) * c.ksize;
    const uint8_t* base = in + size_t(c.min[y]) * n;
    for (size_t i = from; i < n; i++) {
        int32_t ss = half;
        for (int t = 0; t < c.count[y]; t++) ss += int32_t(base[size_t(t) * n + i]) * k[t];
        out[size_t(y) * n + i] = clip8(ss);
    }
}

// 16 samples at a time, their four int32 accumulators kept in registers across the taps.
void vertical_simd(const uint8_t* in, size_t n, int out_h, uint8_t* out, const Taps& c) {
    std::vector<int32_t> w(size_t(c.ksize));
    for (int y = 0; y < out_h; y++) {
        const int count = c.count[y];
        for (int t = 0; t < count; t++) w[t] = weight_pair(c.k[size_t(y) * c.ksize + t]);
        const uint8_t* base = in + size_t(c.min[y]) * n;
        uint8_t* dst = out + size_t(y) * n;
        size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            V a0 = splat(0), a1 = a0, a2 = a0, a3 = a0;
            for (int t = 0; t < count; t++) {
                V x = load(base + size_t(t) * n + i), k = splat(w[t]), lo = widen_lo(x), hi = widen_hi(x);
                a0 = add(a0, madd(pairs_lo(lo), k));
                a1 = add(a1, madd(pairs_hi(lo), k));
                a2 = add(a2, madd(pairs_lo(hi), k));
                a3 = add(a3, madd(pairs_hi(hi), k));
            }
            store(dst + i, narrow(shift_out(a0), shift_out(a1), shift_out(a2), shift_out(a3)));
        }
        vertical_scalar_row(in, n, y, out, c, i);
    }
}
#endif

}  // namespace

void convolve_horizontal_8bit(const uint8_t* in, int in_w, int bands, int rows, uint8_t* out, int out_w,
                              const Taps& taps) {
#ifdef GR_PAIR_SIMD
    if (weights_split(taps, out_w)) {
        if (bands == 1) return horizontal_simd<1>(in, in_w, rows, out, out_w, taps);
        if (bands == 2) return horizontal_simd<2>(in, in_w, rows, out, out_w, taps);
        if (bands == 3) return horizontal_simd<3>(in, in_w, rows, out, out_w, taps);
        if (bands == 4) return horizontal_simd<4>(in, in_w, rows, out, out_w, taps);
    }
#endif
    if (bands == 1) horizontal_scalar<1>(in, in_w, rows, out, out_w, taps);
    else if (bands == 2) horizontal_scalar<2>(in, in_w, rows, out, out_w, taps);
    else if (bands == 3) horizontal_scalar<3>(in, in_w, rows, out, out_w, taps);
    else horizontal_scalar<4>(in, in_w, rows, out, out_w, taps);
}

void convolve_vertical_8bit(const uint8_t* in, size_t row_bytes, int out_h, uint8_t* out, const Taps& taps) {
#ifdef GR_PAIR_SIMD
    if (weights_split(taps, out_h)) return vertical_simd(in, row_bytes, out_h, out, taps);
#endif
    vertical_scalar(in, row_bytes, out_h, out, taps);
}

}  // namespace gr::image::detail
