// gr.Image in a C++ app, in the browser: the function takes the photo's pixels as a
// gr::image::Image (as Gradio's type="numpy" would hand them over: decoded, EXIF-oriented, in
// image_mode "RGB") and returns new pixels, which the page draws. No server, no upload.
#include <gr/blocks.h>
#include <gr/image/image.h>

#include <optional>
#include <string>
#include <tuple>

using gr::image::Image;

// The negative of the photo, and its size as the user sees it.
std::tuple<Image, std::string> invert(Image photo) {
    for (auto& v : photo.pixels) v = uint8_t(255 - v);
    std::string size = std::to_string(photo.width) + " × " + std::to_string(photo.height) + " pixels";
    return {std::move(photo), size};
}

// An empty image arrives as std::nullopt: the description says so instead of failing.
std::string describe(const std::optional<Image>& photo) {
    if (!photo) return "No photo yet.";
    return std::to_string(photo->width) + " × " + std::to_string(photo->height) + " pixels, mode " +
           std::string(gr::image::mode_name(photo->mode));
}

int main() {
    gr::Blocks demo({.title = "Image invert"});
    demo.markdown("# Image invert\nUpload a photo: C++ compiled to WebAssembly inverts its pixels in your browser.");
    auto photo = demo.image({{"label", "Photo"}, {"image_mode", "RGB"}, {"format", "png"}});
    auto info = demo.textbox({.label = "Photo info"});
    auto button = demo.button("Invert");
    auto negative = demo.image({{"label", "Negative"}, {"format", "png"}});
    auto size = demo.textbox({.label = "Size"});
    photo.change(describe, {photo}, {info}, {.api_name = "describe"});
    button.click(invert, {photo}, {negative, size}, {.api_name = "invert"});
    demo.launch();
}
