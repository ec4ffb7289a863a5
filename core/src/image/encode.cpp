// encode(): the pixel layouts each format accepts, then stb_image_write, libwebp or giflib
// (gif_encode.cpp). Palette images are written expanded to PNG/BMP/JPEG (same pixels as
// Pillow's indexed file, larger file) and kept indexed in GIF.
#include "gr/image/encode.h"

#include <algorithm>
#include <cctype>

#include <stb/stb_image_write.h>
#ifdef GRAFT_HAVE_WEBP
#include <webp/encode.h>
#endif

#include "gif_encode.h"
#include "gr/image/convert.h"

namespace gr::image {
namespace {

void append(void* ctx, void* data, int size) {
    auto* out = static_cast<std::vector<uint8_t>*>(ctx);
    auto* p = static_cast<uint8_t*>(data);
    out->insert(out->end(), p, p + size);
}

[[noreturn]] void cannot_write(const Image& im, const std::string& format) {
    std::string upper = format;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    throw ImageError("cannot write mode " + std::string(mode_name(im.mode)) + " as " + upper);
}

// The image in a layout the 8-bit writers take: 1/L → L, LA, RGB, RGBA; P expands.
Image writable(const Image& im, const std::string& format, bool alpha_ok) {
    switch (im.mode) {
        case Mode::One: return convert(im, Mode::L);
        case Mode::L: case Mode::RGB: return im;
        case Mode::LA: case Mode::RGBA: if (alpha_ok) return im; break;
        case Mode::P: return convert(im, im.transparency.kind != Transparency::Kind::None && alpha_ok ? Mode::RGBA : Mode::RGB);
        default: break;
    }
    cannot_write(im, format);
}

}  // namespace

std::string normalize_format(std::string f) {
    std::transform(f.begin(), f.end(), f.begin(), [](unsigned char c) { return std::tolower(c); });
    return f == "jpg" ? "jpeg" : f;
}

std::vector<uint8_t> encode(const Image& src, const EncodeOptions& o) {
    std::string format = normalize_format(o.format);
    std::vector<uint8_t> out;
    if (format == "png" || format == "bmp" || format == "jpeg") {
        Image im = writable(src, format, format != "jpeg");
        int ch = mode_channels(im.mode);
        int ok = format == "png"  ? stbi_write_png_to_func(append, &out, im.width, im.height, ch, im.pixels.data(), int(im.row_bytes()))
               : format == "bmp"  ? stbi_write_bmp_to_func(append, &out, im.width, im.height, ch, im.pixels.data())
                                  : stbi_write_jpg_to_func(append, &out, im.width, im.height, ch, im.pixels.data(),
                                                           o.quality < 0 ? 75 : std::clamp(o.quality, 1, 100));
        if (!ok) throw ImageError("cannot encode image as " + format);
        return out;
    }
    if (format == "webp") {
#ifdef GRAFT_HAVE_WEBP
        // WebPImagePlugin._save: any mode but RGB/RGBA is converted first — to RGBA when its
        // name has an "A" (LA, LAB!) or it is a P image with transparency, else to RGB.
        Image im = src;
        if (im.mode != Mode::RGB && im.mode != Mode::RGBA) {
            std::string_view name = mode_name(im.mode);
            bool alpha = name.find_first_of("Aa") != std::string_view::npos ||
                         (im.mode == Mode::P && im.transparency.kind != Transparency::Kind::None);
            im = convert(im, alpha ? Mode::RGBA : Mode::RGB);
        }
        uint8_t* data = nullptr;
        float q = float(o.quality < 0 ? 80 : std::clamp(o.quality, 0, 100));
        size_t n = im.mode == Mode::RGBA
            ? WebPEncodeRGBA(im.pixels.data(), im.width, im.height, int(im.row_bytes()), q, &data)
            : WebPEncodeRGB(im.pixels.data(), im.width, im.height, int(im.row_bytes()), q, &data);
        if (!n) throw ImageError("cannot encode image as webp (libwebp failed)");
        out.assign(data, data + n);
        WebPFree(data);
        return out;
#else
        throw ImageError("cannot encode webp here: in the browser build WebP is encoded by the canvas (through the shim)");
#endif
    }
    if (format == "gif") return detail::encode_gif(src);
    throw ImageError("unsupported output format \"" + format + "\" (use png, jpeg, bmp, gif or webp)");
}

}  // namespace gr::image
