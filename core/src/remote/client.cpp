// Message handling follows Gradio's JS client (client/js/src/helpers/api_info.ts
// handle_message, utils/stream.ts): estimation → queued, process_starts → started,
// progress, log, process_generating (diffs applied), process_completed (success or error).
#include "gr/remote/client.h"

#include "gr/remote/diff.h"

namespace gr::remote {
namespace {

using Kind = Update::Kind;

std::optional<int> opt_int(const Json& m, const char* k) {
    auto it = m.find(k);
    return it != m.end() && it->is_number() ? std::optional(it->get<int>()) : std::nullopt;
}
std::optional<double> opt_num(const Json& m, const char* k) {
    auto it = m.find(k);
    return it != m.end() && it->is_number() ? std::optional(it->get<double>()) : std::nullopt;
}
std::string str(const Json& m, const char* k, std::string fallback = {}) {
    auto it = m.find(k);
    return it != m.end() && it->is_string() ? it->get<std::string>() : fallback;
}

Update failed(JobId job, std::string message, std::string title = "Error") {
    Update u{job, Kind::failed};
    u.message = std::move(message);
    u.title = std::move(title);
    return u;
}

// Gradio's error payload: {"error": str|null, "title"?, …}; a null error was hidden by the
// server (show_error=False), so say that rather than nothing.
Update error_update(JobId job, const Json& output) {
    std::string message = str(output, "error");
    if (message.empty()) message = "An error occurred on the server (its message is hidden unless the app is launched with show_error=True).";
    return failed(job, message, str(output, "title", "Error"));
}

}  // namespace

ClientSession::ClientSession(std::string session_hash, std::string api_prefix)
    : session_hash_(std::move(session_hash)), prefix_(std::move(api_prefix)) {}

HttpRequest ClientSession::join_request(const JoinArgs& a) const {
    Json body = {{"data", a.data}, {"event_data", a.event_data}, {"fn_index", a.fn_index},
                 {"trigger_id", a.trigger_id ? Json(*a.trigger_id) : Json()}, {"session_hash", session_hash_}};
    return {"POST", prefix_ + "/queue/join", body};
}

HttpRequest ClientSession::data_stream_request() const {
    return {"GET", prefix_ + "/queue/data?session_hash=" + session_hash_, nullptr};
}

std::optional<HttpRequest> ClientSession::cancel_request(JobId job) const {
    auto it = event_ids_.find(job);
    if (it == event_ids_.end()) return std::nullopt;
    return HttpRequest{"POST", prefix_ + "/cancel",
                       {{"event_id", it->second}, {"session_hash", session_hash_}, {"fn_index", jobs_.at(it->second).fn_index}}};
}

std::optional<HttpRequest> ClientSession::stream_chunk_request(JobId job, const Json& data, const Json& event_data) const {
    auto it = event_ids_.find(job);
    if (it == event_ids_.end()) return std::nullopt;
    Json body = {{"data", data}, {"event_data", event_data}, {"fn_index", jobs_.at(it->second).fn_index}, {"session_hash", session_hash_}};
    return HttpRequest{"POST", prefix_ + "/stream/" + it->second, body};
}

std::optional<HttpRequest> ClientSession::stream_close_request(JobId job) const {
    auto it = event_ids_.find(job);
    if (it == event_ids_.end()) return std::nullopt;
    return HttpRequest{"POST", prefix_ + "/stream/" + it->second + "/close", Json::object()};
}

std::vector<Update> ClientSession::joined(JobId job, std::int64_t fn_index, int status, const Json& body) {
    if (status == 200 && body.is_object() && body.contains("event_id") && body["event_id"].is_string()) {
        std::string id = body["event_id"].get<std::string>();
        Pending& p = jobs_[id] = Pending{job, fn_index, {}};
        event_ids_[job] = id;
        std::vector<Update> out;
        if (auto early = early_.find(id); early != early_.end()) {
            for (auto& m : early->second)
                for (auto& u : route(p, m)) out.push_back(std::move(u));
            early_.erase(early);
        }
        return out;
    }
    std::string detail = body.is_object() && body.contains("detail") && body["detail"].is_string() ? body["detail"].get<std::string>() : "";
    if (status == 422 && body.is_object() && body.contains("detail") && body["detail"].is_array()) {
        Update u{job, Kind::validation_failed};
        u.validation = body["detail"];
        return {u};
    }
    if (status == 0)  // no HTTP answer at all: the transport names what went wrong
        return {failed(job, detail.empty() ? "could not reach the server" : detail)};
    if (status == 503)
        return {failed(job, "This application is currently busy. Please try again." + (detail.empty() ? "" : " (" + detail + ")"))};
    if (status == 200) return {failed(job, "the server's join answer has no event_id: " + body.dump())};
    return {failed(job, "the server refused the event (HTTP " + std::to_string(status) + ")" + (detail.empty() ? "" : ": " + detail))};
}

std::vector<Update> ClientSession::message(const Json& msg) {
    if (!msg.is_object() || !msg.contains("msg")) return {};
    std::string kind = str(msg, "msg");
    if (kind == "heartbeat" || kind == "close_stream") return {};
    if (kind == "unexpected_error") return stream_dropped(str(msg, "message", "The server stopped unexpectedly."));
    std::string id = str(msg, "event_id");
    auto it = jobs_.find(id);
    if (it == jobs_.end()) {
        if (!id.empty()) early_[id].push_back(msg);  // its join answer has not arrived yet
        return {};
    }
    std::vector<Update> out;
    try {
        out = route(it->second, msg);
    } catch (const std::exception& e) {  // a diff that does not fit: the run's outputs are lost
        out = {failed(it->second.job, std::string("the server sent an output update that cannot be applied: ") + e.what())};
        kind = "process_completed";
    }
    if (kind == "process_completed") {
        event_ids_.erase(it->second.job);
        jobs_.erase(it);
    }
    return out;
}

std::vector<Update> ClientSession::route(Pending& p, const Json& m) {
    std::string kind = str(m, "msg");
    if (kind == "estimation") {
        Update u{p.job, Kind::queued};
        u.rank = opt_int(m, "rank"), u.queue_size = opt_int(m, "queue_size"), u.eta = opt_num(m, "rank_eta");
        return {u};
    }
    if (kind == "process_starts") {
        Update u{p.job, Kind::started};
        u.eta = opt_num(m, "eta");
        return {u};
    }
    if (kind == "progress") {
        Update u{p.job, Kind::progress};
        u.progress = m.value("progress_data", Json::array());
        return {u};
    }
    if (kind == "log") {
        Update u{p.job, Kind::log};
        u.level = str(m, "level", "info"), u.message = str(m, "log"), u.title = str(m, "title");
        return {u};
    }
    const Json output = m.value("output", Json::object());
    if (kind == "process_generating" || kind == "process_streaming") {
        Update u{p.job, Kind::generating};
        u.data = Json::array();
        const Json data = output.value("data", Json::array());
        for (std::size_t i = 0; i < data.size(); ++i) {
            auto prev = p.last.find(i);
            // After the first yield each output comes as an edit list (not for "stream" events).
            Json whole = prev == p.last.end() || kind == "process_streaming" ? data[i] : apply_diff(prev->second, data[i]);
            p.last[i] = whole;
            u.data.push_back(std::move(whole));
        }
        return {u};
    }
    if (kind == "process_completed") {
        if (output.is_object() && output.contains("error")) return {error_update(p.job, output)};
        if (!m.value("success", true)) return {failed(p.job, "the server reported a failure without a message")};
        Update u{p.job, Kind::completed};
        u.data = output.value("data", Json::array());  // {} after a cancel: no data
        return {u};
    }
    return {};
}

std::vector<Update> ClientSession::stream_dropped(const std::string& why) {
    std::vector<Update> out;
    for (auto& [id, p] : jobs_) out.push_back(failed(p.job, "Connection to the server was lost: " + why));
    jobs_.clear();
    event_ids_.clear();
    early_.clear();
    return out;
}

}  // namespace gr::remote
