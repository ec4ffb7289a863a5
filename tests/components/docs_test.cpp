// The components page is built from the specs and the page's registry; the committed
// docs/components.md is checked against the real registry by tests/shim/registry.test.mjs.
#include <catch2/catch_test_macros.hpp>
#include <string>

#include "gr/component_spec.h"

TEST_CASE("the components page marks drawn, invisible and placeholder types as the registry says") {
    gr::PageComponents page{.drawn = {{"textbox", "str"}}, .invisible = {"state"}};
    std::string md = gr::components_markdown(page);
    CHECK(md.find("| `textbox` | Textbox | blur, change, copy, focus, input, select, stop, submit |") != std::string::npos);
    CHECK(md.find("| str | drawn |") != std::string::npos);
    CHECK(md.find("| `state` | State |") != std::string::npos);
    CHECK(md.find("nothing to draw (as in Gradio)") != std::string::npos);
    CHECK(md.find("| `chatbot` | Chatbot | change, clear, copy, edit, example_select, like, option_select, retry, select, undo |") != std::string::npos);
    CHECK(md.find("placeholder (\"not displayed yet\" note)") != std::string::npos);
}

TEST_CASE("with every type drawn or invisible, the components page promises no placeholder") {
    gr::PageComponents page;
    for (auto& s : gr::all_specs()) {
        if (s.kind == gr::BlockKind::invisible) page.invisible.insert(std::string(s.type));
        else if (s.kind != gr::BlockKind::root) page.drawn[std::string(s.type)] = "the wire value";
    }
    std::string md = gr::components_markdown(page);
    CHECK(md.find("every other type has nothing to draw, as in Gradio") != std::string::npos);
    CHECK(md.find("placeholder") == std::string::npos);
}
