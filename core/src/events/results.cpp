// What comes back from a function: return values shaped onto outputs (plain values, updates,
// skips, dict-of-components), errors, generator chunks, batches split per event, validator
// verdicts, and time limits. Reference: Gradio's postprocess_data and the frontend's handle_data.
#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "gr/codec.h"
#include "gr/engine.h"

namespace gr {
namespace {

bool is_type(const Json& v, std::string_view type) {
    if (!v.is_object()) return false;
    auto it = v.find("__type__");
    return it != v.end() && *it == type;
}

const Json skip = {{"__type__", "update"}};

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string fn_name(const Dependency& d) { return d.api_name.empty() ? "(js)" : d.api_name; }

}  // namespace

// Returned value → one wire value per output, postprocessed by each output's codec when the
// listener asks for it. A dict-of-components return is {"__type__": "dict", "values":
// {"<component id>": value}}: listed outputs get their value, the others are left unchanged.
// `data` is a plain vector, not a Json array: one allocation instead of three per result.
bool Engine::shape_outputs(const Dependency& d, Json returned, std::vector<Json>& data, std::string& error) const {
    std::size_t n = d.outputs.size();
    data.clear();
    if (is_type(returned, "dict")) {
        data.assign(n, skip);
        const Json values = returned.value("values", Json::object());
        for (auto& [key, v] : values.items()) {
            const std::string& id = key;  // clang 14 cannot capture a structured binding
            auto pos = std::find_if(d.outputs.begin(), d.outputs.end(), [&](ComponentId c) { return std::to_string(c.value) == id; });
            if (pos == d.outputs.end()) {
                error = "function \"" + fn_name(d) + "\" returned a value for component " + key + ", which is not one of its outputs";
                return false;
            }
            data[pos - d.outputs.begin()] = v;
        }
    } else if (n == 0) {
        return true;
    } else if (n == 1) {
        data.push_back(std::move(returned));
    } else if (is_type(returned, "update") && returned.size() == 1) {
        data.assign(n, skip);  // a single gr.skip() skips every output
    } else if (!returned.is_array() || returned.size() != n) {
        std::size_t got = returned.is_array() ? returned.size() : 1;
        error = "function \"" + fn_name(d) + "\" returned " + plural(got, "value") + ", but its listener has " + plural(n, "output");
        return false;
    } else {
        auto& values = returned.get_ref<Json::array_t&>();
        data.assign(std::make_move_iterator(values.begin()), std::make_move_iterator(values.end()));
    }
    if (!d.postprocess) return true;
    for (std::size_t i = 0; i < n; ++i) {
        const Component* c = component(d.outputs[i]);
        if (!c) continue;
        Json& v = data[i];
        try {
            if (!is_type(v, "update")) v = postprocess(*c, props(c->id), v);
            else if (v.contains("value")) v["value"] = postprocess(*c, props(c->id), v["value"]);
        } catch (const ValueError& e) {
            error = e.what();
            return false;
        }
    }
    return true;
}

void Engine::apply_outputs(const Dependency& d, std::vector<Json>& data) {
    static const std::string value_key = "value";
    for (std::size_t i = 0; i < d.outputs.size() && i < data.size(); ++i) {
        Json& v = data[i];
        if (!is_type(v, "update")) {
            set_prop(d.outputs[i], value_key, std::move(v));
            continue;
        }
        for (auto& [key, prop] : v.items())  // `visible` last, as Gradio applies it
            if (key != "__type__" && key != "visible") set_prop(d.outputs[i], key, prop);
        if (v.contains("visible")) set_prop(d.outputs[i], "visible", v["visible"]);
    }
}

void Engine::complete_event(EventNo no, std::vector<Json>* data) {
    auto it = events_.find(no);
    if (it == events_.end()) return;
    if (dep_state_[it->second.dep].unload) return end_event(no, Outcome::success);  // its outputs reach no page
    const Dependency& d = *deps_[it->second.dep];
    if (data) apply_outputs(d, *data);
    if (d.backend_fn) status(d, Status::complete);
    if (d.scroll_to_output && !d.outputs.empty()) out_.push_back(ScrollTo{d.outputs.front()});
    end_event(no, Outcome::success);
}

void Engine::fail_event(EventNo no, const std::string& message, bool user_error) {
    auto it = events_.find(no);
    if (it == events_.end()) return;
    if (dep_state_[it->second.dep].unload) return end_event(no, Outcome::failure);  // no page to show it on
    const Dependency& d = *deps_[it->second.dep];
    std::string shown = user_error || options_.show_error ? message : "An error occurred while running this event.";
    status(d, Status::error, shown);
    out_.push_back(Toast{ToastLevel::error, "Error", std::move(shown), std::nullopt});
    end_event(no, Outcome::failure);
}

Engine::Call* Engine::running_call(JobId job) {
    auto it = calls_.find(job);
    return it == calls_.end() ? nullptr : &it->second;
}

void Engine::resolve(JobId job, Json returned) {
    auto it = calls_.find(job);
    if (it == calls_.end()) return;  // cancelled or already finished: the result is discarded
    Call call = take_call(it);
    const Dependency& d = *deps_[call.dep];
    if (call.kind == RunJob::Kind::validator) {
        validated(job, call, returned);
    } else if (d.batch) {
        resolve_batch(job, call, returned);
    } else if (dep_state_[call.dep].unload) {
        complete_event(call.events.front(), nullptr);
    } else {
        std::vector<Json>& data = outputs_;
        std::string error;
        EventNo no = call.events.front();
        if (shape_outputs(d, std::move(returned), data, error)) complete_event(no, &data);
        else fail_event(no, error, true);
    }
    release(call);
    drain();
}

// A batched function returns one list per output, each with one result per event; every
// event gets its own outputs, status and chain, in the order the events arrived.
void Engine::resolve_batch(JobId, const Call& call, const Json& returned) {
    const Dependency& d = *deps_[call.dep];
    std::size_t n = d.outputs.size(), k = call.events.size();
    bool ok = returned.is_array() && returned.size() == n;
    for (std::size_t o = 0; ok && o < n; ++o) ok = returned[o].is_array() && returned[o].size() == k;
    if (!ok) {
        std::string error = "batched function \"" + d.api_name + "\" must return " + plural(n, "list") + " (one per output) of " +
                            plural(k, "result") + " (one per event), got " + returned.dump();
        for (EventNo no : call.events) fail_event(no, error, true);
        return;
    }
    for (std::size_t e = 0; e < k; ++e) {
        Json row = Json::array();
        for (std::size_t o = 0; o < n; ++o) row.push_back(returned[o][e]);
        std::vector<Json> data;
        std::string error;
        if (shape_outputs(d, n == 1 ? row[0] : row, data, error)) complete_event(call.events[e], &data);
        else fail_event(call.events[e], error, true);
    }
}

void Engine::reject(JobId job, std::string message, bool user_error) {
    auto it = calls_.find(job);
    if (it == calls_.end()) return;
    Call call = take_call(it);
    for (EventNo no : call.events) fail_event(no, message, user_error);
    release(call);
    drain();
}

void Engine::yield_value(JobId job, Json value) {
    Call* call = running_call(job);
    if (!call) return;  // cancelled or ended: later chunks are dropped
    const Dependency& d = *deps_[call->dep];
    if (!d.generator && !call->stream)
        throw std::invalid_argument("job " + std::to_string(job.value) + " (\"" + d.api_name + "\") is not a generator or a stream");
    if (dep_state_[call->dep].unload) return;
    std::vector<Json>& data = outputs_;
    std::string error;
    if (!shape_outputs(d, std::move(value), data, error)) {
        if (call->stream) out_.push_back(CloseStream{job});
        reject(job, error, true);
        return;
    }
    apply_outputs(d, data);
    for (EventNo no : call->events) events_.at(no).yielded = true;
    if (const auto& targets = progress_targets(d); !targets.empty())
        out_.push_back(SetStatus{targets, Status::generating, d.show_progress, {}, std::nullopt, std::nullopt, call->progress});
    if (call->stream) stream_result(job, *call);
    drain();
}

// The generator ended (or hit its time limit): the last yield stands as the final value.
void Engine::finish_generator(JobId job) {
    auto it = calls_.find(job);
    if (it == calls_.end()) return;
    Call call = take_call(it);
    for (EventNo no : call.events) complete_event(no, nullptr);
    release(call);
}

void Engine::end_stream(JobId job) {
    finish_generator(job);
    drain();
}

void Engine::progress(JobId job, Json progress_data) {
    Call* call = running_call(job);
    if (!call || dep_state_[call->dep].unload) return;
    const Dependency& d = *deps_[call->dep];
    call->progress = progress_data;
    const auto& targets = progress_targets(d);
    if (!targets.empty())
        out_.push_back(SetStatus{targets, Status::pending, d.show_progress, {}, std::nullopt, std::nullopt, std::move(progress_data)});
}

void Engine::log(JobId job, ToastLevel level, std::string message, std::string title, std::optional<double> duration) {
    Call* call = running_call(job);
    if (!call || dep_state_[call->dep].unload) return;
    static const char* titles[] = {"Info", "Warning", "Success", "Error"};
    if (title.empty()) title = titles[static_cast<int>(level)];
    out_.push_back(Toast{level, std::move(title), std::move(message), duration});
}

void Engine::advance_to(double t) {
    if (t < now_) throw std::invalid_argument("time cannot go back: it is " + std::to_string(now_) + " s, asked for " + std::to_string(t) + " s");
    now_ = t;
    std::vector<JobId> expired, ended;
    for (auto& [job, call] : calls_) {
        if (call.stream) stream_time(job, call, t, ended);
        else if (call.deadline && *call.deadline <= t) expired.push_back(job);
    }
    for (JobId job : expired) {
        out_.push_back(CancelJob{job});  // stop iterating; the event completes (Gradio: time_limit)
        finish_generator(job);
    }
    for (JobId job : ended) finish_stream(job);
    drain();
}

// Verdicts: one {"__type__": "validate", "is_valid", "message"} per input, or a single one for
// the first input; anything else counts as valid. Invalid inputs are marked and nothing runs.
void Engine::validated(JobId, const Call& call, const Json& verdicts) {
    EventNo no = call.events.front();
    auto it = events_.find(no);
    if (it == events_.end()) return;
    const Dependency& d = *deps_[it->second.dep];
    Json list = verdicts.is_array() ? verdicts : Json::array({verdicts});
    std::vector<std::string> messages(d.inputs.size());
    bool invalid = false;
    for (std::size_t i = 0; i < list.size() && i < d.inputs.size(); ++i)
        if (is_type(list[i], "validate") && list[i].value("is_valid", true) == false) {
            messages[i] = list[i].value("message", "");
            if (messages[i].empty()) messages[i] = "invalid value";
            invalid = true;
        }
    for (std::size_t i = 0; i < d.inputs.size(); ++i) {
        ComponentId in = d.inputs[i];
        if (!messages[i].empty()) {
            marked_.insert(in);
            out_.push_back(MarkValidation{in, messages[i]});
        } else if (marked_.erase(in)) {
            out_.push_back(MarkValidation{in, ""});
        }
    }
    if (!invalid) {
        enqueue(no);
        return;
    }
    status(d, Status::complete);  // clear the outputs' spinners; no function, no chain
    end_event(no, Outcome::invalid);
}

}  // namespace gr
