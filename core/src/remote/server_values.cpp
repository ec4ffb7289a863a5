// Values through the queue server: inputs checked for files, outputs shaped and postprocessed
// as Gradio's postprocess_data does, errors as gradio.utils.error_payload.
#include <set>
#include <stdexcept>
#include <string_view>

#include "gr/codec.h"
#include "gr/component_spec.h"
#include "server_detail.h"

namespace gr::remote::detail {
namespace {

// Component types whose values may hold FileData (inputs are checked, outputs published).
bool carries_files(std::string_view type) {
    static const std::set<std::string_view> types = {"image", "file", "audio", "video", "gallery", "model3d",
                                                     "uploadbutton", "downloadbutton", "imageeditor", "imageslider",
                                                     "multimodaltextbox", "annotatedimage", "simpleimage", "chatbot"};
    return types.count(type) > 0;
}

template <class F>
void each_path(const Json& v, F&& f) {
    if (v.is_object()) {
        auto p = v.find("path");
        if (p != v.end() && p->is_string()) f(p->get<std::string>());
        for (auto& [_, x] : v.items()) each_path(x, f);
    } else if (v.is_array()) {
        for (auto& x : v) each_path(x, f);
    }
}

bool is_update(const Json& v) { return v.is_object() && v.value("__type__", "") == "update"; }

void publish_files(Json& v, const std::function<void(const std::string&)>& on_file, const std::string& root) {
    if (v.is_object()) {
        auto p = v.find("path");
        if (p != v.end() && p->is_string()) {
            std::string path = p->get<std::string>();
            bool remote = path.starts_with("http://") || path.starts_with("https://");
            if (!remote && on_file) on_file(path);
            if (!remote && (!v.contains("url") || v["url"].is_null())) v["url"] = root + "/gradio_api/file=" + path;
        }
        for (auto& [_, x] : v.items()) publish_files(x, on_file, root);
    } else if (v.is_array()) {
        for (auto& x : v) publish_files(x, on_file, root);
    }
}

std::string outputs_word(std::size_t n) { return std::to_string(n) + (n == 1 ? " output" : " outputs"); }

}  // namespace

Json props_of(const Component& c) {
    Json p = default_props(c.type);
    if (!p.is_object()) p = Json::object();
    for (auto& [k, v] : c.props.items()) p[k] = v;
    return p;
}

void check_files(const Component& c, const Json& value, const std::function<bool(const std::string&)>& allowed) {
    if (!carries_files(c.type)) return;
    each_path(value, [&](const std::string& path) {
        if (path.starts_with("http://") || path.starts_with("https://"))
            throw std::invalid_argument("File " + path + " is a URL; upload the file instead (this server does not fetch URLs).");
        if (!allowed || !allowed(path))
            throw std::invalid_argument("File " + path + " is not in the upload folder and cannot be accessed.");
    });
}

Json error_output(const JobError& e, bool show_error) {
    if (e.shown)
        return {{"error", e.message}, {"duration", e.duration ? Json(*e.duration) : Json()}, {"visible", e.visible}, {"title", e.title}};
    if (show_error) return {{"error", e.message}, {"visible", true}};
    return {{"error", nullptr}};
}

std::optional<Json> shape_outputs(const App& app, const Dependency& d, Json returned, std::string& error,
                                  const std::function<void(const std::string&)>& on_file, const std::string& root) {
    std::size_t n = d.outputs.size();
    Json data;
    if (n == 0) {
        data = Json::array();
    } else if (n == 1) {
        data = Json::array({std::move(returned)});
    } else if (returned.is_array() && returned.size() == n) {
        data = std::move(returned);
    } else {
        std::size_t got = returned.is_array() ? returned.size() : 1;
        error = "function \"" + d.api_name + "\" returned " + std::to_string(got) + (got == 1 ? " value" : " values") +
                ", but its listener has " + outputs_word(n);
        return std::nullopt;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Component* c = app.component(d.outputs[i]);
        if (!c) continue;
        Json& v = data[i];
        try {
            if (d.postprocess && !is_update(v)) v = postprocess(*c, props_of(*c), v);
            else if (d.postprocess && v.contains("value")) v["value"] = postprocess(*c, props_of(*c), v["value"]);
        } catch (const std::exception& ex) {
            error = ex.what();
            return std::nullopt;
        }
        if (carries_files(c->type)) publish_files(v, on_file, root);
    }
    return data;
}

}  // namespace gr::remote::detail
