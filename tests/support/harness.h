// Test helpers: load a config written inline, and pick commands of one kind out of a batch.
// The engine's command batches are the recording host: tests assert on them directly.
#pragma once
#include <catch2/catch_test_macros.hpp>
#include <memory>
#include <string>
#include <vector>

#include "gr/commands.h"
#include "gr/config.h"

namespace gr::test {

inline std::shared_ptr<const App> load_ok(const std::string& text) {
    LoadResult r = load_config_text(text);
    INFO(format_problems(r.problems));
    REQUIRE(r.ok());
    return std::make_shared<const App>(std::move(r.app));
}

template <class T>
std::vector<T> only(const Commands& cs) {
    std::vector<T> out;
    for (auto& c : cs)
        if (auto* t = std::get_if<T>(&c)) out.push_back(*t);
    return out;
}

// Two textboxes (1 → 2) and a button (3), the shape of Gradio's hello demos.
// `deps` is the JSON array of dependencies.
inline std::string hello_config(const std::string& deps) {
    return R"({"title": "Hello", "components": [
        {"id": 1, "type": "textbox", "props": {"placeholder": "What is your name?"}},
        {"id": 2, "type": "textbox", "props": {}},
        {"id": 3, "type": "button", "props": {"value": "Run"}}],
      "layout": {"id": 0, "children": [{"id": 1}, {"id": 2}, {"id": 3}]},
      "dependencies": )" + deps + "}";
}

}  // namespace gr::test
