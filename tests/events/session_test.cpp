#include <catch2/catch_test_macros.hpp>
#include <algorithm>

#include "gr/blocks.h"
#include "gr/session.h"
#include "support/harness.h"

using namespace gr;
using test::only;

TEST_CASE("native functions run inside the session and their results reach the outputs") {
    FunctionTable fns{{"welcome", native_fn([](const std::string& name) { return "Welcome to Gradio, " + name + "!"; })}};
    Session s(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "welcome"}])")), fns);
    s.engine().user_input(ComponentId(1), "Ada");
    auto cmds = s.take_commands();
    CHECK(only<RunJob>(cmds).empty());
    CHECK(only<SetProps>(cmds).at(0).props["value"] == "Welcome to Gradio, Ada!");
}

TEST_CASE("a native function that throws becomes an error toast with its message") {
    FunctionTable fns{{"f", native_fn([](const std::string&) -> std::string { throw gr::Error("no names today"); })}};
    Session s(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "f"}])")), fns);
    s.engine().dispatch(ComponentId(3), "click");
    CHECK(only<Toast>(s.take_commands()).at(0).message == "no names today");
}

TEST_CASE("a native function given a value of the wrong type fails with a clear message") {
    FunctionTable fns{{"f", native_fn([](int n) { return n + 1; })}};
    Session s(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "f"}])")), fns);
    s.engine().user_input(ComponentId(1), "seven");
    s.take_commands();
    s.engine().dispatch(ComponentId(3), "click");
    CHECK(only<Toast>(s.take_commands()).at(0).message == "argument 1 cannot take the value \"seven\"");
}

TEST_CASE("functions are missing unless native, offered by the host, or js") {
    Session s(test::load_ok(test::hello_config(R"([
        {"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "in_js"},
        {"id": 1, "targets": [[1, "submit"]], "inputs": [1], "outputs": [2], "api_name": "nowhere"},
        {"id": 2, "targets": [[1, "input"]], "inputs": [1], "outputs": [2], "backend_fn": false, "js": "(x) => x"}])")));
    auto missing = s.missing_functions({"in_js"});
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].path == "$.dependencies[1].api_name");
    CHECK(missing[0].message.find("\"nowhere\"") != std::string::npos);
}

TEST_CASE("a C++ generator's yields reach its output and its progress the output's status") {
    FunctionTable fns{{"count", native_fn([](const std::string& to, gr::Emitter& emit) {
                           for (int i = 1; i <= std::stoi(to); ++i) {
                               emit.progress(i, std::stoi(to), "Counting");
                               emit.yield(std::to_string(i));
                           }
                       })}};
    Json deps = Json::parse(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "count", "types": {"generator": true, "cancel": false}}])");
    Session s(test::load_ok(test::hello_config(deps.dump())), fns);
    s.engine().user_input(ComponentId(1), "3");
    s.take_commands();
    s.engine().dispatch(ComponentId(3), "click");
    auto cmds = s.take_commands();
    std::vector<Json> values;
    for (auto& p : only<SetProps>(cmds)) values.push_back(p.props["value"]);
    CHECK(values == std::vector<Json>{"1", "2", "3"});
    bool progressed = false;
    for (auto& st : only<SetStatus>(cmds))
        if (!st.progress.is_null() && st.progress[0]["desc"] == "Counting") progressed = true;
    CHECK(progressed);
    CHECK(only<SetStatus>(cmds).back().status == Status::complete);
    CHECK(s.engine().value(ComponentId(2)) == "3");
}

TEST_CASE("the C++ builder marks a function that takes gr::Emitter& and returns void as a generator") {
    gr::Blocks demo;
    auto a = demo.textbox();
    auto b = demo.textbox();
    demo.button("Go").click([](const std::string&, gr::Emitter&) {}, {a}, {b});
    demo.button("Go").click([](const std::string& x, gr::Emitter& emit) { emit.progress(0.5); return x; }, {a}, {b});
    CHECK(demo.app().dependencies.at(0).generator);
    CHECK_FALSE(demo.app().dependencies.at(1).generator);
}

TEST_CASE("a generator's last progress stays on its status while it yields") {
    FunctionTable fns{{"count", native_fn([](gr::Emitter& emit) {
                           emit.progress(1, 2, "Counting");
                           emit.yield("a");
                       })}};
    Json deps = Json::parse(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "count", "types": {"generator": true, "cancel": false}}])");
    Session s(test::load_ok(test::hello_config(deps.dump())), fns);
    s.engine().dispatch(ComponentId(3), "click");
    auto statuses = only<SetStatus>(s.take_commands());
    auto generating = std::find_if(statuses.begin(), statuses.end(), [](auto& st) { return st.status == Status::generating; });
    REQUIRE(generating != statuses.end());
    CHECK(generating->progress[0]["desc"] == "Counting");
}

TEST_CASE("gr.Info and gr.Warning from a native function become toasts while it keeps running") {
    FunctionTable fns{{"f", native_fn([](const std::string& name, gr::Emitter& emit) {
                           emit.info("Looking up " + name);
                           emit.warning("Slow lookup", "Careful", std::nullopt);
                           emit.success("Found", "Done", 2.5);
                           return "Hi " + name;
                       })}};
    Session s(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "f"}])")), fns);
    s.engine().user_input(ComponentId(1), "Ada");
    s.take_commands();
    s.engine().dispatch(ComponentId(3), "click");
    auto cmds = s.take_commands();
    auto toasts = only<Toast>(cmds);
    REQUIRE(toasts.size() == 3);
    CHECK(to_json(toasts[0]) == Json::parse(R"({"type": "toast", "level": "info", "title": "Info", "message": "Looking up Ada", "duration": 10.0})"));
    CHECK(to_json(toasts[1]) == Json::parse(R"({"type": "toast", "level": "warning", "title": "Careful", "message": "Slow lookup"})"));
    CHECK(to_json(toasts[2]) == Json::parse(R"({"type": "toast", "level": "success", "title": "Done", "message": "Found", "duration": 2.5})"));
    CHECK(s.engine().value(ComponentId(2)) == "Hi Ada");
}

TEST_CASE("a native function reads its event's SelectData through gr::Emitter::event_data, as Gradio's evt parameter") {
    FunctionTable fns{{"pick", native_fn([](const std::string& text, Emitter& emit) {
        const Json& evt = emit.event_data();
        return text + " @" + evt["index"].dump() + " " + evt["value"].get<std::string>();
    })}};
    Session s(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[1, "select"]], "inputs": [1], "outputs": [2], "api_name": "pick"}])")), fns);
    s.engine().user_input(ComponentId(1), "Hello Ada");
    s.take_commands();
    s.engine().dispatch(ComponentId(1), "select", Json::parse(R"({"index": [6, 9], "value": "Ada"})"));
    CHECK(only<SetProps>(s.take_commands()).at(0).props["value"] == "Hello Ada @[6,9] Ada");
}
