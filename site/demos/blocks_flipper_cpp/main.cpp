// Gradio's blocks_flipper in C++: two Tabs ("Flip Text", "Flip Image") and an Accordion
// "Open for More!" holding a Slider. The text is reversed character by character (UTF-8 code
// points, as Python's x[::-1]); the image arrives as pixels and is mirrored as np.fliplr does.
#include <gr/blocks.h>
#include <gr/image/image.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using gr::image::Image;

std::string flip_text(const std::string& x) {
    std::vector<std::string> chars;  // each a UTF-8 sequence: a lead byte and its continuations
    for (char c : x) {
        if ((static_cast<unsigned char>(c) & 0xC0) == 0x80 && !chars.empty()) chars.back() += c;
        else chars.emplace_back(1, c);
    }
    std::string out;
    for (auto it = chars.rbegin(); it != chars.rend(); ++it) out += *it;
    return out;
}

Image flip_image(std::optional<Image> x) {
    if (!x) throw gr::Error("Please upload an image first.");
    const std::size_t bytes = x->pixels.size() / (static_cast<std::size_t>(x->width) * x->height);  // per pixel
    for (int y = 0; y < x->height; ++y) {
        auto row = x->pixels.begin() + static_cast<std::ptrdiff_t>(y * x->width * bytes);
        for (int l = 0, r = x->width - 1; l < r; ++l, --r)
            std::swap_ranges(row + l * bytes, row + (l + 1) * bytes, row + r * bytes);
    }
    return std::move(*x);
}

int main() {
    gr::Blocks demo({.title = "Blocks Flipper"});
    demo.markdown("Flip text or image files using this demo.");
    auto tabs = demo.tabs();
    auto text_tab = tabs.tab("Flip Text");
    auto text_input = text_tab.textbox();
    auto text_output = text_tab.textbox();
    auto text_button = text_tab.button("Flip");
    auto image_tab = tabs.tab("Flip Image");
    auto images = image_tab.row();
    auto image_input = images.image();
    auto image_output = images.image();
    auto image_button = image_tab.button("Flip");
    auto more = demo.accordion("Open for More!", {.open = false});
    more.markdown("Look at me...");
    more.slider({.minimum = 0, .maximum = 1, .value = 0.1, .step = 0.1, .label = "Slide me", .interactive = true});

    text_button.click(flip_text, {text_input}, {text_output}, {.api_name = "flip_text"});
    image_button.click(flip_image, {image_input}, {image_output}, {.api_name = "flip_image"});
    demo.launch();
}
