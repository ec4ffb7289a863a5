// Runs native jobs to completion inside the session, in order, until only host work is left;
// a native `.stream()` function is called again for each chunk of its stream.
#include "gr/session.h"

#include <exception>
#include <stdexcept>

namespace gr {

Session::Session(std::shared_ptr<const App> app, FunctionTable functions)
    : app_(app), functions_(std::move(functions)), engine_(std::move(app)) {}

Problems Session::missing_functions(const std::set<std::string, std::less<>>& host_functions) const {
    Problems out;
    for (std::size_t i = 0; i < app_->dependencies.size(); ++i) {
        const Dependency& d = app_->dependencies[i];
        if (d.validator && !functions_.count(*d.validator) && !host_functions.count(*d.validator))
            out.push_back({"$.dependencies[" + std::to_string(i) + "].validator",
                           "no function registered for the validator \"" + *d.validator + "\"; register one with register(\"" + *d.validator + "\", fn)"});
        if (!d.backend_fn || d.js || d.js_implementation || functions_.count(d.api_name) || host_functions.count(d.api_name)) continue;
        std::string where = "$.dependencies[" + std::to_string(i) + "]";
        if (d.api_name.empty())
            out.push_back({where + ".api_name", "this listener needs a function but has no api_name to find it by"});
        else
            out.push_back({where + ".api_name", "no function registered for \"" + d.api_name + "\"; register one with register(\"" + d.api_name + "\", fn)"});
    }
    return out;
}

namespace {

// A native function's reports go straight into the engine. The function runs to its end
// within one call, so a page sees a C++ generator's yields together, not one by one.
class EngineEmitter final : public Emitter {
public:
    EngineEmitter(Engine& engine, JobId job, const std::string& fn, bool generator)
        : engine_(engine), job_(job), fn_(fn), generator_(generator) {}
    void yield(Json value) override {
        if (!generator_) throw std::logic_error("function \"" + fn_ + "\" yielded, but only a generator (returning void) may yield");
        engine_.yield_value(job_, std::move(value));
    }
    void progress_data(Json data) override { engine_.progress(job_, std::move(data)); }
    void log(ToastLevel level, const std::string& message, const std::string& title, std::optional<double> duration) override {
        engine_.log(job_, level, message, title, duration);
    }

private:
    Engine& engine_;
    JobId job_;
    const std::string& fn_;
    bool generator_;
};

}  // namespace

// Calls native function `fn` for job `job` and feeds the outcome into the engine. A call of a
// `.stream()` job (its first run or a chunk) answers with yield_value: the stream goes on until
// the engine ends it. Returns false when the job failed (and was rejected).
bool Session::call_native(const NativeFn& fn, JobId job, const std::string& name, const Json& inputs, bool generator, bool stream) {
    try {
        EngineEmitter emit(engine_, job, name, generator);
        Json returned = fn(inputs, emit);
        if (generator) {
            if (!stream) engine_.end_stream(job);
        } else if (stream) {
            engine_.yield_value(job, std::move(returned));
        } else {
            engine_.resolve(job, std::move(returned));
        }
        return true;
    } catch (const Error& e) {
        engine_.reject(job, e.what(), true);
    } catch (const std::exception& e) {
        engine_.reject(job, e.what(), false);
    } catch (...) {
        engine_.reject(job, "function \"" + name + "\" failed with an unknown exception", false);
    }
    return false;
}

// Runs `c` if it is work for a native function (a run, a stream chunk, the end of a native
// stream); false leaves it for the host.
bool Session::run_native(const Command& c) {
    if (auto* run = std::get_if<RunJob>(&c)) {
        auto fn = functions_.find(run->fn);
        if (fn == functions_.end()) return false;
        if (run->stream) native_streams_.insert(run->job.value);
        if (!call_native(fn->second, run->job, run->fn, run->inputs, run->generator, run->stream)) native_streams_.erase(run->job.value);
        return true;
    }
    if (auto* chunk = std::get_if<StreamChunk>(&c)) {
        if (!native_streams_.count(chunk->job.value)) return false;
        auto fn = functions_.find(chunk->fn);
        if (fn == functions_.end() || !call_native(fn->second, chunk->job, chunk->fn, chunk->inputs, chunk->generator, true))
            native_streams_.erase(chunk->job.value);
        return true;
    }
    if (auto* close = std::get_if<CloseStream>(&c)) return native_streams_.erase(close->job.value) > 0;
    return false;
}

Commands Session::take_commands() {
    Commands out;
    // Results are fed back after each batch is taken, so commands keep their order.
    for (Commands batch = engine_.take_commands(); !batch.empty(); batch = engine_.take_commands())
        for (auto& c : batch)
            if (!run_native(c)) out.push_back(std::move(c));
    return out;
}

}  // namespace gr
