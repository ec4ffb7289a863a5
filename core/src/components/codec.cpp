// Value codecs, dispatched by component type to one module per family (text, number,
// choices, files, data, chat). Types without rules (plots, Dataset, …) pass values through.
// Prop updates ({"__type__": "update", …}) have their `value` postprocessed like a value.
#include "gr/codec.h"

#include <algorithm>
#include <array>

#include "components/codec_detail.h"

namespace gr {
namespace codec_detail {

void Ctx::fail(const std::string& message) const {
    const ComponentSpec* spec = find_spec(component.type);
    std::string name = spec ? std::string(spec->class_name) : component.type;
    throw ValueError(name + " (component " + std::to_string(component.id.value) + "): " + message);
}

const Json& Ctx::prop(std::string_view key) const {
    static const Json null_value;
    if (props.is_object())
        if (auto it = props.find(key); it != props.end() && !it->is_null()) return *it;
    if (auto it = component.props.find(key); it != component.props.end() && !it->is_null()) return *it;
    const Json& defaults = default_props(component.type);
    if (auto it = defaults.find(key); it != defaults.end()) return *it;
    return null_value;
}

std::string shown(const Json& j) {
    std::string s = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

}  // namespace codec_detail

namespace codec_detail {
namespace {

// The linked families, in the order they were linked. Written while an app is built (one
// thread), read while it runs.
std::array<Family, 6> linked{};

// The types some family has a codec for (tests/components/codec_link_test.cpp checks this
// against the families): with that family unlinked, passing the value through would be wrong.
constexpr std::string_view with_codec[] = {
    "textbox", "html", "button", "markdown", "code", "colorpicker", "datetime",                     // text
    "number", "slider", "checkbox", "timer",                                                          // numbers
    "radio", "dropdown", "checkboxgroup",                                                             // choices
    "file", "uploadbutton", "downloadbutton", "image", "audio", "video", "model3d", "simpleimage",   // files
    "imageslider", "gallery",
    "state", "browserstate", "json", "label", "dataframe", "highlightedtext", "nativeplot", "dataset",  // data
    "chatbot",                                                                                        // chat
};

}  // namespace

void link_codecs(Family family) {
    for (auto& slot : linked) {
        if (slot == family) return;
        if (!slot) {
            slot = family;
            return;
        }
    }
}

void unlink_codecs_for_test() { linked = {}; }

}  // namespace codec_detail

void link_all_codecs() {
    for (auto family : {codec_detail::text_codec, codec_detail::number_codec, codec_detail::choice_codec, codec_detail::file_codec,
                        codec_detail::data_codec, codec_detail::chat_codec})
        codec_detail::link_codecs(family);
}

const codec_detail::Codec* codec_detail::codec_for(std::string_view type) {
    for (auto family : linked)
        if (family)
            if (const Codec* c = family(type)) return c;
    if (std::find(std::begin(with_codec), std::end(with_codec), type) != std::end(with_codec))
        throw std::logic_error("Graft: the value codec of component type \"" + std::string(type) +
                               "\" was not linked into this app (a builder method must link its family)");
    return nullptr;
}

namespace {

using namespace codec_detail;

bool is_update(const Json& v) {
    auto it = v.is_object() ? v.find("__type__") : v.end();
    return v.is_object() && it != v.end() && *it == "update";
}

}  // namespace

Json preprocess(const Component& component, const Json& props, const Json& wire_value) {
    const Codec* codec = codec_for(component.type);
    return codec ? codec->pre(Ctx{component, props}, wire_value) : wire_value;
}

Json postprocess(const Component& component, const Json& props, const Json& returned) {
    const Codec* codec = codec_for(component.type);
    if (!codec) return returned;
    if (is_update(returned)) {
        Json out = returned;
        if (out.contains("value")) {
            Json merged = props.is_object() ? props : Json::object();
            for (auto& [k, v] : returned.items())
                if (k != "__type__" && k != "value") merged[k] = v;  // the update's own props apply to its value
            out["value"] = codec->post(Ctx{component, merged}, returned["value"]);
        }
        return out;
    }
    return codec->post(Ctx{component, props}, returned);
}

}  // namespace gr
