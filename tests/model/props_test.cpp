// Prop type checks while reading a config: wrong types are reported with the JSON path of the
// prop and what was expected; unknown props and null pass.
#include <catch2/catch_test_macros.hpp>

#include "gr/config.h"

using namespace gr;

namespace {

Problems load_with_props(const std::string& type, const std::string& props) {
    return load_config_text(R"({"components": [{"id": 1, "type": ")" + type + R"(", "props": )" + props + R"(}], "layout": {"id": 0, "children": [{"id": 1}]}})").problems;
}

}  // namespace

TEST_CASE("a prop of the wrong type is reported at its path with what was expected") {
    Problems p = load_with_props("textbox", R"({"lines": "two"})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "$.components[0].props.lines");
    CHECK(p[0].message == "expected an integer, got \"two\"");
}

TEST_CASE("every wrong prop of a component is reported at once") {
    Problems p = load_with_props("dropdown", R"({"choices": "a,b", "multiselect": "yes", "type": "label", "visible": 1, "elem_classes": [3]})");
    REQUIRE(p.size() == 5);
    CHECK(format_problems(p) ==
          "$.components[0].props.choices: expected a list of choices ([display, value] pairs or values), got \"a,b\"\n"
          "$.components[0].props.elem_classes: expected a string or a list of strings, got [3]\n"
          "$.components[0].props.multiselect: expected true or false, got \"yes\"\n"
          "$.components[0].props.type: expected \"value\" or \"index\", got \"label\"\n"
          "$.components[0].props.visible: expected true, false or \"hidden\", got 1\n");
}

TEST_CASE("null props, unknown props and visible=\"hidden\" are accepted") {
    CHECK(load_with_props("slider", R"({"minimum": null, "sparkle": {"x": 1}, "visible": "hidden", "step": 0.5})").empty());
    CHECK(load_with_props("number", R"({"precision": 2.0})").empty());  // a whole float is an integer
}

TEST_CASE("a component entry of type blocks is refused: the Blocks is the layout root") {
    Problems p = load_with_props("blocks", "{}");
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "$.components[0].type");
}

TEST_CASE("top-level fields of the wrong type are reported, and every Gradio protocol is accepted") {
    for (const char* protocol : {"sse_v3", "sse_v2.1", "sse_v2", "sse_v1", "sse", "ws"})
        CHECK(load_config_text(std::string(R"({"protocol": ")") + protocol + R"(", "components": [], "layout": {"id": 0, "children": []}})").ok());
    Problems p = load_config_text(R"({"protocol": "sse_v9", "title": 5, "css": [], "fill_height": "yes", "max_file_size": "5mb", "components": [], "layout": {"id": 0, "children": []}})").problems;
    CHECK(format_problems(p) ==
          "$.protocol: expected \"sse_v3\" (Gradio 5/6), \"sse\", \"sse_v1\", \"sse_v2\", \"sse_v2.1\" (4.x) or \"ws\" (3.x), got \"sse_v9\"\n"
          "$.title: expected a string, got 5\n"
          "$.css: expected a string or null, got []\n"
          "$.fill_height: expected true or false, got \"yes\"\n"
          "$.max_file_size: expected a number of bytes (an integer) or null, got \"5mb\"\n");
}

TEST_CASE("an initial value its component cannot show is reported at props.value with the codec's message") {
    Problems p = load_with_props("number", R"({"value": "abc"})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "$.components[0].props.value");
    CHECK(p[0].message == "Number (component 1): expected a number, got \"abc\"");
    CHECK(load_with_props("dataframe", R"({"value": {"headers": ["a"], "data": [[1], [2, 3]]}})").size() == 1);
    CHECK(load_with_props("chatbot", R"({"value": [["Hi", "Hello"]]})").empty());
}
