// The event engine's rules. Triggers are queued and started by one loop (drain), so chains
// of any length and change-cascades run without recursion. Gradio's frontend dispatcher
// (js/core/src/dependency.ts) is the reference; DESIGN.md records where we follow the docs.
#include "gr/engine.h"

#include <stdexcept>

#include "gr/component_spec.h"

namespace gr {
namespace {

std::string listener_key(ComponentId c, std::string_view event) {
    return std::to_string(c.value) + "-" + std::string(event);
}

bool is_update(const Json& v) {
    auto it = v.is_object() ? v.find("__type__") : v.end();
    return it != v.end() && *it == "update";
}

}  // namespace

Engine::Engine(std::shared_ptr<const App> app) : app_(std::move(app)) {
    for (auto& c : app_->components) {
        Json props = default_props(c.type);
        props.update(c.props);
        props_[c.id] = std::move(props);
        const ComponentSpec* spec = find_spec(c.type);
        if (spec && spec->kind == BlockKind::component) props_[c.id]["interactive"] = is_interactive(*app_, c);
    }
    for (auto& d : app_->dependencies) {
        deps_[d.id] = &d;
        for (auto& t : d.targets)
            if (t.component.valid()) listeners_[listener_key(t.component, t.event)].push_back(d.id);
        if (d.trigger_after) children_[*d.trigger_after].push_back(d.id);
    }
}

void Engine::mount() {
    fire(app_->layout.id, "load", nullptr);
    drain();
}

void Engine::user_input(ComponentId component, Json value) {
    auto it = props_.find(component);
    if (it == props_.end()) throw std::invalid_argument("no component with id " + std::to_string(component.value));
    bool changed = it->second.value("value", Json()) != value;
    it->second["value"] = std::move(value);
    fire(component, "input", nullptr);
    if (changed) fire(component, "change", nullptr);
    drain();
}

void Engine::dispatch(ComponentId component, std::string_view event, Json event_data) {
    if (!props_.count(component) && component != app_->layout.id)
        throw std::invalid_argument("no component with id " + std::to_string(component.value));
    fire(component, event, event_data);
    drain();
}

void Engine::fire(ComponentId component, std::string_view event, const Json& event_data) {
    auto it = listeners_.find(listener_key(component, event));
    if (it == listeners_.end()) return;
    for (DependencyId id : it->second) pending_.push_back({id, event_data});
}

void Engine::drain() {
    if (draining_) return;  // an outer drain() is already looping
    draining_ = true;
    while (!pending_.empty()) {
        Trigger t = std::move(pending_.front());
        pending_.pop_front();
        start(t);
    }
    draining_ = false;
}

std::vector<ComponentId> Engine::progress_targets(const Dependency& d) const {
    return d.show_progress_on ? *d.show_progress_on : d.outputs;
}

void Engine::start(const Trigger& t) {
    const Dependency& d = *deps_.at(t.dependency);
    int running = running_[d.id];
    if (running > 0 && d.trigger_mode == TriggerMode::once) return;  // dropped while running
    if (running > 0 && d.trigger_mode == TriggerMode::always_last) {
        deferred_[d.id] = t.event_data;  // many triggers collapse into one rerun
        return;
    }
    if (!d.backend_fn && !d.js) {  // fn=None: nothing to run, the chain goes on
        chain(d, Outcome::success);
        return;
    }
    RunJob run{JobId(next_job_++), d.id, d.api_name, d.js, Json::array(), t.event_data};
    for (auto in : d.inputs) run.inputs.push_back(value(in));
    jobs_[run.job] = {d.id, t.event_data};
    ++running_[d.id];
    if (auto targets = progress_targets(d); !targets.empty())
        out_.push_back(SetStatus{targets, Status::pending, d.show_progress, {}});
    out_.push_back(std::move(run));
}

void Engine::resolve(JobId job, Json returned) {
    auto it = jobs_.find(job);
    if (it == jobs_.end()) return;  // cancelled or already finished: the result is discarded
    const Dependency& d = *deps_.at(it->second.dependency);
    std::size_t n = d.outputs.size();
    Json data = Json::array();
    if (n == 1) {
        data.push_back(std::move(returned));
    } else if (n > 1) {
        if (!returned.is_array() || returned.size() != n) {
            std::size_t got = returned.is_array() ? returned.size() : 1;
            reject(job, "function \"" + d.api_name + "\" returned " + std::to_string(got) + " value" + (got == 1 ? "" : "s") +
                            ", but its listener has " + std::to_string(n) + " outputs");
            return;
        }
        data = std::move(returned);
    }
    apply_outputs(d, data);
    if (auto targets = progress_targets(d); !targets.empty())
        out_.push_back(SetStatus{targets, Status::complete, d.show_progress, {}});
    finish(job, Outcome::success);
}

void Engine::reject(JobId job, std::string message) {
    auto it = jobs_.find(job);
    if (it == jobs_.end()) return;
    const Dependency& d = *deps_.at(it->second.dependency);
    if (auto targets = progress_targets(d); !targets.empty())
        out_.push_back(SetStatus{targets, Status::error, d.show_progress, message});
    out_.push_back(Toast{ToastLevel::error, "Error", std::move(message)});
    finish(job, Outcome::failure);
}

void Engine::finish(JobId job, Outcome outcome) {
    DependencyId id = jobs_.at(job).dependency;
    jobs_.erase(job);
    const Dependency& d = *deps_.at(id);
    if (--running_[id] == 0) {
        running_.erase(id);
        if (auto def = deferred_.find(id); def != deferred_.end()) {
            pending_.push_back({id, std::move(def->second)});  // rerun once, with the inputs of now
            deferred_.erase(def);
        }
    }
    chain(d, outcome);
    drain();
}

void Engine::apply_outputs(const Dependency& d, const Json& data) {
    for (std::size_t i = 0; i < d.outputs.size(); ++i) {
        const Json& v = data[i];
        if (is_update(v)) {
            for (auto& [key, prop] : v.items())
                if (key != "__type__") set_prop(d.outputs[i], key, prop);
        } else {
            set_prop(d.outputs[i], "value", v);
        }
    }
}

void Engine::set_prop(ComponentId component, const std::string& key, Json v) {
    Json& props = props_[component];
    if (props.contains(key) && props[key] == v) return;
    props[key] = v;
    // Consecutive updates of one component coalesce into one patch.
    if (!out_.empty())
        if (auto* last = std::get_if<SetProps>(&out_.back()); last && last->component == component) {
            last->props[key] = std::move(v);
            if (key == "value") fire(component, "change", nullptr);
            return;
        }
    out_.push_back(SetProps{component, {{key, std::move(v)}}});
    if (key == "value") fire(component, "change", nullptr);
}

void Engine::chain(const Dependency& parent, Outcome outcome) {
    auto it = children_.find(parent.id);
    if (it == children_.end()) return;
    for (DependencyId child : it->second) {
        const Dependency& c = *deps_.at(child);
        // `.then` runs after success or failure alike — Gradio's documented behaviour.
        if (c.trigger_only_on_success && outcome != Outcome::success) continue;
        if (c.trigger_only_on_failure && outcome != Outcome::failure) continue;
        pending_.push_back({child, nullptr});
    }
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

Commands Engine::take_commands() { return std::exchange(out_, {}); }

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
