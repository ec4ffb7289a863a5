// embind declarations only: the AppHandle class the shim drives. Values cross as JSON text
// (one JSON.parse per batch beats converting nested objects through embind). C++ exceptions
// are caught here and rethrown as JS Errors carrying their message.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <memory>
#include <optional>
#include <stdexcept>

#include "gr/config.h"
#include "gr/native_call.h"
#include "gr/session.h"
#ifdef GRAFT_APP_IMAGES
#include "image_js.h"
#endif

namespace gr::wasm {

std::optional<std::pair<App, FunctionTable>> take_launched_app();  // app_launch.cpp

namespace {

[[noreturn]] void throw_js(const std::string& message) {
    emscripten::val::global("Error").new_(message).throw_();
    __builtin_unreachable();
}

template <class F>
auto guarded(F&& f) {
    try {
        return f();
    } catch (const std::exception& e) {
        throw_js(e.what());
    }
}

Json problems_json(const Problems& ps) {
    Json out = Json::array();
    for (auto& p : ps) out.push_back({{"path", p.path}, {"message", p.message}});
    return out;
}

#ifdef GRAFT_APP_MODULE
// A native function's line back to the page when it runs in the app's worker: each report
// goes to the JS `sink` at once (postMessage), so the page sees a generator's yields one by
// one while the call goes on. Images come in with the call; returned ones go out to the sink.
class SinkEmitter final : public Emitter {
public:
    SinkEmitter(const emscripten::val& sink, const std::string& fn, bool generator, const Json& event_data,
                const std::vector<std::optional<image::Image>>* images, const emscripten::val& files)
        : sink_(sink), fn_(fn), generator_(generator), event_data_(event_data), images_(images), files_(files) {}
    const Json& event_data() const override { return event_data_; }
    void yield(Json value) override {
        if (!generator_) throw std::logic_error("function \"" + fn_ + "\" yielded, but only a generator (returning void) may yield");
        sink_.call<void>("yield", value.dump());
    }
    void progress_data(Json data) override { sink_.call<void>("progress", data.dump()); }
    void log(ToastLevel level, const std::string& message, const std::string& title, std::optional<double> duration) override {
        sink_.call<void>("log", std::string(to_string(level)), message, title, duration ? *duration : -1.0);
    }
    const image::Image* image_input(std::size_t index) const override {
        if (!images_ || index >= images_->size() || !(*images_)[index]) return nullptr;
        return &*(*images_)[index];
    }
    void images_needed() const override {
        if (!images_) throw ImagesNeeded{};
    }
    // Files come in with the call as {url or path: Uint8Array}, read by the page; a call made
    // without them stops at its first file argument and is made again with them.
    std::optional<std::vector<std::uint8_t>> file_bytes(const Json& file_data) const override {
        if (files_.isNull() || files_.isUndefined()) return std::nullopt;
        for (const char* key : {"url", "path"}) {
            auto it = file_data.find(key);
            if (it == file_data.end() || !it->is_string()) continue;
            emscripten::val bytes = files_[it->get<std::string>()];
            if (!bytes.isUndefined() && !bytes.isNull()) return emscripten::convertJSArrayToNumberVector<std::uint8_t>(bytes);
        }
        return std::nullopt;
    }
    void files_needed() const override {
        if (files_.isNull() || files_.isUndefined()) throw FilesNeeded{};
    }
    // A returned file goes to the page at once (the sink names it); the page keeps it in the
    // app's file store and puts its FileData where this one stands.
    Json file_output(File file) override {
        emscripten::val bytes(emscripten::typed_memory_view(file.bytes.size(), file.bytes.data()));
        std::string path = sink_.call<std::string>("file", bytes, file.name, file.mime_type);
        return {{"path", path}, {"url", nullptr}, {"orig_name", file.name}, {"size", file.bytes.size()},
                {"mime_type", file.mime_type.empty() ? Json() : Json(file.mime_type)}, {"meta", {{"_type", "gradio.FileData"}}}};
    }
#ifdef GRAFT_APP_IMAGES
    Json image_output(image::Image image, std::size_t) override {
        return kept_image_file(sink_.call<std::string>("image", image_to_js(image)));
    }
#endif

private:
    emscripten::val sink_;
    const std::string& fn_;
    bool generator_;
    const Json& event_data_;
    const std::vector<std::optional<image::Image>>* images_;
    emscripten::val files_;
};
#endif

}  // namespace

class AppHandle {
public:
    AppHandle(App app, FunctionTable fns)
        : app_(std::make_shared<const App>(std::move(app))), session_(app_, std::move(fns)) {}

#ifndef GRAFT_APP_MODULE  // an app module (graft_add_app) only hands out its launched app
    // Loads a config; on problems throws one Error listing each with its JSON path.
    static AppHandle* from_config(const std::string& text) {
        LoadResult r = load_config_text(text);
        if (!r.ok()) throw_js("the config has problems:\n" + format_problems(r.problems));
        return new AppHandle(std::move(r.app), {});
    }
#endif
    // The app a C++ main() launched in this module, or null if it launched none.
    static AppHandle* launched() {
        auto a = take_launched_app();
        return a ? new AppHandle(std::move(a->first), std::move(a->second)) : nullptr;
    }

