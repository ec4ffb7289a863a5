// One call of a native (C++) function, wherever it runs: inside the page's Session, or in a
// Web Worker holding a second instance of the app's module (wasm/worker_bindings.cpp), which
// reports back to the Session through the host. Both classify the outcome the same way here.
#pragma once
#include <string>
#include <vector>

#include "gr/app.h"
#include "gr/function.h"

namespace gr {

// Thrown by an Emitter's images_needed(): the call stops before its body runs, so the host can
// prepare the pixels of the listener's gr.Image inputs and call again with them.
struct ImagesNeeded {};
// Thrown by an Emitter's files_needed(): likewise, for the bytes of the listener's file inputs.
struct FilesNeeded {};

struct CallOutcome {
    enum class Kind { returned, failed, needs_images, needs_files };
    Kind kind = Kind::returned;
    Json value;            // returned: what the function returned (null for a generator)
    std::string message;   // failed: what went wrong
    bool user_error = false;  // failed by gr::Error (shown as Gradio shows gr.Error)
};

// Calls `fn` on `inputs`; every exception becomes a failed outcome naming function `name`.
CallOutcome call_function(const NativeFn& fn, const std::string& name, const Json& inputs, Emitter& emit);

// The inputs a call that stopped for pixels is given them for: every non-empty gr.Image input
// of the listener (the function's signature, not the component's `type`, decides that it
// wants pixels). Empty when the listener has no such input.
std::vector<std::size_t> image_inputs(const App& app, DependencyId dependency, const Json& inputs);
inline constexpr const char* no_image_input_message =
    "a gr::image::Image parameter takes a gr.Image input, but this listener's inputs have no image";

// What an image a native function returned becomes in its gr.Image output: a FileData naming
// the kept pixels by `path` (Session::kept_image_prefix + a number), taken by the host later.
Json kept_image_file(const std::string& path);

}  // namespace gr
