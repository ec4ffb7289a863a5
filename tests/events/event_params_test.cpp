// Gradio's `evt: gr.SelectData` in C++: a function whose last parameter (before a trailing
// gr::Emitter&) is gr::SelectData, gr::LikeData or gr::EventData receives the event's data
// there, and that parameter is not one of the listener's inputs.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "gr/blocks.h"
#include "gr/function.h"

using namespace gr;

namespace {

struct EventHost final : Emitter {
    Json data;
    std::vector<Json> yields;
    void yield(Json v) override { yields.push_back(std::move(v)); }
    void progress_data(Json) override {}
    void log(ToastLevel, const std::string&, const std::string&, std::optional<double>) override {}
    const Json& event_data() const override { return data; }
};

}  // namespace

TEST_CASE("a gr::SelectData parameter gets the select event's index, value and Dataframe row and column") {
    EventHost host;
    host.data = Json::parse(R"({"index": [1, 2], "value": "X", "selected": true, "row_value": ["", "", "X"], "col_value": ["", "X", "X"]})");
    NativeFn fn = native_fn([](const std::string& turn, const SelectData& evt) {
        return turn + " at " + evt.index.dump() + ": " + evt.value.get<std::string>() + ", row " + evt.row_value.dump() + (evt.selected ? "" : " (deselected)");
    });
    CHECK(fn(Json::array({"O"}), host) == R"(O at [1,2]: X, row ["","","X"])");
    // It is not an input: the listener gives one value for this function.
    CHECK_THROWS_WITH(fn(Json::array({"O", "extra"}), host), "function takes 1 argument but the listener gives 2");
}

TEST_CASE("the event's data may come before a trailing gr::Emitter&, and a generator still yields") {
    EventHost host;
    host.data = Json::parse(R"({"index": 3, "value": "hi", "liked": false})");
    NativeFn fn = native_fn([](LikeData evt, Emitter& emit) {
        emit.yield(std::string(evt.liked == false ? "disliked " : "liked ") + evt.index.dump());
    });
    fn(Json::array(), host);
    REQUIRE(host.yields.size() == 1);
    CHECK(host.yields[0] == "disliked 3");
    CHECK(is_generator_fn<void (*)(LikeData, Emitter&)>());
}

TEST_CASE("gr::EventData passes any event's data; a SelectData for an event without data says so") {
    EventHost host;
    host.data = Json::parse(R"({"key": "Enter", "input_value": "ok"})");
    NativeFn any = native_fn([](const EventData& evt) { return evt.data.at("key"); });
    CHECK(any(Json::array(), host) == "Enter");
    host.data = nullptr;
    NativeFn select = native_fn([](const SelectData& evt) { return evt.index; });
    CHECK_THROWS_WITH(select(Json::array(), host), Catch::Matchers::ContainsSubstring("takes gr::SelectData, but its event carries no such data"));
}

TEST_CASE("a listener whose function takes gr::SelectData is built with only its real inputs") {
    Blocks demo;
    auto gallery = demo.gallery();
    auto out = demo.textbox();
    gallery.on("select", [](SelectData evt) { return evt.value.dump(); }, {}, {out});
    App app = demo.app();  // a copy: a reference into the temporary would dangle (ASan found it)
    CHECK(app.dependencies.at(0).inputs.empty());
}

TEST_CASE("every Gradio EventData type reads its fields: EditData, KeyUpData, RetryData, UndoData, CopyData, DeletedFileData, DownloadData") {
    EventHost host;
    host.data = Json::parse(R"({"index": [0, 1], "value": "new", "previous_value": "old", "key": "Enter", "input_value": "ab",
                               "file": {"path": "blob:f", "orig_name": "a.txt"}})");
    CHECK(native_fn([](const EditData& e) { return e.previous_value.get<std::string>() + "→" + e.value.get<std::string>() + " at " + e.index.dump(); })(Json::array(), host) ==
          "old→new at [0,1]");
    CHECK(native_fn([](KeyUpData e) { return e.key + ":" + e.input_value; })(Json::array(), host) == "Enter:ab");
    CHECK(native_fn([](RetryData e) { return e.value; })(Json::array(), host) == "new");
    CHECK(native_fn([](UndoData e) { return e.index; })(Json::array(), host) == Json({0, 1}));
    CHECK(native_fn([](CopyData e) { return e.value; })(Json::array(), host) == "new");
    CHECK(native_fn([](DeletedFileData e) { return e.file["orig_name"]; })(Json::array(), host) == "a.txt");
    CHECK(native_fn([](DownloadData e) { return e.file["path"]; })(Json::array(), host) == "blob:f");
    host.data = nullptr;
    CHECK_THROWS_WITH(native_fn([](KeyUpData e) { return e.key; })(Json::array(), host), Catch::Matchers::ContainsSubstring("takes gr::KeyUpData, but its event carries no such data"));
}
