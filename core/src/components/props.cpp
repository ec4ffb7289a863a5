// Prop types: for the props Graft relies on, what Gradio's constructors accept, so a config
// with `"lines": "two"` is reported at its path instead of misbehaving later. Props not listed
// here are kept and passed through unchecked (Gradio adds props in every release).
#include <algorithm>
#include <unordered_map>

#include "gr/component_spec.h"

namespace gr {
namespace {

enum class Kind { string, integer, number, boolean, visible, string_or_list, list, object, one_of, choices };

struct Rule {
    std::string_view name;
    Kind kind;
    std::vector<std::string_view> options = {};  // Kind::one_of
};

// Props every component and layout block shares (Block/Component constructors).
const std::vector<Rule> common = {
    {"label", Kind::string},          {"info", Kind::string},       {"show_label", Kind::boolean},
    {"container", Kind::boolean},     {"scale", Kind::number},      {"min_width", Kind::number},
    {"interactive", Kind::boolean},   {"visible", Kind::visible},   {"elem_id", Kind::string},
    {"elem_classes", Kind::string_or_list},
};

const std::vector<Rule> choice_rules = {{"choices", Kind::choices}, {"type", Kind::one_of, {"value", "index"}}};

const std::unordered_map<std::string_view, std::vector<Rule>> by_type = {
    {"textbox", {{"lines", Kind::integer}, {"max_lines", Kind::integer}, {"placeholder", Kind::string}, {"max_length", Kind::integer}, {"type", Kind::one_of, {"text", "password", "email"}}}},
    {"multimodaltextbox", {{"lines", Kind::integer}, {"max_lines", Kind::integer}, {"placeholder", Kind::string}, {"file_count", Kind::one_of, {"single", "multiple", "directory"}}}},
    {"number", {{"precision", Kind::integer}, {"minimum", Kind::number}, {"maximum", Kind::number}, {"step", Kind::number}}},
    {"slider", {{"minimum", Kind::number}, {"maximum", Kind::number}, {"step", Kind::number}}},
    {"checkbox", {}},
    {"checkboxgroup", choice_rules},
    {"radio", choice_rules},
    {"dropdown", {{"choices", Kind::choices}, {"type", Kind::one_of, {"value", "index"}}, {"multiselect", Kind::boolean}, {"allow_custom_value", Kind::boolean}, {"max_choices", Kind::integer}, {"filterable", Kind::boolean}}},
    {"code", {{"lines", Kind::integer}, {"language", Kind::string}}},
    {"markdown", {{"sanitize_html", Kind::boolean}, {"line_breaks", Kind::boolean}, {"rtl", Kind::boolean}}},
    {"label", {{"num_top_classes", Kind::integer}}},
    {"datetime", {{"include_time", Kind::boolean}, {"type", Kind::one_of, {"timestamp", "datetime", "string"}}}},
    {"dataframe", {{"headers", Kind::list}, {"type", Kind::one_of, {"pandas", "numpy", "array", "polars"}}}},
    {"file", {{"file_count", Kind::one_of, {"single", "multiple", "directory"}}, {"file_types", Kind::list}}},
    {"uploadbutton", {{"file_count", Kind::one_of, {"single", "multiple", "directory"}}, {"file_types", Kind::list}}},
    {"image", {{"image_mode", Kind::string}, {"format", Kind::string}}},
    {"gallery", {{"format", Kind::string}}},
    {"timer", {{"value", Kind::number}, {"active", Kind::boolean}}},
    {"button", {{"variant", Kind::string}, {"size", Kind::string}}},
    {"row", {{"equal_height", Kind::boolean}, {"variant", Kind::string}}},
    {"column", {{"variant", Kind::string}}},
    {"accordion", {{"open", Kind::boolean}}},
    {"sidebar", {{"open", Kind::boolean}, {"position", Kind::one_of, {"left", "right"}}}},
    {"tabs", {{"selected", Kind::string_or_list}}},
};

bool is_pair_list(const Json& v) {
    return std::all_of(v.begin(), v.end(), [](const Json& c) { return !c.is_array() || c.size() == 2; });
}

std::optional<std::string> mismatch(const Rule& rule, const Json& v) {
    switch (rule.kind) {
        case Kind::string: return v.is_string() ? std::nullopt : std::optional<std::string>("a string");
        case Kind::integer:
            // 3.0 is an integer in Python's eyes when JSON round-trips it; accept whole floats.
            if (v.is_number_integer() || (v.is_number_float() && v.get<double>() == static_cast<double>(static_cast<long long>(v.get<double>())))) return std::nullopt;
            return "an integer";
        case Kind::number: return v.is_number() ? std::nullopt : std::optional<std::string>("a number");
        case Kind::boolean: return v.is_boolean() ? std::nullopt : std::optional<std::string>("true or false");
        case Kind::visible: return v.is_boolean() || v == "hidden" ? std::nullopt : std::optional<std::string>("true, false or \"hidden\"");
        case Kind::string_or_list:
            if (v.is_string() || v.is_number() || (v.is_array() && std::all_of(v.begin(), v.end(), [](const Json& s) { return s.is_string(); }))) return std::nullopt;
            return "a string or a list of strings";
        case Kind::list: return v.is_array() ? std::nullopt : std::optional<std::string>("a list");
        case Kind::object: return v.is_object() ? std::nullopt : std::optional<std::string>("an object");
        case Kind::choices:
            return v.is_array() && is_pair_list(v) ? std::nullopt : std::optional<std::string>("a list of choices ([display, value] pairs or values)");
        case Kind::one_of: {
            if (v.is_string() && std::find(rule.options.begin(), rule.options.end(), v.get<std::string>()) != rule.options.end()) return std::nullopt;
            std::string list;
            for (std::size_t i = 0; i < rule.options.size(); ++i) {
                if (i) list.append(i + 1 == rule.options.size() ? " or " : ", ");
                list.append("\"").append(rule.options[i]).append("\"");
            }
            return list;
        }
    }
    return std::nullopt;
}

const Rule* find_rule(const std::vector<Rule>& rules, std::string_view prop) {
    auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.name == prop; });
    return it == rules.end() ? nullptr : &*it;
}

}  // namespace

std::optional<std::string> check_prop(std::string_view type, std::string_view prop, const Json& value) {
    if (value.is_null()) return std::nullopt;
    const Rule* rule = nullptr;
    if (auto it = by_type.find(type); it != by_type.end()) rule = find_rule(it->second, prop);
    if (!rule) rule = find_rule(common, prop);
    return rule ? mismatch(*rule, value) : std::nullopt;
}

}  // namespace gr
