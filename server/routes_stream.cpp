// The SSE streams: /queue/data (one per session, `data:` frames until close_stream), the
// /call/{api_name}/{event_id} stream (named events) and /heartbeat/{session_hash} (ALIVE).
// Each stream holds one HTTP thread and waits on the shared condition variable. And the other
// direction of a `.stream()` event: its later chunks and its end (POST /stream/{event_id}).
#include <chrono>

#include "server_impl.h"

namespace graft {
namespace {

using gr::Json;
using namespace std::chrono_literals;

std::string text(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

bool write(httplib::DataSink& sink, const std::string& s) { return sink.write(s.data(), s.size()); }

void sse_headers(httplib::Response& res) {
    res.set_header("Cache-Control", "no-cache");
    res.set_header("X-Accel-Buffering", "no");
}

// Streams a session's messages, each turned into SSE text by `frame` (empty = skip), until
// close_stream. A client gone before then drops the session's events, as Gradio does.
template <class Frame>
void stream_session(NativeServer::Impl& s, httplib::Response& res, std::string session, Frame frame) {
    auto slot = s.stream_slot(res, NativeServer::Impl::StreamKind::data);
    if (!slot) return;
    sse_headers(res);
    res.set_chunked_content_provider("text/event-stream", [&s, session, frame, slot](std::size_t, httplib::DataSink& sink) {
        std::unique_lock lock(s.mu);
        for (;;) {
            std::vector<Json> msgs = s.queue->take_messages(session);
            if (msgs.empty()) {
                if (s.stopping) {
                    lock.unlock();
                    write(sink, frame(Json{{"msg", "unexpected_error"}, {"event_id", nullptr}, {"message", "Server stopped unexpectedly."},
                                           {"session_not_found", false}, {"success", false}}));
                    sink.done();
                    return true;
                }
                if (!s.queue->has_session(session)) {
                    sink.done();
                    return true;
                }
                s.changed.wait_for(lock, 1s);
                continue;
            }
            lock.unlock();
            std::string out;
            bool closing = false;
            for (const Json& m : msgs) {
                out += frame(m);
                closing = closing || m.value("msg", "") == "close_stream";
            }
            if (!out.empty() && !write(sink, out)) {
                lock.lock();
                s.queue->disconnect(session);
                s.pump();
                return false;
            }
            if (closing) {
                sink.done();
                return true;
            }
            lock.lock();
        }
    });
}

std::string data_frame(const Json& m) { return "data: " + text(m) + "\n\n"; }

std::string simple_text(const Json& m) {
    auto f = gr::remote::simple_frame(m);
    return f ? "event: " + f->event + "\ndata: " + text(f->data) + "\n\n" : std::string();
}

}  // namespace

std::shared_ptr<void> NativeServer::Impl::stream_slot(httplib::Response& res, StreamKind kind) {
    const auto k = static_cast<std::size_t>(kind);
    if (open_streams[k].fetch_add(1) >= max_streams[k]) {
        --open_streams[k];
        send_json(res, 503, {{"detail", "Too many open " + std::string(kind == StreamKind::data ? "data" : "heartbeat") + " streams (" +
                                            std::to_string(max_streams[k]) + "): try again later."}});
        return nullptr;
    }
    // Released when the response (and the provider holding it) is destroyed, however the stream ended.
    return std::shared_ptr<void>(static_cast<void*>(this), [this, k](void*) { --open_streams[k]; });
}

void add_stream_routes(NativeServer::Impl& s) {
    s.http.Get("/gradio_api/queue/data", [&s](const httplib::Request& req, httplib::Response& res) {
        std::string session = req.get_param_value("session_hash");
        {
            std::lock_guard lock(s.mu);
            if (!s.queue->has_session(session)) return send_json(res, 404, {{"detail", "Session not found."}});
        }
        stream_session(s, res, session, data_frame);
    });
    s.http.Get(R"(/gradio_api/call/([^/]+)/([^/]+))", [&s](const httplib::Request& req, httplib::Response& res) {
        std::string session = "call-" + std::string(req.matches[2]);
        {
            std::lock_guard lock(s.mu);
            if (!s.queue->has_session(session)) return send_json(res, 404, {{"detail", "No event " + std::string(req.matches[2]) + " is pending."}});
        }
        stream_session(s, res, session, simple_text);
    });
    // Gradio's send_chunk and close_stream. The body is the join's (PredictBody): only data,
    // event_data and session_hash matter; the event already names its function.
    s.http.Post(R"(/gradio_api/stream/([^/]+))", [&s](const httplib::Request& req, httplib::Response& res) {
        auto body = parse_body(req, res);
        if (!body) return;
        auto session = body->find("session_hash");
        std::lock_guard lock(s.mu);
        gr::remote::HttpAnswer a = s.queue->stream_chunk(req.matches[1], session != body->end() && session->is_string() ? session->get<std::string>() : "",
                                                         body->value("data", Json()), body->value("event_data", Json()));
        s.pump();
        send_json(res, a.status, a.body);
    });
    s.http.Post(R"(/gradio_api/stream/([^/]+)/close)", [&s](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(s.mu);
        gr::remote::HttpAnswer a = s.queue->close_stream(req.matches[1]);
        s.pump();
        send_json(res, a.status, a.body);
    });
    s.http.Get(R"(/gradio_api/heartbeat/([^/]+))", [&s](const httplib::Request&, httplib::Response& res) {
        auto slot = s.stream_slot(res, NativeServer::Impl::StreamKind::heartbeat);
        if (!slot) return;
        sse_headers(res);
        res.set_chunked_content_provider("text/event-stream", [&s, slot](std::size_t, httplib::DataSink& sink) {
            auto interval = std::chrono::duration<double>(s.options.heartbeat_seconds);
            std::unique_lock lock(s.mu);
            while (!s.changed.wait_for(lock, interval, [&] { return s.stopping.load(); })) {
                lock.unlock();
                if (!write(sink, "data: ALIVE\n\n")) return false;
                lock.lock();
            }
            sink.done();
            return true;
        });
    });
}

}  // namespace graft
