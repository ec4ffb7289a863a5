// Runs native jobs to completion inside the session, in order, until only host work is left;
// a native `.stream()` function is called again for each chunk of its stream.
#include "gr/session.h"

#include <stdexcept>

#include "gr/native_call.h"

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

// A native function's reports go straight into the engine. The function runs to its end
// within one call, so a host without a worker sees a C++ generator's yields together. Image
// arguments come from the host (provide_images); returned images stay in the session.
class SessionEmitter final : public Emitter {
public:
    SessionEmitter(Session& session, JobId job, const std::string& fn, bool generator,
                   const std::vector<std::optional<image::Image>>* images, const Json& event_data)
        : session_(session), job_(job), fn_(fn), generator_(generator), images_(images), event_data_(event_data) {}
    const Json& event_data() const override { return event_data_; }
    void yield(Json value) override {
        if (!generator_) throw std::logic_error("function \"" + fn_ + "\" yielded, but only a generator (returning void) may yield");
        session_.engine_.yield_value(job_, std::move(value));
    }
    void progress_data(Json data) override { session_.engine_.progress(job_, std::move(data)); }
    void log(ToastLevel level, const std::string& message, const std::string& title, std::optional<double> duration) override {
        session_.engine_.log(job_, level, message, title, duration);
    }
    const image::Image* image_input(std::size_t index) const override {
        if (!images_ || index >= images_->size() || !(*images_)[index]) return nullptr;
        return &*(*images_)[index];
    }
    void images_needed() const override {
        if (!images_) throw ImagesNeeded{};  // first attempt: ask the host; with images given, fail
    }
    Json image_output(image::Image image, std::size_t) override { return session_.keep_image(std::move(image)); }

private:
    Session& session_;
    JobId job_;
    const std::string& fn_;
    bool generator_;
    const std::vector<std::optional<image::Image>>* images_;
    const Json& event_data_;
};

// Calls native function `fn` for job `job` and feeds the outcome into the engine. A call of a
// `.stream()` job (its first run or a chunk) answers with yield_value: the stream goes on until
// the engine ends it. `failed`: the job was rejected; `needs_images`: nothing ran yet.
Session::Outcome Session::call_native(const NativeFn& fn, JobId job, const std::string& name, const Json& inputs, bool generator, bool stream,
                          const std::vector<std::optional<image::Image>>* images, const Json& event_data) {
    SessionEmitter emit(*this, job, name, generator, images, event_data);
    CallOutcome o = call_function(fn, name, inputs, emit);
    switch (o.kind) {
        case CallOutcome::Kind::needs_images: return Outcome::needs_images;
        case CallOutcome::Kind::needs_files:  // only a host that reads files (the page's worker runner) asks
            engine_.reject(job, "function \"" + name + "\" takes a file's bytes, which this host cannot read", false);
            return Outcome::failed;
        case CallOutcome::Kind::failed: engine_.reject(job, o.message, o.user_error); return Outcome::failed;
        case CallOutcome::Kind::returned: break;
    }
    if (generator) {
        if (!stream) engine_.end_stream(job);
    } else if (stream) {
        engine_.yield_value(job, std::move(o.value));
    } else {
        engine_.resolve(job, std::move(o.value));
    }
    return Outcome::done;
}

// Runs `c` if it is work for a native function (a run, a stream chunk, the end of a native
// stream); false leaves it for the host. `images`, when given, are the call's image arguments.
bool Session::run_native(Command& c, const std::vector<std::optional<image::Image>>* images) {
    if (auto* run = std::get_if<RunJob>(&c)) {
        auto fn = functions_.find(run->fn);
        if (fn == functions_.end()) return false;
        if (natives_in_host_) return run->native = true, false;
        if (run->stream) native_streams_.insert(run->job.value);
        Outcome o = call_native(fn->second, run->job, run->fn, run->inputs, run->generator, run->stream, images, run->event_data);
        if (o == Outcome::failed) native_streams_.erase(run->job.value);
        if (o == Outcome::needs_images) ask_for_images(c);
        return true;
    }
    if (auto* chunk = std::get_if<StreamChunk>(&c)) {
        if (natives_in_host_ && functions_.count(chunk->fn)) return chunk->native = true, false;
        if (!native_streams_.count(chunk->job.value)) return false;
        auto fn = functions_.find(chunk->fn);
        Outcome o = fn == functions_.end() ? Outcome::failed
                                           : call_native(fn->second, chunk->job, chunk->fn, chunk->inputs, chunk->generator, true, images, chunk->event_data);
        if (o == Outcome::failed) native_streams_.erase(chunk->job.value);
        if (o == Outcome::needs_images) ask_for_images(c);
        return true;
    }
    if (auto* close = std::get_if<CloseStream>(&c)) return native_streams_.erase(close->job.value) > 0;
    return false;
}

