// Engine inputs for jobs that run on a remote Gradio queue: the server reports the queue
// position, and refuses invalid inputs with HTTP 422 instead of running a local validator.
#include "gr/engine.h"

namespace gr {

void Engine::queued(JobId job, std::optional<int> position, std::optional<double> eta) {
    auto it = calls_.find(job);
    if (it == calls_.end()) return;
    status(*deps_[it->second.dep], Status::pending, {}, position, eta);
}

void Engine::rejected_inputs(JobId job, const Json& detail) {
    auto it = calls_.find(job);
    if (it == calls_.end()) return;
    Call call = take_call(it);
    Json verdicts = Json::array();
    bool invalid = false;
    for (const Json& v : detail.is_array() ? detail : Json::array()) {
        Json verdict = v.is_object() ? v : Json::object();
        verdict["__type__"] = "validate";
        invalid = invalid || verdict.value("is_valid", true) == false;
        verdicts.push_back(std::move(verdict));
    }
    if (invalid) validated(job, call, verdicts);  // marks the inputs; no function, no chain
    else fail_event(call.events.front(), "the server refused the inputs: " + detail.dump(), true);
    release(call);
    drain();
}

}  // namespace gr
