// The event engine: a deterministic, sans-IO state machine. Inputs are user events, job
// results (values, errors, streamed chunks), timer firings, cancels and the passing of time
// (advance_to); outputs are Commands, drained with take_commands(). It never waits, reads a
// clock or calls a function itself. Rules follow Gradio's dispatcher and queue (gradio/queueing.py,
// js/core/src/dependency.ts); docs/scenarios.md shows them as traces.
#pragma once
#include <deque>
#include <map>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "gr/app.h"
#include "gr/commands.h"

namespace gr {

// App-wide queue and error settings: Gradio's queue(default_concurrency_limit=, max_size=)
// and launch(show_error=). Read from the config's top-level keys of the same names.
struct EngineOptions {
    std::optional<int> default_concurrency_limit = 1;  // nullopt = unlimited
    std::optional<int> max_size;                       // nullopt = unbounded queue
    bool show_error = true;  // Graft's default: functions run on the client, nothing to hide

    static EngineOptions from_app(const App& app);
};

class Engine {
public:
    explicit Engine(std::shared_ptr<const App> app);
    Engine(std::shared_ptr<const App> app, EngineOptions options);

    // Lifecycle: mount arms active timers and runs `load` listeners; unmount disarms timers
    // and runs `unload` listeners (Gradio runs them when the session ends).
    void mount();
    void unmount();
    // A user edited a component: stores the value, then fires `input` and, if the value
    // changed, `change` (Gradio fires `change` for any change, `input` only for user edits).
    void user_input(ComponentId component, Json value);
    // A component fired `event` (click, select, …) with Gradio's event data (shaped per event).
    void dispatch(ComponentId component, std::string_view event, Json event_data = nullptr);

    // Results. `returned` is one value, or a list for several outputs; for a batch, one list
    // per output; for a validator, one {"__type__": "validate"} per input (or a single one).
    void resolve(JobId job, Json returned);
    // The function failed. `user_error` marks a gr.Error-style error, whose message is always
    // shown; other messages are shown only when the app's show_error is on.
    void reject(JobId job, std::string message, bool user_error = true);
    // A generator yielded `value` (shaped like a return value); end_stream ends it. For a
    // `.stream()` job, each call's result (the first run's and each StreamChunk's) comes here.
    void yield_value(JobId job, Json value);
    void end_stream(JobId job);
    // The component of a `.stream()` listener stopped streaming (Gradio's close_stream): its
    // running stream event ends once the call in progress has answered; one not yet running
    // ends after its first call. Nothing happens when no stream event of it is alive.
    void close_stream(DependencyId dependency);
    // The component stopped streaming: close_stream for each of its `.stream()` listeners.
    void close_streams_of(ComponentId component);
    // gr.Progress data and gr.Info/Warning/Success messages from a running function. An empty
    // title becomes Gradio's ("Info", "Warning", …); `duration` is seconds (none: host default).
    void progress(JobId job, Json progress_data);
    void log(JobId job, ToastLevel level, std::string message, std::string title = "", std::optional<double> duration = std::nullopt);

    // A job run by a remote queue: its place in the server's queue (nullopt once it runs),
    // and the server's refusal of its inputs (HTTP 422: Gradio's detail, one verdict per input).
    void queued(JobId job, std::optional<int> position, std::optional<double> eta);
    void rejected_inputs(JobId job, const Json& detail);

    // Cancels every in-flight event of `dependency` (as a listener's `cancels` would).
    void cancel(DependencyId dependency);
    // A gr.Timer armed by ArmTimer ticked.
    void timer_fired(ComponentId timer);
    // Virtual time moves to `t` seconds (never backwards): ends generators past time_limit.
    void advance_to(double t);
    // Props the page changed itself (a selected tab, an opened accordion, a gallery
    // selection): the engine's copy follows, silently, so a later update to the same value is
    // not mistaken for "no change". `value` is not one of them (user_input carries values).
    void note_props(ComponentId component, const Json& props);
    // A BrowserState's stored value (call before mount(); null keeps default_value).
    void restore_browser_state(ComponentId component, Json value);

    Commands take_commands();

    const App& app() const { return *app_; }
    double now() const { return now_; }
    // The current props of a component (its config props, with every update applied).
    const Json& props(ComponentId component) const;
    Json value(ComponentId component) const;
    // The layout tree with each block's type and current props, for a host to render:
    // {"title", "root": {"id", "type", "props", "children"?}}. Interactivity is resolved.
    Json tree() const;

private:
    using EventNo = std::int64_t;
    enum class Outcome { success, failure, cancelled, invalid };
    enum class Phase { validating, queued, running };

