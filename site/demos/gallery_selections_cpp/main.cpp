// Gradio's gallery_selections in C++: solid-colour images made on load (PNG files C++ encodes,
// kept in the page), selecting one names it (select's EventData) and sets the index, "Darken
// selected" darkens it, "Deselect" clears the selection. The colours live in a gr.State, as
// Gradio's demo keeps its images: C++ globals are per worker, a State is the app's.
#include <gr/blocks.h>
#include <gr/image/encode.h>
#include <gr/image/image.h>

#include <array>
#include <cmath>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace {

const std::array<const char*, 4> names = {"Coral", "Teal", "Gold", "Slate"};
constexpr int size = 96;

using Gallery = std::vector<std::pair<gr::File, std::string>>;

gr::File solid(const gr::Json& rgb, const std::string& name) {
    gr::image::Image im = gr::image::make_image(size, size, gr::image::Mode::RGB, size * size);
    for (std::size_t i = 0; i < im.pixels.size(); i += 3)
        for (int c = 0; c < 3; ++c) im.pixels[i + c] = rgb.at(c).get<std::uint8_t>();
    return {name + ".png", gr::image::encode(im, {.format = "png"}), "image/png"};
}

// [image, caption] pairs from the colours the State holds.
Gallery shown(const gr::Json& colours) {
    Gallery out;
    for (std::size_t i = 0; i < colours.size(); ++i) out.emplace_back(solid(colours[i], names[i]), names[i]);
    return out;
}

std::tuple<Gallery, gr::Json> generate_images() {
    gr::Json colours = {{255, 127, 80}, {0, 128, 128}, {255, 215, 0}, {112, 128, 144}};
    return {shown(colours), colours};
}

// A Gallery's select data: index, value {image, caption}, selected.
std::tuple<std::string, int> describe_selection(const gr::SelectData& evt) {
    const int index = evt.index.get<int>();
    return {"You selected image " + std::to_string(index + 1) + ": " + evt.value.value("caption", std::string()), index};
}

std::tuple<Gallery, gr::Json> darken_selected(const gr::Json& index, gr::Json colours) {
    // The Number holds the index as Gradio sends it: a number (possibly 1.0), or null.
    const double at = index.is_number() ? index.get<double>() : -1;
    if (at < 0 || at >= static_cast<double>(colours.size())) throw gr::Error("Select an image first.");
    for (auto& c : colours[static_cast<std::size_t>(at)]) c = static_cast<int>(std::lround(c.get<int>() * 0.8));
    return {shown(colours), colours};
}

std::tuple<gr::Update<>, std::string, gr::Json> deselect() {
    return {gr::update({{"selected_index", nullptr}}), "Nothing selected", nullptr};
}

std::string load_example(const gr::Json& sample) { return sample.at(0).get<std::string>(); }

}  // namespace

int main() {
    gr::Blocks demo({.title = "Gallery selections"});
    demo.markdown("# Gallery selections\nClick an image to select it and open its preview (arrow keys move, Escape closes).");
    auto colours = demo.state();
    auto gallery = demo.gallery({{"label", "Generated images"}, {"columns", 4}, {"height", 320}});
    auto row = demo.row();
    auto selection = row.textbox({.label = "Selection"});
    auto selected = row.number({.label = "Selected index"});
    auto buttons = demo.row();
    auto darken = buttons.button("Darken selected");
    auto clear = buttons.button("Deselect");
    auto message = demo.textbox({.label = "Message", .interactive = true});
    auto examples = demo.dataset({{"label", "Example messages"}, {"components", {"textbox"}},
                                  {"samples", {{"Hello from the page!"}, {"Bonjour"}, {"Hola"}}}, {"type", "values"}});

    demo.handle().on("load", generate_images, {}, {gallery, colours}, {.api_name = "generate_images"});
    gallery.on("select", describe_selection, {}, {selection, selected}, {.api_name = "describe_selection"});
    darken.click(darken_selected, {selected, colours}, {gallery, colours}, {.api_name = "darken_selected"});
    clear.click(deselect, {}, {gallery, selection, selected}, {.api_name = "deselect"});
    examples.click(load_example, {examples}, {message}, {.api_name = "load_example"});
    demo.launch();
}
