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

namespace {

using emscripten::val;
using namespace gr::image;

[[noreturn]] void throw_js(const std::string& message) { val::global("Error").new_(message).throw_(); }

// A Uint8Array (or Node Buffer) copied into wasm memory with one TypedArray.set: embind's
// std::string conversion would copy it byte by byte in JS (milliseconds for a 12 MP JPEG).
struct Bytes {
    std::unique_ptr<uint8_t[]> data;
    size_t size = 0;
    operator std::span<const uint8_t>() const { return {data.get(), size}; }
};

void copy_into(const val& array, uint8_t* dst, size_t n) {
    val(emscripten::typed_memory_view(n, dst)).call<void>("set", array);
}

Bytes bytes_from(const val& array) {
    if (!array.instanceof(val::global("Uint8Array"))) throw ImageError("expected bytes as a Uint8Array");
    Bytes b{.size = array["length"].as<size_t>()};
    b.data.reset(new uint8_t[std::max<size_t>(b.size, 1)]);
    copy_into(array, b.data.get(), b.size);
    return b;
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
    if (im.mode == Mode::P) out.set("palette", val(emscripten::typed_memory_view(im.palette.size(), im.palette.data())).call<val>("slice"));
    return out;
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

// The inverse of to_js: {width, height, mode, pixels, palette?} from JS, checked.
Image from_js(const val& js) {
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
        return to_js(preprocess(bytes_from(bytes), o).image);
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
        out.set("image", p.original_file ? val::null() : to_js(p.image));
        return out;
    });
}

// An image ({width, height, mode, pixels, palette?}) in another mode — RGBA to draw it on a
// canvas, or image_mode for pixels the browser decoded (WebP).
val image_convert(const val& image, const std::string& mode) {
    return guarded([&] {
        Mode to = mode_of(mode);
        Image im = from_js(image);
        return to_js(im.mode == to ? im : convert(im, to));
    });
}

val decode_image(const val& bytes, double max_file_size, double max_pixels) {
    return guarded([&] { return to_js(decode(bytes_from(bytes), limits_of(max_file_size, max_pixels))); });
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
        return to_js(array_to_image(a));
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
        Image im = from_js(image);  // the same checks as every image that comes from JS
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
    emscripten::function("imageInput", &image_input);
    emscripten::function("imageConvert", &image_convert);
}
