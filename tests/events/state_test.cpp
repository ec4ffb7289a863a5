// gr.State lives in each app instance's engine and fires change; BrowserState goes through
// the host (localStorage in the shim) via restore_browser_state and StoreBrowserState.
#include <catch2/catch_test_macros.hpp>

#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

const std::string app = test::app_config(
    R"([{"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}, {"id": 8, "type": "state", "props": {"value": 0}},
        {"id": 9, "type": "browserstate", "props": {"default_value": "light", "storage_key": "theme"}}])",
    R"([{"id": 0, "targets": [[3, "click"]], "inputs": [8], "outputs": [8], "api_name": "inc"},
        {"id": 1, "targets": [[8, "change"]], "inputs": [8], "outputs": [2], "api_name": "show"},
        {"id": 2, "targets": [[2, "submit"]], "inputs": [2], "outputs": [9], "api_name": "remember"}])");

}  // namespace

TEST_CASE("gr.State keeps a value per app instance and fires change when a function changes it") {
    Host a(app), b(app);
    auto run = a.click(3).at(0);
    CHECK(run.inputs == Json::array({0}));
    a.engine.resolve(run.job, 1);
    auto cmds = a.step();
    CHECK(only<RunJob>(cmds).at(0).fn == "show");
    CHECK(only<SetProps>(cmds).empty());  // the page never sees State
    CHECK(a.engine.value(ComponentId(8)) == 1);
    CHECK(b.engine.value(ComponentId(8)) == 0);
}

TEST_CASE("gr.State does not fire change when a function returns the same value") {
    Host a(app);
    a.engine.resolve(a.click(3).at(0).job, 0);
    CHECK(a.runs().empty());
}

TEST_CASE("BrowserState starts from default_value, or from the stored value the host restores") {
    Host fresh(app);
    CHECK(fresh.engine.value(ComponentId(9)) == "light");
    Host back(app);
    back.engine.restore_browser_state(ComponentId(9), "dark");
    CHECK(back.engine.value(ComponentId(9)) == "dark");
    CHECK_THROWS_WITH(back.engine.restore_browser_state(ComponentId(2), "x"), "component 2 is not a BrowserState");
}

TEST_CASE("a new BrowserState value asks the host to store it under its storage key") {
    Host h(app);
    h.engine.dispatch(ComponentId(2), "submit");
    h.engine.resolve(h.runs().at(0).job, "dark");
    auto store = h.got<StoreBrowserState>();
    REQUIRE(store.size() == 1);
    CHECK(store[0].storage_key == "theme");
    CHECK(store[0].value == "dark");
}

TEST_CASE("props the page changed itself are noted, so setting them back from a function is a change") {
    Host h(test::app_config(R"([{"id": 1, "type": "gallery", "props": {"selected_index": null}}, {"id": 2, "type": "button"}])",
                            R"([{"id": 0, "targets": [[2, "click"]], "inputs": [], "outputs": [1], "api_name": "deselect"}])"));
    h.engine.note_props(ComponentId(1), Json{{"selected_index", 2}, {"value", "ignored"}});
    CHECK(h.engine.props(ComponentId(1))["selected_index"] == 2);
    CHECK(h.engine.props(ComponentId(1)).value("value", Json()) != "ignored");
    CHECK(h.step().empty());  // noting emits nothing
    JobId job = h.click(2).at(0).job;
    h.engine.resolve(job, Json{{"__type__", "update"}, {"selected_index", nullptr}});
    auto patches = test::only<SetProps>(h.step());
    REQUIRE(patches.size() == 1);
    CHECK(patches[0].props["selected_index"].is_null());
}
