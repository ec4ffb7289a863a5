// `.stream()` events (connection "stream": a webcam, a microphone, a streaming Image): while a
// stream event of a listener is alive, its later triggers are chunks of it, not new events;
// the function is called once per chunk and the engine decides when the stream ends.
// Mirrors gradio/queueing.py (the streaming loop of process_events, Event.is_finished) and
// routes.py (POST /stream/{event_id}, /stream/{event_id}/close); see docs/scenarios.md.
#include <algorithm>
#include <stdexcept>
#include <utility>

#include "gr/engine.h"

namespace gr {

namespace {

// Gradio waits for the next chunk (time_limit or 30) seconds, minus the first call's duration.
constexpr double default_chunk_wait = 30;

}  // namespace

// A trigger of a listener whose stream event is alive: its inputs are the next chunk.
void Engine::stream_chunk(Trigger t) {
    const Dependency& d = *deps_[t.dep];
    EventNo no = dep_state_[t.dep].stream_event;
    Event& ev = events_.at(no);
    Json inputs;
    std::string error;
    bool ok = gather_inputs(t.dep, inputs, error);
    if (ev.phase != Phase::running) {  // not started: it starts on the latest chunk (Gradio: event.data = body)
        if (!ok) {
            status(d, Status::error, error);
            out_.push_back(Toast{ToastLevel::error, "Error", error, std::nullopt});
            return;
        }
        ev.inputs = std::move(inputs);
        ev.event_data = std::move(t.event_data);
        return;
    }
    JobId job = ev.call;
    auto found = calls_.find(job);
    if (!ok) {  // a chunk the function cannot take ends the stream with the error, as in Gradio
        Call c = take_call(found);
        out_.push_back(CloseStream{job});
        fail_event(no, error, true);
        release(c);
        return;
    }
    Stream& s = *found->second.stream;
    if (s.closing) return;
    if (s.busy) {  // the call in progress answers first; chunks meanwhile collapse into the latest
        s.next_inputs = std::move(inputs);
        s.next_event_data = std::move(t.event_data);
        return;
    }
    s.busy = true;
    out_.push_back(StreamChunk{job, d.id, d.api_name, std::move(inputs), std::move(t.event_data), d.generator, edges_[t.dep]});
}

// A call of the stream answered (its result is already applied): send the chunk that waited,
// end the stream if it is closing, or wait for the next chunk until the idle limit.
void Engine::stream_result(JobId job, Call& call) {
    Stream& s = *call.stream;
    const Dependency& d = *deps_[call.dep];
    if (s.busy) {
        s.busy = false;
        if (!s.first_iteration) s.first_iteration = now_ - call.started_at;
    }
    if (s.closing) return finish_stream(job);
    if (s.next_inputs) {
        s.busy = true;
        out_.push_back(StreamChunk{job, d.id, d.api_name, std::move(*s.next_inputs), std::exchange(s.next_event_data, nullptr), d.generator, edges_[call.dep]});
        s.next_inputs.reset();
        return;
    }
    double wait = d.time_limit.value_or(default_chunk_wait) - *s.first_iteration;
    if (wait <= 0) return finish_stream(job);
    s.idle_at = now_ + wait;
    if (s.wake_at <= now_) {  // one WakeAt at a time: a later one is asked for when it comes
        s.wake_at = s.idle_at;
        out_.push_back(WakeAt{s.idle_at});
    }
}

// Time reached `t`: a stream past its time_limit closes (after the call in progress answers);
// one waiting for a chunk past its idle limit ends.
void Engine::stream_time(JobId job, Call& call, double t, std::vector<JobId>& ended) {
    Stream& s = *call.stream;
    if (call.deadline && *call.deadline <= t) s.closing = true;  // Gradio's is_finished: run_time ≥ time_limit
    if (s.busy) return;
    if (s.closing || s.idle_at <= t) {
        ended.push_back(job);
    } else if (s.wake_at <= t) {
        s.wake_at = s.idle_at;
        out_.push_back(WakeAt{s.idle_at});
    }
}

// The engine ends a stream: the host stops it, and its event completes with the last result.
void Engine::finish_stream(JobId job) {
    out_.push_back(CloseStream{job});
    finish_generator(job);
}

void Engine::close_streams_of(ComponentId component) {
    auto it = listeners_.find(component);
    if (it == listeners_.end()) return;
    for (auto& [event, dep] : it->second)
        if (event == "stream") close_stream(deps_[dep]->id);
}

void Engine::close_stream(DependencyId dependency) {
    auto it = dep_index_.find(dependency);
    if (it == dep_index_.end()) throw std::invalid_argument("no dependency with id " + std::to_string(dependency.value));
    EventNo no = dep_state_[it->second].stream_event;
    if (!no) return;
    Event& ev = events_.at(no);
    if (ev.phase != Phase::running) {
        ev.closed = true;  // it still runs once, on its latest chunk, then ends
        return;
    }
    JobId job = ev.call;
    Stream& s = *calls_.at(job).stream;
    s.closing = true;
    s.next_inputs.reset();
    if (!s.busy) finish_stream(job);
    drain();
}

}  // namespace gr
