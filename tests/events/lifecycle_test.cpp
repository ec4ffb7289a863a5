// Timers, every=, load and unload: the engine arms and disarms host timers and reacts to ticks.
#include <catch2/catch_test_macros.hpp>

#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

const std::string app = test::app_config(
    R"([{"id": 2, "type": "textbox"}, {"id": 6, "type": "timer", "props": {"value": 0.5}}, {"id": 3, "type": "button"}])",
    R"([{"id": 0, "targets": [[6, "tick"]], "inputs": [], "outputs": [2], "api_name": "tick", "show_progress": "hidden"},
        {"id": 1, "targets": [[3, "click"]], "inputs": [], "outputs": [6], "api_name": "stop"},
        {"id": 2, "targets": [[null, "unload"]], "inputs": [], "outputs": [], "api_name": "bye"}])");

}  // namespace

TEST_CASE("mount arms an active Timer with its interval, and each tick runs its listeners") {
    Host h(app);
    h.engine.mount();
    auto armed = h.got<ArmTimer>();
    REQUIRE(armed.size() == 1);
    CHECK(armed[0].timer == ComponentId(6));
    CHECK(armed[0].interval == 0.5);
    h.engine.timer_fired(ComponentId(6));
    auto runs = h.runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].fn == "tick");
    CHECK(only<SetStatus>(h.last).at(0).show_progress == ShowProgress::hidden);
}

TEST_CASE("an update making a Timer inactive disarms it, and a late tick is ignored") {
    Host h(app);
    h.engine.mount();
    h.step();
    h.engine.resolve(h.click(3).at(0).job, Json::parse(R"({"__type__": "update", "active": false})"));
    CHECK(h.got<DisarmTimer>().at(0).timer == ComponentId(6));
    h.engine.timer_fired(ComponentId(6));
    CHECK(h.step().empty());
}

TEST_CASE("an update changing a Timer's value re-arms it with the new interval") {
    Host h(app);
    h.engine.mount();
    h.step();
    h.engine.resolve(h.click(3).at(0).job, 2.0);
    CHECK(h.got<ArmTimer>().at(0).interval == 2.0);
}

TEST_CASE("unmount disarms timers and runs the unload listeners") {
    Host h(app);
    h.engine.mount();
    h.step();
    h.engine.unmount();
    auto cmds = h.step();
    CHECK(only<DisarmTimer>(cmds).size() == 1);
    CHECK(only<RunJob>(cmds).at(0).fn == "bye");
}

TEST_CASE("every= as Gradio writes it (a Timer plus tick and load targets) re-evaluates on load and each tick") {
    Host h(test::app_config(R"([{"id": 2, "type": "textbox"}, {"id": 7, "type": "timer", "props": {"value": 1, "render": false}}])",
                            R"([{"id": 0, "targets": [[7, "tick"], [0, "load"]], "inputs": [], "outputs": [2], "api_name": "now",
                                 "trigger_mode": "once", "show_progress": "hidden"}])"));
    h.engine.mount();
    auto runs = h.runs();
    REQUIRE(runs.size() == 1);
    h.engine.timer_fired(ComponentId(7));
    CHECK(h.runs().empty());  // once: the tick is dropped while the load run is in flight
    h.engine.resolve(runs[0].job, "12:00");
    h.engine.timer_fired(ComponentId(7));
    CHECK(h.runs().size() == 1);
}

namespace {

// An unload listener as a hand-written config might list it: with an input and an output, and
// a change listener on that output that must not fire.
const std::string unload_app = test::app_config(
    test::boxes_and_buttons,
    R"([{"id": 0, "targets": [[null, "unload"]], "inputs": [1], "outputs": [2], "api_name": "bye"},
        {"id": 1, "targets": [[2, "change"]], "inputs": [], "outputs": [], "api_name": "changed"},
        {"id": 2, "targets": [[null, "then"]], "inputs": [], "outputs": [], "api_name": "after", "trigger_after": 0}])");

}  // namespace

TEST_CASE("unload listeners get no input values, as Gradio calls them with data []") {
    Host h(unload_app);
    h.type(1, "Ada");
    h.engine.unmount();
    auto cmds = h.step();
    REQUIRE(only<RunJob>(cmds).size() == 1);
    CHECK(only<RunJob>(cmds)[0].inputs == Json::array());
    CHECK(only<SetStatus>(cmds).empty());
}

TEST_CASE("an unload listener's outputs are ignored: no props, no status, no change, no chain") {
    Host h(unload_app);
    h.engine.unmount();
    auto run = h.runs().at(0);
    h.engine.resolve(run.job, "left");
    CHECK(h.step().empty());
    CHECK(h.engine.value(ComponentId(2)).is_null());
}

TEST_CASE("an unload listener that fails, yields or reports shows nothing") {
    Host h(test::app_config(test::boxes_and_buttons,
                            R"([{"id": 0, "targets": [[null, "unload"]], "inputs": [], "outputs": [2], "api_name": "bye"},
                                {"id": 1, "targets": [[null, "unload"]], "inputs": [], "outputs": [2], "api_name": "gen",
                                 "types": {"generator": true, "cancel": false}}])"));
    h.engine.unmount();
    auto runs = h.runs();
    REQUIRE(runs.size() == 2);
    h.engine.reject(runs[0].job, "could not clean up");
    h.engine.progress(runs[1].job, Json::parse(R"([{"index": 1, "length": 2, "unit": "steps", "progress": null, "desc": null}])"));
    h.engine.log(runs[1].job, ToastLevel::info, "cleaning");
    h.engine.yield_value(runs[1].job, "half");
    h.engine.end_stream(runs[1].job);
    CHECK(h.step().empty());
    CHECK(h.engine.value(ComponentId(2)).is_null());
}
