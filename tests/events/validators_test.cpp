// Validators: they run first, outside the queue; a failed verdict marks each invalid input
// and runs neither the function nor its chain; a pass lets the function run.
#include <catch2/catch_test_macros.hpp>

#include "gr/blocks.h"
#include "gr/session.h"
#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

const std::string app = test::app_config(
    R"([{"id": 1, "type": "textbox"}, {"id": 2, "type": "textbox"}, {"id": 5, "type": "textbox"},
        {"id": 4, "type": "textbox"}, {"id": 3, "type": "button"}])",
    R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1, 2, 5], "outputs": [4], "api_name": "main", "validator": "check"},
        {"id": 1, "targets": [[null, "then"]], "inputs": [], "outputs": [], "api_name": "after", "trigger_after": 0},
        {"id": 2, "targets": [[null, "failure"]], "inputs": [], "outputs": [], "api_name": "oops", "trigger_after": 0,
         "trigger_only_on_failure": true}])");

Json verdict(bool ok, const std::string& message = "") {
    return {{"__type__", "validate"}, {"is_valid", ok}, {"message", message}};
}

}  // namespace

TEST_CASE("a validator failing on one of three inputs marks that input and runs neither fn nor its chain") {
    Host h(app);
    auto first = h.click(3);
    REQUIRE(first.size() == 1);
    CHECK(first[0].kind == RunJob::Kind::validator);
    CHECK(first[0].fn == "check");
    CHECK(first[0].inputs.size() == 3);
    h.engine.resolve(first[0].job, Json::array({verdict(true), verdict(false, "too short"), verdict(true)}));
    auto cmds = h.step();
    auto marks = only<MarkValidation>(cmds);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].component == ComponentId(2));
    CHECK(marks[0].message == "too short");
    CHECK(only<RunJob>(cmds).empty());
    CHECK(only<SetStatus>(cmds).at(0).status == Status::complete);  // the outputs' spinner clears
}

TEST_CASE("a validator passing every input lets the function run and clears earlier marks") {
    Host h(app);
    h.engine.resolve(h.click(3).at(0).job, Json::array({verdict(false, "empty"), verdict(true), verdict(true)}));
    h.step();
    h.engine.resolve(h.click(3).at(0).job, Json::array({verdict(true), verdict(true), verdict(true)}));
    auto cmds = h.step();
    auto marks = only<MarkValidation>(cmds);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].component == ComponentId(1));
    CHECK(marks[0].message.empty());
    auto runs = only<RunJob>(cmds);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].fn == "main");
    CHECK(runs[0].kind == RunJob::Kind::function);
}

TEST_CASE("a validator returning something other than verdicts counts as valid") {
    Host h(app);
    h.engine.resolve(h.click(3).at(0).job, nullptr);
    CHECK(h.runs().at(0).fn == "main");
}

TEST_CASE("a validator that raises shows the error and runs .failure and .then") {
    Host h(app);
    h.engine.reject(h.click(3).at(0).job, "validator crashed");
    auto cmds = h.step();
    CHECK(only<Toast>(cmds).at(0).message == "validator crashed");
    std::vector<std::string> ran;
    for (auto& r : only<RunJob>(cmds)) ran.push_back(r.fn);
    CHECK(ran == std::vector<std::string>{"after", "oops"});
}

TEST_CASE("a C++ builder validator runs before the function and marks the invalid input with its message") {
    Blocks demo;
    auto name = demo.textbox();
    auto out = demo.textbox();
    demo.button("Go").click([](const std::string& x) { return "ran " + x; }, {name}, {out},
                            {.api_name = "go", .validator = [](const std::string& x) { return gr::validate(!x.empty(), "Type something."); }});
    CHECK(demo.app().dependencies.at(0).validator == "go_validator");
    Session s(std::make_shared<const App>(demo.app()), demo.functions());
    s.engine().dispatch(ComponentId(3), "click");
    auto refused = s.take_commands();
    REQUIRE(only<MarkValidation>(refused).size() == 1);
    CHECK(only<MarkValidation>(refused)[0].message == "Type something.");
    CHECK(only<SetProps>(refused).empty());

    s.engine().user_input(ComponentId(1), "Ada");
    s.take_commands();
    s.engine().dispatch(ComponentId(3), "click");
    auto ran = s.take_commands();
    CHECK(only<MarkValidation>(ran).at(0).message == "");  // the mark is cleared
    CHECK(only<SetProps>(ran).at(0).props["value"] == "ran Ada");
}
