// A session: one running app instance — the engine plus the native (C++) functions it may
// call. Jobs of native functions run here, synchronously, and their results re-enter the
// engine (a `.stream()` function is called again for each chunk); jobs of other functions
// leave as RunJob / StreamChunk commands for the host. A native function with a
// gr::image::Image parameter first asks the host for the pixels of its gr.Image inputs
// (PrepareImages) and runs when provide_images() brings them; images native functions return
// are kept here until the host takes them. No I/O.
//
// A host that runs native functions elsewhere (the page's Web Worker, so a long C++ call never
// blocks the page) calls run_natives_in_host(): native jobs then leave as RunJob / StreamChunk
// commands marked `native`, answered like any host function's (resolve, yield_value, …).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_set>
#include <vector>

#include "gr/engine.h"
#include "gr/function.h"
#include "gr/problem.h"

namespace gr {

class Session {
public:
    Session(std::shared_ptr<const App> app, FunctionTable functions = {});

    // Dependencies that need a function and have none: not native, not in `host_functions`
    // (names the host can run, e.g. JS functions given to register()), and no `js`.
    Problems missing_functions(const std::set<std::string, std::less<>>& host_functions) const;

    // Native jobs go to the host (marked `native`) instead of running here.
    void run_natives_in_host(bool on = true) { natives_in_host_ = on; }
    // The native function registered as `name`, or nullptr: what a worker's instance calls.
    const NativeFn* function(const std::string& name) const {
        auto it = functions_.find(name);
        return it == functions_.end() ? nullptr : &it->second;
    }
    const App& app() const { return *app_; }

    Engine& engine() { return engine_; }
    const Engine& engine() const { return engine_; }
    // Every command produced so far, after running the native jobs among them.
    Commands take_commands();

    // The pixels a PrepareImages command asked for, aligned with its `inputs` (nullopt for an
    // image that turned out empty): runs the waiting native call. Unknown jobs are ignored.
    void provide_images(JobId job, std::vector<std::optional<image::Image>> images);
    // The host could not prepare them (a file that is not an image, a fetch that failed): the
    // job fails with `message`, shown as Gradio shows a function's error.
    void fail_images(JobId job, const std::string& message);
    // An image a native function returned, by the FileData path its output value names
    // (kept_image_prefix + N); handed over once. The last 64 untaken ones are kept.
    std::optional<image::Image> take_image(const std::string& path);
    static constexpr const char* kept_image_prefix = "graft-pixels/cpp-";

private:
    friend class SessionEmitter;
    enum class Outcome { done, failed, needs_images };
    bool run_native(Command& c, const std::vector<std::optional<image::Image>>* images = nullptr);
    Outcome call_native(const NativeFn& fn, JobId job, const std::string& name, const Json& inputs, bool generator, bool stream,
                        const std::vector<std::optional<image::Image>>* images, const Json& event_data);
    void ask_for_images(const Command& c);
    Json keep_image(image::Image image);

    std::shared_ptr<const App> app_;
    FunctionTable functions_;
    Engine engine_;
    std::unordered_set<std::int64_t> native_streams_;  // jobs of native `.stream()` calls still open
    std::map<std::int64_t, std::pair<Command, std::vector<std::size_t>>> awaiting_images_;  // by job
    Commands asks_;  // PrepareImages produced while running native jobs, for take_commands()
    std::vector<std::pair<std::string, image::Image>> image_outputs_;  // oldest first, by FileData path
    std::int64_t next_image_ = 0;
    bool natives_in_host_ = false;
};

}  // namespace gr
