// The server side of Gradio's queue protocol (sse_v3), sans-IO: sessions, joins, the queue
// with its concurrency groups and max_size, `.stream()` events fed chunk by chunk, and the SSE
// messages each session receives. The host (server/ natively) runs the StartJob commands on
// its workers and reports back; time only enters as durations, elapse() and tick() calls.
// No sockets, clocks or threads here.
#pragma once
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "gr/app.h"
#include "gr/json.h"

namespace gr::remote {

// App-wide queue settings, by Gradio's names: queue(default_concurrency_limit=, max_size=)
// and launch(show_error=). `file_allowed` says whether an input FileData's path may be read
// (Gradio refuses files outside its upload/cache folders); `on_output_file` is told of every
// file a function returns, so the host can serve it.
struct ServerOptions {
    std::optional<int> default_concurrency_limit = 1;  // nullopt = unlimited
    std::optional<int> max_size;                       // nullopt = unbounded
    bool show_error = false;
    std::function<bool(const std::string& path)> file_allowed;
    std::function<void(const std::string& path)> on_output_file;
};

// Reads ServerOptions from an app's top-level config keys of the same names, if present.
ServerOptions server_options_from(const App& app);

// Gradio's PredictBody, plus what the host knows: the event id it chose (a 32-hex uuid), the
// request's root URL (for file URLs) and whether the caller is the app's own frontend
// (x-gradio-user: app), which alone may call private endpoints. `simple_format` is set by
// the /call routes: no diffs. `direct` is POST /run (Gradio's queue=false path): the event
// starts at once, outside max_size and concurrency limits.
struct JoinRequest {
    std::string session_hash;
    std::optional<std::int64_t> fn_index;
    Json data = Json::array();
    Json event_data;
    std::optional<std::int64_t> trigger_id;
    std::string event_id;
    std::string root;
    bool from_app = false;
    bool simple_format = false;
    bool direct = false;
};

// An HTTP answer: status and JSON body (200 {"event_id"}, 503/400/403/404/422 {"detail"}).
struct HttpAnswer {
    int status = 200;
    Json body;
};

// Run `fn` (the dependency's api_name) on `inputs` (preprocessed) as event `event_id`. A
// `.stream()` event gets one StartJob per chunk, all under its event id, one at a time.
struct StartJob {
    std::string event_id;
    std::string session_hash;
    DependencyId dependency;
    std::string fn;
    Json inputs = Json::array();
    Json event_data;
    bool generator = false;
};
// Stop a running job (a generator between yields); later reports for it are ignored.
struct StopJob {
    std::string event_id;
};
using ServerCommand = std::variant<StartJob, StopJob>;

// How a function failed. `shown` is true for gr::Error (an AppError in Gradio), whose message
// always reaches the user; other exceptions show only with show_error.
struct JobError {
    std::string message;
    bool shown = false;
    std::string title = "Error";
    std::optional<double> duration = 10;
    bool visible = true;
};

// gr.Info / gr.Warning / gr.Success from inside a function.
struct LogEntry {
    std::string level = "info";  // info | warning | success | error
    std::string message;
    std::string title;           // default: "Info" / "Warning" / "Success" / "Error"
    std::optional<double> duration = 10;
    bool visible = true;
};

// One frame of the /call/{api_name}/{event_id} stream: `event: <event>\ndata: <data>`.
struct SimpleFrame {
    std::string event;
    Json data;
};

class QueueServer {
public:
    QueueServer(std::shared_ptr<const App> app, ServerOptions options = {});

    // POST /queue/join. On 200 the event is queued; its messages wait in the session's outbox.
    HttpAnswer join(const JoinRequest& r);
    // POST /cancel: a queued event is dropped, a running one stopped; either way its session
    // gets process_completed with output {} (as Gradio does). Unknown events are ignored.
    void cancel(const std::string& session_hash, const std::string& event_id);
    // The session's data stream went away before close_stream: its events are cancelled.
    void disconnect(const std::string& session_hash);

    // `.stream()` events (connection "stream"), as Gradio's queue runs them: the join brings the
    // first chunk; each call's result goes out as process_streaming and the event then waits,
    // holding its concurrency slot, for the next chunk. It ends — process_completed with the
    // last result — when closed, when its run time reaches time_limit, or when no chunk comes
    // within time_limit (30 s without one) less its first call's duration.
    //
    // POST /stream/{event_id}: the next chunk (one value per input). Chunks arriving during a
    // call collapse into the latest, as in Gradio. 404 when no such event of `session_hash`
    // is streaming, 400 for a non-stream event or the wrong number of values.
    HttpAnswer stream_chunk(const std::string& event_id, const std::string& session_hash, Json data, Json event_data);
    // POST /stream/{event_id}/close: the event ends after its running call, if any.
    HttpAnswer close_stream(const std::string& event_id);
    // `seconds` passed since the last call: stream events waiting for a chunk end on time.
    void elapse(double seconds);

