// The queue: concurrency groups with limits, max_size, batching, queue positions and ETAs.
// Mirrors gradio/queueing.py: listeners sharing a concurrency_id share one FIFO and the
// lowest limit any of them sets; "default" means queue(default_concurrency_limit=…), 1 unless
// set. Differences: groups are served strictly FIFO (Gradio picks a random ready group) and
// there is no global worker cap (Gradio's max_threads=40) — a browser has no thread pool.
#include <algorithm>

#include "gr/engine.h"

namespace gr {

namespace {

std::optional<int> own_limit(const Dependency& d, const EngineOptions& o) {
    switch (d.concurrency_limit.kind) {
        case ConcurrencyLimit::use_default: return o.default_concurrency_limit;
        case ConcurrencyLimit::unlimited: return std::nullopt;
        case ConcurrencyLimit::limited: return d.concurrency_limit.value;
    }
    return o.default_concurrency_limit;
}

// Gradio's default concurrency_id is id(fn): listeners calling the same function share a
// group. Graft binds functions by api_name, so the api_name stands for the function.
std::string group_key(const Dependency& d) {
    if (d.concurrency_id) return "id:" + *d.concurrency_id;
    if (!d.api_name.empty()) return "fn:" + d.api_name;
    return "dep:" + std::to_string(d.id.value);
}

}  // namespace

void Engine::build_groups() {
    std::unordered_map<std::string, std::size_t> by_key;
    std::vector<bool> any_limit;
    for (std::size_t i = 0; i < deps_.size(); ++i) {
        auto [it, fresh] = by_key.try_emplace(group_key(*deps_[i]), groups_.size());
        if (fresh) {
            groups_.emplace_back();
            any_limit.push_back(false);
        }
        std::size_t g = it->second;
        dep_state_[i].group = g;
        if (auto limit = own_limit(*deps_[i], options_)) {  // the lowest non-None limit wins
            groups_[g].limit = any_limit[g] ? std::min(*groups_[g].limit, *limit) : *limit;
            any_limit[g] = true;
        }
    }
}

void Engine::enqueue(EventNo no) {
    Event& ev = events_.at(no);
    const Dependency& d = *deps_[ev.dep];
    if (!d.queue) {  // queue=False: straight to the function, outside any concurrency group
        status(d, Status::pending);
        start_call({no}, false);
        return;
    }
    std::size_t gi = dep_state_[ev.dep].group;
    Group& g = groups_[gi];
    if (g.waiting.empty() && (!g.limit || g.active < *g.limit)) {
        status(d, Status::pending);
        start_call({no}, true);
        return;
    }
    if (options_.max_size && queued_total_ >= static_cast<std::size_t>(*options_.max_size)) {
        std::string n = std::to_string(*options_.max_size);
        fail_event(no, "Queue is full. Max size is " + n + " and size is " + std::to_string(queued_total_) +
                           ". This application is currently busy; please try again.", true);
        return;
    }
    ev.phase = Phase::queued;
    g.waiting.push_back(no);
    ++queued_total_;
    int position = static_cast<int>(g.waiting.size()) - 1;
    status(d, Status::pending, {}, position, eta(ev.dep, position));
}

// Starts one call for `events` (several only for a batch), in the order given.
JobId Engine::start_call(std::vector<EventNo> events, bool queued) {
    JobId job(next_job_++);
    Event& first = events_.at(events.front());
    std::size_t dep = first.dep;
    const Dependency& d = *deps_[dep];
    RunJob run{job, d.id, d.api_name, d.js ? d.js : d.js_implementation, Json(), first.event_data,
               RunJob::Kind::function, d.generator, 0, false, first.target, edges_[dep]};
    if (d.batch) {  // one list per input, one element per event (Gradio: zip(*[event.data]))
        run.batch = static_cast<int>(events.size());
        run.event_data = nullptr;
        run.inputs = Json::array();
        for (std::size_t i = 0; i < d.inputs.size(); ++i) {
            Json column = Json::array();
            for (EventNo no : events) column.push_back(events_.at(no).inputs[i]);
            run.inputs.push_back(std::move(column));
        }
    } else {
        run.inputs = std::move(first.inputs);  // no longer needed once the call starts
    }
    Call call{.dep = dep, .events = std::move(events), .queued = queued, .js_only = !d.backend_fn, .started_at = now_};
    if (d.connection == Connection::stream && !d.batch && d.backend_fn) {
        call.stream = std::make_unique<Stream>();
        call.stream->closing = first.closed;
        run.stream = true;
    }
    if (d.time_limit && (d.generator || d.connection == Connection::stream)) {
        call.deadline = now_ + *d.time_limit;
        out_.push_back(WakeAt{*call.deadline});
    }
    for (EventNo no : call.events) {
        Event& ev = events_.at(no);
        ev.phase = Phase::running;
        ev.call = job;
        ev.js_only = call.js_only;
        if (d.connection == Connection::stream && ev.target.valid()) set_prop(ev.target, "stream_every", d.stream_every);
    }
    if (queued) ++groups_[dep_state_[dep].group].active;
    new_call(job, std::move(call));
    out_.push_back(std::move(run));
    return job;
}

// A call ended: its slot frees, and the next waiting events of its group start.
void Engine::release(const Call& call) {
    if (call.kind == RunJob::Kind::function && !call.js_only) {
        DepState& st = dep_state_[call.dep];
        // A stream's duration is its first call's, as Gradio counts it (not the whole stream).
        bool streamed = call.stream && call.stream->first_iteration;
        st.total_time += streamed ? *call.stream->first_iteration : now_ - call.started_at;
        ++st.runs;
    }
    if (!call.queued) return;
    std::size_t g = dep_state_[call.dep].group;
    --groups_[g].active;
    pump(g);
}

void Engine::pump(std::size_t gi) {
    bool started = false;
    while (!groups_[gi].waiting.empty() && (!groups_[gi].limit || groups_[gi].active < *groups_[gi].limit)) {
        Group& g = groups_[gi];
        std::size_t dep = events_.at(g.waiting.front()).dep;
        const Dependency& d = *deps_[dep];
        std::size_t size = d.batch ? static_cast<std::size_t>(d.max_batch_size) : 1;
        std::vector<EventNo> batch;  // the head, plus later waiting events of the same function
        for (auto it = g.waiting.begin(); it != g.waiting.end() && batch.size() < size;) {
            if (events_.at(*it).dep == dep) {
                batch.push_back(*it);
                it = g.waiting.erase(it);
            } else {
                ++it;
            }
        }
        queued_total_ -= batch.size();
        for (std::size_t i = 0; i < batch.size(); ++i) status(d, Status::pending);
        start_call(std::move(batch), true);
        started = true;
    }
    if (started) announce_positions(gi);
}

void Engine::announce_positions(std::size_t gi) {
    int position = 0;
    for (EventNo no : groups_[gi].waiting) {
        std::size_t dep = events_.at(no).dep;
        status(*deps_[dep], Status::pending, {}, position, eta(dep, position));
        ++position;
    }
}

// Gradio's rank_eta, simplified: the mean duration of this function's finished runs times
// the rounds of the group's limit ahead of the event. Unknown until one run has finished.
std::optional<double> Engine::eta(std::size_t dep, int position) const {
    const DepState& st = dep_state_[dep];
    if (st.runs == 0) return std::nullopt;
    int limit = groups_[st.group].limit.value_or(1);
    return st.total_time / st.runs * (position / limit + 1);
}

// Map nodes of ended events and calls are kept for the next ones (up to a few dozen), so a
// trigger → job → complete cycle allocates no map node: the engine's hot path is bound by
// allocations. Node handles keep the maps' order and iterators intact.
Engine::Event& Engine::new_event(EventNo no) {
    if (spare_events_.empty()) return events_[no];
    auto node = std::move(spare_events_.back());
    spare_events_.pop_back();
    node.key() = no;
    return events_.insert(std::move(node)).position->second;
}

void Engine::drop_event(std::map<EventNo, Event>::iterator it) {
    auto node = events_.extract(it);
    if (spare_events_.size() >= spare_nodes) return;
    node.mapped() = Event{};  // a kept node holds no values
    spare_events_.push_back(std::move(node));
}

Engine::Call& Engine::new_call(JobId job, Call call) {
    if (spare_calls_.empty()) return calls_.emplace(job, std::move(call)).first->second;
    auto node = std::move(spare_calls_.back());
    spare_calls_.pop_back();
    node.key() = job;
    node.mapped() = std::move(call);
    return calls_.insert(std::move(node)).position->second;
}

Engine::Call Engine::take_call(std::map<JobId, Call>::iterator it) {
    auto node = calls_.extract(it);
    Call call = std::move(node.mapped());
    if (spare_calls_.size() < spare_nodes) spare_calls_.push_back(std::move(node));
    return call;
}

}  // namespace gr
