// GIF writing for encode(): Pillow's GifImagePlugin mode rules, then Debian's giflib (native
// only; the wasm build has no GIF encoder and says so). Modes: 1, L, P are written as they
// are; RGB-based modes are reduced to a palette (exactly when they hold ≤ 256 colours, else
// giflib's median cut — Pillow's own ADAPTIVE quantizer differs); others go through L.
#include "gif_encode.h"

#ifdef GRAFT_HAVE_GIF
#include <gif_lib.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "gr/image/convert.h"

namespace gr::image::detail {
namespace {

struct Indexed {
    std::vector<uint8_t> pixels;   // one index per pixel
    std::vector<uint8_t> palette;  // RGB triples
    int transparent = -1;
};

int write_bytes(GifFileType* gif, const GifByteType* data, int n) {
    auto* out = static_cast<std::vector<uint8_t>*>(gif->UserData);
    out->insert(out->end(), data, data + n);
    return n;
}

// RGB(A) to indices: exact when the opaque colours fit, else giflib's median cut. Alpha 0
// (RGBA) takes a palette entry of its own, as Pillow marks a fully transparent colour.
Indexed from_rgb(const Image& im) {
    int ch = mode_channels(im.mode);
    size_t n = im.pixel_count();
    Indexed out{.pixels = std::vector<uint8_t>(n)};
    bool any_clear = false;
    std::unordered_map<uint32_t, int> colours;
    for (size_t i = 0; i < n && colours.size() <= 256; i++) {
        const uint8_t* p = &im.pixels[i * ch];
        if (ch == 4 && p[3] == 0) { any_clear = true; continue; }
        colours.emplace(uint32_t(p[0]) << 16 | p[1] << 8 | p[2], int(colours.size()));
    }
    size_t room = any_clear ? 255 : 256;
    if (colours.size() <= room) {
        out.palette.resize(3 * colours.size());
        for (auto& [rgb, idx] : colours)
            out.palette[3 * idx] = uint8_t(rgb >> 16), out.palette[3 * idx + 1] = uint8_t(rgb >> 8), out.palette[3 * idx + 2] = uint8_t(rgb);
        for (size_t i = 0; i < n; i++) {
            const uint8_t* p = &im.pixels[i * ch];
            if (ch == 4 && p[3] == 0) continue;
            out.pixels[i] = uint8_t(colours[uint32_t(p[0]) << 16 | p[1] << 8 | p[2]]);
        }
    } else {
        std::vector<GifByteType> r(n), g(n), b(n);
        for (size_t i = 0; i < n; i++) r[i] = im.pixels[i * ch], g[i] = im.pixels[i * ch + 1], b[i] = im.pixels[i * ch + 2];
        int size = int(room);
        std::vector<GifColorType> map(256);
        if (GifQuantizeBuffer(unsigned(im.width), unsigned(im.height), &size, r.data(), g.data(), b.data(),
                              out.pixels.data(), map.data()) != GIF_OK)
            throw ImageError("cannot encode gif: giflib could not reduce the colours");
        for (int i = 0; i < size; i++) out.palette.insert(out.palette.end(), {map[i].Red, map[i].Green, map[i].Blue});
    }
    if (any_clear) {
        out.transparent = int(out.palette.size() / 3);
        out.palette.insert(out.palette.end(), {0, 0, 0});
        for (size_t i = 0; i < n; i++)
            if (im.pixels[i * ch + 3] == 0) out.pixels[i] = uint8_t(out.transparent);
    }
    return out;
}

Indexed indexed(const Image& src) {
    if (src.mode == Mode::P) {
        Indexed out{.pixels = {src.pixels.begin(), src.pixels.end()}, .palette = src.palette};
        const Transparency& t = src.transparency;
        if (t.kind == Transparency::Kind::Index) out.transparent = t.value;
        if (t.kind == Transparency::Kind::PaletteAlpha) {
            auto clear = std::find(t.alpha.begin(), t.alpha.end(), uint8_t(0));
            if (clear != t.alpha.end()) out.transparent = int(clear - t.alpha.begin());
        }
        if (out.palette.empty()) for (int i = 0; i < 256; i++) out.palette.insert(out.palette.end(), {uint8_t(i), uint8_t(i), uint8_t(i)});
        return out;
    }
    Mode base = src.mode == Mode::One || src.mode == Mode::L ? src.mode
              : (src.mode == Mode::RGB || src.mode == Mode::RGBA) ? src.mode
              : (src.mode == Mode::CMYK || src.mode == Mode::YCbCr || src.mode == Mode::HSV || src.mode == Mode::LAB) ? Mode::RGB
                                                                                                                      : Mode::L;
    Image im = base == src.mode ? src : convert(src, base);
    if (base == Mode::RGB || base == Mode::RGBA) return from_rgb(im);
    Indexed out{.pixels = {im.pixels.begin(), im.pixels.end()}};
    if (base == Mode::One) {
        for (auto& p : out.pixels) p = p ? 1 : 0;
        out.palette = {0, 0, 0, 255, 255, 255};
    } else {
        for (int i = 0; i < 256; i++) out.palette.insert(out.palette.end(), {uint8_t(i), uint8_t(i), uint8_t(i)});
        if (im.transparency.kind == Transparency::Kind::Gray) out.transparent = im.transparency.value;
    }
    return out;
}

}  // namespace

std::vector<uint8_t> encode_gif(const Image& src) {
    Indexed ix = indexed(src);
    int entries = std::max<int>(2, int(ix.palette.size() / 3)), bits = 1;
    while ((1 << bits) < entries) bits++;
    std::unique_ptr<ColorMapObject, void (*)(ColorMapObject*)> map(GifMakeMapObject(1 << bits, nullptr), GifFreeMapObject);
    if (!map) throw ImageError("cannot encode gif: out of memory");
    for (int i = 0; i < (1 << bits); i++) {
        bool have = size_t(3 * i + 2) < ix.palette.size();
        map->Colors[i] = {have ? ix.palette[3 * i] : uint8_t(0), have ? ix.palette[3 * i + 1] : uint8_t(0),
                          have ? ix.palette[3 * i + 2] : uint8_t(0)};
    }
    std::vector<uint8_t> out;
    int err = 0;
    GifFileType* gif = EGifOpen(&out, write_bytes, &err);
    if (!gif) throw ImageError(std::string("cannot encode gif: ") + GifErrorString(err));
    EGifSetGifVersion(gif, true);
    bool ok = EGifPutScreenDesc(gif, src.width, src.height, bits, 0, map.get()) == GIF_OK;
    if (ok && ix.transparent >= 0) {
        GraphicsControlBlock gcb{.DisposalMode = DISPOSAL_UNSPECIFIED, .UserInputFlag = false, .DelayTime = 0,
                                 .TransparentColor = ix.transparent};
        GifByteType ext[4];
        EGifGCBToExtension(&gcb, ext);
        ok = EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) == GIF_OK;
    }
    ok = ok && EGifPutImageDesc(gif, 0, 0, src.width, src.height, false, nullptr) == GIF_OK;
    for (int y = 0; ok && y < src.height; y++)
        ok = EGifPutLine(gif, ix.pixels.data() + size_t(y) * src.width, src.width) == GIF_OK;
    int close_err = 0;
    if (EGifCloseFile(gif, &close_err) != GIF_OK || !ok)
        throw ImageError(std::string("cannot encode gif: ") + GifErrorString(close_err ? close_err : E_GIF_ERR_WRITE_FAILED));
    return out;
}

}  // namespace gr::image::detail

#else

namespace gr::image::detail {

std::vector<uint8_t> encode_gif(const Image&) {
    throw ImageError("cannot encode gif: GIF encoding is not available in the browser build (no GIF encoder is "
                     "compiled into the wasm module); use png, jpeg or webp");
}

}  // namespace gr::image::detail

#endif