// A native call stopped for pixels: its listener's gr.Image inputs are asked for.
void Session::ask_for_images(const Command& c) {
    const RunJob* run = std::get_if<RunJob>(&c);
    const StreamChunk* chunk = std::get_if<StreamChunk>(&c);
    const Json& inputs = run ? run->inputs : chunk->inputs;
    PrepareImages p{run ? run->job : chunk->job, run ? run->dependency : chunk->dependency, {}, Json::array(),
                    run ? run->edge : chunk->edge};
    p.inputs = image_inputs(*app_, p.dependency, inputs);
    for (std::size_t i : p.inputs) p.values.push_back(inputs[i]);
    if (p.inputs.empty()) {  // a gr::image::Image parameter bound to something that is not a gr.Image
        native_streams_.erase(p.job.value);
        engine_.reject(p.job, no_image_input_message, false);
        return;
    }
    awaiting_images_[p.job.value] = {c, p.inputs};
    asks_.push_back(std::move(p));
}

void Session::provide_images(JobId job, std::vector<std::optional<image::Image>> images) {
    auto it = awaiting_images_.find(job.value);
    if (it == awaiting_images_.end()) return;
    auto [command, slots] = std::move(it->second);
    awaiting_images_.erase(it);
    if (images.size() != slots.size()) {
        engine_.reject(job, "the host prepared " + std::to_string(images.size()) + " images for " +
                                std::to_string(slots.size()) + " image inputs", false);
        return;
    }
    const Json& inputs = std::holds_alternative<RunJob>(command) ? std::get<RunJob>(command).inputs : std::get<StreamChunk>(command).inputs;
    std::vector<std::optional<image::Image>> aligned(inputs.size());
    for (std::size_t k = 0; k < slots.size(); ++k) aligned[slots[k]] = std::move(images[k]);
    run_native(command, &aligned);
}

void Session::fail_images(JobId job, const std::string& message) {
    if (!awaiting_images_.erase(job.value)) return;
    native_streams_.erase(job.value);
    engine_.reject(job, message, true);
}

Json Session::keep_image(image::Image image) {
    std::string path = std::string(kept_image_prefix) + std::to_string(++next_image_);
    if (image_outputs_.size() == 64) image_outputs_.erase(image_outputs_.begin());
    image_outputs_.emplace_back(path, std::move(image));
    return kept_image_file(path);
}

std::optional<image::Image> Session::take_image(const std::string& path) {
    for (auto it = image_outputs_.begin(); it != image_outputs_.end(); ++it) {
        if (it->first != path) continue;
        image::Image out = std::move(it->second);
        image_outputs_.erase(it);
        return out;
    }
    return std::nullopt;
}

Commands Session::take_commands() {
    Commands out;
    // Results are fed back after each batch is taken, so commands keep their order.
    for (Commands batch = engine_.take_commands(); !batch.empty(); batch = engine_.take_commands())
        for (auto& c : batch) {
            if (auto* cancel = std::get_if<CancelJob>(&c)) awaiting_images_.erase(cancel->job.value);
            if (auto* close = std::get_if<CloseStream>(&c)) awaiting_images_.erase(close->job.value);
            if (!run_native(c)) out.push_back(std::move(c));
            for (auto& ask : asks_) out.push_back(std::move(ask));
            asks_.clear();
        }
    return out;
}

}  // namespace gr
