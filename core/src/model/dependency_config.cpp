// Reads and writes `dependencies[]` entries: the listener fields by Gradio's names, the 3.x
// legacy target shape, and the checks against components and the events table.
#include <set>

#include "gr/component_spec.h"
#include "model/config_reader.h"

namespace gr::config_detail {

namespace {

std::vector<ComponentId> read_id_list(Reader& r, const Json& dep, const char* key, const std::string& path,
                                      const std::unordered_set<std::int64_t>& ids) {
    std::vector<ComponentId> out;
    if (!dep.contains(key) || dep[key].is_null()) return out;
    const Json& list = dep[key];
    std::string lp = at(path, key);
    if (!r.expect(list, Json::value_t::array, lp, "an array of component ids")) return out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (auto id = r.integer(list[i], at(lp, i), "a component id")) {
            if (!ids.count(*id)) r.problem(at(lp, i), "no component with id " + std::to_string(*id));
            out.push_back(ComponentId(*id));
        }
    }
    return out;
}

// One trigger: checks that the component exists and supports the event, per the events table.
void check_target(Reader& r, const App& app, const Target& t, std::int64_t root_id, const std::string& path) {
    if (!t.component.valid()) {
        static const std::set<std::string, std::less<>> chained = {"then", "success", "failure", "unload"};
        if (!chained.count(t.event)) r.problem(path, "a null target only goes with then/success/failure/unload, not \"" + t.event + "\"");
        return;
    }
    if (t.component.value == root_id) {
        if (t.event != "load" && t.event != "unload") r.problem(path, "the Blocks itself supports load and unload, not \"" + t.event + "\"");
        return;
    }
    const Component* c = app.component(t.component);
    if (!c) {
        r.problem(path, "no component with id " + std::to_string(t.component.value));
        return;
    }
    const ComponentSpec* spec = find_spec(c->type);
    if (spec && !spec->supports(t.event)) {
        std::string list;
        for (auto e : spec->events) list += (list.empty() ? "" : ", ") + std::string(e);
        r.problem(path, std::string(spec->class_name) + " (component " + std::to_string(c->id.value) + ") has no \"" + t.event +
                            "\" event; it supports: " + (list.empty() ? "none" : list));
    }
}

std::vector<Target> read_targets(Reader& r, const Json& dep, const std::string& path) {
    std::vector<Target> out;
    if (!dep.contains("targets")) {
        r.problem(at(path, "targets"), "missing; expected [[component_id, \"event\"], …]");
        return out;
    }
    const Json& list = dep["targets"];
    std::string lp = at(path, "targets");
    if (!r.expect(list, Json::value_t::array, lp, "an array of [component_id, \"event\"] pairs")) return out;
    const Json* legacy_trigger = dep.contains("trigger") && dep["trigger"].is_string() ? &dep["trigger"] : nullptr;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& t = list[i];
        std::string tp = at(lp, i);
        Target target;
        if (t.is_array() && t.size() == 2 && t[1].is_string()) {
            if (!t[0].is_null()) {
                if (auto id = r.integer(t[0], at(tp, std::size_t{0}), "a component id or null")) target.component = ComponentId(*id);
                else continue;
            }
            target.event = t[1].get<std::string>();
        } else if (legacy_trigger && (t.is_number_integer() || t.is_number_unsigned())) {
            target.component = ComponentId(t.get<std::int64_t>());  // Gradio 3.x: ids plus one `trigger`
            target.event = legacy_trigger->get<std::string>();
        } else {
            r.problem(tp, "expected [component_id, \"event\"], got " + t.dump());
            continue;
        }
        out.push_back(std::move(target));
    }
    return out;
}

bool read_bool(Reader& r, const Json& dep, const char* key, const std::string& path, bool& out) {
    if (!dep.contains(key) || dep[key].is_null()) return false;
    if (!r.expect(dep[key], Json::value_t::boolean, at(path, key), "true or false")) return false;
    out = dep[key].get<bool>();
    return true;
}

std::optional<std::string> read_string(Reader& r, const Json& dep, const char* key, const std::string& path) {
    if (!dep.contains(key) || dep[key].is_null()) return std::nullopt;
    if (!r.expect(dep[key], Json::value_t::string, at(path, key), "a string or null")) return std::nullopt;
    return dep[key].get<std::string>();
}

