// The C++ builder declares every component of the events table and every layout block; the
// app it makes loads as a config without problems and round-trips stably.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers.hpp>
#include <set>

#include "gr/blocks.h"
#include "gr/component_spec.h"
#include "gr/config.h"
#include "support/harness.h"

using namespace gr;

namespace {

// Every Gradio class, each made through its own builder method; layout blocks nest them.
std::vector<ComponentRef> build_everything(Blocks& demo) {
    std::vector<ComponentRef> c;
    auto side = demo.sidebar({.open = false});
    c.push_back(side.markdown("# Menu"));
    auto row = demo.row({.equal_height = true});
    auto left = row.column({.scale = 2});
    c.push_back(left.textbox({.placeholder = "Name", .lines = 2}));
    c.push_back(left.number({.minimum = 0, .maximum = 10, .precision = 0, .label = "Count"}));
    c.push_back(left.slider({.minimum = 0, .maximum = 1, .step = 0.1}));
    c.push_back(left.checkbox({.value = true, .label = "Agree"}));
    c.push_back(left.dropdown({.choices = {"a", "b"}, .multiselect = true}));
    c.push_back(left.radio({.choice_pairs = {{"One", 1}, {"Two", 2}}, .type = "index"}));
    c.push_back(left.checkbox_group({.choices = {"x", "y"}}));
    auto right = row.column();
    c.push_back(right.html("<b>hi</b>"));
    c.push_back(right.code({{"language", "python"}}));
    c.push_back(right.color_picker({{"value", "#ff0000"}}));
    c.push_back(right.date_time({{"include_time", false}}));
    c.push_back(right.multimodal_textbox());
    c.push_back(right.dialogue({{"speakers", {"A", "B"}}}));
    auto tabs = demo.tabs();
    auto media = tabs.tab("Media");
    for (auto make : {&BlockContext::image, &BlockContext::image_editor, &BlockContext::image_slider, &BlockContext::simple_image,
                      &BlockContext::annotated_image, &BlockContext::audio, &BlockContext::video, &BlockContext::model3d, &BlockContext::gallery,
                      &BlockContext::file, &BlockContext::file_explorer})
        c.push_back((media.*make)(Json::object()));
    auto data = tabs.tab("Data");
    for (auto make : {&BlockContext::json, &BlockContext::label, &BlockContext::dataframe, &BlockContext::dataset, &BlockContext::highlighted_text,
                      &BlockContext::chatbot, &BlockContext::bar_plot, &BlockContext::line_plot, &BlockContext::scatter_plot, &BlockContext::plot,
                      &BlockContext::navbar, &BlockContext::param_viewer})
        c.push_back((data.*make)(Json::object()));
    auto more = demo.accordion("More", {.open = false});
    auto group = more.group();
    c.push_back(group.button("Go", {.variant = "primary"}));
    for (auto make : {&BlockContext::clear_button, &BlockContext::deep_link_button, &BlockContext::duplicate_button, &BlockContext::login_button,
                      &BlockContext::download_button, &BlockContext::upload_button})
        c.push_back((group.*make)(Json::object()));
    auto form = more.form();
    form.textbox({.label = "In a form"});  // a second Textbox: not counted among the 47
    c.push_back(demo.state(Json{{"n", 1}}));
    c.push_back(demo.browser_state(Json::array()));
    c.push_back(demo.timer(0.5));
    return c;
}

}  // namespace

TEST_CASE("the C++ builder can declare all 47 components and every layout block, and the config loads") {
    Blocks demo({.title = "Everything"});
    auto comps = build_everything(demo);
    // One listener per component on its first event, so every event set is exercised.
    App built = demo.app();
    for (auto& ref : comps) {
        const ComponentSpec* spec = find_spec(built.component(ref.id())->type);
        REQUIRE(spec);
        if (!spec->events.empty()) ref.on(std::string(*spec->events.begin()), [] { return 1; }, {}, {});
    }
    Json config = to_config(demo.app());
    LoadResult r = load_config(config);
    INFO(format_problems(r.problems));
    REQUIRE(r.ok());
    CHECK(to_config(*test::load_ok(config.dump())) == config);

    std::set<std::string> types;
    for (auto& c : r.app.components) types.insert(c.type);
    for (auto& spec : all_specs())
        if (spec.in_events_table || spec.kind == BlockKind::layout) CHECK(types.count(std::string(spec.type)) == 1);
    CHECK(comps.size() == 47);  // one per class of the events table (the four template buttons included)
}

TEST_CASE("builder layout blocks nest their children in the config's layout tree") {
    Blocks demo;
    auto tabs = demo.tabs();
    auto first = tabs.tab("First");
    auto box = first.textbox();
    Json layout = to_config(demo.app())["layout"];
    CHECK(layout["children"][0]["id"] == tabs.id().value);
    CHECK(layout["children"][0]["children"][0]["children"][0]["id"] == box.id().value);
    CHECK(layout["children"][0]["children"][0]["children"][0].contains("children") == false);
}

TEST_CASE("layout blocks take listeners on their own events only") {
    Blocks demo;
    auto acc = demo.accordion("More");
    acc.handle().on("expand", [] { return 1; }, {}, {});
    CHECK_THROWS_WITH(acc.handle().on("click", [] { return 1; }, {}, {}), "Accordion has no \"click\" event");
}

TEST_CASE("builder props become Gradio props, and bad ones are refused when the app is built") {
    Blocks demo;
    auto dd = demo.dropdown({.choice_pairs = {{"Cat", "cat"}}, .value = "cat", .allow_custom_value = true, .extra = {{"filterable", false}}});
    Json props = to_config(demo.app())["components"][0]["props"];
    CHECK(props["choices"] == Json::parse(R"([["Cat", "cat"]])"));
    CHECK(props["allow_custom_value"] == true);
    CHECK(props["filterable"] == false);
    CHECK_THROWS_WITH(demo.timer(0), "timer: the interval must be a number of seconds > 0");
    CHECK_THROWS_WITH(demo.image(Json::array()), "image: props must be a JSON object, got []");
    (void)dd;
}
