// The scenario runner: a host with a fake clock. It keeps one timeline of actions (scripted
// user events, function results due after their delay, generator chunks, timer ticks, wake-
// ups), feeds each into the engine at its virtual time, and records every command it gets.
// A `.stream()` job's function is called again, by its behaviour, for each stream_chunk.
#include "gr/scenario.h"

#include <queue>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "gr/engine.h"

namespace gr {
namespace {

struct Action {
    double t = 0;
    std::int64_t seq = 0;
    std::string kind;  // "event", "resolve", "reject", "yield", "end", "tick", "wake"
    Json data;
    std::int64_t id = 0;  // job id, or timer id
    std::int64_t generation = 0;
    bool operator>(const Action& o) const { return t != o.t ? t > o.t : seq > o.seq; }
};

std::string at(const std::string& base, std::size_t i) { return base + "[" + std::to_string(i) + "]"; }

double seconds(const Json& obj, const char* key, double fallback, const std::string& path) {
    if (!obj.contains(key)) return fallback;
    const Json& v = obj[key];
    if (!v.is_number() || v.get<double>() < 0) throw std::invalid_argument(path + "." + key + ": expected seconds (a number ≥ 0), got " + v.dump());
    return v.get<double>();
}

class Runner {
public:
    Runner(std::shared_ptr<const App> app, const Json& scenario) : engine_(std::move(app)), scenario_(scenario) {
        if (!scenario.is_object()) throw std::invalid_argument("$: expected a scenario object with \"events\"");
        functions_ = scenario.value("functions", Json::object());
        if (!functions_.is_object()) throw std::invalid_argument("$.functions: expected an object of function name → behaviour");
    }

    std::vector<Json> run() {
        const Json& events = scenario_.contains("events") ? scenario_["events"] : Json::array();
        if (!events.is_array()) throw std::invalid_argument("$.events: expected an array of timed events");
        double last = 0;
        for (std::size_t i = 0; i < events.size(); ++i) {
            std::string path = at("$.events", i);
            if (!events[i].is_object()) throw std::invalid_argument(path + ": expected an object like {\"at\": 0, \"dispatch\": 3, \"event\": \"click\"}");
            double t = seconds(events[i], "at", 0, path);
            last = std::max(last, t);
            push({t, 0, "event", events[i], static_cast<std::int64_t>(i)});
        }
        double until = seconds(scenario_, "until", last + 60, "$");
        while (!timeline_.empty()) {
            Action a = timeline_.top();
            timeline_.pop();
            if (a.t > until) break;
            engine_.advance_to(a.t);
            perform(a);
            collect(a.t);
        }
        return std::move(trace_);
    }

private:
    void push(Action a) {
        a.seq = next_seq_++;
        timeline_.push(std::move(a));
    }

    void perform(const Action& a) {
        JobId job(a.id);
        if (a.kind == "event") user_event(a.data, at("$.events", static_cast<std::size_t>(a.id)));
        else if (a.kind == "resolve") engine_.resolve(job, a.data);
        else if (a.kind == "reject") engine_.reject(job, a.data.value("message", ""), a.data.value("gr_error", true));
        else if (a.kind == "yield" && !stopped_.count(a.id)) engine_.yield_value(job, a.data);
        else if (a.kind == "end" && !stopped_.count(a.id)) engine_.end_stream(job);
        else if (a.kind == "tick" && timer_generation_[a.id] == a.generation) {
            engine_.timer_fired(ComponentId(a.id));
            push({a.t + a.data.get<double>(), 0, "tick", a.data, a.id, a.generation});
        }
    }

    void user_event(const Json& e, const std::string& path) {
        auto id = [&](const char* key) {
            if (!e[key].is_number_integer()) throw std::invalid_argument(path + "." + key + ": expected an id (an integer), got " + e[key].dump());
            return e[key].get<std::int64_t>();
        };
        if (e.contains("mount")) engine_.mount();
        else if (e.contains("unmount")) engine_.unmount();
        else if (e.contains("input")) engine_.user_input(ComponentId(id("input")), e.value("value", Json()));
        else if (e.contains("dispatch")) engine_.dispatch(ComponentId(id("dispatch")), e.value("event", "click"), e.value("data", Json()));
        else if (e.contains("cancel")) engine_.cancel(DependencyId(id("cancel")));
        else if (e.contains("browser_state")) engine_.restore_browser_state(ComponentId(id("browser_state")), e.value("value", Json()));
        else if (e.contains("close_stream")) engine_.close_stream(DependencyId(id("close_stream")));
        else throw std::invalid_argument(path + ": expected one of mount, unmount, input, dispatch, cancel, close_stream, browser_state");
    }

