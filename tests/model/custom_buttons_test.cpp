// Gradio 6's custom buttons: `buttons=["copy", refresh_btn]` on a component. Gradio's Python
// unrenders the gr.Button (it is in neither $.components nor the layout) and writes its config,
// with its id, into the host's `buttons`; the listeners of refresh_btn.click target that id.
#include <catch2/catch_test_macros.hpp>

#include "gr/config.h"
#include "gr/engine.h"
#include "support/harness.h"

using namespace gr;
using test::only;

namespace {

// As Gradio 6 writes gradio/demo/textbox_custom_buttons (trimmed to one custom button): the
// textbox sits in an automatic form; the nested Button config keeps its None props as null.
const char* kConfig = R"({"version": "6.0.0", "mode": "blocks", "protocol": "sse_v3", "components": [
  {"id": 2, "type": "form", "props": {"scale": 0, "min_width": 0, "visible": true, "name": "form"}},
  {"id": 4, "type": "textbox", "props": {"value": "Sample text", "lines": 5, "label": "Sample Text", "show_label": true,
    "buttons": ["copy", {"value": "Refresh", "variant": "secondary", "size": "lg", "icon": null, "link": null,
      "link_target": "_self", "visible": true, "interactive": true, "elem_id": null, "elem_classes": null, "key": null,
      "preserved_by_key": ["value"], "scale": null, "min_width": null, "proxy_url": null, "name": "button", "id": 3}],
    "visible": true, "interactive": true, "name": "textbox"}}],
  "layout": {"id": 1, "children": [{"id": 2, "children": [{"id": 4}]}]},
  "dependencies": [{"id": 0, "targets": [[3, "click"]], "inputs": [], "outputs": [4], "backend_fn": true,
    "api_name": "refresh_data", "queue": true}]})";

bool has_problem(const LoadResult& r, const std::string& path, const std::string& words) {
    for (auto& p : r.problems)
        if (p.path == path && p.message.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a gr.Button in a component's buttons is a button of the app, outside the layout") {
    auto app = test::load_ok(kConfig);
    const Component* button = app->component(ComponentId(3));
    REQUIRE(button);
    CHECK(button->type == "button");
    CHECK(button->host == ComponentId(4));
    CHECK(button->props["value"] == "Refresh");
    CHECK_FALSE(button->props.contains("id"));
}

TEST_CASE("clicking a custom button runs its click listener with the host as output") {
    Engine e(test::load_ok(kConfig));
    e.dispatch(ComponentId(3), "click");
    auto runs = only<RunJob>(e.take_commands());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].fn == "refresh_data");
    e.resolve(runs[0].job, "Refreshed content: 1234");
    CHECK(e.value(ComponentId(4)) == "Refreshed content: 1234");
}

TEST_CASE("a written config keeps the custom button in its host's buttons only, as Gradio does") {
    auto app = test::load_ok(kConfig);
    Json written = to_config(*app);
    REQUIRE(written["components"].size() == 2);
    for (auto& c : written["components"]) CHECK(c["id"] != 3);
    CHECK(written["components"][1]["props"]["buttons"][1]["id"] == 3);
    CHECK(to_config(*test::load_ok(written.dump())) == written);
}

TEST_CASE("a custom button that is no gr.Button, or has no id, is reported at its path") {
    std::string text = kConfig;
    auto replace = [&](const std::string& from, const std::string& to) {
        std::string out = text;
        out.replace(out.find(from), from.size(), to);
        return out;
    };
    LoadResult no_id = load_config_text(replace(R"("name": "button", "id": 3})", R"("name": "button"})"));
    CHECK(has_problem(no_id, "$.components[1].props.buttons[1].id", "a custom button needs the id"));
    LoadResult not_button = load_config_text(replace(R"("name": "button", "id": 3})", R"("name": "slider", "id": 3})"));
    CHECK(has_problem(not_button, "$.components[1].props.buttons[1].name", "must be a gr.Button"));
    LoadResult number = load_config_text(replace(R"(["copy", {)", R"(["copy", 7, {)"));
    CHECK(has_problem(number, "$.components[1].props.buttons[1]", "a built-in button's name"));
    LoadResult bad_variant = load_config_text(replace(R"("variant": "secondary")", R"("variant": 2)"));
    CHECK(has_problem(bad_variant, "$.components[1].props.buttons[1].variant", "expected a string"));
}
