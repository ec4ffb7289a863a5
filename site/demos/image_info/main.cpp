// An image in, a description out: the uploaded file (a FileData whose path the server
// created) is decoded with Graft's image pipeline and described — format, size in pixels,
// Pillow mode and bytes. "Mark" returns the image with a watermark, as gr.Image(watermark=…)
// adds it. Native only: it reads the file the server stored.
#include <gr/blocks.h>
#include <gr/image/decode.h>
#include <gr/image/encode.h>

#include <filesystem>
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

// The image as it came (a gr::image::Image parameter takes its pixels; the output's watermark
// is applied when the server saves it).
gr::image::Image mark(gr::image::Image photo) { return photo; }

// The watermark file: a 4 × 4 red square the demo writes at start, so it needs no asset.
std::string write_mark() {
    gr::image::Image red = gr::image::make_image(4, 4, gr::image::Mode::RGB, 16);
    for (std::size_t i = 0; i < red.pixels.size(); i += 3) red.pixels[i] = 200;
    auto png = gr::image::encode(red, {.format = "png"});
    std::string path = (std::filesystem::temp_directory_path() / "graft-image-info-mark.png").string();
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(png.data()), std::streamsize(png.size()));
    return path;
}

int main() {
    gr::Blocks demo({.title = "Image info"});
    demo.markdown("# Image info\nUpload an image to see its format and size.");
    auto img = demo.component("image", {{"label", "Image"}, {"type", "filepath"}});
    auto out = demo.textbox({.label = "Description"});
    img.change(describe, {img}, {out}, {.api_name = "describe"});
    demo.button("Describe again").click(describe, {img}, {out}, {.api_name = "describe_again"});
    auto marked = demo.image({{"label", "Marked"}, {"format", "png"}, {"watermark", write_mark()}});
    demo.button("Mark").click(mark, {img}, {marked}, {.api_name = "mark"});
    demo.launch();
}
