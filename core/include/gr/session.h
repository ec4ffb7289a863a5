// A session: one running app instance — the engine plus the native (C++) functions it may
// call. Jobs of native functions run here, synchronously, and their results re-enter the
// engine (a `.stream()` function is called again for each chunk); jobs of other functions
// leave as RunJob / StreamChunk commands for the host. No I/O.
#pragma once
#include <memory>
#include <set>
#include <unordered_set>

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

    Engine& engine() { return engine_; }
    const Engine& engine() const { return engine_; }
    // Every command produced so far, after running the native jobs among them.
    Commands take_commands();

private:
    bool run_native(const Command& c);
    bool call_native(const NativeFn& fn, JobId job, const std::string& name, const Json& inputs, bool generator, bool stream);

    std::shared_ptr<const App> app_;
    FunctionTable functions_;
    Engine engine_;
    std::unordered_set<std::int64_t> native_streams_;  // jobs of native `.stream()` calls still open
};

}  // namespace gr
