// Pillow 9.4's fast-octree quantizer (QuantOctree.c) for RGBA→P, reproduced step for step
// so the palette and indices match: a fine and a coarse colour cube, the coarse buckets kept
// whole and the most used fine buckets added, bucket averages in float, a lookup cube for the
// pixels. Median cut (GIF's ADAPTIVE palette) lives in quantize_median_cut.cpp.
#include <algorithm>
#include <array>
#include <string>

#include "gr/image/quantize.h"

namespace gr::image {
namespace {

struct Px {
    uint8_t c[4];  // r, g, b, a
};

struct Bucket {
    uint32_t count = 0;  // a palette index once the cube is a lookup cube
    uint64_t sum[4] = {};
};

// A colour cube with bits[i] bits per channel (0 bits: the channel is ignored).
struct Cube {
    std::array<unsigned, 4> bits;
    std::array<unsigned, 4> shift;
    std::vector<Bucket> buckets;

    explicit Cube(std::array<unsigned, 4> b) : bits(b) {
        shift = {b[1] + b[2] + b[3], b[2] + b[3], b[3], 0};
        buckets.resize(size_t(1) << (b[0] + b[1] + b[2] + b[3]));
    }
    unsigned width(int ch) const { return 1u << bits[ch]; }
    size_t pos(const std::array<unsigned, 4>& v) const {
        return v[0] << shift[0] | v[1] << shift[1] | v[2] << shift[2] | v[3] << shift[3];
    }
    Bucket& at(const Px& p) {
        return buckets[pos({unsigned(p.c[0]) >> (8 - bits[0]), unsigned(p.c[1]) >> (8 - bits[1]), unsigned(p.c[2]) >> (8 - bits[2]),
                            unsigned(p.c[3]) >> (8 - bits[3])})];
    }
    size_t used() const {
        return size_t(std::count_if(buckets.begin(), buckets.end(), [](const Bucket& b) { return b.count > 0; }));
    }
};

// The bucket's mean colour as QuantOctree.c computes it: sum / (float)count, truncated.
Px average(const Bucket& b) {
    Px p{};
    if (b.count == 0) return p;
    float n = float(b.count);
    for (int i = 0; i < 4; i++) p.c[i] = uint8_t(std::clamp(int(float(b.sum[i]) / n), 0, 255));
    return p;
}

// copy_color_cube: the same counts in a cube of other resolution (coarser buckets sum the
// finer ones; finer buckets each receive their coarse parent's values).
Cube resample(const Cube& src, std::array<unsigned, 4> bits) {
    Cube out(bits);
    std::array<unsigned, 4> src_reduce{}, dst_reduce{}, width{};
    for (int ch = 0; ch < 4; ch++) {
        if (src.bits[ch] > bits[ch]) dst_reduce[ch] = src.bits[ch] - bits[ch], width[ch] = src.width(ch);
        else src_reduce[ch] = bits[ch] - src.bits[ch], width[ch] = out.width(ch);
    }
    for (unsigned r = 0; r < width[0]; r++)
        for (unsigned g = 0; g < width[1]; g++)
            for (unsigned b = 0; b < width[2]; b++)
                for (unsigned a = 0; a < width[3]; a++) {
                    const Bucket& s = src.buckets[src.pos({r >> src_reduce[0], g >> src_reduce[1], b >> src_reduce[2], a >> src_reduce[3]})];
                    Bucket& d = out.buckets[out.pos({r >> dst_reduce[0], g >> dst_reduce[1], b >> dst_reduce[2], a >> dst_reduce[3]})];
                    d.count += s.count;
                    for (int i = 0; i < 4; i++) d.sum[i] += s.sum[i];
                }
    return out;
}

// All buckets by count, most used first; equal counts keep cube order (glibc's qsort, which
// Pillow calls, is a stable merge sort for arrays this size).
std::vector<Bucket> sorted_by_count(const Cube& cube) {
    std::vector<Bucket> out = cube.buckets;
    std::stable_sort(out.begin(), out.end(), [](const Bucket& a, const Bucket& b) { return a.count > b.count; });
    return out;
}

// Takes fine buckets [from, from + n) out of the coarse bucket their mean colour falls in.
void subtract(Cube& coarse, const std::vector<Bucket>& fine, size_t from, size_t n) {
    for (size_t i = from; i < from + n; i++) {
        const Bucket& s = fine[i];
        if (s.count == 0) continue;
        Bucket& m = coarse.at(average(s));
        m.count -= s.count;
        for (int c = 0; c < 4; c++) m.sum[c] -= s.sum[c];
    }
}

// The palette's buckets: the coarse buckets in use (most used first), then the most used fine
// buckets, `want` in all; `n_coarse` says where the fine ones start.
std::vector<Bucket> choose_palette(const Cube& fine, std::array<unsigned, 4> coarse_bits, size_t want, size_t& n_coarse) {
    Cube coarse = resample(fine, coarse_bits);
    n_coarse = std::min(coarse.used(), want);
    size_t n_fine = want - n_coarse;
    std::vector<Bucket> fine_sorted = sorted_by_count(fine);
    subtract(coarse, fine_sorted, 0, n_fine);
    // A coarse bucket emptied by the subtraction frees a palette slot for one more fine colour.
    while (n_coarse > coarse.used()) {
        size_t done = n_fine;
        n_coarse = coarse.used();
        n_fine = want - n_coarse;
        subtract(coarse, fine_sorted, done, n_fine - done);
    }
    std::vector<Bucket> palette = sorted_by_count(coarse);
    palette.resize(n_coarse);
    palette.insert(palette.end(), fine_sorted.begin(), fine_sorted.begin() + long(n_fine));
    return palette;
}

// Pillow's pixel as the quantizer reads it: RGB gets alpha 255; in RGBA every fully
// transparent pixel takes the colour of the first one (ImagingQuantize does this).
struct PixelReader {
    const uint8_t* data;
    int channels;
    Px clear{};
    Px operator()(size_t i) const {
        const uint8_t* s = data + i * channels;
        if (channels == 3) return {{s[0], s[1], s[2], 255}};
        if (s[3] == 0) return clear;
        return {{s[0], s[1], s[2], s[3]}};
    }
};

PixelReader reader(const Image& im) {
    PixelReader r{im.pixels.data(), mode_channels(im.mode)};
    if (r.channels == 4)
        for (size_t i = 0; i < im.pixel_count(); i++)
            if (r.data[4 * i + 3] == 0) {
                r.clear = {{r.data[4 * i], r.data[4 * i + 1], r.data[4 * i + 2], 0}};
                break;
            }
    return r;
}

}  // namespace

Quantized quantize_fast_octree(const Image& im, int colors) {
    if (im.mode != Mode::RGB && im.mode != Mode::RGBA)
        throw ImageError("fast-octree quantization takes an RGB or RGBA image, not mode " + std::string(mode_name(im.mode)));
    if (colors < 1 || colors > 256) throw ImageError("bad number of colors: " + std::to_string(colors) + " (1 to 256)");
    bool alpha = im.mode == Mode::RGBA;
    std::array<unsigned, 4> fine_bits = alpha ? std::array<unsigned, 4>{3, 4, 3, 3} : std::array<unsigned, 4>{4, 4, 4, 0};
    std::array<unsigned, 4> coarse_bits = alpha ? std::array<unsigned, 4>{2, 2, 2, 2} : std::array<unsigned, 4>{2, 2, 2, 0};
    size_t n = im.pixel_count(), want = size_t(colors);
    PixelReader px = reader(im);

    Cube fine(fine_bits);
    for (size_t i = 0; i < n; i++) {
        Px p = px(i);
        Bucket& b = fine.at(p);
        b.count++;
        for (int c = 0; c < 4; c++) b.sum[c] += p.c[c];
    }
    size_t n_coarse = 0;
    std::vector<Bucket> palette = choose_palette(fine, coarse_bits, want, n_coarse);
    size_t n_fine = want - n_coarse;

    // Lookup: coarse entries fill their whole region, then fine entries claim their bucket;
    // walking each range backwards lets the lower (more used) index win a shared bucket.
    Cube coarse_lookup(coarse_bits);
    for (size_t i = n_coarse; i-- > 0;) coarse_lookup.at(average(palette[i])).count = uint32_t(i);
    Cube lookup = resample(coarse_lookup, fine_bits);
    for (size_t i = n_coarse + n_fine; i-- > n_coarse;) lookup.at(average(palette[i])).count = uint32_t(i);

    Quantized out;
    out.indices.resize(n);
    for (size_t i = 0; i < n; i++) out.indices[i] = uint8_t(lookup.at(px(i)).count);
    out.entries = colors;
    out.palette.resize(4 * want);
    for (size_t i = 0; i < want; i++) {
        Px p = average(palette[i]);
        std::copy(p.c, p.c + 4, &out.palette[4 * i]);
    }
    return out;
}

Image rgba_to_p(const Image& rgba) {
    Quantized q = quantize_fast_octree(rgba, 256);
    Image out = make_image_for_overwrite(rgba.width, rgba.height, Mode::P, rgba.pixel_count());
    std::copy(q.indices.begin(), q.indices.end(), out.pixels.begin());
    out.palette.resize(3 * 256);
    out.transparency.kind = Transparency::Kind::PaletteAlpha;
    out.transparency.alpha.resize(256);
    for (int i = 0; i < 256; i++) {
        std::copy(&q.palette[4 * i], &q.palette[4 * i + 3], &out.palette[3 * i]);
        out.transparency.alpha[size_t(i)] = q.palette[4 * i + 3];
    }
    return out;
}

}  // namespace gr::image
