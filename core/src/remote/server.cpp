// The queue server's state machine: join checks, concurrency groups, the per-session outbox
// of SSE messages, job reports, cancels and `.stream()` events' chunks. Message shapes follow
// gradio/server_messages.py; queue rules follow gradio/queueing.py (max_size counts waiting
// events; groups share limits; a stream event keeps its slot between chunks).
#include "gr/remote/server.h"

#include <algorithm>
#include <cctype>

#include "gr/codec.h"
#include "gr/component_spec.h"
#include "gr/remote/diff.h"
#include "server_detail.h"

namespace gr::remote {
namespace {

HttpAnswer refuse(int status, std::string detail) { return {status, {{"detail", std::move(detail)}}}; }

Json output_of(Json data, bool generating, double duration, std::optional<double> avg) {
    return {{"data", std::move(data)},       {"is_generating", generating},
            {"duration", duration},          {"average_duration", avg ? Json(*avg) : Json()},
            {"render_config", nullptr},      {"changed_state_ids", Json::array()},
            {"used_cache", nullptr}};
}

}  // namespace

QueueServer::QueueServer(std::shared_ptr<const App> app, ServerOptions options) : app_(std::move(app)), options_(std::move(options)) {}

std::string QueueServer::group_of(const Dependency& d) const {
    return d.concurrency_id ? "id:" + *d.concurrency_id : "fn:" + std::to_string(d.id.value);
}

int QueueServer::limit_of(const Dependency& d) const {
    switch (d.concurrency_limit.kind) {
        case ConcurrencyLimit::unlimited: return 0;
        case ConcurrencyLimit::limited: return std::max(1, d.concurrency_limit.value);
        default: return options_.default_concurrency_limit ? std::max(1, *options_.default_concurrency_limit) : 0;
    }
}

std::size_t QueueServer::waiting() const {
    std::size_t n = 0;
    for (auto& [_, g] : groups_) n += g.waiting.size();
    return n;
}

std::optional<HttpAnswer> QueueServer::check(const JoinRequest& r, const Dependency*& dep) const {
    if (r.session_hash.empty()) return refuse(400, "Session hash not found.");
    if (!r.fn_index) return refuse(400, "No function index provided.");
    dep = app_->dependency(DependencyId(*r.fn_index));
    if (!dep) return refuse(404, "No function with fn_index " + std::to_string(*r.fn_index) + ".");
    std::string name = "fn_index " + std::to_string(*r.fn_index) + " (\"" + dep->api_name + "\")";
    if (!dep->backend_fn) return refuse(400, name + " has no backend function; it runs in the browser.");
    if (dep->api_visibility == ApiVisibility::private_ && !r.from_app)
        return refuse(403, name + " is private: only the app itself may call it.");
    if (!r.data.is_array() || r.data.size() != dep->inputs.size())
        return refuse(400, name + " takes " + std::to_string(dep->inputs.size()) + " input value(s) in \"data\" but got " +
                               (r.data.is_array() ? std::to_string(r.data.size()) : "a " + std::string(r.data.type_name())) + ".");
    if (options_.max_size && !r.direct && waiting() >= static_cast<std::size_t>(*options_.max_size))
        return refuse(503, "Queue is full. Max size is " + std::to_string(*options_.max_size) + " and size is " + std::to_string(waiting()) + ".");
    return std::nullopt;
}

HttpAnswer QueueServer::join(const JoinRequest& r) {
    const Dependency* dep = nullptr;
    if (auto refused = check(r, dep)) return *refused;
    if (r.event_id.empty() || events_.count(r.event_id)) return refuse(500, "the host gave no fresh event id");
    Event e{r.event_id, r.session_hash, r.direct ? "direct:" + r.event_id : group_of(*dep), r.root, dep, r.data, r.event_data, r.simple_format};
    e.stream = dep->connection == Connection::stream;
    SessionState& s = sessions_[r.session_hash];
    if (s.closed) {  // not yet sent: a new event keeps the stream open instead
        std::erase_if(s.outbox, [](const Json& m) { return m.value("msg", "") == "close_stream"; });
        s.closed = false;
        s.unread_ticks = 0;
    }
    s.pending.insert(e.id);
    Group& g = groups_[e.group];
    if (r.direct) g.limit = 0;
    else if (g.waiting.empty() && g.running == 0) g.limit = limit_of(*dep);
    else if (int l = limit_of(*dep); l > 0 && (g.limit == 0 || l < g.limit)) g.limit = l;
    g.waiting.push_back(e.id);
    std::string group = e.group;
    events_.emplace(e.id, std::move(e));
    estimate_one(r.event_id, g.waiting.size() - 1, g);
    dispatch(group);
    return {200, {{"event_id", r.event_id}}};
}

std::optional<double> QueueServer::average(const Dependency& d) const {
    auto it = durations_.find(d.id.value);
    if (it == durations_.end() || it->second.second == 0) return std::nullopt;
    return it->second.first / it->second.second;
}

void QueueServer::estimate_one(const std::string& id, std::size_t rank, const Group& g) {
    const Event& e = events_.at(id);
    Json eta = nullptr;
    if (auto avg = average(*e.dep)) eta = *avg * (static_cast<double>(rank / std::max(1, g.limit)) + 1);
    send(e, {{"msg", "estimation"}, {"event_id", id}, {"rank", rank}, {"queue_size", g.waiting.size()}, {"rank_eta", eta}});
}

void QueueServer::dispatch(const std::string& group) {
    Group& g = groups_[group];
    bool picked = false;
    while (!g.waiting.empty() && (g.limit == 0 || g.running < g.limit)) {
        std::string id = g.waiting.front();
        g.waiting.pop_front();
        picked = true;
        start(events_.at(id));
    }
    // Gradio tells the events still waiting their new rank each time a worker picks one.
    if (picked)
        for (std::size_t i = 0; i < g.waiting.size(); ++i) estimate_one(g.waiting[i], i, g);
    if (g.waiting.empty() && g.running == 0) groups_.erase(group);
}

void QueueServer::start(Event& e) {
    auto avg = average(*e.dep);
    send(e, {{"msg", "process_starts"}, {"event_id", e.id}, {"eta", avg ? Json(*avg) : Json()}});
    std::string error;
    auto inputs = prepare(e, e.data, error);
    if (!inputs) {
        // Graft's own checks of input values: the message says what was wrong, so it is shown.
        complete(e, detail::error_output({.message = error, .shown = true}, options_.show_error), false, 0);
        return;
    }
    e.running = true;
    groups_[e.group].running++;
    call(e, std::move(*inputs), e.event_data);
}

// The function's arguments for `data` (one wire value per input): files checked, values
// preprocessed. nullopt with `error` set when a value is refused.
std::optional<Json> QueueServer::prepare(const Event& e, const Json& data, std::string& error) const {
    const Dependency& d = *e.dep;
    Json inputs = Json::array();
    try {
        for (std::size_t i = 0; i < d.inputs.size(); ++i) {
            const Component* c = app_->component(d.inputs[i]);
            Json v = data[i];
            if (c) detail::check_files(*c, v, options_.file_allowed);
            if (c && d.preprocess) v = preprocess(*c, detail::props_of(*c), v);
            inputs.push_back(std::move(v));
        }
    } catch (const std::exception& ex) {
        error = ex.what();
        return std::nullopt;
    }
    return inputs;
}

void QueueServer::call(Event& e, Json inputs, Json event_data) {
    e.calling = true;
    const Dependency& d = *e.dep;
    commands_.push_back(StartJob{e.id, e.session, d.id, d.api_name, std::move(inputs), std::move(event_data), d.generator});
}

void QueueServer::send(const Event& e, Json msg) {
    auto it = sessions_.find(e.session);
    if (it != sessions_.end() && it->second.pending.count(e.id)) it->second.outbox.push_back(std::move(msg));
}

// Ends the event for its session: the last message, then close_stream when nothing is left.
void QueueServer::complete(Event& e, Json output, bool success, double duration) {
    Json msg = {{"msg", "process_completed"}, {"event_id", e.id}, {"output", output}, {"success", success},
                {"title", nullptr}, {"used_cache", nullptr}, {"cache_duration", nullptr}, {"avg_time", nullptr}};
    if (!success && output.contains("title")) msg["title"] = output["title"];
    if (success && output.contains("data")) {
        msg["cache_duration"] = duration;
        msg["avg_time"] = output["average_duration"];
    }
    send(e, std::move(msg));
    auto it = sessions_.find(e.session);
    if (it != sessions_.end() && it->second.pending.erase(e.id) && it->second.pending.empty()) {
        it->second.outbox.push_back({{"msg", "close_stream"}, {"event_id", nullptr}});
        it->second.closed = true;
    }
    if (e.running && e.calling) {
        e.stopped = true;  // its slot frees when the host reports the call's end
        return;
    }
    forget(e.id);
}

// By value: the id may be the event's own, which erasing it destroys.
void QueueServer::forget(std::string id) {
    auto it = events_.find(id);
    if (it == events_.end()) return;
    std::string group = it->second.group;
    bool was_running = it->second.running;
    events_.erase(it);
    if (was_running) {
        groups_[group].running--;
        dispatch(group);
    }
}

// A report about a job ends it: a stopped (cancelled) job only frees its slot.
bool QueueServer::end_report(const std::string& id, Event*& e) {
    auto it = events_.find(id);
    if (it == events_.end() || !it->second.calling) return false;
    it->second.calling = false;
    if (it->second.stopped) {
        forget(id);
        return false;
    }
    e = &it->second;
    return true;
}

QueueServer::Event* QueueServer::live(const std::string& id) {
    auto it = events_.find(id);
    return it != events_.end() && it->second.calling && !it->second.stopped ? &it->second : nullptr;
}

void QueueServer::progress(const std::string& event_id, const Json& progress_data) {
    if (Event* e = live(event_id)) send(*e, {{"msg", "progress"}, {"event_id", event_id}, {"progress_data", progress_data}});
}

void QueueServer::log(const std::string& event_id, const LogEntry& l) {
    Event* e = live(event_id);
    if (!e) return;
    std::string title = l.title;
    if (title.empty() && !l.level.empty()) title = std::string(1, static_cast<char>(std::toupper(l.level[0]))) + l.level.substr(1);
    send(*e, {{"msg", "log"}, {"event_id", event_id}, {"log", l.message}, {"level", l.level},
              {"duration", l.duration ? Json(*l.duration) : Json()}, {"visible", l.visible}, {"title", title}});
}

void QueueServer::yielded(const std::string& event_id, Json returned, double duration) {
    Event* e = live(event_id);
    if (!e) return;
    std::string error;
    auto data = detail::shape_outputs(*app_, *e->dep, std::move(returned), error, options_.on_output_file, e->root);
    if (!data) {
        complete(*e, detail::error_output({.message = error, .shown = true}, options_.show_error), false, duration);
        return;
    }
    if (e->stream) {  // each yield of a stream's call is a result of its own: whole, no diffs
        e->last = *data;
        send(*e, streaming_message(*e, std::move(*data), duration));
        return;
    }
    Json sent = *data;
    if (e->last && !e->simple)
        for (std::size_t i = 0; i < sent.size(); ++i) sent[i] = make_diff((*e->last)[i], (*data)[i]);
    e->last = std::move(*data);
    send(*e, {{"msg", "process_generating"}, {"event_id", event_id},
              {"output", output_of(std::move(sent), true, duration, average(*e->dep))}, {"success", true}, {"time_limit", nullptr}});
}

void QueueServer::finished(const std::string& event_id, Json returned, double duration) {
    Event* e = nullptr;
    if (!end_report(event_id, e)) return;
    std::optional<Json> data;
    std::string error;
    if (returned.is_null() && e->last) data = *e->last;
    else data = detail::shape_outputs(*app_, *e->dep, std::move(returned), error, options_.on_output_file, e->root);
    if (!data) {
        complete(*e, detail::error_output({.message = error, .shown = true}, options_.show_error), false, duration);
        return;
    }
    if (e->stream) return streamed(*e, std::move(*data), duration);
    auto& [sum, count] = durations_[e->dep->id.value];
    sum += duration;
    ++count;
    complete(*e, output_of(std::move(*data), false, duration, average(*e->dep)), true, duration);
}

void QueueServer::failed(const std::string& event_id, const JobError& error, double duration) {
    Event* e = nullptr;
    if (!end_report(event_id, e)) return;
    complete(*e, detail::error_output(error, options_.show_error), false, duration);
}

// A stream call's result, as Gradio's message carries it: whole values, and `time_limit` the
// seconds the event has left (null without a time_limit).
Json QueueServer::streaming_message(const Event& e, Json data, double duration) const {
    const auto& limit = e.dep->time_limit;
    return {{"msg", "process_streaming"}, {"event_id", e.id},
            {"output", output_of(std::move(data), true, duration, average(*e.dep))}, {"success", true},
            {"time_limit", limit ? Json(std::max(0.0, *limit - e.run_time)) : Json()}};
}

// A stream event's call has returned `data`: it goes out, then the event takes its next
// chunk or waits for one — unless it is closing or out of time, when `data` ends it.
void QueueServer::streamed(Event& e, Json data, double duration) {
    e.run_time += duration;
    if (e.calls++ == 0) {  // Gradio's average for a stream is its first call's duration
        e.first_call = duration;
        auto& [sum, count] = durations_[e.dep->id.value];
        sum += duration;
        ++count;
    }
    e.last = data;
    if (e.closing || (e.dep->time_limit && e.run_time >= *e.dep->time_limit)) {
        complete(e, output_of(std::move(data), false, duration, average(*e.dep)), true, duration);
        return;
    }
    if (!e.dep->generator) send(e, streaming_message(e, std::move(data), duration));  // a generator's yields went already
    e.idle = 0;
    feed(e);
}

// A stream event between calls with a chunk in hand calls its function on it. A chunk whose
// values are refused ends the event with the reason (it may be forgotten on return).
void QueueServer::feed(Event& e) {
    if (!e.running || e.calling || e.stopped || !e.chunk) return;
    auto [data, event_data] = std::move(*e.chunk);
    e.chunk.reset();
    std::string error;
    auto inputs = prepare(e, data, error);
    if (!inputs) return complete(e, detail::error_output({.message = error, .shown = true}, options_.show_error), false, 0);
    call(e, std::move(*inputs), std::move(event_data));
}

HttpAnswer QueueServer::stream_chunk(const std::string& event_id, const std::string& session_hash, Json data, Json event_data) {
    auto it = events_.find(event_id);
    if (it == events_.end() || it->second.session != session_hash || it->second.stopped || it->second.closing)
        return refuse(404, "No streaming event " + event_id + " is running in this session.");
    Event& e = it->second;
    if (!e.stream) return refuse(400, "Event " + event_id + " is not a .stream() event: it takes no further chunks.");
    if (!data.is_array() || data.size() != e.dep->inputs.size())
        return refuse(400, "fn_index " + std::to_string(e.dep->id.value) + " (\"" + e.dep->api_name + "\") takes " +
                               std::to_string(e.dep->inputs.size()) + " input value(s) in \"data\" but got " +
                               (data.is_array() ? std::to_string(data.size()) : "a " + std::string(data.type_name())) + ".");
    if (!e.running) {  // still queued: it starts with the latest chunk
        e.data = std::move(data);
        e.event_data = std::move(event_data);
    } else {
        e.chunk.emplace(std::move(data), std::move(event_data));
        feed(e);
    }
    return {200, {{"msg", "success"}}};
}

HttpAnswer QueueServer::close_stream(const std::string& event_id) {
    auto it = events_.find(event_id);
    if (it == events_.end() || it->second.stopped) return refuse(404, "No streaming event " + event_id + " is running.");
    Event& e = it->second;
    if (!e.stream) return refuse(400, "Event " + event_id + " is not a .stream() event.");
    e.closing = true;
    e.chunk.reset();
    if (e.running && !e.calling) complete(e, output_of(e.last.value_or(Json::array()), false, 0, average(*e.dep)), true, 0);
    return {200, {{"msg", "success"}}};
}

void QueueServer::elapse(double seconds) {
    std::vector<std::string> expired;
    for (auto& [id, e] : events_) {
        if (!e.stream || !e.running || e.calling || e.stopped) continue;
        e.idle += seconds;
        e.run_time += seconds;  // Gradio's run time counts the waits too
        const auto& limit = e.dep->time_limit;
        if (e.idle >= limit.value_or(30.0) - e.first_call || (limit && e.run_time >= *limit)) expired.push_back(id);
    }
    for (const auto& id : expired) {
        Event& e = events_.at(id);
        complete(e, output_of(e.last.value_or(Json::array()), false, 0, average(*e.dep)), true, 0);
    }
}

void QueueServer::cancel(const std::string& session_hash, const std::string& event_id) {
    auto it = events_.find(event_id);
    if (it == events_.end() || it->second.session != session_hash) return;
    Event& e = it->second;
    if (e.running) {
        if (e.stopped) return;
        if (e.calling) commands_.push_back(StopJob{event_id});
        complete(e, Json::object(), true, 0);
        return;
    }
    auto& w = groups_[e.group].waiting;
    w.erase(std::remove(w.begin(), w.end(), event_id), w.end());
    std::string group = e.group;
    complete(e, Json::object(), true, 0);
    dispatch(group);
}

void QueueServer::disconnect(const std::string& session_hash) {
    std::vector<std::string> ids;
    for (auto& [id, e] : events_)
        if (e.session == session_hash) ids.push_back(id);
    for (auto& id : ids) cancel(session_hash, id);
    sessions_.erase(session_hash);
}

void QueueServer::tick() {
    for (auto it = sessions_.begin(); it != sessions_.end();) {
        SessionState& s = it->second;
        if (s.pending.empty() && s.closed && ++s.unread_ticks > 2) it = sessions_.erase(it);
        else ++it;
    }
    for (auto& [_, s] : sessions_)
        if (!s.pending.empty()) s.outbox.push_back({{"msg", "heartbeat"}, {"event_id", nullptr}});
}

std::vector<ServerCommand> QueueServer::take_commands() { return std::exchange(commands_, {}); }

std::vector<Json> QueueServer::take_messages(const std::string& session_hash) {
    auto it = sessions_.find(session_hash);
    if (it == sessions_.end()) return {};
    std::vector<Json> out = std::exchange(it->second.outbox, {});
    if (it->second.closed && it->second.pending.empty()) sessions_.erase(it);
    return out;
}

bool QueueServer::is_running(const std::string& event_id) const {
    auto it = events_.find(event_id);
    return it != events_.end() && it->second.running && !it->second.stopped;
}

}  // namespace gr::remote
