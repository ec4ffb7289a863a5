// Runs native jobs to completion inside the session, in order, until only host work is left.
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
    EngineEmitter(Engine& engine, const RunJob& run) : engine_(engine), run_(run) {}
    void yield(Json value) override {
        if (!run_.generator) throw std::logic_error("function \"" + run_.fn + "\" yielded, but only a generator (returning void) may yield");
        engine_.yield_value(run_.job, std::move(value));
    }
    void progress_data(Json data) override { engine_.progress(run_.job, std::move(data)); }

private:
    Engine& engine_;
    const RunJob& run_;
};

}  // namespace

Commands Session::take_commands() {
    Commands out;
    for (Commands batch = engine_.take_commands(); !batch.empty(); batch = engine_.take_commands()) {
        for (auto& c : batch) {
            auto* run = std::get_if<RunJob>(&c);
            auto fn = run ? functions_.find(run->fn) : functions_.end();
            if (fn == functions_.end()) {
                out.push_back(std::move(c));
                continue;
            }
            // Results are fed back after this batch is copied out, so commands keep their order.
            try {
                EngineEmitter emit(engine_, *run);
                Json returned = fn->second(run->inputs, emit);
                if (run->generator) engine_.end_stream(run->job);
                else engine_.resolve(run->job, std::move(returned));
            } catch (const Error& e) {
                engine_.reject(run->job, e.what(), true);
            } catch (const std::exception& e) {
                engine_.reject(run->job, e.what(), false);
            } catch (...) {
                engine_.reject(run->job, "function \"" + run->fn + "\" failed with an unknown exception", false);
            }
        }
    }
    return out;
}

}  // namespace gr