    // Reports from the host about a running job. `duration` is seconds the call took.
    void progress(const std::string& event_id, const Json& progress_data);
    void log(const std::string& event_id, const LogEntry& entry);
    void yielded(const std::string& event_id, Json returned, double duration);
    // A generator's end passes null: its last yield becomes the final value.
    void finished(const std::string& event_id, Json returned, double duration);
    void failed(const std::string& event_id, const JobError& error, double duration);
    // Every session with pending events gets a heartbeat message. A finished session whose
    // last messages no stream has fetched for two ticks is forgotten (a client that never
    // opened its stream, or a /call result nobody read).
    void tick();

    std::vector<ServerCommand> take_commands();
    // The messages waiting for a session's data stream, oldest first. A session that has
    // sent close_stream and has nothing pending is forgotten once drained.
    std::vector<Json> take_messages(const std::string& session_hash);
    bool has_session(const std::string& session_hash) const { return sessions_.count(session_hash) > 0; }
    bool is_running(const std::string& event_id) const;
    // The session an event belongs to (for the /call stream), if the event is known.
    std::optional<std::string> session_of(const std::string& event_id) const;
    // Events waiting (not running) across all groups: what max_size counts.
    std::size_t waiting() const;

private:
    // An event from join to its process_completed. `running` means it holds its concurrency
    // slot; `calling` that a call of its function is on the host (for a plain event the two go
    // together; a stream event keeps its slot between calls). `stopped`: its end was sent while
    // a call was out, and the host's report of that call only frees the slot.
    struct Event {
        std::string id, session, group, root;
        const Dependency* dep = nullptr;
        Json data, event_data;
        bool simple = false, running = false, calling = false, stopped = false;
        std::optional<Json> last;  // last whole outputs of a generator or stream
        // .stream() events only.
        bool stream = false, closing = false;
        std::optional<std::pair<Json, Json>> chunk;  // the next chunk's data and event_data
        int calls = 0;
        double run_time = 0, first_call = 0, idle = 0;  // seconds
    };
    struct Group {
        int limit = 0;  // 0 = unlimited
        int running = 0;
        std::deque<std::string> waiting;
    };
    struct SessionState {
        std::set<std::string> pending;
        std::vector<Json> outbox;
        bool closed = false;  // close_stream is in the outbox
        int unread_ticks = 0; // ticks since close_stream was queued, unread
    };

    std::optional<HttpAnswer> check(const JoinRequest& r, const Dependency*& dep) const;
    void dispatch(const std::string& group);
    void start(Event& e);
    std::optional<Json> prepare(const Event& e, const Json& data, std::string& error) const;
    void call(Event& e, Json inputs, Json event_data);
    void feed(Event& e);
    void streamed(Event& e, Json data, double duration);
    Json streaming_message(const Event& e, Json data, double duration) const;
    void send(const Event& e, Json msg);
    void complete(Event& e, Json output, bool success, double duration);
    void forget(std::string id);
    bool end_report(const std::string& id, Event*& e);
    Event* live(const std::string& id);
    void estimate_one(const std::string& id, std::size_t rank, const Group& g);
    std::optional<double> average(const Dependency& d) const;
    std::string group_of(const Dependency& d) const;
    int limit_of(const Dependency& d) const;

    std::shared_ptr<const App> app_;
    ServerOptions options_;
    std::unordered_map<std::string, Event> events_;
    std::map<std::string, Group> groups_;
    std::unordered_map<std::string, SessionState> sessions_;
    std::unordered_map<std::int64_t, std::pair<double, int>> durations_;  // fn → (sum, count)
    std::vector<ServerCommand> commands_;
};

// The /call stream's view of a queue message: generating / complete / error / heartbeat
// frames, or nothing for the messages it does not show (close_stream ends the stream).
std::optional<SimpleFrame> simple_frame(const Json& msg);

// GET /gradio_api/info: named_endpoints for public backend functions (config.md §6).
Json api_info(const App& app);

// The inputs of a /call request: the public parameters given, with null re-inserted for
// inputs /info leaves out (skip_api components, such as gr.State and buttons).
Json full_call_data(const App& app, const Dependency& d, const Json& given);

// A validator's return value as Gradio's join answers it: nullopt when every input is valid,
// else the 422 `detail` list, one verdict per input ({"is_valid": true, "message": ""} for the
// valid ones; a single verdict counts for the first input).
std::optional<Json> validation_detail(const Json& verdicts, std::size_t inputs);

}  // namespace gr::remote
