// Gradio's prop defaults per component type, from the constructors' signatures (gradio 6.x).
// Only props whose default changes behaviour or rendering are listed.
#include <unordered_map>

#include "gr/component_spec.h"

namespace gr {

const Json& default_props(std::string_view type) {
    static const std::unordered_map<std::string_view, Json> defaults = {
        {"textbox", {{"lines", 1}, {"max_lines", 20}, {"show_label", true}, {"type", "text"}, {"visible", true}}},
        {"button", {{"value", "Run"}, {"variant", "secondary"}, {"size", "lg"}, {"interactive", true}, {"visible", true}}},
        {"markdown", {{"visible", true}, {"sanitize_html", true}}},
        {"row", {{"variant", "default"}, {"equal_height", false}, {"visible", true}}},
        {"column", {{"scale", 1}, {"min_width", 320}, {"variant", "default"}, {"visible", true}}},
    };
    static const Json empty = Json::object();
    auto it = defaults.find(type);
    return it == defaults.end() ? empty : it->second;
}

}  // namespace gr
