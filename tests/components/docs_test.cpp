// docs/components.md is what the specs generate: regenerate it with
// `build/native/graft docs components > docs/components.md` when the specs change.
#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "gr/component_spec.h"

namespace {

std::string repo_file(const std::string& relative) {
    std::string here = __FILE__;  // <repo>/tests/components/docs_test.cpp
    std::string root = here.substr(0, here.rfind("tests/components/"));
    std::ifstream in(root + relative);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("docs/components.md is exactly what the component specs generate") {
    CHECK(repo_file("docs/components.md") == gr::components_markdown());
}

TEST_CASE("the components page says which components the browser draws today") {
    std::string page = gr::components_markdown();
    CHECK(page.find("| `textbox` | Textbox |") != std::string::npos);
    CHECK(page.find("| `chatbot` | Chatbot | change, clear, copy, edit, example_select, like, option_select, retry, select, undo |") != std::string::npos);
    CHECK(page.find("placeholder") != std::string::npos);
}
