// The C++ builder's component methods: one per Gradio class and layout block, each writing
// the props by Gradio's names and the config `type` Gradio writes for that class.
#include <stdexcept>

#include "gr/blocks.h"

namespace gr {
namespace {

// Typed props to Gradio's prop bag: unset optionals are left out, as Gradio drops None;
// `extra` adds any other prop by its Gradio name.
template <class T>
void put(Json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}

Json with_extra(Json j, const Json& extra) {
    if (!extra.is_object()) throw std::invalid_argument("extra props must be a JSON object, got " + extra.dump());
    for (auto& [k, v] : extra.items()) j[k] = v;
    return j;
}

Json object_or_throw(Json props, const char* method) {
    if (!props.is_object()) throw std::invalid_argument(std::string(method) + ": props must be a JSON object, got " + props.dump());
    return props;
}

Json choice_props(const ChoiceProps& p) {
    Json j = Json::object();
    if (!p.choices.empty() || !p.choice_pairs.empty()) {
        j["choices"] = Json::array();
        for (auto& c : p.choices) j["choices"].push_back({c, c});
        for (auto& c : p.choice_pairs) j["choices"].push_back({c.display, c.value});
    }
    if (!p.value.is_null()) j["value"] = p.value;
    put(j, "type", p.type), put(j, "label", p.label), put(j, "info", p.info), put(j, "elem_id", p.elem_id);
    put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    return with_extra(std::move(j), p.extra);
}

Json panel_props(const PanelProps& p) {
    Json j = Json::object();
    put(j, "open", p.open), put(j, "visible", p.visible), put(j, "elem_id", p.elem_id);
    return with_extra(std::move(j), p.extra);
}

}  // namespace

ComponentRef BlockContext::textbox(TextboxProps p) {
    Json j = Json::object();
    put(j, "value", p.value), put(j, "label", p.label), put(j, "info", p.info), put(j, "placeholder", p.placeholder);
    put(j, "elem_id", p.elem_id), put(j, "lines", p.lines), put(j, "max_lines", p.max_lines), put(j, "interactive", p.interactive);
    put(j, "visible", p.visible), put(j, "show_label", p.show_label), put(j, "type", p.type);
    return component("textbox", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::number(NumberProps p) {
    Json j = Json::object();
    put(j, "value", p.value), put(j, "minimum", p.minimum), put(j, "maximum", p.maximum), put(j, "step", p.step), put(j, "precision", p.precision);
    put(j, "label", p.label), put(j, "info", p.info), put(j, "elem_id", p.elem_id), put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    return component("number", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::slider(SliderProps p) {
    Json j = Json::object();
    put(j, "minimum", p.minimum), put(j, "maximum", p.maximum), put(j, "value", p.value), put(j, "step", p.step);
    put(j, "label", p.label), put(j, "info", p.info), put(j, "elem_id", p.elem_id), put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    if (p.minimum && p.maximum && *p.minimum > *p.maximum) throw std::invalid_argument("slider: minimum is greater than maximum");
    return component("slider", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::checkbox(CheckboxProps p) {
    Json j = Json::object();
    put(j, "value", p.value), put(j, "label", p.label), put(j, "info", p.info), put(j, "elem_id", p.elem_id), put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    return component("checkbox", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::markdown(std::string value, MarkdownProps p) {
    Json j = {{"value", std::move(value)}};
    put(j, "label", p.label), put(j, "elem_id", p.elem_id), put(j, "visible", p.visible), put(j, "sanitize_html", p.sanitize_html);
    return component("markdown", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::html(std::string value, Json props) {
    Json j = object_or_throw(std::move(props), "html");
    j["value"] = std::move(value);
    return component("html", std::move(j));
}

ComponentRef BlockContext::dropdown(ChoiceProps p) {
    Json j = choice_props(p);
    put(j, "multiselect", p.multiselect), put(j, "allow_custom_value", p.allow_custom_value);
    return component("dropdown", std::move(j));
}
ComponentRef BlockContext::radio(ChoiceProps p) { return component("radio", choice_props(p)); }
ComponentRef BlockContext::checkbox_group(ChoiceProps p) { return component("checkboxgroup", choice_props(p)); }

ComponentRef BlockContext::button(std::string value, ButtonProps p) {
    Json j = {{"value", std::move(value)}};
    put(j, "variant", p.variant), put(j, "size", p.size), put(j, "elem_id", p.elem_id), put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    return component("button", with_extra(std::move(j), p.extra));
}

// Gradio's template buttons: their config type is "button"; their defaults differ in value.
ComponentRef BlockContext::clear_button(Json props) {
    Json j = object_or_throw(std::move(props), "clear_button");
    if (!j.contains("value")) j["value"] = "Clear";
    return component("button", std::move(j));
}
ComponentRef BlockContext::deep_link_button(Json props) {
    Json j = object_or_throw(std::move(props), "deep_link_button");
    if (!j.contains("value")) j["value"] = "Share via Link";
    return component("button", std::move(j));
}
ComponentRef BlockContext::duplicate_button(Json props) {
    Json j = object_or_throw(std::move(props), "duplicate_button");
    if (!j.contains("value")) j["value"] = "Duplicate Space";
    return component("button", std::move(j));
}
ComponentRef BlockContext::login_button(Json props) {
    Json j = object_or_throw(std::move(props), "login_button");
    if (!j.contains("value")) j["value"] = "Sign in with Hugging Face";
    return component("button", std::move(j));
}

#define GR_JSON_COMPONENT(method, type) \
    ComponentRef BlockContext::method(Json props) { return component(type, object_or_throw(std::move(props), #method)); }

GR_JSON_COMPONENT(code, "code")
GR_JSON_COMPONENT(color_picker, "colorpicker")
GR_JSON_COMPONENT(date_time, "datetime")
GR_JSON_COMPONENT(multimodal_textbox, "multimodaltextbox")
GR_JSON_COMPONENT(dialogue, "dialogue")
GR_JSON_COMPONENT(download_button, "downloadbutton")
GR_JSON_COMPONENT(upload_button, "uploadbutton")
GR_JSON_COMPONENT(json, "json")
GR_JSON_COMPONENT(label, "label")
GR_JSON_COMPONENT(dataframe, "dataframe")
GR_JSON_COMPONENT(dataset, "dataset")
GR_JSON_COMPONENT(highlighted_text, "highlightedtext")
GR_JSON_COMPONENT(chatbot, "chatbot")
GR_JSON_COMPONENT(file, "file")
GR_JSON_COMPONENT(file_explorer, "fileexplorer")
GR_JSON_COMPONENT(image, "image")
GR_JSON_COMPONENT(image_editor, "imageeditor")
GR_JSON_COMPONENT(image_slider, "imageslider")
GR_JSON_COMPONENT(simple_image, "simpleimage")
GR_JSON_COMPONENT(annotated_image, "annotatedimage")
GR_JSON_COMPONENT(audio, "audio")
GR_JSON_COMPONENT(video, "video")
GR_JSON_COMPONENT(model3d, "model3d")
GR_JSON_COMPONENT(gallery, "gallery")
GR_JSON_COMPONENT(plot, "plot")
GR_JSON_COMPONENT(navbar, "navbar")
GR_JSON_COMPONENT(param_viewer, "paramviewer")

#undef GR_JSON_COMPONENT

// LinePlot, ScatterPlot and BarPlot all write "nativeplot"; Gradio names the class in props.name,
// which gives the chart its mark.
#define GR_PLOT_COMPONENT(method, class_name)                              \
    ComponentRef BlockContext::method(Json props) {                       \
        Json p = object_or_throw(std::move(props), #method);              \
        if (!p.contains("name")) p["name"] = class_name;                  \
        return component("nativeplot", std::move(p));                     \
    }
GR_PLOT_COMPONENT(bar_plot, "barplot")
GR_PLOT_COMPONENT(line_plot, "lineplot")
GR_PLOT_COMPONENT(scatter_plot, "scatterplot")
#undef GR_PLOT_COMPONENT

ComponentRef BlockContext::state(Json value) { return component("state", value.is_null() ? Json::object() : Json{{"value", std::move(value)}}); }

ComponentRef BlockContext::browser_state(Json value, Json props) {
    Json j = object_or_throw(std::move(props), "browser_state");
    if (!value.is_null()) j["default_value"] = std::move(value);
    return component("browserstate", std::move(j));
}

ComponentRef BlockContext::timer(double interval, bool active) {
    if (!(interval > 0)) throw std::invalid_argument("timer: the interval must be a number of seconds > 0");
    return component("timer", {{"value", interval}, {"active", active}});
}

BlockContext BlockContext::row(RowProps p) {
    Json j = Json::object();
    put(j, "variant", p.variant), put(j, "elem_id", p.elem_id), put(j, "equal_height", p.equal_height), put(j, "visible", p.visible);
    return {state_, component("row", with_extra(std::move(j), p.extra)).id()};
}

BlockContext BlockContext::column(ColumnProps p) {
    Json j = Json::object();
    put(j, "scale", p.scale), put(j, "min_width", p.min_width), put(j, "variant", p.variant), put(j, "elem_id", p.elem_id), put(j, "visible", p.visible);
    return {state_, component("column", with_extra(std::move(j), p.extra)).id()};
}

BlockContext BlockContext::group(Json props) { return {state_, component("group", object_or_throw(std::move(props), "group")).id()}; }
BlockContext BlockContext::form(Json props) { return {state_, component("form", object_or_throw(std::move(props), "form")).id()}; }
BlockContext BlockContext::tabs(Json props) { return {state_, component("tabs", object_or_throw(std::move(props), "tabs")).id()}; }

BlockContext BlockContext::tab(std::string label, PanelProps p) {
    Json j = panel_props(p);
    j["label"] = std::move(label);
    return {state_, component("tabitem", std::move(j)).id()};
}

BlockContext BlockContext::accordion(std::string label, PanelProps p) {
    Json j = panel_props(p);
    j["label"] = std::move(label);
    return {state_, component("accordion", std::move(j)).id()};
}

BlockContext BlockContext::sidebar(PanelProps p) { return {state_, component("sidebar", panel_props(p)).id()}; }

}  // namespace gr
