// The event engine: a deterministic, sans-IO state machine. Inputs are user events and job
// results; outputs are Commands, drained with take_commands(). It never waits, reads a clock
// or calls a function itself: a job finishes when the host calls resolve() or reject().
#pragma once
#include <deque>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "gr/app.h"
#include "gr/commands.h"

namespace gr {

class Engine {
public:
    explicit Engine(std::shared_ptr<const App> app);

    // Dispatches the Blocks' `load` listeners (call once, after the page is mounted).
    void mount();
    // A user edited a component: stores the value, then fires `input` and, if the value
    // changed, `change` (Gradio fires `change` for any change, `input` only for user edits).
    void user_input(ComponentId component, Json value);
    // A component fired `event` (click, submit, select, …) with Gradio's event data.
    void dispatch(ComponentId component, std::string_view event, Json event_data = nullptr);
    // The function of `job` returned `returned` (one value, or a list/tuple for several outputs).
    void resolve(JobId job, Json returned);
    // The function of `job` failed with `message`.
    void reject(JobId job, std::string message);

    Commands take_commands();

    const App& app() const { return *app_; }
    // The current props of a component (its config props, with every update applied).
    const Json& props(ComponentId component) const;
    Json value(ComponentId component) const;
    // The layout tree with each block's type and current props, for a host to render:
    // {"title", "root": {"id", "type", "props", "children"?}}. Interactivity is resolved.
    Json tree() const;

private:
    struct Trigger {
        DependencyId dependency;
        Json event_data;
    };
    struct RunningJob {
        DependencyId dependency;
        Json event_data;
    };
    enum class Outcome { success, failure };

    void fire(ComponentId component, std::string_view event, const Json& event_data);
    void drain();
    void start(const Trigger& t);
    void finish(JobId job, Outcome outcome);
    void apply_outputs(const Dependency& d, const Json& data);
    void set_prop(ComponentId component, const std::string& key, Json v);
    void chain(const Dependency& parent, Outcome outcome);
    std::vector<ComponentId> progress_targets(const Dependency& d) const;

    std::shared_ptr<const App> app_;
    std::unordered_map<ComponentId, Json> props_;
    // Listeners by "(component, event)" and children by parent dependency, built once.
    std::unordered_map<std::string, std::vector<DependencyId>> listeners_;
    std::unordered_map<DependencyId, std::vector<DependencyId>> children_;
    std::unordered_map<DependencyId, const Dependency*> deps_;

    std::deque<Trigger> pending_;                         // triggers not yet started, FIFO
    std::unordered_map<JobId, RunningJob> jobs_;          // jobs the host is running
    std::unordered_map<DependencyId, int> running_;       // running jobs per dependency
    std::unordered_map<DependencyId, Json> deferred_;     // always_last: one rerun each
    std::int64_t next_job_ = 1;
    bool draining_ = false;
    Commands out_;
};

}  // namespace gr
