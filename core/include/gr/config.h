// Gradio's config JSON in and out. Reading collects every problem with its JSON path and
// never throws on bad input; writing produces a 6.x-shaped config.
#pragma once
#include <string_view>

#include "gr/app.h"
#include "gr/problem.h"

namespace gr {

struct LoadResult {
    App app;
    Problems problems;  // empty when the config is sound
    bool ok() const { return problems.empty(); }
};

// Parses config text. Malformed JSON is a problem at `$` with the parser's position.
LoadResult load_config_text(std::string_view text);
LoadResult load_config(const Json& config);

Json to_config(const App& app);

}  // namespace gr
