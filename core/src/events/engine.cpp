// The engine's surface: construction, the inputs a host feeds in (user events, timers, time,
// browser storage), props and the render tree. The rules live beside it, one concept a file:
// triggers.cpp (trigger modes, cancels, chains), queue.cpp (concurrency groups, batching,
// queue positions), results.cpp (outputs, errors, generators, validators), event_data.cpp.
#include "gr/engine.h"

#include <stdexcept>

#include "events/event_data.h"
#include "gr/component_spec.h"

namespace gr {

EngineOptions EngineOptions::from_app(const App& app) {
    EngineOptions o;
    auto limit = app.extra.find("default_concurrency_limit");
    if (limit != app.extra.end()) {
        if (limit->is_null() || *limit == "none") o.default_concurrency_limit.reset();
        else if (limit->is_number_integer() && limit->get<int>() >= 1) o.default_concurrency_limit = limit->get<int>();
    }
    auto max = app.extra.find("max_size");
    if (max != app.extra.end() && max->is_number_integer() && max->get<int>() >= 0) o.max_size = max->get<int>();
    auto show = app.extra.find("show_error");
    if (show != app.extra.end() && show->is_boolean()) o.show_error = show->get<bool>();
    return o;
}

namespace {

// A component whose `type` asks Gradio's preprocess for something the page cannot make yet
// (samples, bytes, arrays) would hand a page function a FileData instead: the page refuses
// such a call with this message rather than pretend. Empty when the value passes as it is.
std::string unconverted(const std::string& type, const Json& props) {
    std::string want = props.value("type", "");
    auto refuse = [&](const std::string& cls, const std::string& instead) {
        return cls + " with type=\"" + want + "\" needs a conversion the page cannot make yet; use " + instead;
    };
    // ImageSlider and ImageEditor convert in their page modules (components/<type>/).
    if (type == "gallery" && (want == "numpy" || want == "pil")) return refuse("Gallery", "type=\"filepath\"");
    return {};
}

}  // namespace

// A dependency's function edge (RunJob::edge): its inputs' and outputs' ids and component
// types, and how its function is found and called.
Json Engine::function_edge(const Dependency& d) const {
    auto slots = [this](const std::vector<ComponentId>& ids) {
        Json out = Json::array();
        for (ComponentId id : ids) {
            auto it = types_.find(id);
            std::string type = it == types_.end() ? "" : it->second;
            Json slot = {{"id", id.value}, {"type", type}};
            auto p = props_.find(id);
            if (p != props_.end())
                if (std::string why = unconverted(type, p->second); !why.empty()) slot["unconverted"] = why;
            out.push_back(std::move(slot));
        }
        return out;
    };
    return {{"inputs", slots(d.inputs)}, {"outputs", slots(d.outputs)}, {"backend_fn", d.backend_fn},
            {"queue", d.queue}, {"api_name", d.api_name},
            {"collects_event_data", d.extra.value("collects_event_data", false)}};
}

Engine::Engine(std::shared_ptr<const App> app) : Engine(app, EngineOptions::from_app(*app)) {}

Engine::Engine(std::shared_ptr<const App> app, EngineOptions options) : app_(std::move(app)), options_(options) {
    for (auto& c : app_->components) {
        Json props = default_props(c.type);
        props.update(c.props);
        if (c.type == "browserstate" && !props.contains("value")) props["value"] = props.value("default_value", Json());
        props_[c.id] = std::move(props);
        types_[c.id] = c.type;
        if (c.type == "state" || c.type == "browserstate" || c.type == "timer") special_[c.id] = c.type;
        components_[c.id] = &c;
        const ComponentSpec* spec = find_spec(c.type);
        if (spec && spec->kind == BlockKind::component) props_[c.id]["interactive"] = is_interactive(*app_, c);
    }
    deps_.reserve(app_->dependencies.size());
    for (auto& d : app_->dependencies) {
        dep_index_[d.id] = deps_.size();
        deps_.push_back(&d);
        edges_.push_back(std::make_shared<const Json>(function_edge(d)));
    }
    children_.resize(deps_.size());
    dep_state_.resize(deps_.size());
    for (std::size_t i = 0; i < deps_.size(); ++i) {
        for (auto& t : deps_[i]->targets) {
            if (t.component.valid() || t.event == "unload") listeners_[t.component].emplace_back(t.event, i);
            if (t.event == "unload") dep_state_[i].unload = true;
        }
        const Json& extra = deps_[i]->extra;
        if (auto it = extra.find("component_prop_inputs"); it != extra.end() && it->is_array() && !it->empty())
            dep_state_[i].prop_inputs = &*it;
        if (auto p = deps_[i]->trigger_after; p && dep_index_.count(*p)) children_[dep_index_.at(*p)].push_back(i);
    }
    build_groups();
}

void Engine::mount() {
    mounted_ = true;
    for (auto& c : app_->components)
        if (c.type == "timer") timer_changed(c.id);
    fire(app_->layout.id, "load", nullptr);
    drain();
}

void Engine::unmount() {
    for (auto id : std::vector<ComponentId>(armed_timers_.begin(), armed_timers_.end())) out_.push_back(DisarmTimer{id});
    armed_timers_.clear();
    mounted_ = false;
    fire(ComponentId(), "unload", nullptr);
    fire(app_->layout.id, "unload", nullptr);
    drain();
}

void Engine::user_input(ComponentId component, Json value) {
    auto it = props_.find(component);
    if (it == props_.end()) throw std::invalid_argument("no component with id " + std::to_string(component.value));
    bool changed = it->second.value("value", Json()) != value;
    it->second["value"] = value;
    if (changed && types_[component] == "browserstate")
        out_.push_back(StoreBrowserState{component, it->second.value("storage_key", ""), std::move(value)});
    fire(component, "input", nullptr);
    if (changed) fire(component, "change", nullptr);
    drain();
}

void Engine::dispatch(ComponentId component, std::string_view event, Json event_data) {
    if (!props_.count(component) && component != app_->layout.id)
        throw std::invalid_argument("no component with id " + std::to_string(component.value));
    fire(component, event, shape_event_data(event, std::move(event_data)));
    drain();
}

void Engine::timer_fired(ComponentId timer) {
    if (!armed_timers_.count(timer)) return;  // disarmed since: a late tick is dropped
    fire(timer, "tick", nullptr);
    drain();
}

// A Timer ticks every `value` seconds while `active` (gr.Timer defaults: 1 s, active).
void Engine::timer_changed(ComponentId timer) {
    if (!mounted_) return;
    const Json& p = props_[timer];
    double interval = p.contains("value") && p["value"].is_number() ? p["value"].get<double>() : 1.0;
    bool active = p.value("active", true) && interval > 0;
    if (active) {
        armed_timers_.insert(timer);
        out_.push_back(ArmTimer{timer, interval});
    } else if (armed_timers_.erase(timer)) {
        out_.push_back(DisarmTimer{timer});
    }
}

void Engine::restore_browser_state(ComponentId component, Json value) {
    auto it = types_.find(component);
    if (it == types_.end() || it->second != "browserstate")
        throw std::invalid_argument("component " + std::to_string(component.value) + " is not a BrowserState");
    if (!value.is_null()) props_[component]["value"] = std::move(value);
}

void Engine::note_props(ComponentId component, const Json& props) {
    auto it = props_.find(component);
    if (it == props_.end() || !props.is_object()) return;
    for (auto& [key, v] : props.items())
        if (key != "value") it->second[key] = v;
}

void Engine::set_prop(ComponentId component, const std::string& key, Json v) {
    Json& props = props_[component];
    if (!props.is_object()) props = Json::object();
    auto [slot, fresh] = props.get_ref<Json::object_t&>().try_emplace(key);
    if (!fresh && slot->second == v) return;
    slot->second = v;
    bool is_value = key == "value";
    static const Json no_data;
    if (is_value) fire(component, "change", no_data);
    if (auto kind = special_.find(component); kind != special_.end()) {  // State, BrowserState, Timer
        const std::string& type = kind->second;
        if (type == "browserstate" && is_value) out_.push_back(StoreBrowserState{component, props.value("storage_key", ""), v});
        if (type == "timer" && (is_value || key == "active")) timer_changed(component);
        if (type == "state") return;  // gr.State lives in the engine only; the page never sees it
    }
    // Consecutive updates of one component coalesce into one patch.
    if (!out_.empty())
        if (auto* last = std::get_if<SetProps>(&out_.back()); last && last->component == component) {
            last->props[key] = std::move(v);
            return;
        }
    SetProps patch{component, Json::object()};
    patch.props[key] = std::move(v);
    out_.push_back(std::move(patch));
}

const std::vector<ComponentId>& Engine::progress_targets(const Dependency& d) const {
    return d.show_progress_on ? *d.show_progress_on : d.outputs;
}

void Engine::status(const Dependency& d, Status s, std::string message, std::optional<int> position, std::optional<double> eta) {
    const auto& targets = progress_targets(d);
    if (targets.empty()) return;
    out_.push_back(SetStatus{targets, s, d.show_progress, std::move(message), position, eta, nullptr});
}

namespace {

Json tree_node(const Engine& e, const LayoutNode& n) {
    const Component* c = e.app().component(n.id);
    Json out = {{"id", n.id.value}, {"type", c ? c->type : "blocks"}, {"props", e.props(n.id)}};
    if (n.container) {
        out["children"] = Json::array();
        for (auto& child : n.children) out["children"].push_back(tree_node(e, child));
    }
    return out;
}

}  // namespace

Json Engine::tree() const { return {{"title", app_->title()}, {"root", tree_node(*this, app_->layout)}}; }

Commands Engine::take_commands() {
    Commands taken = std::exchange(out_, {});
    // One allocation per batch instead of regrowing 1, 2, 4. Four commands fit most batches
    // (a run and its status; a patch and its status) and stay small enough (under 1 KB) for
    // malloc's per-thread cache, which eight did not.
    out_.reserve(4);
    return taken;
}

const Json& Engine::props(ComponentId component) const {
    static const Json empty = Json::object();
    auto it = props_.find(component);
    return it == props_.end() ? empty : it->second;
}

Json Engine::value(ComponentId component) const {
    const Json& p = props(component);
    auto it = p.find("value");
    return it == p.end() ? Json() : *it;
}

}  // namespace gr
