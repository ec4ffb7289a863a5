// The value codecs are linked by family (gr/codec.h): a C++ app module carries only those of
// the types its builder calls declare. These tests check the list of types that have a codec
// against the families, and that every typed builder method links its own type's family.
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "gr/blocks.h"
#include "gr/codec.h"
#include "gr/config.h"
#include "gr/component_spec.h"

// From core/src/components/codec_detail.h (the core's private headers are not on the tests'
// include path): the two hooks these tests need.
namespace gr::codec_detail {
struct Codec;
void unlink_codecs_for_test();
const Codec* codec_for(std::string_view type);
}  // namespace gr::codec_detail

namespace {

// Every test of this binary sees all families linked, as an app loaded from a config does,
// whatever order the tests run in: many of them build Components by hand.
const bool all_linked = (gr::link_all_codecs(), true);

// Unlinks every family for one test and links them all again after it, even if it fails.
struct Unlinked {
    Unlinked() { gr::codec_detail::unlink_codecs_for_test(); }
    ~Unlinked() { gr::link_all_codecs(); }
};

bool unlinked_refuses(std::string_view type) {
    Unlinked scope;
    try {
        gr::codec_detail::codec_for(type);
        return false;
    } catch (const std::logic_error&) {
        return true;
    }
}

}  // namespace

TEST_CASE("a type has a codec exactly when an unlinked family refuses it, for every type Graft knows") {
    REQUIRE(all_linked);
    for (const auto& spec : gr::all_specs()) {
        INFO(spec.type);
        bool has_codec = gr::codec_detail::codec_for(spec.type) != nullptr;
        CHECK(unlinked_refuses(spec.type) == has_codec);
    }
}

TEST_CASE("each typed builder method links its own type's codecs and no app needs more") {
    using Make = std::function<gr::ComponentRef(gr::Blocks&)>;
    const std::vector<std::pair<std::string, Make>> makers = {
        {"textbox", [](gr::Blocks& b) { return b.textbox(); }},
        {"number", [](gr::Blocks& b) { return b.number(); }},
        {"slider", [](gr::Blocks& b) { return b.slider(); }},
        {"checkbox", [](gr::Blocks& b) { return b.checkbox(); }},
        {"markdown", [](gr::Blocks& b) { return b.markdown("x"); }},
        {"html", [](gr::Blocks& b) { return b.html("x"); }},
        {"dropdown", [](gr::Blocks& b) { return b.dropdown({}); }},
        {"radio", [](gr::Blocks& b) { return b.radio({}); }},
        {"checkboxgroup", [](gr::Blocks& b) { return b.checkbox_group({}); }},
        {"button", [](gr::Blocks& b) { return b.button("Go"); }},
        {"code", [](gr::Blocks& b) { return b.code(); }},
        {"colorpicker", [](gr::Blocks& b) { return b.color_picker(); }},
        {"datetime", [](gr::Blocks& b) { return b.date_time(); }},
        {"downloadbutton", [](gr::Blocks& b) { return b.download_button(); }},
        {"uploadbutton", [](gr::Blocks& b) { return b.upload_button(); }},
        {"json", [](gr::Blocks& b) { return b.json(); }},
        {"label", [](gr::Blocks& b) { return b.label(); }},
        {"dataframe", [](gr::Blocks& b) { return b.dataframe(); }},
        {"dataset", [](gr::Blocks& b) { return b.dataset(); }},
        {"highlightedtext", [](gr::Blocks& b) { return b.highlighted_text(); }},
        {"chatbot", [](gr::Blocks& b) { return b.chatbot(); }},
        {"file", [](gr::Blocks& b) { return b.file(); }},
        {"image", [](gr::Blocks& b) { return b.image(); }},
        {"imageslider", [](gr::Blocks& b) { return b.image_slider(); }},
        {"simpleimage", [](gr::Blocks& b) { return b.simple_image(); }},
        {"audio", [](gr::Blocks& b) { return b.audio(); }},
        {"video", [](gr::Blocks& b) { return b.video(); }},
        {"model3d", [](gr::Blocks& b) { return b.model3d(); }},
        {"gallery", [](gr::Blocks& b) { return b.gallery(); }},
        {"nativeplot", [](gr::Blocks& b) { return b.line_plot(); }},
        {"state", [](gr::Blocks& b) { return b.state(); }},
        {"browserstate", [](gr::Blocks& b) { return b.browser_state(); }},
        {"timer", [](gr::Blocks& b) { return b.timer(); }},
    };
    for (const auto& [type, make] : makers) {
        INFO(type);
        Unlinked scope;
        gr::Blocks demo;
        make(demo);
        const gr::Component* c = nullptr;
        gr::App app = demo.app();
        for (const auto& comp : app.components)
            if (comp.type == type) c = &comp;
        REQUIRE(c);
        CHECK(gr::codec_detail::codec_for(type) != nullptr);
        // A value through the type's codec: no "not linked" error (a ValueError is fine).
        try {
            gr::postprocess(*c, c->props, nullptr);
        } catch (const gr::ValueError&) {
        }
    }
}

TEST_CASE("the generic component(type) and the config reader link every family") {
    {
        Unlinked scope;
        gr::Blocks demo;
        demo.component("slider");
        CHECK(gr::codec_detail::codec_for("chatbot") != nullptr);
    }
    {
        Unlinked scope;
        gr::load_config_text(R"({"components": [], "layout": {"id": 0, "children": []}, "dependencies": []})");
        CHECK(gr::codec_detail::codec_for("gallery") != nullptr);
    }
}
