// Codecs of structured components: JSON, Label, Dataframe, HighlightedText, Chatbot, State.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "components/codec_support.h"

using namespace gr;
using test::post;
using test::pre;

TEST_CASE("JSON parses a returned string and refuses one that is not JSON") {
    CHECK(post("json", "{}", R"("{\"a\": [1, 2]}")") == Json::parse(R"({"a": [1, 2]})"));
    CHECK(post("json", "{}", R"({"b": true})") == Json::parse(R"({"b": true})"));
    CHECK_THROWS_WITH(post("json", "{}", R"("{oops")"), R"(JSON (component 4): a returned string must hold JSON text, got "{oops")");
}

TEST_CASE("Label sorts returned confidences, keeps num_top_classes and names the top label") {
    Json l = post("label", R"({"num_top_classes": 2})", R"({"cat": 0.2, "dog": 0.7, "fox": 0.1})");
    CHECK(l["label"] == "dog");
    REQUIRE(l["confidences"].size() == 2);
    CHECK(l["confidences"][1] == Json::parse(R"({"label": "cat", "confidence": 0.2})"));
    CHECK(post("label", "{}", R"("hot dog")") == Json::parse(R"({"label": "hot dog"})"));
    CHECK(post("label", "{}", "null") == Json::object());
}

TEST_CASE("Label gives the function the top label, or {label: confidence} when there are confidences") {
    CHECK(pre("label", "{}", R"({"label": "dog", "confidences": null})") == "dog");
    CHECK(pre("label", "{}", R"({"label": "dog", "confidences": [{"label": "dog", "confidence": 0.9}]})") == Json::parse(R"({"dog": 0.9})"));
    CHECK_THROWS_WITH(post("label", "{}", R"({"cat": "high"})"), R"(Label (component 4): value["cat"]: expected a confidence (a number), got "high")");
}

TEST_CASE("Dataframe gives rows for type=array and {headers, data} otherwise") {
    const char* table = R"({"headers": ["a", "b"], "data": [[1, 2], [3, 4]]})";
    CHECK(pre("dataframe", R"({"type": "array"})", table) == Json::parse("[[1, 2], [3, 4]]"));
    CHECK(pre("dataframe", "{}", table) == Json::parse(table));
}

TEST_CASE("Dataframe numbers missing headers and refuses ragged rows") {
    Json d = post("dataframe", "{}", "[[1, 2], [3, 4]]");
    CHECK(d["headers"] == Json::parse(R"(["1", "2"])"));
    CHECK(post("dataframe", R"({"headers": ["x"]})", "[5, 6]")["data"] == Json::parse("[[5], [6]]"));
    CHECK_THROWS_WITH(post("dataframe", "{}", R"({"headers": ["a", "b"], "data": [[1, 2], [3]]})"), "Dataframe (component 4): value.data[1] has 1 cells but there are 2 headers");
    CHECK_THROWS_WITH(pre("dataframe", "{}", "[[1]]"), R"(Dataframe (component 4): expected {"headers": […], "data": [[…]]}, got [[1]])");
}

TEST_CASE("HighlightedText takes (token, label) pairs or entity spans and gives pairs to the function") {
    CHECK(post("highlightedtext", "{}", R"([["Ada", "PER"], [" lives", null]])") ==
          Json::parse(R"([{"token": "Ada", "class_or_confidence": "PER"}, {"token": " lives", "class_or_confidence": null}])"));
    Json spans = post("highlightedtext", "{}", R"({"text": "Ada in Paris", "entities": [{"entity": "LOC", "start": 7, "end": 12}]})");
    CHECK(spans == Json::parse(R"([{"token": "Ada in ", "class_or_confidence": null}, {"token": "Paris", "class_or_confidence": "LOC"}])"));
    CHECK(pre("highlightedtext", "{}", R"([{"token": "Ada", "class_or_confidence": 0.5}])") == Json::parse(R"([["Ada", 0.5]])"));
    CHECK_THROWS_WITH(post("highlightedtext", "{}", R"([["Ada", ["x"]]])"), R"(HighlightedText (component 4): value[0]: the label must be a string, a number or null, got ["x"])");
}

TEST_CASE("Chatbot turns returned messages with string content into content parts") {
    Json m = post("chatbot", "{}", R"([{"role": "user", "content": "Hi"}, {"role": "assistant", "content": {"path": "cat.png"}}])");
    CHECK(m[0]["content"] == Json::parse(R"([{"type": "text", "text": "Hi"}])"));
    CHECK(m[1]["content"][0]["type"] == "file");
    CHECK(m[1]["content"][0]["file"]["path"] == "cat.png");
    CHECK(m[0]["metadata"].is_null());
}

TEST_CASE("Chatbot accepts Gradio's old [user, bot] pairs as messages") {
    Json m = post("chatbot", "{}", R"([["Hi", "Hello!"], [null, "Anyone there?"]])");
    REQUIRE(m.size() == 3);
    CHECK(m[2]["role"] == "assistant");
}

TEST_CASE("Chatbot refuses a message with an unknown role") {
    CHECK_THROWS_WITH(pre("chatbot", "{}", R"([{"role": "bot", "content": "x"}])"), R"(Chatbot (component 4): value[0].role: expected "user", "assistant" or "system", got "bot")");
}

TEST_CASE("State keeps any value unchanged both ways") {
    CHECK(pre("state", "{}", R"({"n": [1, {"x": null}]})") == Json::parse(R"({"n": [1, {"x": null}]})"));
    CHECK(post("browserstate", "{}", "3") == 3);
}

TEST_CASE("a native plot takes records, {headers, data} or PlotData and shows PlotData with inferred datatypes and its class's mark") {
    Json from_records = post("nativeplot", R"({"name": "lineplot", "x": "t", "y": "h"})", R"([{"t": 0, "h": 1.5}, {"t": 1, "h": 2}])");
    // Records' columns come in key order (gr::Json objects keep no other); x and y name theirs.
    CHECK(from_records == Json::parse(R"({"columns": ["h", "t"], "data": [[1.5, 0], [2, 1]],
        "datatypes": {"t": "quantitative", "h": "quantitative"}, "mark": "line"})"));
    Json bars = post("nativeplot", R"({"name": "barplot"})", R"({"headers": ["fruit", "n"], "data": [["apple", 3], ["fig", null]]})");
    CHECK(bars["datatypes"] == Json::parse(R"({"fruit": "nominal", "n": "quantitative"})"));
    CHECK(bars["mark"] == "bar");
    // What a JS function's edge already shaped passes unchanged (its datatypes and mark win).
    const char* shaped = R"({"columns": ["d"], "data": [[1700000000000]], "datatypes": {"d": "temporal"}, "mark": "point"})";
    CHECK(post("nativeplot", R"({"name": "lineplot"})", shaped) == Json::parse(shaped));
    CHECK(post("nativeplot", "{}", "null").is_null());
}

TEST_CASE("a native plot refuses data it cannot chart, naming what is wrong") {
    CHECK_THROWS_WITH(post("nativeplot", R"({"name": "lineplot", "x": "time", "y": "h"})", R"([{"t": 0, "h": 1}])"),
                      Catch::Matchers::ContainsSubstring(R"(the x column "time" is not in the data)"));
    CHECK_THROWS_WITH(post("nativeplot", "{}", R"({"columns": ["a", "b"], "data": [[1]]})"),
                      Catch::Matchers::ContainsSubstring("value.data[0]: 1 cells for 2 columns"));
    CHECK_THROWS_WITH(post("nativeplot", "{}", "42"), Catch::Matchers::ContainsSubstring("expected rows"));
}

TEST_CASE("a Dataset gives the function the clicked sample by type: its values (Gradio's default), index or [index, values]") {
    const char* props = R"({"samples": [["a", 1], ["b", 2]]})";
    CHECK(pre("dataset", props, "1") == Json::parse(R"(["b", 2])"));
    CHECK(pre("dataset", R"({"samples": [["a", 1]], "type": "index"})", "0") == 0);
    CHECK(pre("dataset", R"({"samples": [["a", 1]], "type": "tuple"})", "0") == Json::parse(R"([0, ["a", 1]])"));
    CHECK(pre("dataset", props, "null").is_null());
    CHECK_THROWS_WITH(pre("dataset", props, "5"), "Dataset (component 4): there is no sample 5 (the Dataset has 2)");
}
