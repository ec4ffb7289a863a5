// The scenario runner and the worked examples of docs/scenarios/: each *.scenario.json run
// against its *.app.json must print exactly its committed *.trace.jsonl.
#include <catch2/catch_test_macros.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gr/scenario.h"
#include "support/recording_host.h"

using namespace gr;

namespace {

const std::filesystem::path examples = std::filesystem::path(__FILE__).parent_path() / "../../docs/scenarios";

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p);
    REQUIRE(in);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string trace_of(const std::string& name) {
    auto app = test::load_ok(slurp(examples / (name + ".app.json")));
    std::string out;
    for (auto& entry : run_scenario(app, Json::parse(slurp(examples / (name + ".scenario.json"))))) out += trace_line(entry) + "\n";
    return out;
}

}  // namespace

TEST_CASE("the docs' scenario examples reproduce their committed traces") {
    for (auto name : {"always_last", "generator_cancel", "validator_queue", "stream_chunks"}) {
        INFO(name);
        CHECK(trace_of(name) == slurp(examples / (std::string(name) + ".trace.jsonl")));
    }
}

TEST_CASE("a scenario runs timers on virtual time until its end") {
    auto app = test::load_ok(test::app_config(R"([{"id": 2, "type": "textbox"}, {"id": 6, "type": "timer", "props": {"value": 2}}])",
                                              R"([{"id": 0, "targets": [[6, "tick"]], "inputs": [], "outputs": [2], "api_name": "t"}])"));
    auto trace = run_scenario(app, Json::parse(R"({"functions": {"t": {"returns": "tick"}}, "events": [{"at": 0, "mount": true}], "until": 7})"));
    std::vector<double> runs;
    for (auto& e : trace)
        if (e["type"] == "run") runs.push_back(e["t"].get<double>());
    CHECK(runs == std::vector<double>{2, 4, 6});
}

TEST_CASE("a function the scenario does not script fails with a message naming it") {
    auto app = test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "f"}])"));
    auto trace = run_scenario(app, Json::parse(R"({"events": [{"at": 1, "dispatch": 3}]})"));
    CHECK(trace.back()["message"] == "the scenario gives no behaviour for function \"f\"");
}

TEST_CASE("a malformed scenario event is reported with its path") {
    auto app = test::load_ok(test::hello_config("[]"));
    CHECK_THROWS_WITH(run_scenario(app, Json::parse(R"({"events": [{"at": 0, "dispatch": 3}, {"at": -1}]})")),
                      "$.events[1].at: expected seconds (a number ≥ 0), got -1");
    CHECK_THROWS_WITH(run_scenario(app, Json::parse(R"({"events": [{"at": 0, "jump": 3}]})")),
                      "$.events[0]: expected one of mount, unmount, input, dispatch, cancel, close_stream, browser_state");
}
