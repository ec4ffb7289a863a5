#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers.hpp>

#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/blocks.h"
#include "gr/config.h"
#include "gr/session.h"
#include "support/harness.h"

using namespace gr;
using test::only;

TEST_CASE("the C++ builder makes the blocks_hello app, whose config loads cleanly") {
    Blocks demo({.title = "Hello"});
    demo.markdown("# Hello World!");
    auto row = demo.row();
    auto inp = row.textbox({.placeholder = "What is your name?"});
    auto out = row.textbox();
    inp.change([](const std::string& n) { return "Welcome to Gradio, " + n + "!"; }, {inp}, {out}, {.api_name = "welcome"});

    Json config = to_config(demo.app());
    CHECK(config["title"] == "Hello");
    CHECK(config["layout"]["children"][1]["children"].size() == 2);  // the row holds both boxes
    LoadResult r = load_config_text(config.dump());
    INFO(format_problems(r.problems));
    REQUIRE(r.ok());
    CHECK(r.app.dependencies.at(0).trigger_mode == TriggerMode::always_last);

    Session s(std::make_shared<const App>(r.app), demo.functions());
    s.engine().user_input(inp.id(), "Ada");
    CHECK(only<SetProps>(s.take_commands()).at(0).props["value"] == "Welcome to Gradio, Ada!");
}

TEST_CASE("the builder refuses a listener on an event the component does not have") {
    Blocks demo;
    auto btn = demo.button("Go");
    CHECK_THROWS_WITH(btn.submit([] { return 1; }, {}, {}), "Button has no \"submit\" event");
}

TEST_CASE("a function returning a tuple fills several outputs in order") {
    Blocks demo;
    auto a = demo.textbox();
    auto b = demo.textbox();
    auto go = demo.button("Go");
    go.click([] { return std::tuple{std::string("x"), 2}; }, {}, {a, b});
    Session s(std::make_shared<const App>(demo.app()), demo.functions());
    s.engine().dispatch(go.id(), "click");
    auto props = only<SetProps>(s.take_commands());
    REQUIRE(props.size() == 2);
    CHECK(props[0].props["value"] == "x");
    CHECK(props[1].props["value"] == "2");  // Textbox.postprocess makes it text, as Gradio's str(value)
}

TEST_CASE("the C++ builder writes every Gradio listener parameter into the config, and a .stream() listener streams") {
    Blocks demo;
    auto cam = demo.image({{"sources", {"webcam"}}, {"streaming", true}});
    auto out = demo.image();
    auto live = cam.on("stream", [](Json frame) { return frame; }, {cam}, {out},
                       {.api_name = "live", .time_limit = 30, .stream_every = 0.2});
    auto box = demo.textbox();
    demo.button("Stop").click([] { return std::string("stopped"); }, {}, {box},
                              {.api_name = "stop", .queue = false, .api_description = "Stops the stream", .scroll_to_output = true,
                               .batch = true, .max_batch_size = 8, .cancels = {live.id()},
                               .concurrency_limit = {ConcurrencyLimit::limited, 2}, .concurrency_id = "gpu",
                               .api_visibility = ApiVisibility::private_, .js = "() => []"});
    LoadResult r = load_config_text(to_config(demo.app()).dump());
    INFO(format_problems(r.problems));
    REQUIRE(r.ok());
    const Dependency& s = r.app.dependencies.at(0);
    CHECK(s.connection == Connection::stream);
    CHECK(s.trigger_mode == TriggerMode::multiple);
    CHECK(s.time_limit == 30);
    CHECK(s.stream_every == 0.2);
    const Dependency& d = r.app.dependencies.at(1);
    CHECK(d.connection == Connection::sse);
    CHECK_FALSE(d.queue);
    CHECK(d.api_description == "Stops the stream");
    CHECK(d.scroll_to_output);
    CHECK((d.batch && d.max_batch_size == 8));
    CHECK(d.cancels == std::vector<DependencyId>{live.id()});
    CHECK(d.concurrency_limit == ConcurrencyLimit{ConcurrencyLimit::limited, 2});
    CHECK(d.concurrency_id == "gpu");
    CHECK(d.api_visibility == ApiVisibility::private_);
    CHECK(d.js == "() => []");
}

TEST_CASE("a button() handle in a component's buttons is Gradio 6's custom button: in the host's toolbar, not the layout") {
    Blocks demo;
    auto refresh = demo.button("Refresh");
    auto text = demo.textbox({.value = "Sample text", .extra = {{"buttons", {"copy", refresh}}}});
    refresh.click([] { return std::string("Refreshed"); }, {}, {text}, {.api_name = "refresh_data"});

    Json config = to_config(demo.app());
    for (auto& c : config["components"]) CHECK(c["id"] != refresh.id().value);  // written in the host alone
    Json buttons = config["components"].back()["props"]["buttons"];
    CHECK(buttons[0] == "copy");
    CHECK(buttons[1]["id"] == refresh.id().value);
    CHECK(buttons[1]["value"] == "Refresh");
    CHECK(buttons[1]["name"] == "button");
    CHECK(config["layout"]["children"].size() == 1);  // the form holding the textbox; no button
    LoadResult r = load_config_text(config.dump());
    INFO(format_problems(r.problems));
    REQUIRE(r.ok());

    Session s(std::make_shared<const App>(r.app), demo.functions());
    s.engine().dispatch(refresh.id(), "click");
    CHECK(only<SetProps>(s.take_commands()).at(0).props["value"] == "Refreshed");
    auto keep = demo.button("Keep");
    CHECK_THROWS_WITH(demo.code({{"buttons", {keep, text}}}), "code: buttons[1] must be a button() handle (a gr.Button)");
    Json after = to_config(demo.app());
    bool kept = false;
    for (auto& c : after["components"]) kept = kept || c["id"] == keep.id().value;
    CHECK(kept);  // a refused call moved no Button out of the layout
}
