// The engine's output: commands for the host, as plain data. The host (the JS shim, a test's
// recording host, the native backend) carries them out; the core never performs effects.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "gr/app.h"

namespace gr {

// Run the function of `dependency` on `inputs` (one value per input, Gradio's wire form) as
// job `job`; the host answers with Engine::resolve or Engine::reject. `fn` is the api_name the
// function is registered under; `js` is the config's frontend function, if any.
struct RunJob {
    JobId job;
    DependencyId dependency;
    std::string fn;
    std::optional<std::string> js;
    Json inputs = Json::array();
    Json event_data;
};

// Merge `props` into a component's props (a patch; `value` is one prop among others).
struct SetProps {
    ComponentId component;
    Json props = Json::object();
};

enum class Status { pending, complete, error };

// The loading status shown on components (spinner, error mark), as Gradio's loading_status.
struct SetStatus {
    std::vector<ComponentId> components;
    Status status = Status::pending;
    ShowProgress show_progress = ShowProgress::full;
    std::string message;
};

enum class ToastLevel { info, warning, error };

struct Toast {
    ToastLevel level = ToastLevel::error;
    std::string title;
    std::string message;
};

using Command = std::variant<RunJob, SetProps, SetStatus, Toast>;
using Commands = std::vector<Command>;

std::string_view to_string(Status s);
std::string_view to_string(ToastLevel l);

// Commands as JSON objects with a "type" key ("run", "props", "status", "toast"): the form the
// shim receives through the wasm binding.
Json to_json(const Command& c);
Json to_json(const Commands& cs);

}  // namespace gr