std::optional<double> read_seconds(Reader& r, const Json& dep, const char* key, const std::string& path) {
    if (!dep.contains(key) || dep[key].is_null()) return std::nullopt;
    const Json& v = dep[key];
    if (!v.is_number() || v.get<double>() < 0) {
        r.problem(at(path, key), "expected a number of seconds (≥ 0) or null, got " + v.dump());
        return std::nullopt;
    }
    return v.get<double>();
}

// Gradio writes booleans for show_progress in older configs: true → full, false → hidden.
void read_progress(Reader& r, const Json& dep, const std::string& path, Dependency& d, const std::unordered_set<std::int64_t>& ids) {
    if (dep.contains("show_progress")) {
        const Json& sp = dep["show_progress"];
        auto p = sp.is_string() ? show_progress_from(sp.get<std::string>())
                 : sp.is_boolean() ? std::optional(sp.get<bool>() ? ShowProgress::full : ShowProgress::hidden)
                                   : std::nullopt;
        if (p) d.show_progress = *p;
        else r.problem(at(path, "show_progress"), "expected \"full\", \"minimal\" or \"hidden\", got " + sp.dump());
    }
    if (dep.contains("show_progress_on") && !dep["show_progress_on"].is_null())
        d.show_progress_on = read_id_list(r, dep, "show_progress_on", path, ids);
}

void read_modes(Reader& r, const Json& dep, const std::string& path, Dependency& d) {
    d.trigger_mode = d.targets.empty() ? TriggerMode::once : default_trigger_mode(d.targets.front().event);
    if (dep.contains("trigger_mode") && !dep["trigger_mode"].is_null()) {
        auto m = dep["trigger_mode"].is_string() ? trigger_mode_from(dep["trigger_mode"].get<std::string>()) : std::nullopt;
        if (m) d.trigger_mode = *m;
        else r.problem(at(path, "trigger_mode"), "expected \"once\", \"multiple\" or \"always_last\", got " + dep["trigger_mode"].dump());
    }
    if (dep.contains("api_visibility") && !dep["api_visibility"].is_null()) {
        auto v = dep["api_visibility"].is_string() ? api_visibility_from(dep["api_visibility"].get<std::string>()) : std::nullopt;
        if (v) d.api_visibility = *v;
        else r.problem(at(path, "api_visibility"), "expected \"public\", \"private\" or \"undocumented\", got " + dep["api_visibility"].dump());
    } else if (dep.contains("show_api") && dep["show_api"] == false) {
        d.api_visibility = ApiVisibility::private_;  // 5.x spelling
    }
    if (auto c = read_string(r, dep, "connection", path)) {
        if (*c == "stream") d.connection = Connection::stream;
        else if (*c != "sse") r.problem(at(path, "connection"), "expected \"sse\" or \"stream\", got \"" + *c + "\"");
    }
}

// Queue parameters: batch, max_batch_size, and the Graft extensions concurrency_limit/_id.
void read_queue(Reader& r, const Json& dep, const std::string& path, Dependency& d) {
    read_bool(r, dep, "queue", path, d.queue);
    read_bool(r, dep, "batch", path, d.batch);
    if (dep.contains("max_batch_size") && !dep["max_batch_size"].is_null()) {
        auto n = r.integer(dep["max_batch_size"], at(path, "max_batch_size"), "a batch size");
        if (n && *n < 1) r.problem(at(path, "max_batch_size"), "expected a batch size of at least 1, got " + std::to_string(*n));
        else if (n) d.max_batch_size = static_cast<int>(*n);
    }
    if (dep.contains("concurrency_limit")) {
        const Json& v = dep["concurrency_limit"];
        if (v.is_null()) d.concurrency_limit = {ConcurrencyLimit::unlimited, 0};
        else if (v == "default") d.concurrency_limit = {ConcurrencyLimit::use_default, 0};
        else if (v.is_number_integer() && v.get<std::int64_t>() >= 1) d.concurrency_limit = {ConcurrencyLimit::limited, v.get<int>()};
        else r.problem(at(path, "concurrency_limit"), "expected \"default\", null or a whole number ≥ 1, got " + v.dump());
    }
    d.concurrency_id = read_string(r, dep, "concurrency_id", path);
}

void read_types(Reader& r, const Json& dep, const std::string& path, Dependency& d) {
    if (!dep.contains("types") || dep["types"].is_null()) return;
    if (!r.expect(dep["types"], Json::value_t::object, at(path, "types"), "an object like {\"generator\": false, \"cancel\": false}")) return;
    std::string tp = at(path, "types");
    read_bool(r, dep["types"], "generator", tp, d.generator);
    read_bool(r, dep["types"], "cancel", tp, d.cancel_only);
}

