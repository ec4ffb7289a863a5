// The engine's output: commands for the host, as plain data. The host (the JS shim, a test's
// recording host, the native backend, `graft sim`) carries them out; the core never performs
// effects. Each command has a JSON form with a "type" key (see to_json), which the shim reads.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "gr/app.h"

namespace gr {

// Run a function as job `job`; the host answers with Engine::resolve / reject, and for a
// generator with yield_value … end_stream. `fn` is the api_name the function is registered
// under (or the validator's name); `js` is the config's frontend function, if any.
// `inputs` holds one value per input; for a batch it holds one list per input (`batch` events).
// `stream` marks a `.stream()` event (connection "stream"): the host answers each call — this
// one and every StreamChunk after it — with yield_value(job, result); the engine decides when
// the stream ends (CloseStream). A remote host may end it itself with resolve / end_stream.
struct RunJob {
    enum class Kind { function, validator };
    JobId job;
    DependencyId dependency;
    std::string fn;
    std::optional<std::string> js;
    Json inputs = Json::array();
    Json event_data;
    Kind kind = Kind::function;
    bool generator = false;
    int batch = 0;  // number of events in a batched call; 0 when not batched
    bool stream = false;
    // The component whose event started the call (Gradio's EventData.target); none for load.
    ComponentId target;
    // The dependency's function edge, shared by all its jobs (Engine::edge): each input's and
    // output's id and component type, backend_fn, queue, api_name and collects_event_data, so
    // a host converts values by component type without a table of its own.
    std::shared_ptr<const Json> edge;
    // The function is the app's native (C++) one, for the host to run in its worker
    // (Session::run_natives_in_host).
    bool native = false;
};

// A `.stream()` event's next chunk (Gradio's POST /stream/{event_id}): while job `job` streams,
// call its function `fn` again on these inputs (one value per input, preprocessed) and answer
// with Engine::yield_value(job, result). The engine sends the next chunk only once the result
// of the previous call is in; chunks arriving meanwhile collapse into the latest, as in Gradio.
// For a generator, each call's yields all count as results.
struct StreamChunk {
    JobId job;
    DependencyId dependency;
    std::string fn;
    Json inputs = Json::array();
    Json event_data;
    bool generator = false;
    std::shared_ptr<const Json> edge;  // as RunJob::edge
    bool native = false;               // as RunJob::native
};

// The stream of job `job` is over (the component stopped streaming, time_limit, or no chunk
// came in time): send no more; its event has completed with the last result. A remote host
// ends it on the server (POST /stream/{event_id}/close).
struct CloseStream {
    JobId job;
};

// A native (C++) function of job `job` takes gr.Image pixels: the host prepares the images in
// inputs[i] for each i of `inputs` (decoded, EXIF-oriented, in the component's image_mode, as
// for a function of its own) and hands them to Session::provide_images, which runs the call.
// `values` are those inputs' values (FileData).
struct PrepareImages {
    JobId job;
    DependencyId dependency;
    std::vector<std::size_t> inputs;
    Json values = Json::array();
    std::shared_ptr<const Json> edge;  // as RunJob::edge
    bool native = false;               // as RunJob::native
};

// Merge `props` into a component's props (a patch; `value` is one prop among others).
struct SetProps {
    ComponentId component;
    Json props = Json::object();
};

enum class Status { pending, generating, complete, error };

// The loading status shown on components (spinner, error mark), as Gradio's loading_status:
// `queue_position` (0 = next) while queued, `eta` seconds when known, `progress` is
// gr.Progress's progress_data list when the function reports any.
struct SetStatus {
    std::vector<ComponentId> components;
    Status status = Status::pending;
    ShowProgress show_progress = ShowProgress::full;
    std::string message;
    std::optional<int> queue_position;
    std::optional<double> eta;
    Json progress = nullptr;
};

enum class ToastLevel { info, warning, success, error };

struct Toast {
    ToastLevel level = ToastLevel::error;
    std::string title;
    std::string message;
    std::optional<double> duration;  // seconds; none = the host's default
};

// A gr.Timer (or every=) component: call Engine::timer_fired(timer) every `interval` seconds
// until disarmed. Re-arming replaces the previous interval.
struct ArmTimer {
    ComponentId timer;
    double interval = 1;
};
struct DisarmTimer {
    ComponentId timer;
};

// Call Engine::advance_to(at) once the host's clock reaches `at` (a time limit ends then).
struct WakeAt {
    double at = 0;
};

// A validator's verdict on an input: show `message` under it; an empty message clears it.
struct MarkValidation {
    ComponentId component;
    std::string message;
};

// Stop job `job` (a generator): later results for it are ignored.
struct CancelJob {
    JobId job;
};

// Persist a gr.BrowserState value under its storage key (the shim writes localStorage).
struct StoreBrowserState {
    ComponentId component;
    std::string storage_key;
    Json value;
};

// scroll_to_output: bring this component into view.
struct ScrollTo {
    ComponentId component;
};

using Command = std::variant<RunJob, SetProps, SetStatus, Toast, ArmTimer, DisarmTimer, WakeAt, MarkValidation, CancelJob,
                             StoreBrowserState, ScrollTo, StreamChunk, CloseStream, PrepareImages>;
using Commands = std::vector<Command>;

std::string_view to_string(Status s);
std::string_view to_string(ToastLevel l);
std::optional<ToastLevel> toast_level_from(std::string_view s);

// Commands as JSON objects with a "type" key: "run", "props", "status", "toast", "arm_timer",
// "disarm_timer", "wake", "validation", "cancel", "browser_state", "scroll", "stream_chunk",
// "close_stream".
Json to_json(const Command& c);
Json to_json(const Commands& cs);

}  // namespace gr
