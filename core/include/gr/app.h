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
};

// The layout is a tree of ids; leaves have no children. The root is the Blocks itself.
struct LayoutNode {
    ComponentId id;
    std::vector<LayoutNode> children;
    bool container = false;  // had a `children` key (containers may be empty)
};

enum class TriggerMode { once, multiple, always_last };
enum class ShowProgress { full, minimal, hidden };

// A trigger is (component, event); `component` is invalid for chained events
// (`then`/`success`/`failure`) and for `unload`, whose target in Gradio is null.
struct Target {
    ComponentId component;
    std::string event;
};

// One event listener registration, with Gradio's field names. Fields Graft does not
// interpret yet are kept in `extra` and written back unchanged.
struct Dependency {
    DependencyId id;
    std::vector<Target> targets;
    std::vector<ComponentId> inputs;
    std::vector<ComponentId> outputs;
    bool backend_fn = true;
    std::optional<std::string> js;
    bool queue = true;
    std::string api_name;
    TriggerMode trigger_mode = TriggerMode::once;
    ShowProgress show_progress = ShowProgress::full;
    std::optional<std::vector<ComponentId>> show_progress_on;
    std::optional<DependencyId> trigger_after;
    bool trigger_only_on_success = false;
    bool trigger_only_on_failure = false;
    std::vector<DependencyId> cancels;
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

}  // namespace gr
