// `cancels`: a queued event is dropped, an iterating generator is stopped, a running plain
// function finishes (Gradio's documented rule); and Gradio's synthetic cancel listener.
#include <catch2/catch_test_macros.hpp>

#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

const std::string& parts = test::boxes_and_buttons;

const std::string deps = R"([
    {"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "slow", "trigger_mode": "multiple"},
    {"id": 1, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "count", "types": {"generator": true}},
    {"id": 2, "targets": [[4, "click"]], "inputs": [], "outputs": [], "backend_fn": false, "queue": false,
     "api_visibility": "private", "cancels": [0, 1], "types": {"generator": false, "cancel": true}},
    {"id": 3, "targets": [[null, "then"]], "inputs": [], "outputs": [], "api_name": "after_slow", "trigger_after": 0}])";

}  // namespace

TEST_CASE("cancels drops a queued job before it runs and runs its .then") {
    Host h(test::app_config(parts, deps));
    auto started = h.click(3);  // slow #1 runs, count runs
    REQUIRE(started.size() == 2);
    h.click(3);  // slow #2 waits; count is "once" and drops this click
    h.engine.dispatch(ComponentId(4), "click");
    const Commands& cmds = h.step();
    auto runs = only<RunJob>(cmds);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].fn == "after_slow");  // the cancelled queued event's .then
    h.engine.resolve(started[0].job, "done");  // slow #1 was running: it finishes
    auto after = h.step();
    CHECK(only<SetProps>(after).at(0).props["value"] == "done");
    for (auto& r : only<RunJob>(after)) CHECK(r.fn == "after_slow");  // slow #2 never runs
}

TEST_CASE("cancels stops a running generator and its later chunks are ignored") {
    Host h(test::app_config(parts, deps));
    auto started = h.click(3);
    JobId gen = started.at(1).job;
    h.engine.yield_value(gen, 1);
    CHECK(only<SetStatus>(h.step()).at(0).status == Status::generating);
    h.engine.dispatch(ComponentId(4), "click");
    auto cmds = h.step();
    auto stops = only<CancelJob>(cmds);
    REQUIRE(stops.size() == 1);
    CHECK(stops[0].job == gen);
    h.engine.yield_value(gen, 2);
    h.engine.end_stream(gen);
    CHECK(h.step().empty());
    CHECK(h.engine.value(ComponentId(2)) == "1");
}

TEST_CASE("a host can cancel a dependency's events directly") {
    Host h(test::app_config(parts, deps));
    auto started = h.click(3);
    h.engine.cancel(DependencyId(1));
    CHECK(only<CancelJob>(h.step()).at(0).job == started.at(1).job);
    CHECK_THROWS_WITH(h.engine.cancel(DependencyId(9)), "no dependency with id 9");
}