void read_functions(Reader& r, const Json& dep, const std::string& path, Dependency& d) {
    read_bool(r, dep, "backend_fn", path, d.backend_fn);
    if (dep.contains("js") && dep["js"].is_string()) d.js = dep["js"].get<std::string>();
    d.js_implementation = read_string(r, dep, "js_implementation", path);
    if (dep.contains("api_name") && dep["api_name"].is_string()) d.api_name = dep["api_name"].get<std::string>();
    if (dep.contains("api_description")) {
        const Json& v = dep["api_description"];
        if (v.is_null() || v.is_string() || v == false) d.api_description = v;
        else r.problem(at(path, "api_description"), "expected a string, null or false, got " + v.dump());
    }
    read_bool(r, dep, "preprocess", path, d.preprocess);
    read_bool(r, dep, "postprocess", path, d.postprocess);
    d.validator = read_string(r, dep, "validator", path);
    d.time_limit = read_seconds(r, dep, "time_limit", path);
    if (auto every = read_seconds(r, dep, "stream_every", path)) d.stream_every = *every;
    if (dep.contains("key")) d.key = dep["key"];
    read_bool(r, dep, "scroll_to_output", path, d.scroll_to_output);
}

void read_chain(Reader& r, const Json& dep, const std::string& path, Dependency& d) {
    read_bool(r, dep, "trigger_only_on_success", path, d.trigger_only_on_success);
    read_bool(r, dep, "trigger_only_on_failure", path, d.trigger_only_on_failure);
    if (dep.contains("trigger_after") && !dep["trigger_after"].is_null())
        if (auto id = r.integer(dep["trigger_after"], at(path, "trigger_after"), "a dependency id")) d.trigger_after = DependencyId(*id);
    if (dep.contains("cancels") && !dep["cancels"].is_null() &&
        r.expect(dep["cancels"], Json::value_t::array, at(path, "cancels"), "an array of dependency ids"))
        for (std::size_t i = 0; i < dep["cancels"].size(); ++i)
            if (auto id = r.integer(dep["cancels"][i], at(at(path, "cancels"), i), "a dependency id")) d.cancels.push_back(DependencyId(*id));
}

}  // namespace

std::optional<Dependency> read_dependency(Reader& r, const Json& dep, std::size_t index, const App& app,
                                          const std::unordered_set<std::int64_t>& ids, std::int64_t root_id) {
    std::string path = at("$.dependencies", index);
    if (!r.expect(dep, Json::value_t::object, path, "a dependency object")) return std::nullopt;
    Dependency d;
    d.id = DependencyId(static_cast<std::int64_t>(index));  // old configs have no id: Gradio's client uses the index
    if (dep.contains("id"))
        if (auto id = r.integer(dep["id"], at(path, "id"), "a dependency id")) d.id = DependencyId(*id);
    d.targets = read_targets(r, dep, path);
    for (std::size_t i = 0; i < d.targets.size(); ++i) check_target(r, app, d.targets[i], root_id, at(at(path, "targets"), i));
    d.inputs = read_id_list(r, dep, "inputs", path, ids);
    d.outputs = read_id_list(r, dep, "outputs", path, ids);
    static const std::set<std::string, std::less<>> known = {
        "id", "targets", "trigger", "inputs", "outputs", "backend_fn", "js", "js_implementation", "queue", "api_name",
        "api_description", "scroll_to_output", "trigger_mode", "show_progress", "show_progress_on", "batch", "max_batch_size",
        "preprocess", "postprocess", "trigger_after", "trigger_only_on_success", "trigger_only_on_failure", "cancels",
        "concurrency_limit", "concurrency_id", "api_visibility", "time_limit", "stream_every", "connection", "key", "validator"};
    for (auto& [k, v] : dep.items())
        if (!known.count(k) || (k == "js" && !v.is_string() && !v.is_null()) || (k == "api_name" && !v.is_string())) d.extra[k] = v;
    read_functions(r, dep, path, d);
    read_chain(r, dep, path, d);
    read_modes(r, dep, path, d);
    read_progress(r, dep, path, d, ids);
    read_queue(r, dep, path, d);
    read_types(r, dep, path, d);
    return d;
}

