// Gradio's routes on the native backend, except the SSE streams and stream chunks
// (routes_stream.cpp) and the app's page (app_page.cpp): the config, /info, queue join and
// cancel, the /call REST API, uploads and file serving, and CORS as Gradio's server answers
// it (the Origin echoed, credentials allowed, preflights).
#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string_view>

#include "server_impl.h"

namespace graft {

using gr::Json;

std::string base_url(const httplib::Request& req, int port) {
    std::string host = req.get_header_value("Host");
    return "http://" + (host.empty() ? "127.0.0.1:" + std::to_string(port) : host);
}

void send_json(httplib::Response& res, int status, const Json& body) {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json");
}

namespace {

// How deeply arrays and objects nest in `text` (outside strings), stopping once past `limit`.
// nlohmann's parser is iterative but copying, dumping and converting a value recurse, so a body
// like [[[[…]]]] 100,000 deep overflowed a request thread's stack (found by
// tests/remote_e2e/server_abuse.test.mjs): such a body is refused before it is parsed.
std::size_t nesting_depth(std::string_view text, std::size_t limit) {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if ((deepest = std::max(deepest, ++depth)) > limit) break;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

constexpr std::size_t max_json_depth = 512;

}  // namespace

std::optional<Json> parse_body(const httplib::Request& req, httplib::Response& res) {
    if (nesting_depth(req.body, max_json_depth) > max_json_depth) {
        send_json(res, 422, {{"detail", "the request body nests arrays and objects more than " + std::to_string(max_json_depth) + " deep"}});
        return std::nullopt;
    }
    Json body = Json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        send_json(res, 422, {{"detail", "the request body must be a JSON object"}});
        return std::nullopt;
    }
    return body;
}

void add_app_routes(NativeServer::Impl& s) {
    // httplib (0.11) bounds a body by set_payload_max_length only when it says its length: a
    // chunked body was read into memory whatever its size (a 3 MiB chunked join on a server
    // bounded at 1 MiB was accepted; found by server_abuse.test.mjs). Gradio's clients always
    // send Content-Length, so chunked request bodies are refused before they are read.
    s.http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        std::string te = req.get_header_value("Transfer-Encoding");
        std::transform(te.begin(), te.end(), te.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (te.find("chunked") == std::string::npos) return httplib::Server::HandlerResponse::Unhandled;
        res.set_header("Connection", "close");  // the unread body must not be taken for the next request
        send_json(res, 411, {{"detail", "chunked request bodies are not accepted: send Content-Length"}});
        return httplib::Server::HandlerResponse::Handled;
    });
    s.http.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        std::string origin = req.get_header_value("Origin");
        if (origin.empty()) return;
        res.set_header("Access-Control-Allow-Origin", origin);
        res.set_header("Access-Control-Allow-Credentials", "true");
        res.set_header("Vary", "Origin");
    });
    s.http.Options(R"(.*)", [](const httplib::Request& req, httplib::Response& res) {
        std::string headers = req.get_header_value("Access-Control-Request-Headers");
        res.set_header("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS");
        res.set_header("Access-Control-Allow-Headers", headers.empty() ? "*" : headers);
        res.set_header("Access-Control-Max-Age", "600");
        res.status = 200;
    });
    auto config = [&s](const httplib::Request& req, httplib::Response& res) {
        Json c = s.config;
        c["root"] = base_url(req, s.bound_port);
        send_json(res, 200, c);
    };
    s.http.Get("/config", config);
    s.http.Get("/config/", config);
    // Routes that do not exist answer like FastAPI: {"detail": "Not Found"}.
    // Refusals httplib makes itself (before any route) get a detail too, instead of an empty body.
    s.http.set_error_handler(httplib::Server::HandlerWithResponse([&s](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        std::string detail;
        switch (res.status) {
            case 404: detail = "Not Found"; break;
            case 413: detail = "The request body is too large: the maximum this server accepts is " + std::to_string(s.max_body) + " bytes."; break;
            case 414: detail = "The request URI is too long."; break;
            case 400: detail = "Bad request: the HTTP request could not be read."; break;
            default: return httplib::Server::HandlerResponse::Unhandled;
        }
        send_json(res, res.status, {{"detail", detail}});
        return httplib::Server::HandlerResponse::Handled;
    }));
    s.http.Get("/gradio_api/queue/status", [&s](const httplib::Request&, httplib::Response& res) {
        std::lock_guard lock(s.mu);
        send_json(res, 200, {{"msg", "estimation"}, {"event_id", nullptr}, {"rank", nullptr}, {"queue_size", s.queue->waiting()}, {"rank_eta", nullptr}});
    });
    s.http.Get("/gradio_api/info", [&s](const httplib::Request&, httplib::Response& res) { send_json(res, 200, gr::remote::api_info(*s.app)); });
}