    // Read-only views also cross through guarded(): an exception must reach JS as an Error
    // with its message, never as a bare number.
    std::string config() const { return guarded([&] { return to_config(*app_).dump(); }); }
    std::string tree() const { return guarded([&] { return session_.engine().tree().dump(); }); }
    std::string missing_functions(const std::string& names_json) const {
        return guarded([&] {
            std::set<std::string, std::less<>> names;
            for (auto& n : Json::parse(names_json)) names.insert(n.get<std::string>());
            return problems_json(session_.missing_functions(names)).dump();
        });
    }
    std::string mount() {
        return guarded([&] { session_.engine().mount(); return drain(); });
    }
    std::string input(int component, const std::string& value_json) {
        return guarded([&] { session_.engine().user_input(ComponentId(component), Json::parse(value_json)); return drain(); });
    }
    std::string dispatch(int component, const std::string& event, const std::string& data_json) {
        return guarded([&] { session_.engine().dispatch(ComponentId(component), event, Json::parse(data_json)); return drain(); });
    }
    std::string resolve(int job, const std::string& returned_json) {
        return guarded([&] { session_.engine().resolve(JobId(job), Json::parse(returned_json)); return drain(); });
    }
    std::string reject(int job, const std::string& message) {
        return guarded([&] { session_.engine().reject(JobId(job), message); return drain(); });
    }
    // A native function's failure: `user_error` for a gr::Error (its message always shown).
    std::string reject_native(int job, const std::string& message, bool user_error) {
        return guarded([&] { session_.engine().reject(JobId(job), message, user_error); return drain(); });
    }
    std::string props(int component) const {
        return guarded([&] { return session_.engine().props(ComponentId(component)).dump(); });
    }
    std::string unmount() {
        return guarded([&] { session_.engine().unmount(); return drain(); });
    }
    std::string yield_value(int job, const std::string& value_json) {
        return guarded([&] { session_.engine().yield_value(JobId(job), Json::parse(value_json)); return drain(); });
    }
    std::string end_stream(int job) {
        return guarded([&] { session_.engine().end_stream(JobId(job)); return drain(); });
    }
    std::string progress(int job, const std::string& data_json) {
        return guarded([&] { session_.engine().progress(JobId(job), Json::parse(data_json)); return drain(); });
    }
    // `duration` in seconds; negative keeps the toast until the user closes it (Gradio's None).
    std::string log(int job, const std::string& level, const std::string& message, const std::string& title, double duration) {
        return guarded([&] {
            auto l = toast_level_from(level);
            if (!l) throw std::invalid_argument("unknown toast level \"" + level + "\"; use info, warning, success or error");
            session_.engine().log(JobId(job), *l, message, title, duration >= 0 ? std::optional(duration) : std::nullopt);
            return drain();
        });
    }
    std::string queued(int job, int position, double eta) {
        return guarded([&] {
            session_.engine().queued(JobId(job), position >= 0 ? std::optional(position) : std::nullopt, eta >= 0 ? std::optional(eta) : std::nullopt);
            return drain();
        });
    }
    std::string rejected_inputs(int job, const std::string& detail_json) {
        return guarded([&] { session_.engine().rejected_inputs(JobId(job), Json::parse(detail_json)); return drain(); });
    }
    void note_props(int component, const std::string& props_json) {
        guarded([&] { session_.engine().note_props(ComponentId(component), Json::parse(props_json)); return 0; });
    }
    std::string close_streams_of(int component) {
        return guarded([&] { session_.engine().close_streams_of(ComponentId(component)); return drain(); });
    }
    // Names the core owns that the page must match (see Session::keep_image).
    static std::string constants() { return Json{{"cpp_pixels_prefix", Session::kept_image_prefix}}.dump(); }
    std::string close_stream(int dependency) {
        return guarded([&] { session_.engine().close_stream(DependencyId(dependency)); return drain(); });
    }
    std::string cancel(int dependency) {
        return guarded([&] { session_.engine().cancel(DependencyId(dependency)); return drain(); });
    }
    std::string timer_fired(int timer) {
        return guarded([&] { session_.engine().timer_fired(ComponentId(timer)); return drain(); });
    }
    std::string advance_to(double seconds) {
        return guarded([&] { session_.engine().advance_to(seconds); return drain(); });
    }
#ifdef GRAFT_APP_IMAGES  // an app module whose C++ functions take or return gr::image::Image
    // The answer to a prepare_images command: per asked input, its pixels (image_to_js's shape)
    // or null for an empty image. Runs the waiting C++ call.
    std::string provide_images(int job, const emscripten::val& images) {
        return guarded([&] {
            std::vector<std::optional<image::Image>> list;
            const auto n = images["length"].as<std::size_t>();
            for (std::size_t i = 0; i < n; ++i) {
                emscripten::val im = images[i];
                if (im.isNull() || im.isUndefined()) list.emplace_back();
                else list.emplace_back(image_from_js(im));
            }
            session_.provide_images(JobId(job), std::move(list));
            return drain();
        });
    }
    std::string fail_images(int job, const std::string& message) {
        return guarded([&] { session_.fail_images(JobId(job), message); return drain(); });
    }
    // The pixels of an image a C++ function returned (its FileData path), or null.
    emscripten::val take_image(const std::string& path) {
        auto im = session_.take_image(path);
        return im ? image_to_js(*im) : emscripten::val::null();
    }
#endif
#ifdef GRAFT_APP_MODULE
    // The page's worker runs this module's native functions: native jobs leave as `run` /
    // `stream_chunk` commands marked `native` (Session::run_natives_in_host).
    void run_natives_in_host() { session_.run_natives_in_host(); }

