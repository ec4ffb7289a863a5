// Errors: an error status and toast, shown per gr.Error / show_error; the app keeps working.
#include <catch2/catch_test_macros.hpp>

#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

std::string app(const std::string& top = "") {
    return test::app_config(R"([{"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}])",
                            R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "f"}])", top);
}

}  // namespace

TEST_CASE("with show_error off an exception's text is hidden, while a gr.Error message is shown") {
    Host h(app(R"("show_error": false, )"));
    h.engine.reject(h.click(3).at(0).job, "KeyError: 'secret'", false);
    CHECK(h.got<Toast>().at(0).message == "An error occurred while running this event.");
    h.engine.reject(h.click(3).at(0).job, "Please enter a name", true);
    CHECK(h.got<Toast>().at(0).message == "Please enter a name");
}

TEST_CASE("the app keeps working after a failed event") {
    Host h(app());
    h.engine.reject(h.click(3).at(0).job, "boom");
    h.step();
    auto again = h.click(3);
    REQUIRE(again.size() == 1);
    h.engine.resolve(again[0].job, "fine");
    CHECK(h.engine.value(ComponentId(2)) == "fine");
}

TEST_CASE("multiple starts a job for every trigger while earlier ones run, when the limit allows") {
    Host h(test::app_config(R"([{"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}])",
                            R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "f",
                                 "trigger_mode": "multiple", "concurrency_limit": null}])"));
    CHECK(h.click(3).size() == 1);
    CHECK(h.click(3).size() == 1);
}

TEST_CASE("gr.on with several triggers runs the listener for each of them") {
    Host h(test::app_config(R"([{"id": 1, "type": "textbox"}, {"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}])",
                            R"([{"id": 0, "targets": [[3, "click"], [1, "submit"]], "inputs": [1], "outputs": [2], "api_name": "f"}])"));
    h.engine.resolve(h.click(3).at(0).job, "a");
    h.engine.dispatch(ComponentId(1), "submit");
    CHECK(h.runs().size() == 1);
}

TEST_CASE("a js-only listener is never running: no status, no queue, its chain follows its result") {
    Host h(test::app_config(R"([{"id": 1, "type": "textbox"}, {"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}])",
                            R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "backend_fn": false, "js": "(x) => x"},
                                {"id": 1, "targets": [[null, "then"]], "inputs": [], "outputs": [], "api_name": "next", "trigger_after": 0}])"));
    auto a = h.click(3);
    CHECK(only<SetStatus>(h.last).empty());
    auto b = h.click(3);  // a second click runs too: "once" does not apply to js-only listeners
    REQUIRE(b.size() == 1);
    CHECK(b[0].js == "(x) => x");
    h.engine.resolve(a.at(0).job, "copied");
    CHECK(h.runs().at(0).fn == "next");
}

TEST_CASE(".success runs after success and .failure does not") {
    Host h(test::app_config(R"([{"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}])",
                            R"([{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "main"},
                                {"id": 1, "targets": [[null, "success"]], "inputs": [], "outputs": [], "api_name": "ok", "trigger_after": 0, "trigger_only_on_success": true},
                                {"id": 2, "targets": [[null, "failure"]], "inputs": [], "outputs": [], "api_name": "bad", "trigger_after": 0, "trigger_only_on_failure": true},
                                {"id": 3, "targets": [[null, "then"]], "inputs": [], "outputs": [], "api_name": "after", "trigger_after": 0}])"));
    h.engine.resolve(h.click(3).at(0).job, "fine");
    std::vector<std::string> ran;
    for (auto& r : h.runs()) ran.push_back(r.fn);
    CHECK(ran == std::vector<std::string>{"ok", "after"});
}

TEST_CASE("a stream listener pushes stream_every into its trigger component's props when it starts") {
    Host h(test::app_config(R"([{"id": 1, "type": "image"}, {"id": 2, "type": "textbox"}])",
                            R"([{"id": 0, "targets": [[1, "stream"]], "inputs": [1], "outputs": [2], "api_name": "frame",
                                 "connection": "stream", "stream_every": 0.1, "preprocess": false}])"));
    h.engine.dispatch(ComponentId(1), "stream");
    auto cmds = h.step();
    CHECK(only<RunJob>(cmds).size() == 1);
    CHECK(h.engine.props(ComponentId(1))["stream_every"] == 0.1);
}
