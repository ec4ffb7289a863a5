// embind declarations for the image pipeline (core/src/image): bytes in as a Uint8Array,
// pixels out as a fresh Uint8Array; C++ errors rethrown as JS Errors with their message.
// Conversion at the edge only — the logic is core's.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "gr/image/convert.h"
#include "gr/image/encode.h"
#include "gr/image/orient.h"
#include "gr/image/postprocess.h"
#include "gr/image/preprocess.h"
#include "gr/image/watermark.h"
#include "image_js.h"

namespace {

using emscripten::val;
using namespace gr::image;
using gr::wasm::Bytes;
using gr::wasm::bytes_from;
using gr::wasm::image_from_js;
using gr::wasm::image_to_js;

[[noreturn]] void throw_js(const std::string& message) { val::global("Error").new_(message).throw_(); }

Limits limits_of(double max_file_size, double max_pixels) {
    Limits l;
    if (max_file_size >= 0) l.max_file_size = size_t(max_file_size);
    if (max_pixels > 0) l.max_pixels = size_t(max_pixels);
    return l;
}

// A Pillow mode name from JS, or an Error naming it.
Mode mode_of(const std::string& name) {
    std::optional<Mode> m = parse_mode(name);
    if (!m) throw ImageError("unknown image mode \"" + name + "\"");
    return *m;
}

// image_mode as gr.Image takes it: "" is None (the file's own mode).
std::optional<Mode> image_mode_of(const std::string& name) {
    return name.empty() ? std::nullopt : std::optional<Mode>(mode_of(name));
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
val probe_image(const val& bytes, double max_file_size, double max_pixels) {
    return guarded([&] {
        ImageInfo info = probe(bytes_from(bytes), limits_of(max_file_size, max_pixels));
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
val preprocess_image(const val& bytes, const std::string& mode, const std::string& orig_name,
                     bool apply_exif, double max_file_size, double max_pixels) {
    return guarded([&] {
        PreprocessOptions o{.image_mode = image_mode_of(mode), .orig_name = orig_name, .apply_exif = apply_exif,
                            .limits = limits_of(max_file_size, max_pixels)};
        return image_to_js(preprocess(bytes_from(bytes), o).image);
    });
}

// gr.Image's input step for the page: decode, orient, convert per image_mode and type
// ("numpy", "pil", "filepath"). {originalFile: true, image: null} when Gradio would hand the
// file over untouched (filepath with a matching mode).
val image_input(const val& bytes, const std::string& mode, const std::string& type, const std::string& orig_name,
                double max_file_size, double max_pixels) {
    return guarded([&] {
        PreprocessOptions o{.image_mode = image_mode_of(mode), .orig_name = orig_name, .limits = limits_of(max_file_size, max_pixels)};
        if (type == "pil") o.type = InputType::Pil;
        else if (type == "filepath") o.type = InputType::Filepath;
        else if (type != "numpy") throw ImageError("unknown type \"" + type + "\" (expected \"numpy\", \"pil\" or \"filepath\")");
        Preprocessed p = preprocess(bytes_from(bytes), o);
        val out = val::object();
        out.set("originalFile", p.original_file);
        out.set("orientation", p.orientation);
        out.set("name", p.name);
        out.set("suffix", p.suffix);
        out.set("image", p.original_file ? val::null() : image_to_js(p.image));
        return out;
    });
}

// An image ({width, height, mode, pixels, palette?}) in another mode — RGBA to draw it on a
// canvas, or image_mode for pixels the browser decoded (WebP).
val image_convert(const val& image, const std::string& mode) {
    return guarded([&] {
        Mode to = mode_of(mode);
        Image im = image_from_js(image);
        return image_to_js(im.mode == to ? im : convert(im, to));
    });
}

val decode_image(const val& bytes, double max_file_size, double max_pixels) {
    return guarded([&] { return image_to_js(decode(bytes_from(bytes), limits_of(max_file_size, max_pixels))); });
}

// A returned pixel array (its bytes, shape [H, W] or [H, W, C], numpy dtype name) → the image
// Gradio would save, by processing_utils._convert's rules.
val image_from_array(const val& bytes, val shape, const std::string& dtype) {
    return guarded([&] {
        std::optional<DType> t = parse_dtype(dtype);
        if (!t) throw ImageError("unsupported pixel array dtype \"" + dtype + "\" (use uint8, float32, …)");
        Bytes data = bytes_from(bytes);
        PixelArray a{.dtype = *t, .data = data};
        for (double d : emscripten::vecFromJSArray<double>(shape)) a.shape.push_back(size_t(d));
        return image_to_js(array_to_image(a));
    });
}

// Pixels of a mode (as to_js gives them) → file bytes in `format` (gif is refused in wasm).
val image_encode(const val& pixel_array, int width, int height, const std::string& mode,
                 const std::string& format, int quality) {
    return guarded([&] {
        val image = val::object();
        image.set("width", width);
        image.set("height", height);
        image.set("mode", std::string(mode_name(mode_of(mode))));
        image.set("pixels", pixel_array);
        Image im = image_from_js(image);  // the same checks as every image that comes from JS
        std::vector<uint8_t> file = encode(im, {.format = format, .quality = quality});
        return val(emscripten::typed_memory_view(file.size(), file.data())).call<val>("slice");
    });
}

// gr.Image's `watermark`: `mark` composited onto `base` as Gradio's add_watermark does.
val image_watermark(const val& base, const val& mark) {
    return guarded([&] { return image_to_js(add_watermark(image_from_js(base), image_from_js(mark))); });
}

}  // namespace

EMSCRIPTEN_BINDINGS(graft_image) {
    emscripten::function("imageWatermark", &image_watermark);
    emscripten::function("imageFromArray", &image_from_array);
    emscripten::function("imageEncode", &image_encode);
    emscripten::function("imageProbe", &probe_image);
    emscripten::function("imageDecode", &decode_image);
    emscripten::function("imagePreprocess", &preprocess_image);
    emscripten::function("imageInput", &image_input);
    emscripten::function("imageConvert", &image_convert);
}
