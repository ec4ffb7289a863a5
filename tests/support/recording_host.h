// A recording host with a fake clock for engine tests: it owns an Engine, keeps every command
// the engine emitted (the trace), moves virtual time only when told (at), and offers short
// names for the inputs tests use most. It runs no functions: tests answer jobs themselves.
#pragma once
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers.hpp>  // CHECK_THROWS_WITH
#include <string>

#include "gr/engine.h"
#include "support/harness.h"

namespace gr::test {

// A config from inline JSON arrays of components and dependencies; the layout lists every
// component under the root (id 0), in order.
inline std::string app_config(const std::string& components, const std::string& dependencies, const std::string& top = "") {
    Json cs = Json::parse(components);
    Json layout = {{"id", 0}, {"children", Json::array()}};
    for (auto& c : cs) layout["children"].push_back({{"id", c["id"]}});
    return R"({"title": "Test", )" + top + R"("components": )" + cs.dump() + R"(, "layout": )" + layout.dump() +
           R"(, "dependencies": )" + dependencies + "}";
}

// Two textboxes (1 → 2) and two buttons (3, 4): the components most engine tests need.
inline const std::string boxes_and_buttons = R"([{"id": 1, "type": "textbox"}, {"id": 2, "type": "textbox"},
    {"id": 3, "type": "button"}, {"id": 4, "type": "button"}])";

struct Host {
    Engine engine;
    Commands trace;  // every command so far
    Commands last;   // the commands of the latest step()

    explicit Host(const std::string& config) : engine(load_ok(config)) {}
    Host(const std::string& config, EngineOptions options) : engine(load_ok(config), options) {}

    // Takes the engine's new commands, records them and returns them.
    const Commands& step() {
        last = engine.take_commands();
        trace.insert(trace.end(), last.begin(), last.end());
        return last;
    }
    template <class T>
    std::vector<T> got() { return only<T>(step()); }
    std::vector<RunJob> runs() { return got<RunJob>(); }

    std::vector<RunJob> click(int id) {
        engine.dispatch(ComponentId(id), "click");
        return runs();
    }
    std::vector<RunJob> type(int id, Json v) {
        engine.user_input(ComponentId(id), std::move(v));
        return runs();
    }
    void at(double t) { engine.advance_to(t); }
};

}  // namespace gr::test
