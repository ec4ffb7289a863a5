// preprocess(): the order of gradio/image_utils.py preprocess_image, step for step.
#include "gr/image/preprocess.h"

#include <algorithm>
#include <cctype>

#include "gr/image/convert.h"
#include "gr/image/orient.h"

namespace gr::image {
namespace {

void split_name(const std::string& orig, std::string& name, std::string& suffix) {
    auto slash = orig.find_last_of("/\\");
    std::string base = slash == std::string::npos ? orig : orig.substr(slash + 1);
    auto dot = base.find_last_of('.');
    if (base.empty() || dot == std::string::npos || dot == 0) {
        name = base.empty() ? "image" : base;
        suffix = base.empty() ? "webp" : "";
        return;
    }
    name = base.substr(0, dot);
    suffix = base.substr(dot + 1);
    std::transform(suffix.begin(), suffix.end(), suffix.begin(), [](unsigned char c) { return std::tolower(c); });
    if (suffix == "jpg") suffix = "jpeg";
}

}  // namespace

Preprocessed preprocess(std::span<const uint8_t> bytes, const PreprocessOptions& o) {
    Preprocessed out;
    split_name(o.orig_name, out.name, out.suffix);
    if (out.suffix == "svg")
        throw ImageError("SVG files are not supported as input images for this app.");
    ImageInfo info = probe(bytes, o.limits);
    out.orientation = info.orientation;
    if (o.type == InputType::Filepath && (!o.image_mode || *o.image_mode == info.mode)) {
        out.original_file = true;
        return out;
    }
    Image im = decode(bytes, o.limits);
    if (o.apply_exif && info.orientation != 1) im = apply_orientation(im, info.orientation);
    if (out.suffix != "gif" && o.image_mode && *o.image_mode != im.mode) im = convert(im, *o.image_mode);
    out.image = std::move(im);
    return out;
}

}  // namespace gr::image
