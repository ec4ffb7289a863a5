// gr.Image's preprocess (gradio/image_utils.py preprocess_image) as a pure function of the
// uploaded bytes: decode, EXIF transpose, convert to image_mode — with Gradio's exceptions
// (type="filepath" with a matching mode keeps the file untouched; GIFs are never converted).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "gr/image/decode.h"

namespace gr::image {

enum class InputType { Numpy, Pil, Filepath };  // gr.Image(type=…)

struct PreprocessOptions {
    std::optional<Mode> image_mode = Mode::RGB;  // nullopt is Gradio's image_mode=None
    InputType type = InputType::Numpy;
    std::string orig_name;     // the uploaded file's name; its suffix decides the GIF rule
    bool apply_exif = true;    // false only for tools that want the raw orientation
    Limits limits;
};

struct Preprocessed {
    // type="filepath" and the mode already matches: Gradio passes the original file as is
    // (its EXIF orientation is not applied). `image` is then left empty.
    bool original_file = false;
    Image image;           // numpy → its pixels; pil → the image; filepath → what gets saved
    std::string name;      // stem of orig_name, or "image"
    std::string suffix;    // "png", "jpeg" (for .jpg too), …; "webp" when there is no name
    int orientation = 1;   // the EXIF orientation the file carried
};

Preprocessed preprocess(std::span<const uint8_t> bytes, const PreprocessOptions& options = {});

}  // namespace gr::image
