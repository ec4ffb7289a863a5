#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/config.h"
#include "support/harness.h"
#include "support/fixtures.h"

using namespace gr;
using Catch::Matchers::ContainsSubstring;

namespace {

bool has_problem(const LoadResult& r, const std::string& path, const std::string& words) {
    for (auto& p : r.problems)
        if (p.path == path && p.message.find(words) != std::string::npos) return true;
    return false;
}

std::string read_fixture(const std::string& name) { return test::fixture_text(name); }

}  // namespace

TEST_CASE("a hello config loads with its components, layout and listener") {
    auto app = test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "welcome"}])"));
    REQUIRE(app->components.size() == 3);
    CHECK(app->title() == "Hello");
    CHECK(app->layout.children.size() == 3);
    REQUIRE(app->dependencies.size() == 1);
    CHECK(app->dependencies[0].api_name == "welcome");
    CHECK(app->dependencies[0].trigger_mode == TriggerMode::always_last);  // Gradio's default for change
}

TEST_CASE("malformed JSON is one problem at $ that says where the parser stopped") {
    LoadResult r = load_config_text(std::string_view(R"({"components": [)"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "$");
    CHECK_THAT(r.problems[0].message, ContainsSubstring("malformed JSON"));
}

TEST_CASE("an unknown component type is reported at its path, naming the type") {
    LoadResult r = load_config_text(R"({"components": [{"id": 1, "type": "sparkles", "props": {}}], "layout": {"id": 0, "children": [{"id": 1}]}, "dependencies": []})");
    CHECK(has_problem(r, "$.components[0].type", "unknown component type \"sparkles\""));
}

TEST_CASE("a config with several mistakes reports all of them at once") {
    LoadResult r = load_config_text(test::hello_config(R"([
        {"id": 0, "targets": [[9, "click"]], "inputs": [1], "outputs": [2]},
        {"id": 1, "targets": [[3, "submit"]], "inputs": [7], "outputs": [2], "trigger_mode": "sometimes"}])"));
    CHECK(has_problem(r, "$.dependencies[0].targets[0]", "no component with id 9"));
    CHECK(has_problem(r, "$.dependencies[1].targets[0]", "Button (component 3) has no \"submit\" event"));
    CHECK(has_problem(r, "$.dependencies[1].inputs[0]", "no component with id 7"));
    CHECK(has_problem(r, "$.dependencies[1].trigger_mode", "\"sometimes\""));
    CHECK(r.problems.size() == 4);
}

TEST_CASE("wrong field types are reported with what was expected") {
    LoadResult r = load_config_text(R"({"components": [{"id": "one", "type": 5, "props": []}], "layout": {"id": 0, "children": {}}, "dependencies": {}})");
    CHECK(has_problem(r, "$.components[0].id", "expected a component id (an integer), got a string"));
    CHECK(has_problem(r, "$.components[0].type", "expected the component type as a string"));
    CHECK(has_problem(r, "$.components[0].props", "expected an object of props, got an array"));
    CHECK(has_problem(r, "$.layout.children", "expected an array of layout nodes, got an object"));
    CHECK(has_problem(r, "$.dependencies", "expected an array of dependencies"));
}

TEST_CASE("a chained listener pointing at a missing dependency is reported") {
    LoadResult r = load_config_text(test::hello_config(R"([{"id": 0, "targets": [[null, "then"]], "inputs": [], "outputs": [2], "trigger_after": 5}])"));
    CHECK(has_problem(r, "$.dependencies[0].trigger_after", "no dependency with id 5"));
}

TEST_CASE("Gradio 3.x listeners (ids plus one trigger) load as [id, event] targets") {
    auto app = test::load_ok(test::hello_config(R"([{"targets": [3], "trigger": "click", "inputs": [1], "outputs": [2], "api_name": "predict"}])"));
    REQUIRE(app->dependencies[0].targets.size() == 1);
    CHECK(app->dependencies[0].targets[0].component == ComponentId(3));
    CHECK(app->dependencies[0].targets[0].event == "click");
    CHECK(app->dependencies[0].id == DependencyId(0));  // no id: the index, as Gradio's client does
}

TEST_CASE("read, write, read keeps the config's meaning and its unknown fields") {
    std::string text = test::hello_config(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "welcome", "zerogpu": true, "types": {"generator": false, "cancel": false}}])");
    auto first = test::load_ok(text);
    Json written = to_config(*first);
    CHECK(written["dependencies"][0]["zerogpu"] == true);
    CHECK(written["title"] == "Hello");
    auto second = test::load_ok(written.dump());
    CHECK(to_config(*second) == written);
}

TEST_CASE("the client test fixture config from Gradio's repository loads and round-trips") {
    auto app = test::load_ok(read_fixture("client_js_test_config_response.json"));
    CHECK(app->dependencies.size() == 3);
    Json written = to_config(*app);
    CHECK(to_config(*test::load_ok(written.dump())) == written);
}
