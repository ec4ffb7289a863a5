// The C++ builder's component methods: one per Gradio class and layout block, each writing
// the props by Gradio's names and the config `type` Gradio writes for that class.
#include <stdexcept>

#include "gr/blocks.h"
#include "components/codec_detail.h"

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

// Each typed method links only its type's value codecs (gr/codec.h), so a C++ app module
// carries the codecs of the types it declares and no others.
const auto text = [] { codec_detail::link_codecs(codec_detail::text_codec); };
const auto numbers = [] { codec_detail::link_codecs(codec_detail::number_codec); };
const auto choices = [] { codec_detail::link_codecs(codec_detail::choice_codec); };
const auto files = [] { codec_detail::link_codecs(codec_detail::file_codec); };
const auto data = [] { codec_detail::link_codecs(codec_detail::data_codec); };
const auto chat = [] { codec_detail::link_codecs(codec_detail::chat_codec); };
const auto no_codec = [] {};

}  // namespace

ComponentRef BlockContext::textbox(TextboxProps p) {
    Json j = Json::object();
    put(j, "value", p.value), put(j, "label", p.label), put(j, "info", p.info), put(j, "placeholder", p.placeholder);
    put(j, "elem_id", p.elem_id), put(j, "lines", p.lines), put(j, "max_lines", p.max_lines), put(j, "interactive", p.interactive);
    put(j, "visible", p.visible), put(j, "show_label", p.show_label), put(j, "type", p.type);
    return linked(text, "textbox", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::number(NumberProps p) {
    Json j = Json::object();
    put(j, "value", p.value), put(j, "minimum", p.minimum), put(j, "maximum", p.maximum), put(j, "step", p.step), put(j, "precision", p.precision);
    put(j, "label", p.label), put(j, "info", p.info), put(j, "elem_id", p.elem_id), put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    return linked(numbers, "number", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::slider(SliderProps p) {
    Json j = Json::object();
    put(j, "minimum", p.minimum), put(j, "maximum", p.maximum), put(j, "value", p.value), put(j, "step", p.step);
    put(j, "label", p.label), put(j, "info", p.info), put(j, "elem_id", p.elem_id), put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    if (p.minimum && p.maximum && *p.minimum > *p.maximum) throw std::invalid_argument("slider: minimum is greater than maximum");
    return linked(numbers, "slider", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::checkbox(CheckboxProps p) {
    Json j = Json::object();
    put(j, "value", p.value), put(j, "label", p.label), put(j, "info", p.info), put(j, "elem_id", p.elem_id), put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    return linked(numbers, "checkbox", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::markdown(std::string value, MarkdownProps p) {
    Json j = {{"value", std::move(value)}};
    put(j, "label", p.label), put(j, "elem_id", p.elem_id), put(j, "visible", p.visible), put(j, "sanitize_html", p.sanitize_html);
    return linked(text, "markdown", with_extra(std::move(j), p.extra));
}

ComponentRef BlockContext::html(std::string value, Json props) {
    Json j = object_or_throw(std::move(props), "html");
    j["value"] = std::move(value);
    return linked(text, "html", std::move(j));
}

ComponentRef BlockContext::dropdown(ChoiceProps p) {
    Json j = choice_props(p);
    put(j, "multiselect", p.multiselect), put(j, "allow_custom_value", p.allow_custom_value);
    return linked(choices, "dropdown", std::move(j));
}
ComponentRef BlockContext::radio(ChoiceProps p) { return linked(choices, "radio", choice_props(p)); }
ComponentRef BlockContext::checkbox_group(ChoiceProps p) { return linked(choices, "checkboxgroup", choice_props(p)); }

ComponentRef BlockContext::button(std::string value, ButtonProps p) {
    Json j = {{"value", std::move(value)}};
    put(j, "variant", p.variant), put(j, "size", p.size), put(j, "elem_id", p.elem_id), put(j, "interactive", p.interactive), put(j, "visible", p.visible);
    return linked(text, "button", with_extra(std::move(j), p.extra));
}

// Gradio's template buttons: their config type is "button"; their defaults differ in value.
ComponentRef BlockContext::clear_button(Json props) {
    Json j = object_or_throw(std::move(props), "clear_button");
    if (!j.contains("value")) j["value"] = "Clear";
    return linked(text, "button", std::move(j));
}
ComponentRef BlockContext::deep_link_button(Json props) {
    Json j = object_or_throw(std::move(props), "deep_link_button");
    if (!j.contains("value")) j["value"] = "Share via Link";
    return linked(text, "button", std::move(j));
}
ComponentRef BlockContext::duplicate_button(Json props) {
    Json j = object_or_throw(std::move(props), "duplicate_button");
    if (!j.contains("value")) j["value"] = "Duplicate Space";
    return linked(text, "button", std::move(j));
}
ComponentRef BlockContext::login_button(Json props) {
    Json j = object_or_throw(std::move(props), "login_button");
    if (!j.contains("value")) j["value"] = "Sign in with Hugging Face";
    return linked(text, "button", std::move(j));
}

#define GR_JSON_COMPONENT(method, type, family) \
    ComponentRef BlockContext::method(Json props) { return linked(family, type, object_or_throw(std::move(props), #method)); }

GR_JSON_COMPONENT(code, "code", text)
GR_JSON_COMPONENT(color_picker, "colorpicker", text)
GR_JSON_COMPONENT(date_time, "datetime", text)
GR_JSON_COMPONENT(multimodal_textbox, "multimodaltextbox", no_codec)
GR_JSON_COMPONENT(dialogue, "dialogue", no_codec)
GR_JSON_COMPONENT(download_button, "downloadbutton", files)
GR_JSON_COMPONENT(upload_button, "uploadbutton", files)
GR_JSON_COMPONENT(json, "json", data)
GR_JSON_COMPONENT(label, "label", data)
GR_JSON_COMPONENT(dataframe, "dataframe", data)
GR_JSON_COMPONENT(dataset, "dataset", data)
GR_JSON_COMPONENT(highlighted_text, "highlightedtext", data)
GR_JSON_COMPONENT(chatbot, "chatbot", chat)
GR_JSON_COMPONENT(file, "file", files)
GR_JSON_COMPONENT(file_explorer, "fileexplorer", no_codec)
GR_JSON_COMPONENT(image, "image", files)
GR_JSON_COMPONENT(image_editor, "imageeditor", no_codec)
GR_JSON_COMPONENT(image_slider, "imageslider", files)
GR_JSON_COMPONENT(simple_image, "simpleimage", files)
GR_JSON_COMPONENT(annotated_image, "annotatedimage", no_codec)
GR_JSON_COMPONENT(audio, "audio", files)
GR_JSON_COMPONENT(video, "video", files)
GR_JSON_COMPONENT(model3d, "model3d", files)
GR_JSON_COMPONENT(gallery, "gallery", files)
GR_JSON_COMPONENT(plot, "plot", no_codec)
GR_JSON_COMPONENT(navbar, "navbar", no_codec)
GR_JSON_COMPONENT(param_viewer, "paramviewer", no_codec)

#undef GR_JSON_COMPONENT

// LinePlot, ScatterPlot and BarPlot all write "nativeplot"; Gradio names the class in props.name,
// which gives the chart its mark.
#define GR_PLOT_COMPONENT(method, class_name)                              \
    ComponentRef BlockContext::method(Json props) {                       \
        Json p = object_or_throw(std::move(props), #method);              \
        if (!p.contains("name")) p["name"] = class_name;                  \
        return linked(data, "nativeplot", std::move(p));                     \
    }
GR_PLOT_COMPONENT(bar_plot, "barplot")
GR_PLOT_COMPONENT(line_plot, "lineplot")
GR_PLOT_COMPONENT(scatter_plot, "scatterplot")
#undef GR_PLOT_COMPONENT

ComponentRef BlockContext::state(Json value) { return linked(data, "state", value.is_null() ? Json::object() : Json{{"value", std::move(value)}}); }

ComponentRef BlockContext::browser_state(Json value, Json props) {
    Json j = object_or_throw(std::move(props), "browser_state");
    if (!value.is_null()) j["default_value"] = std::move(value);
    return linked(data, "browserstate", std::move(j));
}

ComponentRef BlockContext::timer(double interval, bool active) {
    if (!(interval > 0)) throw std::invalid_argument("timer: the interval must be a number of seconds > 0");
    return linked(numbers, "timer", {{"value", interval}, {"active", active}});
}

BlockContext BlockContext::row(RowProps p) {
    Json j = Json::object();
    put(j, "variant", p.variant), put(j, "elem_id", p.elem_id), put(j, "equal_height", p.equal_height), put(j, "visible", p.visible);
    return {state_, linked(no_codec, "row", with_extra(std::move(j), p.extra)).id()};
}

BlockContext BlockContext::column(ColumnProps p) {
    Json j = Json::object();
    put(j, "scale", p.scale), put(j, "min_width", p.min_width), put(j, "variant", p.variant), put(j, "elem_id", p.elem_id), put(j, "visible", p.visible);
    return {state_, linked(no_codec, "column", with_extra(std::move(j), p.extra)).id()};
}

BlockContext BlockContext::group(Json props) { return {state_, linked(no_codec, "group", object_or_throw(std::move(props), "group")).id()}; }
BlockContext BlockContext::form(Json props) { return {state_, linked(no_codec, "form", object_or_throw(std::move(props), "form")).id()}; }
BlockContext BlockContext::tabs(Json props) { return {state_, linked(no_codec, "tabs", object_or_throw(std::move(props), "tabs")).id()}; }

BlockContext BlockContext::tab(std::string label, PanelProps p) {
    Json j = panel_props(p);
    j["label"] = std::move(label);
    return {state_, linked(no_codec, "tabitem", std::move(j)).id()};
}

BlockContext BlockContext::accordion(std::string label, PanelProps p) {
    Json j = panel_props(p);
    j["label"] = std::move(label);
    return {state_, linked(no_codec, "accordion", std::move(j)).id()};
}

BlockContext BlockContext::sidebar(PanelProps p) { return {state_, linked(no_codec, "sidebar", panel_props(p)).id()}; }

}  // namespace gr
