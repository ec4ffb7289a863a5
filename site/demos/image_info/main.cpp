// An image in, a description out: the uploaded file (a FileData whose path the server
// created) is decoded with Graft's image pipeline and described — format, size in pixels,
// Pillow mode and bytes. Native only: it reads the file the server stored.
#include <gr/blocks.h>
#include <gr/image/decode.h>

#include <fstream>
#include <iterator>
#include <vector>

std::string describe(gr::Json file) {
    if (!file.is_object() || !file.contains("path")) throw gr::Error("Please upload an image.");
    std::ifstream in(file["path"].get<std::string>(), std::ios::binary);
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.eof() && !in.good()) throw gr::Error("The uploaded file could not be read.");
    try {
        gr::image::ImageInfo info = gr::image::probe(bytes);
        gr::image::Image img = gr::image::decode(bytes);
        return std::string(gr::image::format_name(info.format)) + " image, " + std::to_string(img.width) + "x" +
               std::to_string(img.height) + " pixels, mode " + std::string(gr::image::mode_name(img.mode)) + ", " +
               std::to_string(bytes.size()) + " bytes";
    } catch (const gr::image::ImageError& e) {
        throw gr::Error(std::string("Not an image Graft can read: ") + e.what());
    }
}

int main() {
    gr::Blocks demo({.title = "Image info"});
    demo.markdown("# Image info\nUpload an image to see its format and size.");
    auto img = demo.component("image", {{"label", "Image"}, {"type", "filepath"}});
    auto out = demo.textbox({.label = "Description"});
    img.change(describe, {img}, {out}, {.api_name = "describe"});
    demo.button("Describe again").click(describe, {img}, {out}, {.api_name = "describe_again"});
    demo.launch();
}