// Checks that need every dependency: unique ids, and chains pointing at existing ones.
void check_dependency_links(Reader& r, const App& app) {
    std::unordered_set<std::int64_t> seen;
    for (std::size_t i = 0; i < app.dependencies.size(); ++i) {
        const Dependency& d = app.dependencies[i];
        std::string path = at("$.dependencies", i);
        if (!seen.insert(d.id.value).second) r.problem(at(path, "id"), "duplicate dependency id " + std::to_string(d.id.value));
        if (d.trigger_after && !app.dependency(*d.trigger_after))
            r.problem(at(path, "trigger_after"), "no dependency with id " + std::to_string(d.trigger_after->value));
        for (std::size_t c = 0; c < d.cancels.size(); ++c)
            if (!app.dependency(d.cancels[c])) r.problem(at(at(path, "cancels"), c), "no dependency with id " + std::to_string(d.cancels[c].value));
    }
}


Json ids_json(const std::vector<ComponentId>& ids) {
    Json out = Json::array();
    for (auto id : ids) out.push_back(id.value);
    return out;
}

Json concurrency_limit_json(ConcurrencyLimit l) {
    switch (l.kind) {
        case ConcurrencyLimit::use_default: return "default";
        case ConcurrencyLimit::unlimited: return nullptr;
        case ConcurrencyLimit::limited: return l.value;
    }
    return "default";
}

// Gradio's config keys first, then Graft's extension keys — written only when they differ
// from Gradio's defaults, so a Gradio config round-trips without new keys.
void write_extensions(const Dependency& d, Json& out) {
    if (!d.preprocess) out["preprocess"] = false;
    if (!d.postprocess) out["postprocess"] = false;
    if (d.concurrency_limit.kind != ConcurrencyLimit::use_default) out["concurrency_limit"] = concurrency_limit_json(d.concurrency_limit);
    if (d.concurrency_id) out["concurrency_id"] = *d.concurrency_id;
    if (d.validator) out["validator"] = *d.validator;
    if (!d.key.is_null()) out["key"] = d.key;
}

Json dependency_json(const Dependency& d) {
    Json out = d.extra;
    out["id"] = d.id.value;
    out["targets"] = Json::array();
    for (auto& t : d.targets) out["targets"].push_back({t.component.valid() ? Json(t.component.value) : Json(nullptr), t.event});
    out.erase("trigger");  // legacy 3.x shape is normalised to [[id, event]] pairs
    out.erase("show_api");  // 5.x spelling, replaced by api_visibility
    out["inputs"] = ids_json(d.inputs);
    out["outputs"] = ids_json(d.outputs);
    out["backend_fn"] = d.backend_fn;
    if (d.js) out["js"] = *d.js;
    else if (!out.contains("js")) out["js"] = nullptr;
    out["queue"] = d.queue;
    if (!d.api_name.empty() || !out.contains("api_name")) out["api_name"] = d.api_name.empty() ? Json(nullptr) : Json(d.api_name);
    out["api_description"] = d.api_description;
    out["scroll_to_output"] = d.scroll_to_output;
    out["show_progress"] = to_string(d.show_progress);
    out["show_progress_on"] = d.show_progress_on ? ids_json(*d.show_progress_on) : Json(nullptr);
    out["batch"] = d.batch;
    out["max_batch_size"] = d.max_batch_size;
    out["cancels"] = Json::array();
    for (auto c : d.cancels) out["cancels"].push_back(c.value);
    // `types` stays as given (older configs lack `cancel`); Graft sets the flags it reads.
    Json types = out.contains("types") && out["types"].is_object() ? out["types"] : Json{{"generator", false}, {"cancel", false}};
    types["generator"] = d.generator;
    if (d.cancel_only || types.contains("cancel")) types["cancel"] = d.cancel_only;
    out["types"] = std::move(types);
    out["trigger_after"] = d.trigger_after ? Json(d.trigger_after->value) : Json(nullptr);
    out["trigger_only_on_success"] = d.trigger_only_on_success;
    out["trigger_only_on_failure"] = d.trigger_only_on_failure;
    out["trigger_mode"] = to_string(d.trigger_mode);
    out["api_visibility"] = to_string(d.api_visibility);
    out["connection"] = d.connection == Connection::stream ? "stream" : "sse";
    out["time_limit"] = d.time_limit ? Json(*d.time_limit) : Json(nullptr);
    out["stream_every"] = d.stream_every;
    out["js_implementation"] = d.js_implementation ? Json(*d.js_implementation) : Json(nullptr);
    write_extensions(d, out);
    return out;
}

}  // namespace gr::config_detail
