// Listener fields in the config: Gradio's keys with Gradio's defaults, and Graft's extension
// keys for the server-only parameters (concurrency_limit, concurrency_id, validator, …).
#include <catch2/catch_test_macros.hpp>

#include "gr/config.h"
#include "support/recording_host.h"

using namespace gr;

namespace {

std::string with_dep(const std::string& dep) {
    return test::app_config(R"([{"id": 1, "type": "textbox"}, {"id": 2, "type": "textbox"}, {"id": 3, "type": "button"}])", "[" + dep + "]");
}

}  // namespace

TEST_CASE("every listener field is read with Gradio's defaults when absent") {
    auto app = test::load_ok(with_dep(R"({"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "f"})"));
    const Dependency& d = app->dependencies.at(0);
    CHECK(d.trigger_mode == TriggerMode::always_last);
    CHECK(d.max_batch_size == 4);
    CHECK(!d.batch);
    CHECK(d.preprocess);
    CHECK(d.postprocess);
    CHECK(d.concurrency_limit.kind == ConcurrencyLimit::use_default);
    CHECK(d.api_visibility == ApiVisibility::public_);
    CHECK(d.stream_every == 0.5);
    CHECK(!d.time_limit);
    CHECK(!d.validator);
}

TEST_CASE("default trigger modes follow Gradio: key_up always_last, stream multiple, click once") {
    auto mode = [](const char* event, const char* type) {
        auto app = test::load_ok(test::app_config(std::string(R"([{"id": 1, "type": ")") + type + R"("}])",
                                                  std::string(R"([{"id": 0, "targets": [[1, ")") + event + R"("]], "api_name": "f"}])"));
        return app->dependencies.at(0).trigger_mode;
    };
    CHECK(mode("key_up", "dropdown") == TriggerMode::always_last);
    CHECK(mode("stream", "image") == TriggerMode::multiple);
    CHECK(mode("click", "button") == TriggerMode::once);
}

TEST_CASE("every listener field and Graft's extension keys round-trip through the config") {
    std::string dep = R"({"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "f",
        "api_description": false, "scroll_to_output": true, "show_progress": "minimal", "show_progress_on": [1],
        "queue": false, "batch": true, "max_batch_size": 8, "preprocess": false, "postprocess": false, "cancels": [],
        "trigger_mode": "multiple", "js": "(x) => x", "concurrency_limit": 3, "concurrency_id": "gpu",
        "api_visibility": "undocumented", "time_limit": 10, "stream_every": 0.25, "key": "k1", "validator": "check",
        "types": {"generator": true, "cancel": false}})";
    auto app = test::load_ok(with_dep(dep));
    const Dependency& d = app->dependencies.at(0);
    CHECK(d.concurrency_limit == ConcurrencyLimit{ConcurrencyLimit::limited, 3});
    CHECK(d.concurrency_id == "gpu");
    CHECK(d.validator == "check");
    CHECK(d.generator);
    CHECK(d.time_limit == 10);
    Json out = to_config(*app)["dependencies"][0];
    const Json given = Json::parse(dep);
    for (auto& [k, v] : given.items()) CHECK(out[k] == v);
    auto again = test::load_ok(to_config(*app).dump());
    CHECK(to_config(*again) == to_config(*app));
}

TEST_CASE("a Gradio config without extension keys writes none of them back") {
    auto app = test::load_ok(with_dep(R"({"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "f"})"));
    Json out = to_config(*app)["dependencies"][0];
    for (auto key : {"concurrency_limit", "concurrency_id", "validator", "preprocess", "postprocess", "key"}) CHECK(!out.contains(key));
    CHECK(out["types"] == Json::parse(R"({"generator": false, "cancel": false})"));
}

TEST_CASE("bad listener fields are reported with their paths") {
    LoadResult r = load_config_text(with_dep(R"({"id": 0, "targets": [[3, "click"]], "api_name": "f", "concurrency_limit": 0,
        "max_batch_size": 0, "api_visibility": "secret", "time_limit": -1, "batch": "yes"})"));
    std::string all = format_problems(r.problems);
    CHECK(all.find("$.dependencies[0].concurrency_limit: expected \"default\", null or a whole number ≥ 1, got 0") != std::string::npos);
    CHECK(all.find("$.dependencies[0].max_batch_size: expected a batch size of at least 1, got 0") != std::string::npos);
    CHECK(all.find("$.dependencies[0].api_visibility: expected \"public\", \"private\" or \"undocumented\"") != std::string::npos);
    CHECK(all.find("$.dependencies[0].time_limit: expected a number of seconds") != std::string::npos);
    CHECK(all.find("$.dependencies[0].batch: expected true or false, got a string") != std::string::npos);
}
