// C++ functions with gr::image::Image parameters and results in a Session (the page's C++ apps):
// the session asks the host for the pixels of gr.Image inputs (PrepareImages), runs the call
// when they come, and keeps returned images for the host to take.
#include <catch2/catch_test_macros.hpp>

#include "gr/blocks.h"
#include "gr/session.h"
#include "support/harness.h"

using namespace gr;
using test::only;

namespace {

const Json upload = {{"path", nullptr}, {"url", "blob:photo"}, {"orig_name", "photo.png"}, {"meta", {{"_type", "gradio.FileData"}}}};

image::Image gray(int w, int h, uint8_t v) {
    image::Image im = image::make_image(w, h, image::Mode::L, 1 << 20);
    std::fill(im.pixels.begin(), im.pixels.end(), v);
    return im;
}

std::string describe(const image::Image& im) {
    return std::to_string(im.width) + "x" + std::to_string(im.height) + " " + std::string(image::mode_name(im.mode));
}

// An app whose button runs `fn` on the image (props `image_props`) into a textbox or an image.
template <class F>
Session image_app(F fn, Json image_props = Json::object(), bool image_out = false) {
    Blocks demo;
    auto in = demo.image(image_props);
    auto out = image_out ? demo.image() : demo.textbox();
    demo.button("Go").click(fn, {in}, {out}, {.api_name = "fn"});
    return Session(std::make_shared<const App>(demo.app()), demo.functions());
}

// The user uploads `upload` into the image and clicks the button: the commands that follow.
Commands upload_and_click(Session& s) {
    s.engine().user_input(ComponentId(1), upload);
    s.take_commands();
    s.engine().dispatch(ComponentId(3), "click");
    return s.take_commands();
}

}  // namespace

TEST_CASE("a C++ function taking gr::image::Image waits for the host's pixels, then runs on them") {
    Session s = image_app([](const image::Image& im) { return describe(im); }, {{"image_mode", "L"}});
    auto cmds = upload_and_click(s);
    auto asks = only<PrepareImages>(cmds);
    REQUIRE(asks.size() == 1);
    CHECK(asks[0].inputs == std::vector<std::size_t>{0});
    CHECK(asks[0].values[0]["url"] == "blob:photo");
    CHECK(only<SetProps>(cmds).empty());

    std::vector<std::optional<image::Image>> images;
    images.emplace_back(gray(4, 3, 9));
    s.provide_images(asks[0].job, std::move(images));
    CHECK(only<SetProps>(s.take_commands()).at(0).props["value"] == "4x3 L");
}

TEST_CASE("an empty gr.Image is a clear error for gr::image::Image and nullopt for std::optional") {
    Session required = image_app([](const image::Image& im) { return describe(im); });
    required.engine().dispatch(ComponentId(3), "click");
    auto cmds = required.take_commands();
    CHECK(only<PrepareImages>(cmds).empty());
    CHECK(only<Toast>(cmds).at(0).message == "Please provide an image (argument 1 is empty).");

    Session optional = image_app([](const std::optional<image::Image>& im) { return im ? describe(*im) : "no image"; });
    optional.engine().dispatch(ComponentId(3), "click");
    CHECK(only<SetProps>(optional.take_commands()).at(0).props["value"] == "no image");
}

TEST_CASE("a gr.Image with type filepath hands a C++ function the file's path or URL, with no pixels asked for") {
    Session s = image_app([](const std::string& file) { return "got " + file; }, {{"type", "filepath"}});
    auto cmds = upload_and_click(s);
    CHECK(only<PrepareImages>(cmds).empty());
    CHECK(only<SetProps>(cmds).at(0).props["value"] == "got blob:photo");

    Session json = image_app([](const Json& file) { return file["orig_name"].get<std::string>(); }, {{"type", "filepath"}});
    CHECK(only<SetProps>(upload_and_click(json)).at(0).props["value"] == "photo.png");
}

TEST_CASE("a C++ function that takes a gr.Image as gr::Json gets its FileData, and no pixels are asked for") {
    Session s = image_app([](const Json& file) { return file["orig_name"].get<std::string>(); });
    auto cmds = upload_and_click(s);
    CHECK(only<PrepareImages>(cmds).empty());
    CHECK(only<SetProps>(cmds).at(0).props["value"] == "photo.png");
}

TEST_CASE("the signature decides: a gr::image::Image parameter gets pixels even from a filepath gr.Image") {
    Session s = image_app([](const image::Image& im) { return describe(im); }, {{"type", "filepath"}});
    auto asks = only<PrepareImages>(upload_and_click(s));
    REQUIRE(asks.size() == 1);
    std::vector<std::optional<image::Image>> images;
    images.emplace_back(gray(2, 5, 1));
    s.provide_images(asks[0].job, std::move(images));
    CHECK(only<SetProps>(s.take_commands()).at(0).props["value"] == "2x5 L");
}

TEST_CASE("an image the host could not prepare fails the event with the host's message") {
    Session s = image_app([](const image::Image& im) { return describe(im); });
    JobId job = only<PrepareImages>(upload_and_click(s)).at(0).job;
    s.fail_images(job, "photo.png: cannot identify image file");
    CHECK(only<Toast>(s.take_commands()).at(0).message == "photo.png: cannot identify image file");
    s.provide_images(job, {});  // too late: ignored
    CHECK(s.take_commands().empty());
}

TEST_CASE("an image a C++ function returns becomes a FileData whose pixels the host takes once") {
    Session s = image_app([](const std::string&) { return gray(2, 2, 200); }, Json::object(), true);
    s.engine().dispatch(ComponentId(3), "click");
    auto set = only<SetProps>(s.take_commands());
    REQUIRE(set.size() == 1);
    const Json& value = set[0].props["value"];
    CHECK(value["meta"]["_type"] == "gradio.FileData");
    std::string path = value["path"];
    auto im = s.take_image(path);
    REQUIRE(im);
    CHECK(describe(*im) == "2x2 L");
    CHECK(im->pixels[3] == 200);
    CHECK_FALSE(s.take_image(path));
}
