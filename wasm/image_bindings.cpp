// embind declarations for the image pipeline (core/src/image): bytes in as a Uint8Array,
// pixels out as a fresh Uint8Array; C++ errors rethrown as JS Errors with their message.
// Conversion at the edge only — the logic is core's.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstring>
#include <optional>
#include <string>

#include "gr/image/convert.h"
#include "gr/image/encode.h"
#include "gr/image/orient.h"
#include "gr/image/postprocess.h"
#include "gr/image/preprocess.h"

namespace {

using emscripten::val;
using namespace gr::image;

[[noreturn]] void throw_js(const std::string& message) { val::global("Error").new_(message).throw_(); }

std::span<const uint8_t> bytes_of(const std::string& s) {
    return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

Limits limits_of(double max_file_size, double max_pixels) {
    Limits l;
    if (max_file_size >= 0) l.max_file_size = size_t(max_file_size);
    if (max_pixels > 0) l.max_pixels = size_t(max_pixels);
    return l;
}

val to_js(const Image& im) {
    val out = val::object();
    out.set("width", im.width);
    out.set("height", im.height);
    out.set("mode", std::string(mode_name(im.mode)));
    out.set("channels", mode_channels(im.mode));
    out.set("pixels", val(emscripten::typed_memory_view(im.pixels.size(), im.pixels.data())).call<val>("slice"));
    return out;
}

template <class F>
val guarded(F f) {
    try {
        return f();
    } catch (const std::exception& e) {
        throw_js(e.what());
    }
}

// probe(bytes, maxFileSize (-1 none), maxPixels (0 default)) → {format, width, height, mode, orientation}
val probe_image(const std::string& bytes, double max_file_size, double max_pixels) {
    return guarded([&] {
        ImageInfo info = probe(bytes_of(bytes), limits_of(max_file_size, max_pixels));
        val out = val::object();
        out.set("format", std::string(format_name(info.format)));
        out.set("width", info.width);
        out.set("height", info.height);
        out.set("mode", std::string(mode_name(info.mode)));
        out.set("orientation", info.orientation);
        return out;
    });
}

// decode → orient → convert, as gr.Image does for type numpy/pil. mode "" keeps the file's mode.
val preprocess_image(const std::string& bytes, const std::string& mode, const std::string& orig_name,
                     bool apply_exif, double max_file_size, double max_pixels) {
    return guarded([&] {
        PreprocessOptions o{.image_mode = std::nullopt, .orig_name = orig_name, .apply_exif = apply_exif,
                            .limits = limits_of(max_file_size, max_pixels)};
        if (!mode.empty()) {
            o.image_mode = parse_mode(mode);
            if (!o.image_mode) throw ImageError("unknown image mode \"" + mode + "\"");
        }
        return to_js(preprocess(bytes_of(bytes), o).image);
    });
}

val decode_image(const std::string& bytes, double max_file_size, double max_pixels) {
    return guarded([&] { return to_js(decode(bytes_of(bytes), limits_of(max_file_size, max_pixels))); });
}

// A returned pixel array (its bytes, shape [H, W] or [H, W, C], numpy dtype name) → the image
// Gradio would save, by processing_utils._convert's rules.
val image_from_array(const std::string& bytes, val shape, const std::string& dtype) {
    return guarded([&] {
        std::optional<DType> t = parse_dtype(dtype);
        if (!t) throw ImageError("unsupported pixel array dtype \"" + dtype + "\" (use uint8, float32, …)");
        PixelArray a{.dtype = *t, .data = bytes_of(bytes)};
        for (double d : emscripten::vecFromJSArray<double>(shape)) a.shape.push_back(size_t(d));
        return to_js(array_to_image(a));
    });
}

// Pixels of a mode (as to_js gives them) → file bytes in `format` (gif is refused in wasm).
val image_encode(const std::string& pixels, int width, int height, const std::string& mode,
                 const std::string& format, int quality) {
    return guarded([&] {
        std::optional<Mode> m = parse_mode(mode);
        if (!m) throw ImageError("unknown image mode \"" + mode + "\"");
        Image im = make_image_for_overwrite(width, height, *m, size_t(width) * size_t(height));
        if (pixels.size() != im.pixels.size()) throw ImageError("pixel data does not match " + mode + " " +
                                                                std::to_string(width) + " x " + std::to_string(height));
        std::memcpy(im.pixels.data(), pixels.data(), pixels.size());
        std::vector<uint8_t> file = encode(im, {.format = format, .quality = quality});
        return val(emscripten::typed_memory_view(file.size(), file.data())).call<val>("slice");
    });
}

}  // namespace

EMSCRIPTEN_BINDINGS(graft_image) {
    emscripten::function("imageFromArray", &image_from_array);
    emscripten::function("imageEncode", &image_encode);
    emscripten::function("imageProbe", &probe_image);
    emscripten::function("imageDecode", &decode_image);
    emscripten::function("imagePreprocess", &preprocess_image);
}
