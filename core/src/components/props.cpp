// Prop types: for the props Graft relies on, what Gradio's constructors accept, so a config
// with `"lines": "two"` is reported at its path instead of misbehaving later. Props not listed
// here are kept and passed through unchecked (Gradio adds props in every release).
#include <algorithm>
#include <iterator>

#include "gr/component_spec.h"

namespace gr {
namespace {

enum class Kind { string, integer, number, boolean, visible, string_or_list, list, object, one_of, choices };

struct Rule {
    std::string_view name;
    Kind kind;
    Words options = {};  // Kind::one_of
};

// A prop of one type; the tables are constant data (no code builds them at start-up).
struct TypeRule {
    std::string_view type;
    Rule rule;
};

// Props every component and layout block shares (Block/Component constructors).
constexpr Rule common[] = {
    {"label", Kind::string},          {"info", Kind::string},       {"show_label", Kind::boolean},
    {"container", Kind::boolean},     {"scale", Kind::number},      {"min_width", Kind::number},
    {"interactive", Kind::boolean},   {"visible", Kind::visible},   {"elem_id", Kind::string},
    {"elem_classes", Kind::string_or_list},
};

constexpr TypeRule by_type[] = {
    {"textbox", {"lines", Kind::integer}},
    {"textbox", {"max_lines", Kind::integer}},
    {"textbox", {"placeholder", Kind::string}},
    {"textbox", {"max_length", Kind::integer}},
    {"textbox", {"type", Kind::one_of, "text password email"}},
    {"multimodaltextbox", {"lines", Kind::integer}},
    {"multimodaltextbox", {"max_lines", Kind::integer}},
    {"multimodaltextbox", {"placeholder", Kind::string}},
    {"multimodaltextbox", {"file_count", Kind::one_of, "single multiple directory"}},
    {"number", {"precision", Kind::integer}},
    {"number", {"minimum", Kind::number}},
    {"number", {"maximum", Kind::number}},
    {"number", {"step", Kind::number}},
    {"slider", {"minimum", Kind::number}},
    {"slider", {"maximum", Kind::number}},
    {"slider", {"step", Kind::number}},
    {"checkboxgroup", {"choices", Kind::choices}},
    {"checkboxgroup", {"type", Kind::one_of, "value index"}},
    {"radio", {"choices", Kind::choices}},
    {"radio", {"type", Kind::one_of, "value index"}},
    {"dropdown", {"choices", Kind::choices}},
    {"dropdown", {"type", Kind::one_of, "value index"}},
    {"dropdown", {"multiselect", Kind::boolean}},
    {"dropdown", {"allow_custom_value", Kind::boolean}},
    {"dropdown", {"max_choices", Kind::integer}},
    {"dropdown", {"filterable", Kind::boolean}},
    {"code", {"lines", Kind::integer}},
    {"code", {"language", Kind::string}},
    {"markdown", {"sanitize_html", Kind::boolean}},
    {"markdown", {"line_breaks", Kind::boolean}},
    {"markdown", {"rtl", Kind::boolean}},
    {"label", {"num_top_classes", Kind::integer}},
    {"datetime", {"include_time", Kind::boolean}},
    {"datetime", {"type", Kind::one_of, "timestamp datetime string"}},
    {"dataframe", {"headers", Kind::list}},
    {"dataframe", {"type", Kind::one_of, "pandas numpy array polars"}},
    {"file", {"file_count", Kind::one_of, "single multiple directory"}},
    {"file", {"file_types", Kind::list}},
    {"uploadbutton", {"file_count", Kind::one_of, "single multiple directory"}},
    {"uploadbutton", {"file_types", Kind::list}},
    {"image", {"image_mode", Kind::string}},
    {"image", {"format", Kind::string}},
    {"gallery", {"format", Kind::string}},
    {"timer", {"value", Kind::number}},
    {"timer", {"active", Kind::boolean}},
    {"button", {"variant", Kind::string}},
    {"button", {"size", Kind::string}},
    {"row", {"equal_height", Kind::boolean}},
    {"row", {"variant", Kind::string}},
    {"column", {"variant", Kind::string}},
    {"accordion", {"open", Kind::boolean}},
    {"sidebar", {"open", Kind::boolean}},
    {"sidebar", {"position", Kind::one_of, "left right"}},
    {"tabs", {"selected", Kind::string_or_list}},
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
            if (v.is_string() && rule.options.contains(v.get_ref<const std::string&>())) return std::nullopt;
            std::string list;
            std::size_t i = 0, n = rule.options.size();
            for (std::string_view option : rule.options) {
                if (i) list.append(i + 1 == n ? " or " : ", ");
                list.append("\"").append(option).append("\"");
                ++i;
            }
            return list;
        }
    }
    return std::nullopt;
}

const Rule* find_rule(std::string_view type, std::string_view prop) {
    auto typed = std::find_if(std::begin(by_type), std::end(by_type), [&](const TypeRule& r) { return r.type == type && r.rule.name == prop; });
    if (typed != std::end(by_type)) return &typed->rule;
    auto shared = std::find_if(std::begin(common), std::end(common), [&](const Rule& r) { return r.name == prop; });
    return shared == std::end(common) ? nullptr : &*shared;
}

}  // namespace

std::optional<std::string> check_prop(std::string_view type, std::string_view prop, const Json& value) {
    if (value.is_null()) return std::nullopt;
    const Rule* rule = find_rule(type, prop);
    return rule ? mismatch(*rule, value) : std::nullopt;
}

}  // namespace gr
