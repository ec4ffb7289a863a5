// Gradio's own configs (tests/fixtures/gradio): each loads, round-trips stably and keeps
// every field Graft does not interpret; the two "wrong" fixtures report how they differ from
// the configs they were meant to equal, each difference with its JSON path.
#include <catch2/catch_test_macros.hpp>
#include <set>

#include "gr/config.h"
#include "gr/config_compare.h"
#include "support/harness.h"
#include "support/fixtures.h"

using namespace gr;

namespace {

Json fixture(const std::string& name) { return Json::parse(test::fixture_text(name)); }

const char* const configs[] = {
    "client_js_test_config_response.json", "xray_config.json", "xray_config_wrong.json",
    "test_data_blocks_configs_XRAY_CONFIG.json", "test_data_blocks_configs_XRAY_CONFIG_WITH_MISTAKE.json",
};

// Dependency keys the reader interprets (and may normalise); all others must pass unchanged.
const std::set<std::string> interpreted = {"id", "targets", "trigger", "inputs", "outputs", "backend_fn", "js", "queue", "api_name", "trigger_mode",
                                           "show_progress", "show_progress_on", "trigger_after", "trigger_only_on_success", "trigger_only_on_failure", "cancels"};

bool has_problem(const Problems& ps, const std::string& path, const std::string& words) {
    for (auto& p : ps)
        if (p.path == path && p.message.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("every Gradio config fixture loads, and read-write-read is stable") {
    for (const char* name : configs) {
        INFO(name);
        Json original = fixture(name);
        auto app = test::load_ok(original.dump());
        Json written = to_config(*app);
        CHECK(to_config(*test::load_ok(written.dump())) == written);
    }
}

TEST_CASE("writing a fixture back keeps every component entry and top-level field as given") {
    for (const char* name : configs) {
        INFO(name);
        Json original = fixture(name);
        Json written = to_config(*test::load_ok(original.dump()));
        REQUIRE(written["components"].size() == original["components"].size());
        for (std::size_t i = 0; i < original["components"].size(); ++i) CHECK(written["components"][i] == original["components"][i]);
        for (auto& [k, v] : original.items())
            if (k != "components" && k != "dependencies" && k != "layout") CHECK(written[k] == v);
        CHECK(written["layout"] == original["layout"]);
    }
}

TEST_CASE("writing a fixture back keeps every dependency field Graft does not interpret") {
    for (const char* name : configs) {
        INFO(name);
        Json original = fixture(name);
        Json written = to_config(*test::load_ok(original.dump()));
        for (std::size_t i = 0; i < original["dependencies"].size(); ++i)
            for (auto& [k, v] : original["dependencies"][i].items())
                if (!interpreted.count(k)) CHECK(written["dependencies"][i][k] == v);
    }
}

TEST_CASE("a Gradio 3.x listener with ids plus one trigger is written as [id, event] targets") {
    Json written = to_config(*test::load_ok(fixture("test_data_blocks_configs_XRAY_CONFIG.json").dump()));
    CHECK(written["dependencies"][0]["targets"] == Json::parse(R"([[38, "click"]])"));
    CHECK_FALSE(written["dependencies"][0].contains("trigger"));
    CHECK(written["dependencies"][2]["targets"] == Json::parse(R"([[30, "load"]])"));  // 3.x load: no ids, trigger "load"
}

TEST_CASE("xray_config_wrong is a sound app by Gradio's rules: Blocks 117 is its root and its load target") {
    auto app = test::load_ok(fixture("xray_config_wrong.json").dump());
    CHECK(app->layout.id == ComponentId(117));
    CHECK(app->dependencies.at(2).targets.at(0).component == ComponentId(117));
    CHECK(app->dependencies.at(2).targets.at(0).event == "load");
}

TEST_CASE("xray_config_wrong differs from xray_config by its extra textbox, form and load listener") {
    Problems p = compare_configs(fixture("xray_config.json"), fixture("xray_config_wrong.json"));
    CHECK(format_problems(p) ==
          "$.components: 18 components where the reference has 16\n"
          "$.layout.children: 5 children where the reference has 4\n"
          "$.dependencies: 3 dependencies where the reference has 2\n");
}

TEST_CASE("XRAY_CONFIG_WITH_MISTAKE reports its swapped image and JSON, its missing forms and listener") {
    Problems p = compare_configs(fixture("test_data_blocks_configs_XRAY_CONFIG.json"), fixture("test_data_blocks_configs_XRAY_CONFIG_WITH_MISTAKE.json"));
    CHECK(has_problem(p, "$.components", "14 components where the reference has 16"));
    CHECK(has_problem(p, "$.components[11].type", "is \"json\" where the reference has a \"image\" ($.layout.children[2].children[1].children[0].children[0])"));
    CHECK(has_problem(p, "$.components[10].type", "is \"image\" where the reference has a \"json\""));
    CHECK(has_problem(p, "$.components[1].type", "is \"checkboxgroup\" where the reference has a \"form\""));
    CHECK(has_problem(p, "$.dependencies", "2 dependencies where the reference has 3"));
    CHECK(has_problem(p, "$.dependencies[1].inputs[1]", "names block 11"));
    CHECK(has_problem(p, "$.components[7].props.css", "the reference has no such key"));
}

TEST_CASE("a config compared with itself, or with its own written form, has no differences") {
    Json x = fixture("xray_config.json");
    CHECK(compare_configs(x, x).empty());
    Json c = fixture("client_js_test_config_response.json");
    CHECK(compare_configs(c, c).empty());
}
