// Choice components: Radio, Dropdown, CheckboxGroup. `choices` are [display, value] pairs
// (a bare value v means [str(v), v], as Gradio normalises them). On the wire the value is a
// choice's value; a function receives it, or its index when type="index". A value not among
// the choices is refused unless Dropdown's allow_custom_value is set (Gradio raises the same
// error in preprocess; for returned values it only warns, so postprocess lets them through).
#include <string>
#include <vector>

#include "components/codec_detail.h"

namespace gr::codec_detail {
namespace {

std::vector<Json> choice_values(const Ctx& ctx) {
    std::vector<Json> out;
    const Json& choices = ctx.prop("choices");
    if (!choices.is_array()) return out;
    for (auto& c : choices) out.push_back(c.is_array() && c.size() == 2 ? c[1] : c);
    return out;
}

std::string list_of(const std::vector<Json>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + values[i].dump();
    return out + "]";
}

// The position of `v` among the choice values, or -1. Numbers compare by value (1 == 1.0).
long long index_of(const std::vector<Json>& values, const Json& v) {
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == v || (values[i].is_number() && v.is_number() && values[i].get<double>() == v.get<double>())) return static_cast<long long>(i);
    return -1;
}

void check_scalar(const Ctx& ctx, const Json& v) {
    if (!v.is_string() && !v.is_number()) ctx.fail("expected a choice value (a string or a number), got " + shown(v));
}

// One wire value → what the function receives, refusing values outside the choices.
Json one_pre(const Ctx& ctx, const std::vector<Json>& values, const Json& v, bool custom_ok) {
    check_scalar(ctx, v);
    long long i = index_of(values, v);
    if (i < 0 && !custom_ok) ctx.fail("Value: " + v.dump() + " is not in the list of choices: " + list_of(values));
    if (ctx.prop("type") != "index") return v;
    return i < 0 ? Json(nullptr) : Json(i);
}

bool multiple(const Ctx& ctx) { return ctx.component.type == "checkboxgroup" || ctx.prop("multiselect") == true; }

Json choice_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    auto values = choice_values(ctx);
    bool custom_ok = ctx.prop("allow_custom_value") == true;
    if (!multiple(ctx)) {
        if (v.is_array()) ctx.fail("expected one choice value, got a list " + shown(v) + (ctx.component.type == "dropdown" ? " (set multiselect=True for several)" : ""));
        return one_pre(ctx, values, v, custom_ok);
    }
    if (!v.is_array()) ctx.fail("expected a list of choice values, got " + shown(v));
    Json out = Json::array();
    for (auto& item : v) out.push_back(one_pre(ctx, values, item, custom_ok));
    return out;
}

// A returned single value for a multi-choice component is wrapped in a list, as Gradio does;
// CheckboxGroup's None becomes [].
Json choice_post(const Ctx& ctx, const Json& v) {
    if (!multiple(ctx)) {
        if (v.is_null()) return v;
        if (v.is_array()) ctx.fail("expected one choice value, got a list " + shown(v) + (ctx.component.type == "dropdown" ? " (set multiselect=True for several)" : ""));
        check_scalar(ctx, v);
        return v;
    }
    if (v.is_null()) return ctx.component.type == "checkboxgroup" ? Json::array() : v;
    Json list = v.is_array() ? v : Json::array({v});
    for (auto& item : list) check_scalar(ctx, item);
    return list;
}

const Codec choice{choice_pre, choice_post};

}  // namespace

const Codec* choice_codec(std::string_view type) {
    return type == "radio" || type == "dropdown" || type == "checkboxgroup" ? &choice : nullptr;
}

}  // namespace gr::codec_detail
