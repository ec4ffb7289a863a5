#include <catch2/catch_test_macros.hpp>

#include "gr/engine.h"
#include "support/harness.h"

using namespace gr;
using test::only;

namespace {

const std::string welcome_on_change =
    R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "welcome"}])";

}  // namespace

TEST_CASE("typing in a textbox runs its change listener with the typed value") {
    Engine e(test::load_ok(test::hello_config(welcome_on_change)));
    e.user_input(ComponentId(1), "Ada");
    auto cmds = e.take_commands();
    auto runs = only<RunJob>(cmds);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].fn == "welcome");
    CHECK(runs[0].inputs == Json::array({"Ada"}));
    auto status = only<SetStatus>(cmds);
    REQUIRE(status.size() == 1);
    CHECK(status[0].status == Status::pending);
    CHECK(status[0].components == std::vector{ComponentId(2)});
}

TEST_CASE("a job's result is written into the output and its status completes") {
    Engine e(test::load_ok(test::hello_config(welcome_on_change)));
    e.user_input(ComponentId(1), "Ada");
    JobId job = only<RunJob>(e.take_commands()).at(0).job;
    e.resolve(job, "Welcome to Gradio, Ada!");
    auto cmds = e.take_commands();
    auto props = only<SetProps>(cmds);
    REQUIRE(props.size() == 1);
    CHECK(props[0].component == ComponentId(2));
    CHECK(props[0].props["value"] == "Welcome to Gradio, Ada!");
    CHECK(only<SetStatus>(cmds).at(0).status == Status::complete);
    CHECK(e.value(ComponentId(2)) == "Welcome to Gradio, Ada!");
}

TEST_CASE("always_last collapses keystrokes during a run into one rerun with the latest text") {
    Engine e(test::load_ok(test::hello_config(welcome_on_change)));
    e.user_input(ComponentId(1), "A");
    JobId first = only<RunJob>(e.take_commands()).at(0).job;
    e.user_input(ComponentId(1), "Ad");
    e.user_input(ComponentId(1), "Ada");
    CHECK(only<RunJob>(e.take_commands()).empty());
    e.resolve(first, "Welcome to Gradio, A!");
    auto reruns = only<RunJob>(e.take_commands());
    REQUIRE(reruns.size() == 1);
    CHECK(reruns[0].inputs == Json::array({"Ada"}));
}

TEST_CASE("once drops clicks while its job is running") {
    Engine e(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "f"}])")));
    e.dispatch(ComponentId(3), "click");
    JobId job = only<RunJob>(e.take_commands()).at(0).job;
    e.dispatch(ComponentId(3), "click");
    CHECK(only<RunJob>(e.take_commands()).empty());
    e.resolve(job, "x");
    CHECK(only<RunJob>(e.take_commands()).empty());
    e.dispatch(ComponentId(3), "click");
    CHECK(only<RunJob>(e.take_commands()).size() == 1);
}

TEST_CASE("a failing function marks its outputs with the error and shows a toast") {
    Engine e(test::load_ok(test::hello_config(welcome_on_change)));
    e.user_input(ComponentId(1), "Ada");
    e.reject(only<RunJob>(e.take_commands()).at(0).job, "name too short");
    auto cmds = e.take_commands();
    auto status = only<SetStatus>(cmds).at(0);
    CHECK(status.status == Status::error);
    CHECK(status.message == "name too short");
    auto toast = only<Toast>(cmds).at(0);
    CHECK(toast.level == ToastLevel::error);
    CHECK(toast.message == "name too short");
    CHECK(only<SetProps>(cmds).empty());
}

TEST_CASE("a function returning the wrong number of values is an error naming both counts") {
    Engine e(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [1, 2], "api_name": "two"}])")));
    e.dispatch(ComponentId(3), "click");
    e.resolve(only<RunJob>(e.take_commands()).at(0).job, Json::array({"only one"}));
    auto toast = only<Toast>(e.take_commands()).at(0);
    CHECK(toast.message == "function \"two\" returned 1 value, but its listener has 2 outputs");
}

TEST_CASE("an update dict changes props other than the value") {
    Engine e(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "f"}])")));
    e.dispatch(ComponentId(3), "click");
    e.resolve(only<RunJob>(e.take_commands()).at(0).job, {{"__type__", "update"}, {"placeholder", "later"}, {"visible", false}});
    auto props = only<SetProps>(e.take_commands()).at(0);
    CHECK(props.props == Json({{"placeholder", "later"}, {"visible", false}}));
    CHECK(e.props(ComponentId(2))["visible"] == false);
}

