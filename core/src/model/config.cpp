// Reads Gradio configs (6.x, 5.x, 4.x and the 3.x legacy `targets` + `trigger` shape) into the
// app model, collecting every problem with its JSON path; writes the model back as a 6.x config.
// Never throws on bad input: a config with mistakes yields all of them at once.
#include "gr/config.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "gr/codec.h"
#include "gr/component_spec.h"
#include "model/config_reader.h"

namespace gr {
using namespace config_detail;

namespace {

// Checks the props whose types Graft relies on (component_spec.h: check_prop); others pass.
// Returns whether every checked prop was sound.
bool check_props(Reader& r, const Component& c, const std::string& path) {
    if (!c.props.is_object() || c.type.empty()) return true;
    bool sound = true;
    for (auto& [name, value] : c.props.items())
        if (auto expected = check_prop(c.type, name, value)) r.problem(at(path, name.c_str()), "expected " + *expected + ", got " + shown(value)), sound = false;
    return sound;
}

// A component's initial value must be one its codec accepts as output (Gradio writes the
// postprocessed value into the config). DateTime is skipped: its value may be relative ("now").
void check_value(Reader& r, const Component& c, const std::string& path) {
    auto it = c.props.find("value");
    if (it == c.props.end() || it->is_null() || c.type == "datetime" || !find_spec(c.type)) return;
    try {
        postprocess(c, c.props, *it);
    } catch (const ValueError& e) {
        r.problem(at(path, "value"), e.what());
    }
}

void read_components(Reader& r, const Json& list, App& app, std::unordered_set<std::int64_t>& ids) {
    if (!r.expect(list, Json::value_t::array, "$.components", "an array of components")) return;
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string path = at("$.components", i);
        const Json& entry = list[i];
        if (!r.expect(entry, Json::value_t::object, path, "a component object")) continue;
        Component c;
        auto id = entry.contains("id") ? r.integer(entry["id"], at(path, "id"), "a component id")
                                       : (r.problem(at(path, "id"), "missing; every component needs an integer id"), std::nullopt);
        if (id && !ids.insert(*id).second) r.problem(at(path, "id"), "duplicate component id " + std::to_string(*id));
        if (id) c.id = ComponentId(*id);
        if (!entry.contains("type") || !entry["type"].is_string()) {
            r.problem(at(path, "type"), "expected the component type as a string, e.g. \"textbox\"");
        } else {
            c.type = entry["type"].get<std::string>();
            const ComponentSpec* spec = find_spec(c.type);
            if (!spec)
                r.problem(at(path, "type"), "unknown component type \"" + c.type + "\" (Gradio types are lower case, e.g. \"textbox\", \"button\", \"markdown\")");
            else if (spec->kind == BlockKind::root)
                r.problem(at(path, "type"), "the Blocks itself is the layout root, not an entry of $.components");
        }
        if (entry.contains("props")) {
            if (r.expect(entry["props"], Json::value_t::object, at(path, "props"), "an object of props")) c.props = entry["props"];
            if (check_props(r, c, at(path, "props"))) check_value(r, c, at(path, "props"));  // a bad prop would only echo here
        }
        for (auto& [k, v] : entry.items())
            if (k != "id" && k != "type" && k != "props") c.extra[k] = v;
        app.components.push_back(std::move(c));
    }
}

// Gradio 6's custom buttons: a `buttons` entry that is an object is a gr.Button's config with
// its id. Gradio unrenders that Button, so its listeners target an id $.components lacks; the
// app holds it as a button outside the layout, so a click on it in the host's toolbar fires them.
void adopt_custom_buttons(Reader& r, App& app, std::unordered_set<std::int64_t>& ids) {
    std::vector<Component> adopted;
    for (std::size_t i = 0; i < app.components.size(); ++i) {
        const Component& host = app.components[i];
        auto list = host.props.find("buttons");
        if (list == host.props.end() || !list->is_array()) continue;
        std::string lp = at(at(at("$.components", i), "props"), "buttons");
        for (std::size_t k = 0; k < list->size(); ++k) {
            const Json& b = (*list)[k];
            if (b.is_string()) continue;
            std::string path = at(lp, k);
            if (!b.is_object()) {
                r.problem(path, "expected a built-in button's name (e.g. \"copy\") or a gr.Button's config, got " + shown(b));
                continue;
            }
            if (auto name = b.find("name"); name != b.end() && *name != "button") {
                r.problem(at(path, "name"), "a custom button must be a gr.Button, got " + shown(*name));
                continue;
            }
            auto id = b.contains("id") ? r.integer(b["id"], at(path, "id"), "the gr.Button's id")
                                       : (r.problem(at(path, "id"), "missing; a custom button needs the id its click listeners target"), std::nullopt);
            if (!id || ids.count(*id)) continue;  // the same Button in $.components (or another host) is that one
            ids.insert(*id);
            Component c;
            c.id = ComponentId(*id);
            c.type = "button";
            c.host = host.id;
            c.props = b;
            for (const char* key : {"id", "name", "proxy_url"}) c.props.erase(key);
            if (check_props(r, c, path)) adopted.push_back(std::move(c));
        }
    }
    for (auto& c : adopted) app.components.push_back(std::move(c));
}

LayoutNode read_layout(Reader& r, const Json& node, const std::string& path, const std::unordered_set<std::int64_t>& ids,
                       std::int64_t root_id, int depth) {
    LayoutNode out;
    if (!r.expect(node, Json::value_t::object, path, "a layout node {\"id\": …, \"children\": […]}")) return out;
    if (depth > 256) {
        r.problem(path, "layout nested deeper than 256 levels");
        return out;
    }
    if (auto id = node.contains("id") ? r.integer(node["id"], at(path, "id"), "a component id") : std::nullopt) {
        out.id = ComponentId(*id);
        if (depth > 0 && !ids.count(*id)) r.problem(at(path, "id"), "layout names component " + std::to_string(*id) + ", which is not in $.components");
        if (depth == 0 && *id != root_id) r.problem(at(path, "id"), "root layout id must be the Blocks id");
    } else if (!node.contains("id")) {
        r.problem(at(path, "id"), "missing; every layout node needs a component id");
    }
    if (node.contains("children")) {
        out.container = true;
        const Json& kids = node["children"];
        if (r.expect(kids, Json::value_t::array, at(path, "children"), "an array of layout nodes"))
            for (std::size_t i = 0; i < kids.size(); ++i)
                out.children.push_back(read_layout(r, kids[i], at(at(path, "children"), i), ids, root_id, depth + 1));
    }
    return out;
}

// Top-level fields whose types Graft relies on. `protocol` says how to talk to a remote
// Gradio server: absent means 3.x websockets; 4.x wrote sse…sse_v2.1; 5.x/6.x write sse_v3.
void check_top_level(Reader& r, const Json& config) {
    static const std::set<std::string, std::less<>> protocols = {"ws", "sse", "sse_v1", "sse_v2", "sse_v2.1", "sse_v3"};
    if (auto it = config.find("protocol"); it != config.end() && !(it->is_string() && protocols.count(it->get<std::string>())))
        r.problem("$.protocol", "expected \"sse_v3\" (Gradio 5/6), \"sse\", \"sse_v1\", \"sse_v2\", \"sse_v2.1\" (4.x) or \"ws\" (3.x), got " + shown(*it));
    for (const char* key : {"title", "version", "api_prefix", "mode"})
        if (auto it = config.find(key); it != config.end() && !it->is_string()) r.problem(at("$", key), "expected a string, got " + shown(*it));
    for (const char* key : {"css", "js", "head", "root"})
        if (auto it = config.find(key); it != config.end() && !it->is_string() && !it->is_null()) r.problem(at("$", key), "expected a string or null, got " + shown(*it));
    for (const char* key : {"fill_height", "fill_width", "enable_queue", "show_error"})
        if (auto it = config.find(key); it != config.end() && !it->is_boolean() && !it->is_null()) r.problem(at("$", key), "expected true or false, got " + shown(*it));
    if (auto it = config.find("max_file_size"); it != config.end() && !it->is_null() && !it->is_number_integer() && !it->is_number_unsigned())
        r.problem("$.max_file_size", "expected a number of bytes (an integer) or null, got " + shown(*it));
}

// The deepest nesting of arrays and objects in JSON text (strings skipped). Checked before
// parsing so a hostile document cannot exhaust the stack of the recursive walks that follow.
std::size_t nesting_depth(std::string_view text) {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

constexpr std::size_t kMaxNesting = 512;

}  // namespace

LoadResult load_config_text(std::string_view text) {
    if (std::size_t depth = nesting_depth(text); depth > kMaxNesting)
        return {{}, {{"$", "JSON nested " + std::to_string(depth) + " levels deep; a config needs far fewer (the limit is " + std::to_string(kMaxNesting) + ")"}}};
    Json config = Json::parse(text, nullptr, false);
    if (config.is_discarded()) {
        // Parse again with exceptions only to learn where it broke: the message has the byte offset.
        try {
            Json again = Json::parse(text);  // throws: the first parse failed
        } catch (const Json::exception& e) {  // parse_error, or out_of_range for a number like 1e999 (found by fuzz/)
            return {{}, {{"$", std::string("malformed JSON: ") + e.what()}}};
        }
        return {{}, {{"$", "malformed JSON"}}};
    }
    return load_config(config);
}

LoadResult load_config(const Json& config) {
    link_all_codecs();  // a config may name any type
    LoadResult result;
    Reader r(result.problems);
    App& app = result.app;
    if (!r.expect(config, Json::value_t::object, "$", "a config object")) return result;
    check_top_level(r, config);
    std::unordered_set<std::int64_t> ids;
    if (config.contains("components")) read_components(r, config["components"], app, ids);
    else r.problem("$.components", "missing; a config lists its blocks in \"components\"");
    adopt_custom_buttons(r, app, ids);
    std::int64_t root_id = 0;
    if (config.contains("layout")) {
        const Json& l = config["layout"];
        if (l.is_object() && l.contains("id") && l["id"].is_number_integer()) root_id = l["id"].get<std::int64_t>();
        app.layout = read_layout(r, l, "$.layout", ids, root_id, 0);
    } else {
        r.problem("$.layout", "missing; a config gives its layout tree as {\"id\": 0, \"children\": […]}");
    }
    if (config.contains("dependencies") && r.expect(config["dependencies"], Json::value_t::array, "$.dependencies", "an array of dependencies"))
        for (std::size_t i = 0; i < config["dependencies"].size(); ++i)
            if (auto d = read_dependency(r, config["dependencies"][i], i, app, ids, root_id)) {
                // Gradio 3.x wrote `Blocks.load` as "targets": [] with "trigger": "load".
                const Json& raw = config["dependencies"][i];
                if (d->targets.empty() && raw.value("trigger", Json()) == "load") d->targets.push_back({ComponentId(root_id), "load"});
                app.dependencies.push_back(std::move(*d));
            }
    check_dependency_links(r, app);
    for (auto& [k, v] : config.items())
        if (k != "components" && k != "layout" && k != "dependencies") app.extra[k] = v;
    return result;
}

namespace {

Json layout_json(const LayoutNode& n) {
    Json out = {{"id", n.id.value}};
    if (n.container || !n.children.empty()) {
        out["children"] = Json::array();
        for (auto& c : n.children) out["children"].push_back(layout_json(c));
    }
    return out;
}

}  // namespace

Json to_config(const App& app) {
    Json out = app.extra;
    if (!out.contains("protocol")) out["protocol"] = "sse_v3";
    if (!out.contains("api_prefix")) out["api_prefix"] = "/gradio_api";
    out["components"] = Json::array();
    for (auto& c : app.components) {
        if (c.host.valid()) continue;  // a custom button: written in its host's `buttons`
        Json entry = c.extra;
        entry["id"] = c.id.value;
        entry["type"] = c.type;
        entry["props"] = c.props;
        out["components"].push_back(std::move(entry));
    }
    out["layout"] = layout_json(app.layout);
    out["dependencies"] = Json::array();
    for (auto& d : app.dependencies) out["dependencies"].push_back(dependency_json(d));
    return out;
}

}  // namespace gr
