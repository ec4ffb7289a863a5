// Large and hostile configs: they load or fail with one clear problem, never crash. Load
// times are measured by bench/native/config.cpp, not asserted here.
#include <catch2/catch_test_macros.hpp>
#include <string>

#include "gr/config.h"
#include "support/harness.h"

using namespace gr;

TEST_CASE("a config with 10,000 components loads") {
    Json components = Json::array(), children = Json::array();
    for (int i = 1; i <= 10000; ++i) {
        components.push_back({{"id", i}, {"type", i % 2 ? "textbox" : "number"}, {"props", {{"label", "field " + std::to_string(i)}}}});
        children.push_back({{"id", i}});
    }
    Json config = {{"components", components}, {"layout", {{"id", 0}, {"children", children}}}, {"dependencies", Json::array()}};
    auto app = test::load_ok(config.dump());
    CHECK(app->components.size() == 10000);
}

TEST_CASE("JSON nested thousands of levels deep is one problem at $, not a crash") {
    std::string deep = R"({"components": [], "layout": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
    LoadResult r = load_config_text(deep);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "$");
    CHECK(r.problems[0].message.find("nested 100001 levels deep") != std::string::npos);
}

TEST_CASE("a layout nested deeper than 256 levels is reported where it goes too deep") {
    Json components = Json::array();
    Json node = {{"id", 300}};
    components.push_back({{"id", 300}, {"type", "textbox"}, {"props", Json::object()}});
    for (int i = 299; i >= 1; --i) {
        components.push_back({{"id", i}, {"type", "column"}, {"props", Json::object()}});
        node = {{"id", i}, {"children", {node}}};
    }
    LoadResult r = load_config({{"components", components}, {"layout", {{"id", 0}, {"children", {node}}}}});
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message == "layout nested deeper than 256 levels");
}

TEST_CASE("a long string value loads and keeps every byte") {
    std::string big(5'000'000, 'x');
    Json config = {{"components", {{{"id", 1}, {"type", "markdown"}, {"props", {{"value", big}}}}}}, {"layout", {{"id", 0}, {"children", {{{"id", 1}}}}}}};
    auto app = test::load_ok(config.dump());
    CHECK(app->components[0].props["value"].get_ref<const std::string&>().size() == big.size());
}

TEST_CASE("truncated JSON says where the parser stopped") {
    LoadResult r = load_config_text(R"({"components": [{"id": 1, "type": "textbox")");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.find("malformed JSON") != std::string::npos);
    CHECK(r.problems[0].message.find("at line 1, column ") != std::string::npos);
}
