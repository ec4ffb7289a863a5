#include <catch2/catch_test_macros.hpp>

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
