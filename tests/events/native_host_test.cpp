// Native functions run by the host (the page's Web Worker): the Session hands their jobs out
// marked `native`, and the worker's instance calls them with gr::call_function, whose outcome
// the host feeds back as it does a JS function's.
#include <catch2/catch_test_macros.hpp>

#include "gr/blocks.h"
#include "gr/native_call.h"
#include "gr/session.h"
#include "support/harness.h"

using namespace gr;
using test::only;

namespace {

// Collects what a function reports while it runs, as the worker's sink does.
struct Recorder final : Emitter {
    std::vector<Json> yields, progress;
    std::vector<std::string> toasts;
    bool generator = true;
    void yield(Json v) override { yields.push_back(std::move(v)); }
    void progress_data(Json d) override { progress.push_back(std::move(d)); }
    void log(ToastLevel, const std::string& message, const std::string&, std::optional<double>) override { toasts.push_back(message); }
};

}  // namespace

TEST_CASE("with natives in the host, a C++ function's job leaves as a run command marked native, and its answer reaches the output") {
    Blocks demo;
    auto in = demo.textbox();
    auto out = demo.textbox();
    in.change([](const std::string& name) { return "Hi " + name; }, {in}, {out}, {.api_name = "hi"});
    Session s(std::make_shared<const App>(demo.app()), demo.functions());
    s.run_natives_in_host();
    s.engine().user_input(in.id(), "Ada");
    auto runs = only<RunJob>(s.take_commands());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].native);
    CHECK(runs[0].fn == "hi");
    CHECK(to_json(Commands{runs[0]})[0]["native"] == true);
    CHECK(s.engine().value(out.id()).is_null());  // nothing ran in the session

    // The worker's instance runs it; the host answers with what it returned.
    const NativeFn* fn = s.function("hi");
    REQUIRE(fn);
    Recorder r;
    CallOutcome o = call_function(*fn, "hi", runs[0].inputs, r);
    REQUIRE(o.kind == CallOutcome::Kind::returned);
    s.engine().resolve(runs[0].job, o.value);
    CHECK(only<SetProps>(s.take_commands()).at(0).props["value"] == "Hi Ada");
}

TEST_CASE("a JS function's job is not marked native when natives run in the host") {
    Session s(test::load_ok(test::hello_config(R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "welcome"}])")));
    s.run_natives_in_host();
    s.engine().user_input(ComponentId(1), "Ada");
    auto runs = only<RunJob>(s.take_commands());
    REQUIRE(runs.size() == 1);
    CHECK_FALSE(runs[0].native);
    CHECK_FALSE(to_json(Commands{runs[0]})[0].contains("native"));
}

TEST_CASE("call_function reports a generator's yields as they happen and classifies failures as the Session does") {
    NativeFn count = native_fn([](int to, Emitter& emit) {
        for (int i = 1; i <= to; ++i) {
            emit.progress(i, to);
            emit.yield(i);
        }
        emit.info("counted");
    });
    Recorder r;
    CallOutcome o = call_function(count, "count", Json::array({3}), r);
    CHECK(o.kind == CallOutcome::Kind::returned);
    CHECK(o.value.is_null());
    CHECK(r.yields == std::vector<Json>{1, 2, 3});
    CHECK(r.progress.size() == 3);
    CHECK(r.toasts == std::vector<std::string>{"counted"});

    NativeFn user = native_fn([](int) -> int { throw gr::Error("not today"); });
    o = call_function(user, "user", Json::array({1}), r);
    CHECK(o.kind == CallOutcome::Kind::failed);
    CHECK(o.message == "not today");
    CHECK(o.user_error);

    o = call_function(user, "user", Json::array({"seven"}), r);
    CHECK(o.kind == CallOutcome::Kind::failed);
    CHECK(o.message == "argument 1 cannot take the value \"seven\"");
    CHECK_FALSE(o.user_error);

    NativeFn odd = [](const Json&, Emitter&) -> Json { throw 42; };
    o = call_function(odd, "odd", Json::array(), r);
    CHECK(o.message == "function \"odd\" failed with an unknown exception");
}

TEST_CASE("a call that stops for pixels names the listener's non-empty gr.Image inputs") {
    Blocks demo;
    auto a = demo.image();
    auto t = demo.textbox();
    auto b = demo.image();
    auto out = demo.textbox();
    demo.button("Go").click([](const image::Image&, const std::string&, const std::optional<image::Image>&) { return std::string("ok"); },
                            {a, t, b}, {out}, {.api_name = "go"});
    App app = demo.app();
    const Json file = {{"path", nullptr}, {"url", "blob:x"}, {"meta", {{"_type", "gradio.FileData"}}}};

    struct NeedsPixels final : Emitter {
        void yield(Json) override {}
        void progress_data(Json) override {}
        void log(ToastLevel, const std::string&, const std::string&, std::optional<double>) override {}
        void images_needed() const override { throw ImagesNeeded{}; }
    } emit;
    Json inputs = Json::array({file, "t", nullptr});
    CallOutcome o = call_function(demo.functions().at("go"), "go", inputs, emit);
    CHECK(o.kind == CallOutcome::Kind::needs_images);
    CHECK(image_inputs(app, app.dependencies[0].id, inputs) == std::vector<std::size_t>{0});
    CHECK(image_inputs(app, app.dependencies[0].id, Json::array({file, "t", file})) == std::vector<std::size_t>{0, 2});
    CHECK(image_inputs(app, DependencyId(99), inputs).empty());
}