    void collect(double t) {
        for (Commands batch = engine_.take_commands(); !batch.empty(); batch = engine_.take_commands())
            for (auto& c : batch) record(c, t);
    }

    void record(const Command& c, double t) {
        {
            Json entry = to_json(c);
            entry.erase("edge");  // the dependency's constant function edge: noise in a trace
            entry["t"] = t;
            trace_.push_back(entry);
            if (auto* run = std::get_if<RunJob>(&c)) schedule({run->job, run->fn, run->inputs, run->stream}, t);
            else if (auto* chunk = std::get_if<StreamChunk>(&c)) schedule({chunk->job, chunk->fn, chunk->inputs, true}, t);
            else if (auto* done = std::get_if<CloseStream>(&c)) stopped_.insert(done->job.value);
            else if (auto* arm = std::get_if<ArmTimer>(&c)) push({t + arm->interval, 0, "tick", arm->interval, arm->timer.value, ++timer_generation_[arm->timer.value]});
            else if (auto* off = std::get_if<DisarmTimer>(&c)) ++timer_generation_[off->timer.value];
            else if (auto* wake = std::get_if<WakeAt>(&c)) push({std::max(t, wake->at), 0, "wake", nullptr});
            else if (auto* stop = std::get_if<CancelJob>(&c)) stopped_.insert(stop->job.value);
        }
    }

    // The behaviour of the call: a function's behaviour, or its n-th entry for a list (the
    // last one repeats).
    Json behaviour(const std::string& fn) {
        auto it = functions_.find(fn);
        if (it == functions_.end()) return {{"raise", "the scenario gives no behaviour for function \"" + fn + "\""}};
        std::size_t n = calls_[fn]++;
        if (!it->is_array()) return *it;
        if (it->empty()) throw std::invalid_argument("$.functions." + fn + ": an empty list of behaviours");
        return (*it)[std::min(n, it->size() - 1)];
    }

    // One call of a function: a run, or a chunk of a `.stream()` job. A stream's calls answer
    // with a yield each (a generator's yields, without an end): the engine ends the stream.
    struct Call {
        JobId job;
        const std::string& fn;
        const Json& inputs;
        bool stream = false;
    };

    void schedule(const Call& call, double t) {
        std::string path = "$.functions." + call.fn;
        Json b = behaviour(call.fn.empty() ? "(js)" : call.fn);
        if (!b.is_object()) throw std::invalid_argument(path + ": expected a behaviour object like {\"returns\": …, \"delay\": 1}");
        double start = t + seconds(b, "delay", 0, path);
        std::int64_t job = call.job.value;
        const char* result = call.stream ? "yield" : "resolve";
        if (b.contains("log")) engine_.log(call.job, ToastLevel::info, b["log"].get<std::string>());
        if (b.contains("raise")) {
            push({start, 0, "reject", {{"message", b["raise"]}, {"gr_error", b.value("gr_error", true)}}, job});
        } else if (b.contains("yields")) {
            double every = seconds(b, "every", 1, path);
            std::size_t i = 0;
            for (auto& v : b["yields"]) push({start + every * static_cast<double>(i++), 0, "yield", v, job});
            if (!call.stream) push({start + every * static_cast<double>(i), 0, "end", nullptr, job});
        } else if (b.value("echo", false)) {
            push({start, 0, result, call.inputs.size() == 1 ? call.inputs[0] : call.inputs, job});
        } else {
            push({start, 0, result, b.value("returns", Json()), job});
        }
    }

    Engine engine_;
    const Json& scenario_;
    Json functions_;
    std::priority_queue<Action, std::vector<Action>, std::greater<>> timeline_;
    std::unordered_map<std::int64_t, std::int64_t> timer_generation_;
    std::unordered_map<std::string, std::size_t> calls_;
    std::unordered_set<std::int64_t> stopped_;
    std::int64_t next_seq_ = 0;
    std::vector<Json> trace_;
};

}  // namespace

std::vector<Json> run_scenario(std::shared_ptr<const App> app, const Json& scenario) { return Runner(std::move(app), scenario).run(); }

std::string trace_line(const Json& entry) {
    Json rest = entry;
    rest.erase("t");
    std::string body = rest.dump();
    return "{\"t\":" + entry.value("t", Json(0)).dump() + (body.size() > 2 ? "," + body.substr(1) : "}");
}

}  // namespace gr
