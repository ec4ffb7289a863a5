// The C++ builder: every call appends to one shared BuildState (components, layout parents,
// listeners, functions), from which app() assembles the App model.
#include "gr/blocks.h"

#include <algorithm>
#include <stdexcept>

#include "gr/codec.h"
#include "gr/component_spec.h"

namespace gr {
namespace detail {

struct BuildState {
    App app;
    FunctionTable functions;
    std::unordered_map<ComponentId, std::vector<ComponentId>> children;  // layout, by parent
    std::int64_t next_id = 1;                                            // 0 is the Blocks itself
};

DependencyId add_listener(BuildState& s, ListenerSpec spec) {
    Dependency d;
    d.id = DependencyId(static_cast<std::int64_t>(s.app.dependencies.size()));
    d.targets = std::move(spec.targets);
    d.inputs = std::move(spec.inputs);
    d.outputs = std::move(spec.outputs);
    d.api_name = spec.options.api_name.empty() ? "fn_" + std::to_string(d.id.value) : spec.options.api_name;
    if (s.functions.count(d.api_name)) throw std::invalid_argument("api_name \"" + d.api_name + "\" is used by two listeners");
    const ListenerOptions& o = spec.options;
    d.trigger_mode = o.trigger_mode.value_or(default_trigger_mode(d.targets.front().event));
    d.show_progress = o.show_progress;
    d.queue = o.queue;
    d.api_description = o.api_description;
    d.scroll_to_output = o.scroll_to_output;
    d.show_progress_on = o.show_progress_on;
    d.batch = o.batch;
    d.max_batch_size = o.max_batch_size;
    d.preprocess = o.preprocess;
    d.postprocess = o.postprocess;
    d.cancels = o.cancels;
    d.concurrency_limit = o.concurrency_limit;
    d.concurrency_id = o.concurrency_id;
    d.api_visibility = o.api_visibility;
    d.time_limit = o.time_limit;
    d.stream_every = o.stream_every;
    d.js = o.js;
    d.key = o.key;
    // A .stream() listener streams its input (Gradio's connection "stream").
    for (const Target& t : d.targets)
        if (t.event == "stream") d.connection = Connection::stream;
    d.trigger_after = spec.trigger_after;
    d.trigger_only_on_success = spec.only_on_success;
    d.trigger_only_on_failure = spec.only_on_failure;
    d.generator = spec.generator;
    if (o.validator) {
        d.validator = d.api_name + "_validator";
        if (s.functions.count(*d.validator)) throw std::invalid_argument("api_name \"" + *d.validator + "\" is used by two listeners");
        s.functions[*d.validator] = o.validator.fn();
    }
    // fn=None (nullptr): a listener that only cancels, chains or runs its `js` (Gradio's
    // backend_fn false).
    if (spec.fn) s.functions[d.api_name] = std::move(spec.fn);
    else d.backend_fn = false;
    s.app.dependencies.push_back(std::move(d));
    return s.app.dependencies.back().id;
}

void check_event(const BuildState& s, ComponentId id, const std::string& event) {
    const Component* c = s.app.component(id);
    const ComponentSpec* spec = c ? find_spec(c->type) : nullptr;
    if (spec && !spec->supports(event))
        throw std::invalid_argument(std::string(spec->class_name) + " has no \"" + event + "\" event");
}

std::vector<ComponentId> ids_of(const std::vector<ComponentRef>& cs) {
    std::vector<ComponentId> out;
    for (auto& c : cs) out.push_back(c.id());
    return out;
}

}  // namespace detail

namespace {

// Gradio 6's custom buttons: a Button handle in `buttons` (written {"id": …} by to_json) becomes
// that Button's config with its id, and the Button leaves the layout (Gradio unrenders it).
void adopt_buttons(detail::BuildState& s, ComponentId host, const std::string& type, Json& props) {
    auto list = props.find("buttons");
    if (list == props.end() || !list->is_array()) return;
    auto handle = [](const Json& b) { return b.is_object() && b.size() == 1 && b.contains("id") && b["id"].is_number_integer(); };
    auto find = [&](const Json& b) {
        ComponentId bid(b["id"].get<std::int64_t>());
        return std::find_if(s.app.components.begin(), s.app.components.end(), [&](const Component& x) { return x.id == bid; });
    };
    for (std::size_t i = 0; i < list->size(); ++i) {  // every entry checked before any Button moves
        if (!handle((*list)[i])) continue;
        auto c = find((*list)[i]);
        if (c == s.app.components.end() || c->type != "button")
            throw std::invalid_argument(type + ": buttons[" + std::to_string(i) + "] must be a button() handle (a gr.Button)");
    }
    for (Json& b : *list) {
        if (!handle(b)) continue;
        auto c = find(b);
        ComponentId bid = c->id;
        Json config = c->props;
        config["name"] = "button";
        config["id"] = bid.value;
        b = std::move(config);
        if (c->host.valid()) continue;  // already some component's custom button
        c->host = host;
        for (auto& [parent, kids] : s.children) kids.erase(std::remove(kids.begin(), kids.end(), bid), kids.end());
    }
}

ComponentId add(detail::BuildState& s, ComponentId parent, std::string type, Json props) {
    if (!find_spec(type)) throw std::invalid_argument("unknown component type \"" + type + "\"");
    ComponentId id(s.next_id++);
    adopt_buttons(s, id, type, props);
    s.app.components.push_back({id, std::move(type), std::move(props), Json::object()});
    s.children[parent].push_back(id);
    s.children.try_emplace(id);
    return id;
}

LayoutNode layout_of(const detail::BuildState& s, ComponentId id) {
    LayoutNode n{id, {}, false};
    const Component* c = s.app.component(id);
    const ComponentSpec* spec = c ? find_spec(c->type) : nullptr;
    n.container = !c || (spec && spec->kind == BlockKind::layout);
    for (auto child : s.children.at(id)) n.children.push_back(layout_of(s, child));
    return n;
}

}  // namespace

ComponentRef BlockContext::component(std::string type, Json props) {
    link_all_codecs();  // any type, named at run time
    return add_component(std::move(type), std::move(props));
}

ComponentRef BlockContext::add_component(std::string type, Json props) {
    return {state_, add(*state_, id_, std::move(type), std::move(props))};
}

Blocks::Blocks(BlocksOptions options) : BlockContext(std::make_shared<detail::BuildState>(), ComponentId(0)) {
    state_->children.try_emplace(ComponentId(0));
    state_->app.extra = {{"version", "6.25.0"}, {"mode", "blocks"}, {"title", std::move(options.title)}, {"protocol", "sse_v3"},
                         {"api_prefix", "/gradio_api"}, {"css", options.css ? Json(*options.css) : Json()}};
}

App Blocks::app() const {
    App a = state_->app;
    a.layout = layout_of(*state_, ComponentId(0));
    return a;
}

const FunctionTable& Blocks::functions() const { return state_->functions; }


}  // namespace gr
