// Which triggers run: trigger modes (once / multiple / always_last), cancels, js-only and
// fn-less listeners, and `.then/.success/.failure` chains. Triggers wait in one FIFO that a
// single loop (drain) empties, so chains of any length and change cascades never recurse.
// Reference: Gradio's DependencyManager.dispatch (js/core/src/dependency.ts).
#include <algorithm>
#include <stdexcept>

#include "gr/codec.h"
#include "gr/engine.h"

namespace gr {

void Engine::fire(ComponentId component, std::string_view event, const Json& event_data) {
    auto it = listeners_.find(component);
    if (it == listeners_.end()) return;
    for (auto& [name, dep] : it->second)
        if (name == event) pending_.push_back({dep, component, event_data});
}

void Engine::drain() {
    if (draining_) return;  // an outer drain() is already looping
    draining_ = true;
    while (!pending_.empty()) {
        Trigger t = std::move(pending_.front());
        pending_.pop_front();
        accept(std::move(t));
    }
    draining_ = false;
}

// Current values of the inputs, preprocessed by each component's codec when the listener
// asks for it (preprocess=true, Gradio's default). A ValueError fails the event.
bool Engine::gather_inputs(std::size_t dep, Json& inputs, std::string& error) const {
    const Dependency& d = *deps_[dep];
    inputs = Json::array();
    static const Json null_value;
    // component_prop_inputs: inputs whose function parameter is typed as a component get the
    // component's whole props object instead of its value (Gradio's special_args).
    const Json* whole = dep_state_[dep].prop_inputs;
    for (std::size_t i = 0; i < d.inputs.size(); ++i) {
        ComponentId in = d.inputs[i];
        const Json& p = props(in);
        if (whole && std::find(whole->begin(), whole->end(), Json(i)) != whole->end()) {
            inputs.push_back(p);
            continue;
        }
        auto it = p.find("value");
        const Json& wire = it == p.end() ? null_value : *it;
        const Component* c = d.preprocess ? component(in) : nullptr;
        if (!c) {
            inputs.push_back(wire);
            continue;
        }
        try {
            inputs.push_back(preprocess(*c, p, wire));
        } catch (const ValueError& e) {
            error = e.what();
            return false;
        }
    }
    return true;
}

void Engine::accept(Trigger t) {
    const Dependency& d = *deps_[t.dep];
    for (auto id : d.cancels)
        if (auto it = dep_index_.find(id); it != dep_index_.end()) cancel_dependency(it->second);
    bool js_only = !d.backend_fn && (d.js || d.js_implementation);
    if (d.cancel_only || (!d.backend_fn && !js_only)) {  // fn=None: nothing to run, the chain goes on
        chain(t.dep, Outcome::success);
        return;
    }
    DepState& st = dep_state_[t.dep];
    if (!js_only && st.in_flight > 0) {  // js-only listeners are never "running" (Gradio)
        if (d.trigger_mode == TriggerMode::once) return;  // dropped while running
        if (d.trigger_mode == TriggerMode::always_last) {
            st.deferred = std::move(t);  // many triggers collapse into one rerun
            return;
        }
    }
    if (st.stream_event) return stream_chunk(std::move(t));  // Gradio's send_chunk
    if (st.unload) return run_unload(std::move(t));
    Json inputs;
    std::string error;
    if (!gather_inputs(t.dep, inputs, error)) {
        status(d, Status::error, error);
        out_.push_back(Toast{ToastLevel::error, "Error", error, std::nullopt});
        chain(t.dep, Outcome::failure);
        return;
    }
    EventNo no = next_event_++;
    Event& ev = new_event(no);
    ev.dep = t.dep;
    ev.target = t.target;
    ev.event_data = std::move(t.event_data);
    ev.inputs = std::move(inputs);
    ev.enqueued_at = now_;
    if (js_only) {
        calls_.at(start_call({no}, false)).js_only = true;
        return;
    }
    ++st.in_flight;
    if (d.connection == Connection::stream && !d.batch) st.stream_event = no;
    if (d.validator) {  // validators run first, outside the queue, with the same inputs
        status(d, Status::pending);
        ev.phase = Phase::validating;
        JobId job(next_job_++);
        ev.call = job;
        new_call(job, Call{.dep = t.dep, .kind = RunJob::Kind::validator, .events = {no}, .queued = false, .started_at = now_});
        out_.push_back(RunJob{job, d.id, *d.validator, std::nullopt, ev.inputs, ev.event_data, RunJob::Kind::validator, false, 0,
                              false, ev.target, edges_[t.dep]});
        return;
    }
    enqueue(no);
}

// Gradio runs `unload` listeners on the server once the page has gone (its heartbeat stream
// dropped), through call_process_api with `data: []`, outside the queue: the function gets no
// input values, and what it returns, yields, reports or raises reaches no page. Graft does the
// same: no inputs, no status, outputs and errors dropped, no chain (chains are the page's).
void Engine::run_unload(Trigger t) {
    ++dep_state_[t.dep].in_flight;
    EventNo no = next_event_++;
    Event& ev = new_event(no);
    ev.dep = t.dep;
    ev.target = t.target;
    ev.inputs = Json::array();
    ev.enqueued_at = now_;
    start_call({no}, false);
}

// An event ends: its dependency may rerun (always_last), then its chain follows.
void Engine::end_event(EventNo no, Outcome outcome) {
    auto it = events_.find(no);
    if (it == events_.end()) return;
    std::size_t dep = it->second.dep;
    bool js_only = it->second.js_only;
    drop_event(it);
    DepState& st = dep_state_[dep];
    if (st.stream_event == no) st.stream_event = 0;
    if (!js_only && --st.in_flight == 0 && st.deferred) {
        pending_.push_back(std::move(*st.deferred));  // rerun once, with the inputs of now
        st.deferred.reset();
    }
    if (outcome != Outcome::invalid && !st.unload) chain(dep, outcome);
}

void Engine::chain(std::size_t dep, Outcome outcome) {
    for (std::size_t child : children_[dep]) {
        const Dependency& c = *deps_[child];
        // `.then` runs after success, failure or cancel alike — Gradio's documented behaviour
        // (its 6.x frontend skips `.then` after a failure; DESIGN.md records the choice).
        // `.failure` runs after a failure or a cancel, as Gradio's frontend does.
        if (c.trigger_only_on_success && outcome != Outcome::success) continue;
        if (c.trigger_only_on_failure && outcome == Outcome::success) continue;
        ComponentId root = deps_[dep]->targets.empty() ? ComponentId() : deps_[dep]->targets.front().component;
        pending_.push_back({child, root, nullptr});
    }
}

void Engine::cancel(DependencyId dependency) {
    auto it = dep_index_.find(dependency);
    if (it == dep_index_.end()) throw std::invalid_argument("no dependency with id " + std::to_string(dependency.value));
    cancel_dependency(it->second);
    drain();
}

// Gradio's cancel: events not yet running are dropped, iterating generators are stopped;
// a plain function already running is allowed to finish and its result still applies.
void Engine::cancel_dependency(std::size_t dep) {
    std::vector<EventNo> victims;  // waiting ones first, so a freed slot never starts a victim
    for (int pass = 0; pass < 2; ++pass)
        for (auto& [no, ev] : events_)
            if (ev.dep == dep && (ev.phase == Phase::running) == (pass == 1)) victims.push_back(no);
    const Dependency& d = *deps_[dep];
    for (EventNo no : victims) {
        Event& ev = events_.at(no);
        auto call = calls_.find(ev.call);
        bool iterating = d.generator || (call != calls_.end() && call->second.stream);
        if (ev.phase == Phase::running && !iterating) continue;
        if (ev.phase == Phase::queued) {
            auto& q = groups_[dep_state_[dep].group].waiting;
            q.erase(std::find(q.begin(), q.end(), no));
            --queued_total_;
            announce_positions(dep_state_[dep].group);
        } else if (call != calls_.end()) {
            if (ev.phase == Phase::running) out_.push_back(CancelJob{ev.call});
            Call c = take_call(call);
            release(c);
        }
        status(d, Status::complete);
        end_event(no, Outcome::cancelled);
    }
}

}  // namespace gr
