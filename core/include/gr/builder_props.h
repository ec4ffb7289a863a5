// Typed props for the C++ builder's most used components, by Gradio's constructor names, for
// designated initializers: `row.slider({.minimum = 0, .maximum = 10, .label = "Speed"})`.
// Unset fields keep Gradio's defaults (they are left out of the config, as Gradio drops None).
// Every other prop goes through the `extra` Json of each struct, or the Json-props methods.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "gr/json.h"

namespace gr {

struct TextboxProps {
    std::optional<std::string> value, label, info, placeholder, elem_id;
    std::optional<int> lines, max_lines;
    std::optional<bool> interactive, visible, show_label;
    std::optional<std::string> type;  // "text" | "password" | "email"
    Json extra = Json::object();
};
struct MarkdownProps {
    std::optional<std::string> label, elem_id;
    std::optional<bool> visible, sanitize_html;
    Json extra = Json::object();
};
struct ButtonProps {
    std::optional<std::string> variant, size, elem_id;  // variant: "primary" | "secondary" | "stop" | "huggingface"
    std::optional<bool> interactive, visible;
    Json extra = Json::object();
};
struct NumberProps {
    std::optional<double> value, minimum, maximum, step;
    std::optional<int> precision;
    std::optional<std::string> label, info, elem_id;
    std::optional<bool> interactive, visible;
    Json extra = Json::object();
};
struct SliderProps {
    std::optional<double> minimum, maximum, value, step;
    std::optional<std::string> label, info, elem_id;
    std::optional<bool> interactive, visible;
    Json extra = Json::object();
};
struct CheckboxProps {
    std::optional<bool> value;
    std::optional<std::string> label, info, elem_id;
    std::optional<bool> interactive, visible;
    Json extra = Json::object();
};
// A choice shown as `display` whose value is `value` (Gradio's (display, value) tuples).
struct Choice {
    std::string display;
    Json value;
};
// Dropdown, Radio and CheckboxGroup. `choices` are plain strings (shown as they are) or
// `choice_pairs`; `value` is a choice value, or a list for CheckboxGroup/multiselect.
struct ChoiceProps {
    std::vector<std::string> choices;
    std::vector<Choice> choice_pairs;
    Json value;  // null: Gradio's default
    std::optional<std::string> type, label, info, elem_id;  // type: "value" | "index"
    std::optional<bool> multiselect, allow_custom_value, interactive, visible;  // multiselect, allow_custom_value: Dropdown only
    Json extra = Json::object();
};
struct RowProps {
    std::optional<std::string> variant, elem_id;
    std::optional<bool> equal_height, visible;
    Json extra = Json::object();
};
struct ColumnProps {
    std::optional<int> scale, min_width;
    std::optional<std::string> variant, elem_id;
    std::optional<bool> visible;
    Json extra = Json::object();
};
// Tab, Accordion and Sidebar: a titled container that may start open.
struct PanelProps {
    std::optional<bool> open, visible;
    std::optional<std::string> elem_id;
    Json extra = Json::object();
};

}  // namespace gr
