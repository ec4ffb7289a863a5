// EventData payloads reach functions shaped like Gradio's EventData classes.
#include <catch2/catch_test_macros.hpp>

#include "support/recording_host.h"

using namespace gr;
using test::Host;

namespace {

// A Dataframe, a Chatbot, a Dropdown, a File and a Textbox, each with one listener per event.
Host payload_app() {
    std::string deps = "[";
    int id = 0;
    auto add = [&](int component, const char* event) {
        deps += std::string(id ? "," : "") + R"({"id": )" + std::to_string(id) + R"(, "targets": [[)" + std::to_string(component) + R"(, ")" +
                event + R"("]], "inputs": [], "outputs": [], "api_name": ")" + event + std::to_string(component) + R"(", "trigger_mode": "multiple"})";
        ++id;
    };
    add(1, "select");
    for (auto e : {"like", "undo", "retry", "edit", "copy"}) add(2, e);
    add(3, "key_up");
    add(4, "delete");
    add(4, "download");
    add(5, "select");
    return Host(test::app_config(R"([{"id": 1, "type": "dataframe"}, {"id": 2, "type": "chatbot"}, {"id": 3, "type": "dropdown"},
                                     {"id": 4, "type": "file"}, {"id": 5, "type": "textbox"}])",
                                 deps + "]"));
}

Json payload(Host& h, int component, const char* event, const char* data) {
    h.engine.dispatch(ComponentId(component), event, Json::parse(data));
    return h.runs().at(0).event_data;
}

}  // namespace

TEST_CASE("SelectData from a Dataframe carries index, value, row_value, col_value and selected") {
    Host h = payload_app();
    Json d = payload(h, 1, "select", R"({"index": [1, 0], "value": 4, "row_value": [4, 5], "col_value": [1, 4]})");
    CHECK(d == Json::parse(R"({"index": [1, 0], "value": 4, "row_value": [4, 5], "col_value": [1, 4], "selected": true})"));
}

TEST_CASE("SelectData from a Textbox gets Gradio's defaults: selected true, row_value and col_value null") {
    Host h = payload_app();
    Json d = payload(h, 5, "select", R"({"index": [0, 5], "value": "Hello"})");
    CHECK(d["selected"] == true);
    CHECK(d["row_value"].is_null());
    CHECK(d["col_value"].is_null());
}

TEST_CASE("LikeData, UndoData, RetryData, EditData, CopyData and KeyUpData carry Gradio's keys") {
    Host h = payload_app();
    CHECK(payload(h, 2, "like", R"({"index": 1, "value": ["hi"]})")["liked"] == true);
    CHECK(payload(h, 2, "undo", R"({"index": 2})") == Json::parse(R"({"index": 2, "value": null})"));
    CHECK(payload(h, 2, "retry", R"({"index": 2, "value": "again"})")["value"] == "again");
    CHECK(payload(h, 2, "edit", R"({"index": 0, "value": "new"})")["previous_value"].is_null());
    CHECK(payload(h, 2, "copy", R"({"value": "copied"})") == Json::parse(R"({"value": "copied"})"));
    CHECK(payload(h, 3, "key_up", R"({"key": "a", "input_value": "ba"})") == Json::parse(R"({"key": "a", "input_value": "ba"})"));
}

TEST_CASE("DeletedFileData and DownloadData hold the FileData the component sent as file") {
    Host h = payload_app();
    Json d = payload(h, 4, "delete", R"({"path": "/tmp/a.txt", "orig_name": "a.txt", "meta": {"_type": "gradio.FileData"}})");
    CHECK(d["file"]["orig_name"] == "a.txt");
    CHECK(payload(h, 4, "download", R"({"path": "/tmp/b.txt"})")["file"]["path"] == "/tmp/b.txt");
}

TEST_CASE("event data that cannot be the event's class is a clear error naming the event") {
    Host h = payload_app();
    CHECK_THROWS_WITH(h.engine.dispatch(ComponentId(1), "select", 5), "select event data must be an object (gr.SelectData), got 5");
}

TEST_CASE("a run command names the event's target and each input's and output's component type") {
    Host h(test::app_config(R"([{"id": 1, "type": "textbox"}, {"id": 2, "type": "image"}, {"id": 3, "type": "button"}])",
                            R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "go",
                                 "collects_event_data": true}])"));
    h.engine.dispatch(ComponentId(3), "click");
    Json run = to_json(Command(h.runs().at(0)));
    CHECK(run["target"] == 3);
    CHECK(run["edge"]["inputs"] == Json::parse(R"([{"id": 1, "type": "textbox"}])"));
    CHECK(run["edge"]["outputs"] == Json::parse(R"([{"id": 2, "type": "image"}])"));
    CHECK(run["edge"]["api_name"] == "go");
    CHECK(run["edge"]["collects_event_data"] == true);
    CHECK(run["edge"]["backend_fn"] == true);
}

TEST_CASE("an input whose type asks for a conversion the page cannot make is marked in the run command") {
    Host h(test::app_config(R"([{"id": 1, "type": "gallery", "props": {"type": "numpy"}}, {"id": 2, "type": "file", "props": {"type": "binary"}},
                                {"id": 3, "type": "audio"}, {"id": 4, "type": "textbox"}])",
                            R"([{"id": 0, "targets": [[4, "submit"]], "inputs": [1, 2, 3], "outputs": [4], "api_name": "go"}])"));
    h.engine.dispatch(ComponentId(4), "submit");
    Json inputs = to_json(Command(h.runs().at(0)))["edge"]["inputs"];
    CHECK(inputs[0]["unconverted"].get<std::string>().find("Gallery with type=\"numpy\"") == 0);
    CHECK_FALSE(inputs[1].contains("unconverted"));  // the page's File gives bytes for type="binary"
    CHECK_FALSE(inputs[2].contains("unconverted"));  // the page's Audio gives (sample_rate, samples)
}