    struct Trigger {
        std::size_t dep;  // index into deps_
        ComponentId target;
        Json event_data;
    };
    // One accepted trigger of a dependency (Gradio's event_id), from acceptance to its end.
    struct Event {
        std::size_t dep;
        ComponentId target;
        Json event_data;
        Json inputs;
        Phase phase = Phase::queued;
        JobId call;
        double enqueued_at = 0;
        bool yielded = false;
        bool closed = false;  // close_stream came before its stream started
        bool js_only = false;  // run by a js-only listener (never "in flight")
        Json last_yield;
    };
    // A `.stream()` call in progress (Gradio's process_events loop for connection "stream"):
    // one call of the function is with the host at a time; chunks arriving meanwhile collapse
    // into the latest; it ends on close_stream or time_limit once the call in progress answers,
    // or when no chunk comes for (time_limit or 30 s) minus the first call's duration.
    struct Stream {
        bool busy = true;      // a call is with the host, its result not yet in
        bool closing = false;  // end once the busy call answers
        std::optional<Json> next_inputs;  // the latest chunk that came while busy
        Json next_event_data;
        std::optional<double> first_iteration;  // seconds the first call took
        double idle_at = 0;    // when not busy: ends unless a chunk comes by then
        double wake_at = -1;   // the latest WakeAt asked for
    };
    // One call of a function (or validator); a batched call serves several events.
    struct Call {
        std::size_t dep = 0;
        RunJob::Kind kind = RunJob::Kind::function;
        std::vector<EventNo> events;
        bool queued = true;   // holds a concurrency slot of its dependency's group
        bool js_only = false;
        double started_at = 0;
        std::optional<double> deadline;
        Json progress;  // the last gr.Progress report: it stays shown while the job yields
        std::unique_ptr<Stream> stream;  // set for a `.stream()` call
    };
    // A concurrency group (Gradio's EventQueue): a FIFO of waiting events and a limit.
    struct Group {
        std::optional<int> limit;
        int active = 0;
        std::deque<EventNo> waiting;
    };
    struct DepState {
        int in_flight = 0;                  // accepted events not yet ended
        std::optional<Trigger> deferred;    // always_last: one rerun
        std::size_t group = 0;
        double total_time = 0;              // for the ETA: mean duration of finished runs
        int runs = 0;
        bool unload = false;                // an `unload` listener: no inputs, nothing shown
        EventNo stream_event = 0;           // its live `.stream()` event (0: none)
        const Json* prop_inputs = nullptr;  // component_prop_inputs, when the config lists any
    };

    // triggers.cpp
    void fire(ComponentId component, std::string_view event, const Json& event_data);
    void drain();
    void accept(Trigger t);
    void run_unload(Trigger t);
    bool gather_inputs(std::size_t dep, Json& inputs, std::string& error) const;
    void end_event(EventNo no, Outcome outcome);
    void chain(std::size_t dep, Outcome outcome);
    void cancel_dependency(std::size_t dep);
    // streams.cpp
    void stream_chunk(Trigger t);
    void stream_result(JobId job, Call& call);
    void stream_time(JobId job, Call& call, double t, std::vector<JobId>& ended);
    void finish_stream(JobId job);
    // queue.cpp
    void build_groups();
    void enqueue(EventNo no);
    JobId start_call(std::vector<EventNo> events, bool queued);
    Event& new_event(EventNo no);
    void drop_event(std::map<EventNo, Event>::iterator it);
    Call& new_call(JobId job, Call call);
    Call take_call(std::map<JobId, Call>::iterator it);
    void release(const Call& call);
    void pump(std::size_t group);
    void announce_positions(std::size_t group);
    std::optional<double> eta(std::size_t dep, int position) const;
    std::size_t queued_total() const { return queued_total_; }
    // results.cpp
    bool shape_outputs(const Dependency& d, Json returned, std::vector<Json>& data, std::string& error) const;
    void apply_outputs(const Dependency& d, std::vector<Json>& data);
    void complete_event(EventNo no, std::vector<Json>* data);
    void fail_event(EventNo no, const std::string& message, bool user_error);
    void resolve_batch(JobId job, const Call& call, const Json& returned);
    void validated(JobId job, const Call& call, const Json& verdicts);
    void finish_generator(JobId job);
    Call* running_call(JobId job);
    // engine.cpp
    Json function_edge(const Dependency& d) const;
    void set_prop(ComponentId component, const std::string& key, Json v);
    void status(const Dependency& d, Status s, std::string message = {}, std::optional<int> position = {}, std::optional<double> eta = {});
    const std::vector<ComponentId>& progress_targets(const Dependency& d) const;
    void timer_changed(ComponentId timer);

    std::shared_ptr<const App> app_;
    EngineOptions options_;
    std::unordered_map<ComponentId, Json> props_;
    std::unordered_map<ComponentId, std::string> types_;
    std::unordered_map<ComponentId, std::string> special_;  // the types set_prop treats specially
    std::unordered_map<ComponentId, const Component*> components_;
    const Component* component(ComponentId id) const {
        auto it = components_.find(id);
        return it == components_.end() ? nullptr : it->second;
    }
    // Listeners by component: (event, dependency index), built once; null target = key -1.
    std::unordered_map<ComponentId, std::vector<std::pair<std::string, std::size_t>>> listeners_;
    std::vector<std::vector<std::size_t>> children_;  // by dependency index
    std::vector<const Dependency*> deps_;
    std::vector<std::shared_ptr<const Json>> edges_;  // by dependency index: RunJob::edge
    std::unordered_map<DependencyId, std::size_t> dep_index_;
    std::vector<DepState> dep_state_;
    std::vector<Group> groups_;

    std::deque<Trigger> pending_;           // triggers not yet accepted, FIFO
    std::map<EventNo, Event> events_;       // ordered: cancels and deadlines act in arrival order
    std::map<JobId, Call> calls_;
    static constexpr std::size_t spare_nodes = 32;  // see new_event (queue.cpp)
    std::vector<std::map<EventNo, Event>::node_type> spare_events_;
    std::vector<std::map<JobId, Call>::node_type> spare_calls_;
    std::unordered_set<ComponentId> armed_timers_;
    std::unordered_set<ComponentId> marked_;  // inputs showing a validation message
    std::size_t queued_total_ = 0;
    std::vector<Json> outputs_;  // shape_outputs' result, reused: shaping never nests
    EventNo next_event_ = 1;
    std::int64_t next_job_ = 1;
    double now_ = 0;
    bool draining_ = false;
    bool mounted_ = false;
    Commands out_;
};

}  // namespace gr