TEST_CASE("an output update fires change on that output, running its own listener") {
    Engine e(test::load_ok(test::hello_config(R"([
        {"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "f"},
        {"id": 1, "targets": [[2, "change"]], "inputs": [2], "outputs": [1], "api_name": "g"}])")));
    e.dispatch(ComponentId(3), "click");
    e.resolve(only<RunJob>(e.take_commands()).at(0).job, "new");
    auto runs = only<RunJob>(e.take_commands());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].fn == "g");
    CHECK(runs[0].inputs == Json::array({"new"}));
}

TEST_CASE(".then runs after a failure, .success does not, .failure does") {
    Engine e(test::load_ok(test::hello_config(R"([
        {"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "main"},
        {"id": 1, "targets": [[null, "then"]], "inputs": [], "outputs": [], "api_name": "after", "trigger_after": 0},
        {"id": 2, "targets": [[null, "success"]], "inputs": [], "outputs": [], "api_name": "ok", "trigger_after": 0, "trigger_only_on_success": true},
        {"id": 3, "targets": [[null, "failure"]], "inputs": [], "outputs": [], "api_name": "bad", "trigger_after": 0, "trigger_only_on_failure": true}])")));
    e.dispatch(ComponentId(3), "click");
    e.reject(only<RunJob>(e.take_commands()).at(0).job, "boom");
    std::vector<std::string> ran;
    for (auto& r : only<RunJob>(e.take_commands())) ran.push_back(r.fn);
    CHECK(ran == std::vector<std::string>{"after", "bad"});
}

TEST_CASE("a chain of 10,000 .then links runs to the end without deep recursion") {
    Json deps = Json::array({{{"id", 0}, {"targets", {{3, "click"}}}, {"inputs", Json::array()}, {"outputs", Json::array()}, {"backend_fn", false}}});
    for (int i = 1; i < 10000; ++i)
        deps.push_back({{"id", i}, {"targets", {{nullptr, "then"}}}, {"inputs", Json::array()}, {"outputs", Json::array()},
                        {"backend_fn", false}, {"trigger_after", i - 1}});
    deps.back()["backend_fn"] = true;
    deps.back()["api_name"] = "last";
    Engine e(test::load_ok(test::hello_config(deps.dump())));
    e.dispatch(ComponentId(3), "click");
    auto runs = only<RunJob>(e.take_commands());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].fn == "last");
}

TEST_CASE("load listeners run when the app is mounted") {
    Engine e(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[0, "load"]], "inputs": [], "outputs": [2], "api_name": "init"}])")));
    CHECK(only<RunJob>(e.take_commands()).empty());
    e.mount();
    CHECK(only<RunJob>(e.take_commands()).at(0).fn == "init");
}

TEST_CASE("a result for a job that no longer exists is ignored") {
    Engine e(test::load_ok(test::hello_config(welcome_on_change)));
    e.resolve(JobId(42), "late");
    CHECK(e.take_commands().empty());
}

TEST_CASE("inputs are interactive, output-only components are static, explicit interactive wins") {
    Engine e(test::load_ok(R"({"components": [
        {"id": 1, "type": "textbox", "props": {}},
        {"id": 2, "type": "textbox", "props": {}},
        {"id": 3, "type": "textbox", "props": {"interactive": true}},
        {"id": 4, "type": "textbox", "props": {}},
        {"id": 5, "type": "textbox", "props": {"value": "shown"}}],
      "layout": {"id": 0, "children": [{"id": 1}, {"id": 2}, {"id": 3}, {"id": 4}, {"id": 5}]},
      "dependencies": [{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2, 3]}]})"));
    CHECK(e.props(ComponentId(1))["interactive"] == true);
    CHECK(e.props(ComponentId(2))["interactive"] == false);
    CHECK(e.props(ComponentId(3))["interactive"] == true);
    CHECK(e.props(ComponentId(4))["interactive"] == true);   // unconnected and empty: editable
    CHECK(e.props(ComponentId(5))["interactive"] == false);  // unconnected with a value: static
    Json tree = e.tree();
    CHECK(tree["root"]["children"][1]["props"]["interactive"] == false);
    CHECK(tree["root"]["children"][0]["type"] == "textbox");
}

TEST_CASE("a button is clickable by default and props start from Gradio's defaults") {
    Engine e(test::load_ok(test::hello_config(R"([])")));
    CHECK(e.props(ComponentId(3))["interactive"] == true);
    CHECK(e.props(ComponentId(3))["variant"] == "secondary");
    CHECK(e.props(ComponentId(3))["value"] == "Run");
    CHECK(e.props(ComponentId(1))["lines"] == 1);
    CHECK(e.props(ComponentId(1))["placeholder"] == "What is your name?");
}
