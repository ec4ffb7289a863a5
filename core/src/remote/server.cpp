// The queue server's state machine: join checks, concurrency groups, the per-session outbox
// of SSE messages, job reports and cancels. Message shapes follow gradio/server_messages.py;
// queue rules follow gradio/queueing.py (max_size counts waiting events; groups share limits).
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
    const Dependency& d = *e.dep;
    auto avg = average(d);
    send(e, {{"msg", "process_starts"}, {"event_id", e.id}, {"eta", avg ? Json(*avg) : Json()}});
    Json inputs = Json::array();
    try {
        for (std::size_t i = 0; i < d.inputs.size(); ++i) {
            const Component* c = app_->component(d.inputs[i]);
            Json v = e.data[i];
            if (c) detail::check_files(*c, v, options_.file_allowed);
            if (c && d.preprocess) v = preprocess(*c, detail::props_of(*c), v);
            inputs.push_back(std::move(v));
        }
    } catch (const std::exception& ex) {
        // Graft's own checks of input values: the message says what was wrong, so it is shown.
        complete(e, detail::error_output({.message = ex.what(), .shown = true}, options_.show_error), false, 0);
        return;
    }
    e.running = true;
    groups_[e.group].running++;
    commands_.push_back(StartJob{e.id, e.session, d.id, d.api_name, std::move(inputs), e.event_data, d.generator});
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
    if (e.running && !e.stopped) {
        e.stopped = true;  // its slot frees when the host reports the job's end
        return;
    }
    if (!e.running) forget(e.id);
}

void QueueServer::forget(const std::string& id) {
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
    if (it == events_.end() || !it->second.running) return false;
    if (it->second.stopped) {
        forget(id);
        return false;
    }
    e = &it->second;
    return true;
}

QueueServer::Event* QueueServer::live(const std::string& id) {
    auto it = events_.find(id);
    return it != events_.end() && it->second.running && !it->second.stopped ? &it->second : nullptr;
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
        e->stopped = true;
        complete(*e, detail::error_output({.message = error, .shown = true}, options_.show_error), false, duration);
        forget(event_id);
        return;
    }
    auto& [sum, count] = durations_[e->dep->id.value];
    sum += duration;
    ++count;
    e->stopped = true;
    complete(*e, output_of(std::move(*data), false, duration, average(*e->dep)), true, duration);
    forget(event_id);
}

void QueueServer::failed(const std::string& event_id, const JobError& error, double duration) {
    Event* e = nullptr;
    if (!end_report(event_id, e)) return;
    e->stopped = true;
    complete(*e, detail::error_output(error, options_.show_error), false, duration);
    forget(event_id);
}

void QueueServer::cancel(const std::string& session_hash, const std::string& event_id) {
    auto it = events_.find(event_id);
    if (it == events_.end() || it->second.session != session_hash) return;
    Event& e = it->second;
    if (e.running) {
        if (e.stopped) return;
        commands_.push_back(StopJob{event_id});
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
