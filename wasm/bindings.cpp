// embind declarations only: the AppHandle class the shim drives. Values cross as JSON text
// (one JSON.parse per batch beats converting nested objects through embind). C++ exceptions
// are caught here and rethrown as JS Errors carrying their message.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <memory>
#include <optional>
#include <stdexcept>

#include "gr/config.h"
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
    std::string log(int job, const std::string& level, const std::string& message, const std::string& title) {
        return guarded([&] {
            auto l = toast_level_from(level);
            if (!l) throw std::invalid_argument("unknown toast level \"" + level + "\"; use info, warning, success or error");
            session_.engine().log(JobId(job), *l, message, title);
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
        .function("restoreBrowserState", &AppHandle::restore_browser_state);
}

}  // namespace gr::wasm
