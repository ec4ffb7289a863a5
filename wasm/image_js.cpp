// Images across the JS boundary (image_js.h).
#include "image_js.h"

#include "gr/image/decode.h"

#include <algorithm>
#include <optional>
#include <string>

namespace gr::wasm {

using emscripten::val;
using namespace gr::image;

namespace {

void copy_into(const val& array, uint8_t* dst, size_t n) {
    val(emscripten::typed_memory_view(n, dst)).call<void>("set", array);
}

}  // namespace

Bytes bytes_from(const val& array) {
    if (!array.instanceof(val::global("Uint8Array"))) throw ImageError("expected bytes as a Uint8Array");
    Bytes b{.size = array["length"].as<size_t>()};
    b.data.reset(new uint8_t[std::max<size_t>(b.size, 1)]);
    copy_into(array, b.data.get(), b.size);
    return b;
}

val image_to_js(const Image& im) {
    val out = val::object();
    out.set("width", im.width);
    out.set("height", im.height);
    out.set("mode", std::string(mode_name(im.mode)));
    out.set("channels", mode_channels(im.mode));
    out.set("pixels", val(emscripten::typed_memory_view(im.pixels.size(), im.pixels.data())).call<val>("slice"));
    if (im.mode == Mode::P) out.set("palette", val(emscripten::typed_memory_view(im.palette.size(), im.palette.data())).call<val>("slice"));
    return out;
}

Image image_from_js(const val& js) {
    std::optional<Mode> m = parse_mode(js["mode"].isString() ? js["mode"].as<std::string>() : "");
    if (!m) throw ImageError("image.mode must be a Pillow mode name such as \"RGB\"");
    int width = js["width"].isNumber() ? js["width"].as<int>() : 0, height = js["height"].isNumber() ? js["height"].as<int>() : 0;
    if (width <= 0 || height <= 0) throw ImageError("image.width and image.height must be positive integers");
    Image im = make_image_for_overwrite(width, height, *m, Limits{}.max_pixels);
    val pixels = js["pixels"];
    bool fits = pixels.instanceof(val::global("Uint8Array")) && pixels["length"].as<size_t>() == im.pixels.size();
    if (!fits) throw ImageError("image.pixels must be a Uint8Array of " + std::to_string(im.pixels.size()) + " bytes for " +
                                std::string(mode_name(*m)) + " " + std::to_string(width) + " x " + std::to_string(height));
    copy_into(pixels, im.pixels.data(), im.pixels.size());
    if (*m == Mode::P) {
        if (!js["palette"].instanceof(val::global("Uint8Array"))) throw ImageError("a P image needs its palette (a Uint8Array of RGB triples)");
        Bytes pal = bytes_from(js["palette"]);
        im.palette.assign(pal.data.get(), pal.data.get() + std::min<size_t>(pal.size, 768));
    }
    return im;
}

}  // namespace gr::wasm
