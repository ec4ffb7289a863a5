// The native backend's shared state: the QueueServer behind one mutex, the worker threads that
// run its StartJob commands, the heartbeat ticker and the file store. Routes (routes.cpp) and
// the job runner (native_server.cpp) both go through it.
#pragma once
#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include "file_store.h"
#include "gr/remote/server.h"
#include "graft/serve.h"

namespace graft {

struct NativeServer::Impl {
    Impl(gr::App app, gr::FunctionTable functions, ServeOptions options);

    std::shared_ptr<const gr::App> app;
    gr::FunctionTable functions;
    ServeOptions options;
    FileStore files;
    gr::Json config;  // the app's config; "root" is set per request
    std::optional<gr::remote::QueueServer> queue;

    std::mutex mu;                 // guards queue, jobs, stopped_jobs, rng
    std::condition_variable changed;  // any new message or job
    std::deque<gr::remote::StartJob> jobs;
    std::set<std::string> stopped_jobs;
    std::mt19937_64 rng{std::random_device{}()};
    std::atomic<bool> stopping{false};
    int busy = 0;            // workers inside a function
    bool abandoned = false;  // shutdown left busy workers running (see run())
    std::vector<std::thread> threads;

    httplib::Server http;
    std::size_t max_body = 0;  // the largest request body accepted (413 beyond)
    // Each HTTP connection holds one of `http_threads` while it is served, and an SSE stream
    // holds its thread until it ends. Streams are capped (503 beyond) so that ordinary requests
    // always have threads left: at most 160 data streams (/queue/data, /call; they end when
    // their session's events do) and 32 heartbeat streams (which never end by themselves;
    // @gradio/client opens none, as the config says connect_heartbeat: false). Found by
    // server_abuse.test.mjs: 200 unread heartbeat streams stopped the server answering anyone.
    enum class StreamKind { data, heartbeat };
    static constexpr int http_threads = 256;
    static constexpr int max_streams[2] = {160, 32};
    std::atomic<int> open_streams[2] = {0, 0};
    // A stream's slot, held by its content provider; nullptr (and a 503 answered) when all are taken.
    std::shared_ptr<void> stream_slot(httplib::Response& res, StreamKind kind);
    int bound_port = -1;
    socket_t listen_fd = -1;  // captured in socket_options, to raise the listen backlog

    // Call with `mu` held after feeding the queue: moves its commands to the workers.
    void pump();
    std::string new_event_id();
    void worker();
    void ticker();
    void run_job(const gr::remote::StartJob& job);
    // The listener's validator, run as Gradio's join runs it (before queueing, with the
    // request's inputs): nullopt to go on, else the answer (422 with one verdict per input, or
    // 400 with the validator's error). Call without `mu`.
    std::optional<gr::remote::HttpAnswer> validate(const gr::remote::JoinRequest& r);
    void routes();
};

// Routes, by group (routes.cpp; the SSE streams and stream chunks in routes_stream.cpp).
void add_app_routes(NativeServer::Impl& s);
void add_queue_routes(NativeServer::Impl& s);
void add_run_routes(NativeServer::Impl& s);
void add_file_routes(NativeServer::Impl& s);
void add_stream_routes(NativeServer::Impl& s);
void add_page_routes(NativeServer::Impl& s);  // app_page.cpp: `/` and the runtime's files

// Helpers shared by the route files.
std::string base_url(const httplib::Request& req, int port);
void send_json(httplib::Response& res, int status, const gr::Json& body);
std::optional<gr::Json> parse_body(const httplib::Request& req, httplib::Response& res);

}  // namespace graft
