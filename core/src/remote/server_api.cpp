// What the queue server says about an app: /info's named_endpoints (Blocks.get_api_info), the
// /call routes' input filling and stream frames, queue settings from the config's keys, and
// a validator's verdicts as the join's 422 detail.
#include <cctype>

#include "gr/component_spec.h"
#include "gr/remote/server.h"

namespace gr::remote {
namespace {

bool skips_api(const Component& c) {
    if (auto it = c.extra.find("skip_api"); it != c.extra.end() && it->is_boolean()) return it->get<bool>();
    const ComponentSpec* spec = find_spec(c.type);
    if (spec && spec->kind != BlockKind::component) return true;
    return c.type == "button" || c.type == "state";
}

const Json& file_schema() {
    static const Json s = Json::parse(R"({"type": "object", "title": "FileData", "properties": {
        "path": {"type": "string"}, "url": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "size": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        "orig_name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "mime_type": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "is_stream": {"type": "boolean"}, "meta": {"type": "object"}}, "required": ["path"]})");
    return s;
}

// The JSON schema and Python type of a component's wire value, for the common types; the
// component's own api_info (from a Gradio config) wins.
std::pair<Json, Json> types_of(const Component& c, const char* key) {
    Json schema;
    if (auto it = c.extra.find(key); it != c.extra.end()) schema = *it;
    else if (auto it2 = c.extra.find("api_info"); it2 != c.extra.end()) schema = *it2;
    std::string py = "Any";
    const std::string& t = c.type;
    if (t == "textbox" || t == "markdown" || t == "html" || t == "code" || t == "radio" || t == "dropdown") {
        py = "str";
        if (schema.is_null()) schema = {{"type", "string"}};
    } else if (t == "number" || t == "slider") {
        py = "float";
        if (schema.is_null()) schema = {{"type", "number"}};
    } else if (t == "checkbox") {
        py = "bool";
        if (schema.is_null()) schema = {{"type", "boolean"}};
    } else if (t == "image" || t == "file" || t == "audio" || t == "video" || t == "model3d") {
        py = "filepath";
        if (schema.is_null()) schema = file_schema();
    }
    if (schema.is_null()) schema = Json::object();
    return {schema, {{"type", py}, {"description", ""}}};
}

std::string label_of(const Component& c) {
    if (auto it = c.props.find("label"); it != c.props.end() && it->is_string()) return *it;
    const ComponentSpec* spec = find_spec(c.type);
    return spec ? std::string(spec->class_name) : c.type;
}

std::string param_name(const Component& c, std::size_t i) {
    auto it = c.props.find("label");
    if (it == c.props.end() || !it->is_string()) return "param_" + std::to_string(i);
    std::string out;
    for (char ch : it->get<std::string>()) out += std::isalnum(static_cast<unsigned char>(ch)) ? static_cast<char>(std::tolower(ch)) : '_';
    return out.empty() || std::isdigit(static_cast<unsigned char>(out[0])) ? "param_" + std::to_string(i) : out;
}

Json endpoint(const App& app, const Dependency& d) {
    Json params = Json::array(), returns = Json::array();
    std::size_t i = 0;
    for (ComponentId id : d.inputs) {
        const Component* c = app.component(id);
        if (!c || skips_api(*c)) continue;
        auto [schema, py] = types_of(*c, "api_info_as_input");
        Json value = c->props.value("value", Json());
        params.push_back({{"label", label_of(*c)}, {"parameter_name", param_name(*c, i++)}, {"parameter_has_default", !value.is_null()},
                          {"parameter_default", value}, {"type", schema}, {"python_type", py},
                          {"component", find_spec(c->type) ? std::string(find_spec(c->type)->class_name) : c->type},
                          {"example_input", c->extra.value("example_inputs", Json())}});
    }
    for (ComponentId id : d.outputs) {
        const Component* c = app.component(id);
        if (!c || skips_api(*c)) continue;
        auto [schema, py] = types_of(*c, "api_info_as_output");
        returns.push_back({{"label", label_of(*c)}, {"type", schema}, {"python_type", py},
                           {"component", find_spec(c->type) ? std::string(find_spec(c->type)->class_name) : c->type}});
    }
    Json desc = d.api_description.is_string() ? d.api_description : Json("");
    return {{"parameters", params}, {"returns", returns}, {"api_visibility", "public"}, {"description", desc}};
}

}  // namespace

ServerOptions server_options_from(const App& app) {
    ServerOptions o;
    const Json& x = app.extra;
    if (auto it = x.find("default_concurrency_limit"); it != x.end()) {
        if (it->is_null()) o.default_concurrency_limit = std::nullopt;
        else if (it->is_number_integer()) o.default_concurrency_limit = it->get<int>();
    }
    if (auto it = x.find("max_size"); it != x.end() && it->is_number_integer()) o.max_size = it->get<int>();
    if (auto it = x.find("show_error"); it != x.end() && it->is_boolean()) o.show_error = it->get<bool>();
    return o;
}

Json api_info(const App& app) {
    Json named = Json::object();
    for (const Dependency& d : app.dependencies) {
        if (!d.backend_fn || d.api_visibility != ApiVisibility::public_ || d.api_name.empty() || d.api_name == "false") continue;
        named["/" + d.api_name] = endpoint(app, d);
    }
    return {{"named_endpoints", named}, {"unnamed_endpoints", Json::object()}};
}

Json full_call_data(const App& app, const Dependency& d, const Json& given) {
    if (!given.is_array()) return given;
    std::size_t public_count = 0;
    for (ComponentId id : d.inputs)
        if (const Component* c = app.component(id); c && !skips_api(*c)) ++public_count;
    if (given.size() != public_count) return given;  // let join explain the mismatch
    Json out = Json::array();
    std::size_t next = 0;
    for (ComponentId id : d.inputs) {
        const Component* c = app.component(id);
        out.push_back(c && !skips_api(*c) ? given[next++] : Json());
    }
    return out;
}

std::optional<SimpleFrame> simple_frame(const Json& msg) {
    std::string kind = msg.value("msg", "");
    const Json output = msg.value("output", Json::object());
    if (kind == "process_generating" || kind == "process_streaming") return SimpleFrame{"generating", output.value("data", Json())};
    if (kind == "heartbeat") return SimpleFrame{"heartbeat", nullptr};
    if (kind == "unexpected_error") return SimpleFrame{"error", msg.value("message", Json())};
    if (kind != "process_completed") return std::nullopt;
    if (msg.value("success", false)) return SimpleFrame{"complete", output.value("data", Json())};
    return SimpleFrame{"error", output.value("error", Json())};
}

std::optional<Json> validation_detail(const Json& verdicts, std::size_t inputs) {
    Json list = verdicts.is_array() ? verdicts : Json::array({verdicts});
    Json detail = Json::array();
    bool invalid = false;
    for (std::size_t i = 0; i < inputs; ++i) {
        const Json& v = i < list.size() ? list[i] : Json();
        bool verdict = v.is_object() && v.value("__type__", "") == "validate";
        if (verdict && v.value("is_valid", true) == false) {
            invalid = true;
            detail.push_back(v);
        } else {
            detail.push_back({{"is_valid", true}, {"message", ""}});
        }
    }
    if (!invalid) return std::nullopt;
    return detail;
}

}  // namespace gr::remote