namespace {

gr::remote::JoinRequest join_request(const httplib::Request& req, const Json& body, int port) {
    gr::remote::JoinRequest r;
    if (auto it = body.find("session_hash"); it != body.end() && it->is_string()) r.session_hash = *it;
    if (auto it = body.find("fn_index"); it != body.end() && it->is_number_integer()) r.fn_index = it->get<std::int64_t>();
    if (auto it = body.find("trigger_id"); it != body.end() && it->is_number_integer()) r.trigger_id = it->get<std::int64_t>();
    r.data = body.value("data", Json::array());
    r.event_data = body.value("event_data", Json());
    r.root = base_url(req, port);
    r.from_app = req.get_header_value("x-gradio-user") == "app";
    return r;
}

const gr::Dependency* callable(const gr::App& app, const std::string& api_name) {
    for (const gr::Dependency& d : app.dependencies)
        if (d.api_name == api_name && d.backend_fn && d.api_visibility != gr::ApiVisibility::private_) return &d;
    return nullptr;
}

// What a /call or /run request asks of the endpoint named in its path: its parsed body, the
// listener, and the join that runs it. nullopt once the error is answered (a bad body, or no
// public endpoint of that name).
struct EndpointCall {
    Json body;
    const gr::Dependency* dependency;
    gr::remote::JoinRequest join;
};

std::optional<EndpointCall> endpoint_call(NativeServer::Impl& s, const httplib::Request& req, httplib::Response& res) {
    auto body = parse_body(req, res);
    if (!body) return std::nullopt;
    const gr::Dependency* d = callable(*s.app, req.matches[1]);
    if (!d) {
        send_json(res, 404, {{"detail", "There is no public endpoint named /" + std::string(req.matches[1]) + "."}});
        return std::nullopt;
    }
    gr::remote::JoinRequest r = join_request(req, *body, s.bound_port);
    r.fn_index = d->id.value;
    return EndpointCall{std::move(*body), d, std::move(r)};
}

}  // namespace