    // In the worker's instance: one call of native function `fn` for listener `dependency`.
    // `images` is null, or an array aligned with the inputs (an image_to_js object per
    // prepared gr.Image input, null elsewhere). Returns the outcome as JSON:
    // {kind: "returned", value} | {kind: "failed", message, user_error} |
    // {kind: "needs_images", inputs: [i…]} (call again with their pixels).
    std::string call_native(const std::string& fn, int dependency, const std::string& inputs_json, const std::string& event_data_json,
                            bool generator, const emscripten::val& images, const emscripten::val& files, const emscripten::val& sink) {
        return guarded([&] {
            const NativeFn* f = session_.function(fn);
            if (!f) throw std::invalid_argument("this app has no C++ function \"" + fn + "\"");
            Json inputs = Json::parse(inputs_json), event_data = Json::parse(event_data_json);
            std::optional<std::vector<std::optional<image::Image>>> pixels;
#ifdef GRAFT_APP_IMAGES
            if (!images.isNull() && !images.isUndefined()) {
                pixels.emplace();
                const auto n = images["length"].as<std::size_t>();
                for (std::size_t i = 0; i < n; ++i) {
                    emscripten::val im = images[i];
                    if (im.isNull() || im.isUndefined()) pixels->emplace_back();
                    else pixels->emplace_back(image_from_js(im));
                }
            }
#else
            (void)images;
#endif
            SinkEmitter emit(sink, fn, generator, event_data, pixels ? &*pixels : nullptr, files);
            CallOutcome o = call_function(*f, fn, inputs, emit);
            switch (o.kind) {
                case CallOutcome::Kind::returned: return Json{{"kind", "returned"}, {"value", std::move(o.value)}}.dump();
                case CallOutcome::Kind::failed:
                    return Json{{"kind", "failed"}, {"message", o.message}, {"user_error", o.user_error}}.dump();
                case CallOutcome::Kind::needs_files: return Json{{"kind", "needs_files"}}.dump();
                case CallOutcome::Kind::needs_images: break;
            }
            auto asked = image_inputs(session_.app(), DependencyId(dependency), inputs);
            if (asked.empty() || pixels) return Json{{"kind", "failed"}, {"message", no_image_input_message}, {"user_error", false}}.dump();
            return Json{{"kind", "needs_images"}, {"inputs", asked}}.dump();
        });
    }
#endif
    void restore_browser_state(int component, const std::string& value_json) {
        guarded([&] { session_.engine().restore_browser_state(ComponentId(component), Json::parse(value_json)); return 0; });
    }

private:
    std::string drain() { return to_json(session_.take_commands()).dump(); }
    std::shared_ptr<const App> app_;
    Session session_;
};

EMSCRIPTEN_BINDINGS(graft) {
    emscripten::class_<AppHandle>("AppHandle")
#ifndef GRAFT_APP_MODULE
        .class_function("fromConfig", &AppHandle::from_config, emscripten::allow_raw_pointers())
#endif
        .class_function("launched", &AppHandle::launched, emscripten::allow_raw_pointers())
        .function("config", &AppHandle::config)
        .function("tree", &AppHandle::tree)
        .function("missingFunctions", &AppHandle::missing_functions)
        .function("mount", &AppHandle::mount)
        .function("input", &AppHandle::input)
        .function("dispatch", &AppHandle::dispatch)
        .function("resolve", &AppHandle::resolve)
        .function("reject", &AppHandle::reject)
        .function("rejectNative", &AppHandle::reject_native)
        .function("props", &AppHandle::props)
        .function("unmount", &AppHandle::unmount)
        .function("yieldValue", &AppHandle::yield_value)
        .function("endStream", &AppHandle::end_stream)
        .function("progress", &AppHandle::progress)
        .function("log", &AppHandle::log)
        .function("queued", &AppHandle::queued)
        .function("rejectedInputs", &AppHandle::rejected_inputs)
        .function("cancel", &AppHandle::cancel)
        .function("closeStream", &AppHandle::close_stream)
        .function("closeStreamsOf", &AppHandle::close_streams_of)
        .function("noteProps", &AppHandle::note_props)
        .class_function("constants", &AppHandle::constants)
        .function("timerFired", &AppHandle::timer_fired)
        .function("advanceTo", &AppHandle::advance_to)
#ifdef GRAFT_APP_IMAGES
        .function("provideImages", &AppHandle::provide_images)
        .function("failImages", &AppHandle::fail_images)
        .function("takeImage", &AppHandle::take_image)
#endif
#ifdef GRAFT_APP_MODULE
        .function("runNativesInHost", &AppHandle::run_natives_in_host)
        .function("callNative", &AppHandle::call_native)
#endif
        .function("restoreBrowserState", &AppHandle::restore_browser_state);
}

}  // namespace gr::wasm
