// decode(): container header → limits → the decoder (libjpeg-turbo for JPEG in both builds,
// natively libwebp for WebP, stb_image for PNG, GIF and BMP) → the pixels in the mode Pillow 9.4
// opens the file as. Palette files are decoded by stb to RGBA and mapped back to palette
// indices, so "P" images keep Pillow's indices and palette.
#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

#define STBI_NO_STDIO
#include <stb/stb_image.h>
#ifdef GRAFT_HAVE_WEBP
#include <webp/decode.h>
#endif

#include "container.h"
#include "gr/image/decode.h"
#include "jpeg_turbo.h"

namespace gr::image {
namespace {

using detail::Container;
using Bytes = std::span<const uint8_t>;
using StbBuffer = std::unique_ptr<void, void (*)(void*)>;

void check_file_size(Bytes bytes, const Limits& limits) {
    if (limits.max_file_size && bytes.size() > *limits.max_file_size)
        throw ImageError("file is " + std::to_string(bytes.size()) + " bytes, over the max_file_size of " +
                         std::to_string(*limits.max_file_size) + " bytes");
}

void check_pixels(const ImageInfo& info, const Limits& limits) {
    if (info.width <= 0 || info.height <= 0)
        throw ImageError("cannot read " + std::string(format_name(info.format)) + " file: header says " +
                         std::to_string(info.width) + " x " + std::to_string(info.height) + " pixels");
    size_t pixels = size_t(info.width) * size_t(info.height);
    if (pixels > limits.max_pixels)
        throw ImageError("image size (" + std::to_string(info.width) + " x " + std::to_string(info.height) + " = " +
                         std::to_string(pixels) + " pixels) exceeds the limit of " +
                         std::to_string(limits.max_pixels) + " pixels (a decompression-bomb guard, as Pillow's)");
}

// A JPEG cut short is refused as Pillow refuses it ("image file is truncated"): before any
// decoding, when the end-of-image marker is missing (libjpeg would fill in grey and warn).
void check_jpeg_complete(Bytes b) {
    for (size_t i = b.size(); i >= 2 && i + 64 > b.size(); i--)
        if (b[i - 2] == 0xFF && b[i - 1] == 0xD9) return;
    for (size_t i = 0; i + 1 < b.size(); i++)
        if (b[i] == 0xFF && b[i + 1] == 0xD9 && i > b.size() / 2) return;
    throw ImageError("cannot decode JPEG file: image file is truncated (no end-of-image marker)");
}

StbBuffer stb_load(Bytes b, const Container& c, int channels, bool sixteen) {
    int w = 0, h = 0, n = 0;
    int len = int(std::min<size_t>(b.size(), 0x7fffffff));
    void* p = sixteen ? static_cast<void*>(stbi_load_16_from_memory(b.data(), len, &w, &h, &n, channels))
                      : static_cast<void*>(stbi_load_from_memory(b.data(), len, &w, &h, &n, channels));
    std::string format(format_name(c.info.format));
    if (!p) throw ImageError("cannot decode " + format + " file: " + stbi_failure_reason() + " (corrupt or truncated)");
    StbBuffer buf(p, stbi_image_free);
    if (w != c.info.width || h != c.info.height)
        throw ImageError("cannot decode " + format + " file: decoded size differs from its header");
    return buf;
}

// Open-addressed RGBA → first palette index, as a palette lookup in reverse.
struct ReversePalette {
    uint32_t keys[1024];
    int16_t index[1024];
    ReversePalette() { std::fill(std::begin(index), std::end(index), int16_t(-1)); }
    void add(uint32_t key, int i) {
        for (uint32_t h = (key * 2654435761u) >> 22;; h = (h + 1) & 1023) {
            if (index[h] < 0) { keys[h] = key; index[h] = int16_t(i); return; }
            if (keys[h] == key) return;  // duplicates keep the first entry
        }
    }
    int find(uint32_t key) const {
        for (uint32_t h = (key * 2654435761u) >> 22;; h = (h + 1) & 1023) {
            if (index[h] < 0) return -1;
            if (keys[h] == key) return index[h];
        }
    }
};

uint32_t rgba_key(const uint8_t* p) { return uint32_t(p[0]) | p[1] << 8 | p[2] << 16 | uint32_t(p[3]) << 24; }

// The RGBA stb produces for each palette entry: PNG applies tRNS alphas; GIF leaves the
// transparent index's pixels at 0,0,0,0; BMP is opaque.
ReversePalette reverse_palette(const Container& c) {
    ReversePalette rev;
    size_t n = c.palette.size() / 3;
    for (size_t i = 0; i < n; i++) {
        uint8_t e[4] = {c.palette[3 * i], c.palette[3 * i + 1], c.palette[3 * i + 2], 255};
        if (c.info.format == Format::Png && c.transparency.kind == Transparency::Kind::PaletteAlpha)
            e[3] = i < c.transparency.alpha.size() ? c.transparency.alpha[i] : 255;
        bool gif_trns = c.info.format == Format::Gif && c.transparency.kind != Transparency::Kind::None &&
                        int(i) == c.transparency.value;
        if (c.info.format == Format::Png && c.transparency.kind == Transparency::Kind::Index &&
            int(i) == c.transparency.value)
            e[3] = 0;
        if (gif_trns) e[0] = e[1] = e[2] = e[3] = 0;
        rev.add(rgba_key(e), int(i));
    }
    return rev;
}

Image decode_indexed(Bytes b, const Container& c, const Limits& limits) {
    StbBuffer buf = stb_load(b, c, 4, false);
    Image im = make_image_for_overwrite(c.info.width, c.info.height, c.info.mode, limits.max_pixels);
    ReversePalette rev = reverse_palette(c);
    const uint8_t* src = static_cast<const uint8_t*>(buf.get());
    for (size_t i = 0, n = im.pixel_count(); i < n; i++) {
        int idx = rev.find(rgba_key(src + 4 * i));
        if (idx < 0)
            throw ImageError("cannot decode " + std::string(format_name(c.info.format)) +
                             " file: a pixel's colour is not in its palette (corrupt file)");
        im.pixels[i] = c.info.mode == Mode::P ? uint8_t(idx)
                     : c.info.mode == Mode::One ? (c.palette[3 * idx] ? 255 : 0)
                                                : c.palette[3 * idx];
    }
    if (c.info.mode == Mode::P) im.palette = c.palette;
    return im;
}

Image decode_direct(Bytes b, const Container& c, const Limits& limits) {
    Mode m = c.info.mode;
    bool sixteen = m == Mode::I;
    StbBuffer buf = stb_load(b, c, sixteen ? 1 : mode_channels(m), sixteen);
    Image im = make_image_for_overwrite(c.info.width, c.info.height, m, limits.max_pixels);
    if (sixteen) {
        const uint16_t* src = static_cast<const uint16_t*>(buf.get());
        for (size_t i = 0, n = im.pixel_count(); i < n; i++) {
            int32_t v = src[i];
            std::memcpy(&im.pixels[4 * i], &v, 4);
        }
    } else {
        std::memcpy(im.pixels.data(), buf.get(), im.pixels.size());
    }
    return im;
}

#ifdef GRAFT_HAVE_WEBP
Image decode_webp(Bytes b, const Container& c, const Limits& limits) {
    Image im = make_image_for_overwrite(c.info.width, c.info.height, c.info.mode, limits.max_pixels);
    int stride = int(im.row_bytes());
    uint8_t* ok = c.info.mode == Mode::RGBA
        ? WebPDecodeRGBAInto(b.data(), b.size(), im.pixels.data(), im.pixels.size(), stride)
        : WebPDecodeRGBInto(b.data(), b.size(), im.pixels.data(), im.pixels.size(), stride);
    if (!ok) throw ImageError("cannot decode WebP file: libwebp rejected it (corrupt or truncated)");
    return im;
}
#endif

}  // namespace

std::string_view format_name(Format f) {
    switch (f) {
        case Format::Png: return "PNG";
        case Format::Jpeg: return "JPEG";
        case Format::Gif: return "GIF";
        case Format::Bmp: return "BMP";
        case Format::Webp: return "WEBP";
        default: return "unknown";
    }
}

ImageInfo probe(std::span<const uint8_t> bytes, const Limits& limits) {
    check_file_size(bytes, limits);
    ImageInfo info = detail::read_container(bytes).info;
    check_pixels(info, limits);
    return info;
}

Image decode(std::span<const uint8_t> bytes, const Limits& limits) {
    check_file_size(bytes, limits);
    Container c = detail::read_container(bytes);
    check_pixels(c.info, limits);
    Image im;
    if (c.info.format == Format::Webp) {
#ifdef GRAFT_HAVE_WEBP
        im = decode_webp(bytes, c, limits);
#else
        throw ImageError("cannot decode WEBP file here: in the browser build WebP is decoded by the browser (through the shim)");
#endif
    } else if (c.info.format == Format::Jpeg) {
        check_jpeg_complete(bytes);
        im = detail::decode_jpeg_turbo(bytes, c, limits);
    } else {
        bool indexed = !c.palette.empty() && (c.info.mode == Mode::P || c.info.format != Format::Png);
        im = indexed ? decode_indexed(bytes, c, limits) : decode_direct(bytes, c, limits);
    }
    im.transparency = c.transparency;
    return im;
}

}  // namespace gr::image
