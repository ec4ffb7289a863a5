// What a function's return does to its outputs: updates, gr.skip(), dict-of-components,
// postprocess/preprocess through the component codecs, scroll_to_output, show_progress_on.
#include <catch2/catch_test_macros.hpp>

#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

const std::string parts = R"([{"id": 1, "type": "number"}, {"id": 2, "type": "textbox"},
    {"id": 3, "type": "button"}, {"id": 4, "type": "textbox"}])";

std::string one(const std::string& more) {
    return R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2, 4], "api_name": "f")" + more + "}]";
}

}  // namespace

TEST_CASE("a single gr.skip() with several outputs leaves them all unchanged") {
    Host h(test::app_config(parts, one("")));
    h.engine.resolve(h.click(3).at(0).job, {{"__type__", "update"}});
    auto cmds = h.step();
    CHECK(only<SetProps>(cmds).empty());
    CHECK(only<SetStatus>(cmds).at(0).status == Status::complete);
}

TEST_CASE("a dict-of-components return sets only the components it names") {
    Host h(test::app_config(parts, one("")));
    h.engine.resolve(h.click(3).at(0).job, Json::parse(R"({"__type__": "dict", "values": {"4": "only four"}})"));
    auto props = h.got<SetProps>();
    REQUIRE(props.size() == 1);
    CHECK(props[0].component == ComponentId(4));
    CHECK(props[0].props["value"] == "only four");
}

TEST_CASE("a dict return naming a component that is not an output is a clear error") {
    Host h(test::app_config(parts, one("")));
    h.engine.resolve(h.click(3).at(0).job, Json::parse(R"({"__type__": "dict", "values": {"1": 5}})"));
    CHECK(h.got<Toast>().at(0).message == "function \"f\" returned a value for component 1, which is not one of its outputs");
}

TEST_CASE("an update sets any prop and applies visible last") {
    Host h(test::app_config(parts, one("")));
    h.engine.resolve(h.click(3).at(0).job, Json::parse(R"([{"__type__": "update", "visible": false, "lines": 4, "value": "v"}, null])"));
    auto props = h.got<SetProps>();
    REQUIRE(props.size() == 2);
    CHECK(props[0].props == Json({{"lines", 4}, {"value", "v"}, {"visible", false}}));
    CHECK(props[1].props == Json({{"value", nullptr}}));
    CHECK(h.engine.props(ComponentId(2))["lines"] == 4);
}

TEST_CASE("returned values are postprocessed by the output's codec unless postprocess is false") {
    Host with(test::app_config(parts, one("")));
    with.engine.resolve(with.click(3).at(0).job, Json::array({7, 8}));
    CHECK(with.engine.value(ComponentId(2)) == "7");
    Host without(test::app_config(parts, one(R"(, "postprocess": false)")));
    without.engine.resolve(without.click(3).at(0).job, Json::array({7, 8}));
    CHECK(without.engine.value(ComponentId(2)) == 7);
}

TEST_CASE("an input the codec rejects fails the event with the codec's message, without running fn") {
    Host h(test::app_config(parts, R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "f"}])"));
    h.engine.user_input(ComponentId(1), "seven");
    h.step();
    CHECK(h.click(3).empty());
    auto toast = only<Toast>(h.last);
    REQUIRE(toast.size() == 1);
    CHECK(toast[0].message.find("Number (component 1)") == 0);
}

TEST_CASE("preprocess false hands the wire value to the function untouched") {
    Host h(test::app_config(parts, R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "f", "preprocess": false}])"));
    h.engine.user_input(ComponentId(1), "seven");
    h.step();
    CHECK(h.click(3).at(0).inputs == Json::array({"seven"}));
}

TEST_CASE("scroll_to_output brings the first output into view on completion") {
    Host h(test::app_config(parts, one(R"(, "scroll_to_output": true)")));
    h.engine.resolve(h.click(3).at(0).job, Json::array({"a", "b"}));
    auto scroll = h.got<ScrollTo>();
    REQUIRE(scroll.size() == 1);
    CHECK(scroll[0].component == ComponentId(2));
}

TEST_CASE("show_progress_on puts the status on the given components instead of the outputs") {
    Host h(test::app_config(parts, one(R"(, "show_progress_on": [1], "show_progress": "minimal")")));
    h.click(3);
    auto status = only<SetStatus>(h.last).at(0);
    CHECK(status.components == std::vector{ComponentId(1)});
    CHECK(status.show_progress == ShowProgress::minimal);
}

TEST_CASE("an input listed in component_prop_inputs reaches the function as its whole props object") {
    Host h(test::app_config(parts, R"([{"id": 0, "targets": [[3, "click"]], "inputs": [2, 4], "outputs": [], "api_name": "f",
                                        "component_prop_inputs": [1]}])"));
    auto run = h.click(3).at(0);
    CHECK(run.inputs[0].is_null());
    CHECK(run.inputs[1]["lines"] == 1);
    CHECK(run.inputs[1]["interactive"] == true);
}