void add_queue_routes(NativeServer::Impl& s) {
    s.http.Post("/gradio_api/queue/join", [&s](const httplib::Request& req, httplib::Response& res) {
        auto body = parse_body(req, res);
        if (!body) return;
        gr::remote::JoinRequest r = join_request(req, *body, s.bound_port);
        if (auto refused = s.validate(r)) return send_json(res, refused->status, refused->body);
        std::lock_guard lock(s.mu);
        r.event_id = s.new_event_id();
        gr::remote::HttpAnswer a = s.queue->join(r);
        s.pump();
        send_json(res, a.status, a.body);
    });
    s.http.Post("/gradio_api/cancel", [&s](const httplib::Request& req, httplib::Response& res) {
        auto body = parse_body(req, res);
        if (!body) return;
        std::lock_guard lock(s.mu);
        auto text = [&](const char* key) {
            auto it = body->find(key);
            return it != body->end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        s.queue->cancel(text("session_hash"), text("event_id"));
        s.pump();
        send_json(res, 200, {{"success", true}});
    });
    s.http.Post("/gradio_api/reset", [](const httplib::Request&, httplib::Response& res) { send_json(res, 200, {{"success", true}}); });
    s.http.Post(R"(/gradio_api/call/([^/]+))", [&s](const httplib::Request& req, httplib::Response& res) {
        auto call = endpoint_call(s, req, res);
        if (!call) return;
        gr::remote::JoinRequest& r = call->join;
        r.data = gr::remote::full_call_data(*s.app, *call->dependency, call->body.value("data", Json::array()));
        r.simple_format = true;
        if (auto refused = s.validate(r)) return send_json(res, refused->status, refused->body);
        std::lock_guard lock(s.mu);
        r.event_id = s.new_event_id();
        r.session_hash = "call-" + r.event_id;  // the GET stream finds its messages by event id
        gr::remote::HttpAnswer a = s.queue->join(r);
        s.pump();
        send_json(res, a.status, a.body);
    });
}

// POST /run/{api_name}: Gradio's path for queue=false listeners. The function runs at once
// (outside max_size and concurrency limits) and the answer is its output, 500 on error.
void add_run_routes(NativeServer::Impl& s) {
    auto run = [&s](const httplib::Request& req, httplib::Response& res) {
        auto call = endpoint_call(s, req, res);
        if (!call) return;
        gr::remote::JoinRequest& r = call->join;
        r.direct = r.simple_format = true;
        if (auto refused = s.validate(r)) return send_json(res, refused->status, refused->body);
        std::unique_lock lock(s.mu);
        r.event_id = s.new_event_id();
        r.session_hash = "run-" + r.event_id;
        gr::remote::HttpAnswer a = s.queue->join(r);
        s.pump();
        if (a.status != 200) return send_json(res, a.status, a.body);
        for (;;) {
            for (Json& m : s.queue->take_messages(r.session_hash))
                if (m.value("msg", "") == "process_completed")
                    return send_json(res, m.value("success", false) ? 200 : 500, m["output"]);
            if (s.stopping) return send_json(res, 500, {{"error", "Server stopped unexpectedly."}});
            s.changed.wait_for(lock, std::chrono::seconds(1));
        }
    };
    s.http.Post(R"(/gradio_api/run/([^/]+))", run);
    s.http.Post(R"(/gradio_api/api/([^/]+))", run);
}

void add_file_routes(NativeServer::Impl& s) {
    s.http.Post("/gradio_api/upload", [&s](const httplib::Request& req, httplib::Response& res) {
        if (!req.is_multipart_form_data()) return send_json(res, 400, {{"detail", "expected multipart/form-data with one or more \"files\" fields"}});
        auto [first, last] = req.files.equal_range("files");
        if (first == last) return send_json(res, 400, {{"detail", "no \"files\" field in the upload"}});
        if (auto max = s.options.max_file_size)
            for (auto it = first; it != last; ++it)
                if (it->second.content.size() > *max) {
                    res.status = 413;
                    res.set_content("File " + it->second.filename + " is too large (" + std::to_string(it->second.content.size()) +
                                        " bytes): the maximum allowed size is " + std::to_string(*max) + " bytes.",
                                    "text/plain");
                    return;
                }
        Json paths = Json::array();
        try {
            for (auto it = first; it != last; ++it) paths.push_back(s.files.save(it->second.filename, it->second.content));
        } catch (const std::exception& e) {
            return send_json(res, 500, {{"detail", e.what()}});
        }
        send_json(res, 200, paths);
    });
    auto serve_file = [&s](const httplib::Request& req, httplib::Response& res) {
        std::string path = req.matches[1];
        auto file = s.files.resolve(path);
        if (!file) return send_json(res, 403, {{"detail", "File not allowed: " + path + "."}});
        std::ifstream in(*file, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_content(bytes.str(), mime_type_of(file->string()));
    };
    s.http.Get(R"(/gradio_api/file=(.+))", serve_file);
}

void NativeServer::Impl::routes() {
    add_app_routes(*this);
    add_queue_routes(*this);
    add_run_routes(*this);
    add_file_routes(*this);
    add_stream_routes(*this);
    add_page_routes(*this);
}

}  // namespace graft
