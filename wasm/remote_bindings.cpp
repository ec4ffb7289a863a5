// embind declarations for the remote queue's protocol core: the SSE parser and the client
// session. JSON crosses as text; the shim owns fetch and streams (js-shim/remote.js).
#include <emscripten/bind.h>

#include "gr/remote/client.h"
#include "gr/remote/sse.h"

namespace gr::wasm {
namespace {

std::string_view kind_name(remote::Update::Kind k) {
    using K = remote::Update::Kind;
    switch (k) {
        case K::queued: return "queued";
        case K::started: return "started";
        case K::progress: return "progress";
        case K::log: return "log";
        case K::generating: return "generating";
        case K::completed: return "completed";
        case K::failed: return "failed";
        case K::validation_failed: return "validation_failed";
    }
    return "";
}

std::string updates_json(const std::vector<remote::Update>& updates) {
    Json out = Json::array();
    for (auto& u : updates) {
        Json j = {{"job", u.job.value}, {"kind", kind_name(u.kind)}};
        if (!u.data.is_null()) j["data"] = u.data;
        if (u.rank) j["rank"] = *u.rank;
        if (u.queue_size) j["queue_size"] = *u.queue_size;
        if (u.eta) j["eta"] = *u.eta;
        if (!u.progress.is_null()) j["progress"] = u.progress;
        if (!u.level.empty()) j["level"] = u.level;
        if (!u.title.empty()) j["title"] = u.title;
        if (!u.message.empty()) j["message"] = u.message;
        if (!u.validation.is_null()) j["validation"] = u.validation;
        out.push_back(std::move(j));
    }
    return out.dump();
}

std::string request_json(const remote::HttpRequest& r) {
    return Json{{"method", r.method}, {"path", r.path}, {"body", r.body}}.dump();
}

class SseParserHandle {
public:
    // Events as [{event, data, id}], from text already decoded by the shim's TextDecoder.
    std::string feed(const std::string& text) {
        Json out = Json::array();
        for (auto& e : parser_.feed(text)) out.push_back({{"event", e.event}, {"data", e.data}, {"id", e.id}});
        return out.dump();
    }

private:
    remote::SseParser parser_;
};

class RemoteSessionHandle {
public:
    RemoteSessionHandle(const std::string& hash, const std::string& prefix) : s_(hash, prefix) {}
    std::string join_request(int fn_index, const std::string& data, const std::string& event_data, int trigger_id) const {
        remote::JoinArgs a{fn_index, Json::parse(data), Json::parse(event_data),
                           trigger_id >= 0 ? std::optional<std::int64_t>(trigger_id) : std::nullopt};
        return request_json(s_.join_request(a));
    }
    std::string data_stream_request() const { return request_json(s_.data_stream_request()); }
    std::string cancel_request(int job) const {
        auto r = s_.cancel_request(JobId(job));
        return r ? request_json(*r) : "null";
    }
    std::string stream_chunk_request(int job, const std::string& data, const std::string& event_data) const {
        auto r = s_.stream_chunk_request(JobId(job), Json::parse(data), Json::parse(event_data));
        return r ? request_json(*r) : "null";
    }
    std::string stream_close_request(int job) const {
        auto r = s_.stream_close_request(JobId(job));
        return r ? request_json(*r) : "null";
    }
    std::string joined(int job, int fn_index, int status, const std::string& body) {
        Json parsed = Json::parse(body, nullptr, false);
        return updates_json(s_.joined(JobId(job), fn_index, status, parsed.is_discarded() ? Json(body) : parsed));
    }
    std::string message(const std::string& msg) {
        Json parsed = Json::parse(msg, nullptr, false);
        return parsed.is_discarded() ? "[]" : updates_json(s_.message(parsed));
    }
    std::string stream_dropped(const std::string& why) { return updates_json(s_.stream_dropped(why)); }
    bool has_pending() const { return s_.has_pending(); }

private:
    remote::ClientSession s_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(graft_remote) {
    emscripten::class_<SseParserHandle>("SseParser").constructor<>().function("feed", &SseParserHandle::feed);
    emscripten::class_<RemoteSessionHandle>("RemoteSession")
        .constructor<std::string, std::string>()
        .function("joinRequest", &RemoteSessionHandle::join_request)
        .function("dataStreamRequest", &RemoteSessionHandle::data_stream_request)
        .function("cancelRequest", &RemoteSessionHandle::cancel_request)
        .function("streamChunkRequest", &RemoteSessionHandle::stream_chunk_request)
        .function("streamCloseRequest", &RemoteSessionHandle::stream_close_request)
        .function("joined", &RemoteSessionHandle::joined)
        .function("message", &RemoteSessionHandle::message)
        .function("streamDropped", &RemoteSessionHandle::stream_dropped)
        .function("hasPending", &RemoteSessionHandle::has_pending);
}

}  // namespace gr::wasm
