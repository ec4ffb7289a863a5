// GIF writing for encode(): Pillow 9.4's GifImagePlugin path (_normalize_mode, then
// _normalize_palette with the default optimize=True), then Debian's giflib (native only; the
// wasm build has no GIF encoder and says so). 1, L, P are written as they are; RGB goes
// through median cut (Palette.ADAPTIVE) and RGBA through fast octree, as Pillow's convert
// does; LA, I, F through L; CMYK, YCbCr, LAB, HSV are refused, as Pillow refuses them.
#include "gif_encode.h"

#ifdef GRAFT_HAVE_GIF
#include <gif_lib.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "gr/image/convert.h"
#include "gr/image/quantize.h"

namespace gr::image::detail {
namespace {

struct Indexed {
    std::vector<uint8_t> pixels;   // one index per pixel
    std::vector<uint8_t> palette;  // RGB triples, Pillow's palette length
    int transparent = -1;          // the GCE index Pillow writes (-1: none)
    bool optimizable = true;       // _get_optimize applies (P and L; not 1)
    bool always_optimize = false;  // L: optimised whatever its size
    bool remap_transparency = true;  // the written index follows the remap (P/L sources)
};

int write_bytes(GifFileType* gif, const GifByteType* data, int n) {
    auto* out = static_cast<std::vector<uint8_t>*>(gif->UserData);
    out->insert(out->end(), data, data + n);
    return n;
}

std::vector<uint8_t> grey_ramp() {
    std::vector<uint8_t> p(768);
    for (size_t i = 0; i < 768; i++) p[i] = uint8_t(i / 3);
    return p;
}

// _normalize_mode: the image as 1, L or P (with the transparency index Pillow would write).
Indexed normalize_mode(const Image& src) {
    const Transparency& t = src.transparency;
    switch (src.mode) {
        case Mode::One:  // written through rawmode L: 0/255 with the grey ramp, never optimised
            return {.pixels = {src.pixels.begin(), src.pixels.end()}, .palette = grey_ramp(),
                    .transparent = t.kind == Transparency::Kind::Gray ? t.value : -1, .optimizable = false};
        case Mode::L:
            return {.pixels = {src.pixels.begin(), src.pixels.end()}, .palette = grey_ramp(),
                    .transparent = t.kind == Transparency::Kind::Gray ? t.value : -1, .always_optimize = true};
        case Mode::P: {
            // An alpha table (bytes) is not an int to Pillow's writer: no transparency written.
            Indexed out{.pixels = {src.pixels.begin(), src.pixels.end()}, .palette = src.palette,
                        .transparent = t.kind == Transparency::Kind::Index ? t.value : -1};
            if (out.palette.empty()) out.palette = grey_ramp();
            return out;
        }
        case Mode::RGB: {
            Quantized q = quantize_median_cut(src, 256);
            q.palette.resize(768);
            return {.pixels = std::move(q.indices), .palette = std::move(q.palette)};
        }
        case Mode::RGBA: {
            // convert("P") quantizes RGBA with fast octree; the first palette entry with alpha 0
            // becomes the transparency, written as found (Pillow checks the RGBA image's, not the
            // remapped image's, palette use for it).
            Quantized q = quantize_fast_octree(src, 256);
            Indexed out{.pixels = std::move(q.indices), .palette = std::vector<uint8_t>(768), .remap_transparency = false};
            for (int i = 0; i < 256; i++) {
                std::copy(&q.palette[4 * size_t(i)], &q.palette[4 * size_t(i) + 3], &out.palette[3 * size_t(i)]);
                if (out.transparent < 0 && q.palette[4 * size_t(i) + 3] == 0) out.transparent = i;
            }
            return out;
        }
        case Mode::LA: case Mode::I: case Mode::F: {
            Image l = convert(src, Mode::L);
            l.transparency = {};
            return normalize_mode(l);
        }
        default:
            throw ImageError("cannot encode gif: image has wrong mode " + std::string(mode_name(src.mode)) +
                             " (Pillow cannot save it as GIF either; convert it to RGB first)");
    }
}

// _get_optimize: the palette indices in use when Pillow trims/reorders the palette, else none.
std::optional<std::vector<int>> used_colours(const Indexed& ix, size_t pixel_count) {
    if (!ix.optimizable || (!ix.always_optimize && pixel_count >= 512 * 512)) return std::nullopt;
    bool seen[256] = {};
    for (uint8_t p : ix.pixels) seen[p] = true;
    std::vector<int> used;
    for (int i = 0; i < 256; i++)
        if (seen[i]) used.push_back(i);
    if (used.empty()) return std::nullopt;
    if (ix.always_optimize || used.back() >= int(used.size())) return used;
    size_t entries = ix.palette.size() / 3, current = 1;
    while (current < entries) current <<= 1;
    if (used.size() <= current / 2 && current > 2) return used;
    return std::nullopt;
}

// _normalize_palette + remap_palette: the used entries, in order, become the palette.
void optimize(Indexed& ix, size_t pixel_count) {
    std::optional<std::vector<int>> used = used_colours(ix, pixel_count);
    if (!used) return;
    uint8_t new_index[256] = {};
    std::vector<uint8_t> palette;
    for (size_t i = 0; i < used->size(); i++) {
        size_t old = size_t((*used)[i]);
        for (size_t c = 0; c < 3; c++) palette.push_back(3 * old + c < ix.palette.size() ? ix.palette[3 * old + c] : 0);
        new_index[old] = uint8_t(i);
    }
    for (uint8_t& p : ix.pixels) p = new_index[p];
    ix.palette = std::move(palette);
    if (ix.transparent >= 0 && ix.remap_transparency) {
        auto at = std::find(used->begin(), used->end(), ix.transparent);
        ix.transparent = at == used->end() ? -1 : int(at - used->begin());
    }
}

}  // namespace

std::vector<uint8_t> encode_gif(const Image& src) {
    Indexed ix = normalize_mode(src);
    optimize(ix, src.pixel_count());
    // _get_header_palette: the table padded with black to a power of two, at least 4 entries.
    int entries = int(ix.palette.size() / 3), bits = 2;
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
