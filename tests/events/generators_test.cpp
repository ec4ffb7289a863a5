// Generators: each yield updates the outputs, the end completes with the last value, a
// time_limit ends the run; gr.Progress and gr.Info/Warning reach the page.
#include <catch2/catch_test_macros.hpp>

#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

std::string app(const std::string& more = "") {
    return test::app_config(R"([{"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}])",
                            R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "count",
                                "types": {"generator": true, "cancel": false})" + more + R"(},
                               {"id": 1, "targets": [[null, "success"]], "inputs": [], "outputs": [], "api_name": "done",
                                "trigger_after": 0, "trigger_only_on_success": true}])");
}

}  // namespace

TEST_CASE("each yield updates the outputs while generating, and the end completes with the last value") {
    Host h(app());
    auto run = h.click(3).at(0);
    CHECK(run.generator);
    h.engine.yield_value(run.job, "1");
    h.engine.yield_value(run.job, "2");
    auto cmds = h.step();
    auto props = only<SetProps>(cmds);
    REQUIRE(props.size() == 2);
    CHECK(props[1].props["value"] == "2");
    CHECK(only<SetStatus>(cmds).at(0).status == Status::generating);
    h.engine.end_stream(run.job);
    auto end = h.step();
    CHECK(only<SetStatus>(end).at(0).status == Status::complete);
    CHECK(only<RunJob>(end).at(0).fn == "done");
    CHECK(h.engine.value(ComponentId(2)) == "2");
}

TEST_CASE("time_limit ends a generator: the host is told to stop it and the event completes") {
    Host h(app(R"(, "time_limit": 5)"));
    h.at(1);
    auto run = h.click(3).at(0);
    auto wake = only<WakeAt>(h.last);
    REQUIRE(wake.size() == 1);
    CHECK(wake[0].at == 6);
    h.engine.yield_value(run.job, "tick");
    h.at(5.9);
    CHECK(only<CancelJob>(h.step()).empty());
    h.at(6);
    auto cmds = h.step();
    CHECK(only<CancelJob>(cmds).at(0).job == run.job);
    CHECK(only<SetStatus>(cmds).back().status == Status::complete);
    CHECK(only<RunJob>(cmds).at(0).fn == "done");
}

TEST_CASE("a generator that fails mid-way shows the error and keeps what it yielded") {
    Host h(app());
    auto run = h.click(3).at(0);
    h.engine.yield_value(run.job, "partial");
    h.engine.reject(run.job, "lost the thread");
    auto cmds = h.step();
    CHECK(only<Toast>(cmds).at(0).message == "lost the thread");
    CHECK(h.engine.value(ComponentId(2)) == "partial");
}

TEST_CASE("progress data and gr.Info/Warning messages from a running function reach the page") {
    Host h(app());
    auto run = h.click(3).at(0);
    h.engine.progress(run.job, Json::parse(R"([{"index": 1, "length": 4, "unit": "steps", "progress": null, "desc": null}])"));
    h.engine.log(run.job, ToastLevel::warning, "running low");
    h.engine.log(run.job, ToastLevel::info, "halfway");
    auto cmds = h.step();
    CHECK(only<SetStatus>(cmds).at(0).progress[0]["length"] == 4);
    auto toasts = only<Toast>(cmds);
    REQUIRE(toasts.size() == 2);
    CHECK(toasts[0].level == ToastLevel::warning);
    CHECK(toasts[0].title == "Warning");
    CHECK(toasts[1].level == ToastLevel::info);
}

TEST_CASE("yielding to a job that is neither a generator nor a stream is a clear error") {
    Host h(test::app_config(R"([{"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}])",
                            R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "plain"}])"));
    auto run = h.click(3).at(0);
    CHECK_THROWS_WITH(h.engine.yield_value(run.job, "x"), "job 1 (\"plain\") is not a generator or a stream");
}
