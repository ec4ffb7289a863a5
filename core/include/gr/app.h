// The app model: what a Gradio config describes — blocks with their props, a layout tree
// and dependencies (event listeners). Immutable once loaded; live values live in the engine.
// Serialisation to and from Gradio's config JSON lives in config.h, not here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "gr/ids.h"
#include "gr/json.h"

namespace gr {

// One block of `components[]`: a component, a layout container or an invisible block.
// `props` is Gradio's prop bag as given (absent keys mean Gradio's defaults);
// `extra` keeps the entry's other keys (api_info, skip_api, …) so a config passes through.
struct Component {
    ComponentId id;
    std::string type;
    Json props = Json::object();
    Json extra = Json::object();
    // A gr.Button given in another component's `buttons` (Gradio 6's custom buttons): Gradio
    // unrenders it, so it is not in $.components nor the layout; its config sits in the host's
    // `buttons` and its click listeners target its id. Set to the host's id; invalid otherwise.
    ComponentId host;
};

// The layout is a tree of ids; leaves have no children. The root is the Blocks itself.
struct LayoutNode {
    ComponentId id;
    std::vector<LayoutNode> children;
    bool container = false;  // had a `children` key (containers may be empty)
};

enum class TriggerMode { once, multiple, always_last };
enum class ShowProgress { full, minimal, hidden };
enum class ApiVisibility { public_, private_, undocumented };  // "public", "private", "undocumented"
enum class Connection { sse, stream };                           // "stream" for .stream() events

// A trigger is (component, event); `component` is invalid for chained events
// (`then`/`success`/`failure`) and for `unload`, whose target in Gradio is null.
struct Target {
    ComponentId component;
    std::string event;
};

// `concurrency_limit`: "default" (the queue's default_concurrency_limit, 1 unless set),
// null (unlimited) or a positive number.
struct ConcurrencyLimit {
    enum Kind { use_default, unlimited, limited } kind = use_default;
    int value = 0;
    friend bool operator==(const ConcurrencyLimit&, const ConcurrencyLimit&) = default;
};

// One event listener registration, with Gradio's field names and defaults (gradio 6.x
// listener parameters). Fields Graft does not interpret are kept in `extra` and written back.
// Gradio's config omits the server-only parameters (concurrency_limit, concurrency_id,
// validator, preprocess, postprocess, key); Graft reads and writes them as extension keys of
// the same names in the dependency object (see docs/scenarios.md, "Config extensions").
struct Dependency {
    DependencyId id;
    std::vector<Target> targets;
    std::vector<ComponentId> inputs;
    std::vector<ComponentId> outputs;
    bool backend_fn = true;
    std::optional<std::string> js;
    std::optional<std::string> js_implementation;
    bool queue = true;
    std::string api_name;
    Json api_description = nullptr;  // a string, null (use the docstring) or false (none)
    bool scroll_to_output = false;
    TriggerMode trigger_mode = TriggerMode::once;
    ShowProgress show_progress = ShowProgress::full;
    std::optional<std::vector<ComponentId>> show_progress_on;
    bool batch = false;
    int max_batch_size = 4;
    bool preprocess = true;
    bool postprocess = true;
    std::optional<DependencyId> trigger_after;
    bool trigger_only_on_success = false;
    bool trigger_only_on_failure = false;
    std::vector<DependencyId> cancels;
    bool generator = false;      // types.generator: the function yields a sequence
    bool cancel_only = false;    // types.cancel: Gradio's synthetic dependency that only cancels
    ConcurrencyLimit concurrency_limit;
    std::optional<std::string> concurrency_id;  // default: listeners calling one function share a group
    ApiVisibility api_visibility = ApiVisibility::public_;
    std::optional<double> time_limit;  // seconds a generator or stream event may run
    double stream_every = 0.5;
    Connection connection = Connection::sse;
    Json key = nullptr;                      // gr.render identity: int, string, list or null
    std::optional<std::string> validator;    // name of the validator function, run before fn
    Json extra = Json::object();
};

struct App {
    std::vector<Component> components;
    LayoutNode layout;
    std::vector<Dependency> dependencies;
    Json extra = Json::object();  // top-level keys other than components/layout/dependencies

    const Component* component(ComponentId id) const;
    const Dependency* dependency(DependencyId id) const;
    std::string title() const;
};

// Whether a component takes user input, by Gradio's frontend rule (determine_interactivity):
// an explicit `interactive` prop wins; else a listener input is interactive, and so is a
// component that is no listener's output and has no value; anything else is static.
bool is_interactive(const App& app, const Component& c);

// Gradio's default trigger mode for a listener whose first target is `event`:
// `change`/`key_up` → always_last, `stream` → multiple, anything else → once.
TriggerMode default_trigger_mode(std::string_view event);

std::string_view to_string(TriggerMode m);
std::optional<TriggerMode> trigger_mode_from(std::string_view s);
std::string_view to_string(ShowProgress p);
std::optional<ShowProgress> show_progress_from(std::string_view s);
std::string_view to_string(ApiVisibility v);
std::optional<ApiVisibility> api_visibility_from(std::string_view s);

}  // namespace gr
