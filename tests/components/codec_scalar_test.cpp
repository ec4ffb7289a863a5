// Codecs of scalar components (Textbox, Markdown, Code, Number, Slider, Checkbox, Timer,
// ColorPicker, DateTime): a good value each way, and a bad one with its exact message.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers.hpp>

#include "components/codec_support.h"

using namespace gr;
using test::post;
using test::pre;

TEST_CASE("Textbox passes text through and turns a returned number into its text") {
    CHECK(pre("textbox", "{}", R"("Ada")") == "Ada");
    CHECK(post("textbox", "{}", "42") == "42");
    CHECK(post("textbox", "{}", "true") == "True");
    CHECK(post("textbox", "{}", "null").is_null());
}

TEST_CASE("Textbox refuses a list, naming the component") {
    CHECK_THROWS_WITH(pre("textbox", "{}", "[1, 2]"), "Textbox (component 4): expected a string, got [1,2]");
    CHECK_THROWS_WITH(post("textbox", "{}", R"({"a": 1})"), R"(Textbox (component 4): expected a string, got {"a":1})");
}

TEST_CASE("Markdown dedents a returned docstring-like text as inspect.cleandoc does") {
    CHECK(post("markdown", "{}", R"("\n    # Title\n    body\n      indented\n  ")") == "# Title\nbody\n  indented");
}

TEST_CASE("Code strips surrounding whitespace from returned code; HTML keeps it") {
    CHECK(post("code", "{}", R"("\n  x = 1\n\n")") == "x = 1");
    CHECK(post("html", "{}", R"(" <b>hi</b> ")") == " <b>hi</b> ");
}

TEST_CASE("Number with precision 0 hands the function an integer, rounding halves to even") {
    CHECK(pre("number", R"({"precision": 0})", "2.5") == 2);
    CHECK(pre("number", R"({"precision": 0})", "3.5") == 4);
    CHECK(pre("number", R"({"precision": 2})", "3.14159") == 3.14);
    CHECK(pre("number", "{}", "7") == 7);
    CHECK(post("number", R"({"precision": 1})", "2.26") == 2.3);
}

TEST_CASE("Number accepts a numeric string, as Gradio's float() does, and refuses other text") {
    CHECK(pre("number", "{}", R"("3.5")") == 3.5);
    CHECK_THROWS_WITH(pre("number", "{}", R"("abc")"), R"(Number (component 4): expected a number, got "abc")");
}

TEST_CASE("Number enforces minimum and maximum on input with Gradio's message") {
    CHECK(pre("number", R"({"minimum": 0, "maximum": 10})", "10") == 10);
    CHECK_THROWS_WITH(pre("number", R"({"minimum": 0, "maximum": 10})", "11"), "Number (component 4): Value 11 is greater than maximum value 10.");
    CHECK_THROWS_WITH(pre("number", R"({"minimum": 0.5})", "0.25"), "Number (component 4): Value 0.25 is less than minimum value 0.5.");
}

TEST_CASE("Slider checks its bounds on input and falls back to minimum for a missing or out-of-range output") {
    CHECK(pre("slider", R"({"minimum": 0, "maximum": 10, "step": 0.5})", "2.5") == 2.5);
    CHECK_THROWS_WITH(pre("slider", R"({"minimum": 0, "maximum": 10})", "12"), "Slider (component 4): Value 12 is greater than maximum value 10.");
    CHECK_THROWS_WITH(pre("slider", "{}", R"("five")"), R"(Slider (component 4): expected a number, got "five")");
    CHECK(post("slider", R"({"minimum": 2, "maximum": 10})", "null") == 2);
    CHECK(post("slider", R"({"minimum": 2, "maximum": 10})", "50") == 2);
    CHECK(post("slider", "{}", "50") == 50);  // default bounds 0..100
}

TEST_CASE("Slider with a step that is not positive is reported") {
    CHECK_THROWS_WITH(pre("slider", R"({"step": 0})", "1"), "Slider (component 4): step must be greater than 0, got 0");
}

TEST_CASE("Checkbox takes booleans; a returned number counts by truthiness") {
    CHECK(pre("checkbox", "{}", "true") == true);
    CHECK(post("checkbox", "{}", "0") == false);
    CHECK_THROWS_WITH(pre("checkbox", "{}", R"("yes")"), R"(Checkbox (component 4): expected true or false, got "yes")");
}

TEST_CASE("Timer's value is a positive interval in seconds") {
    CHECK(post("timer", "{}", "0.5") == 0.5);
    CHECK_THROWS_WITH(post("timer", "{}", "-1"), "Timer (component 4): expected an interval in seconds (a number > 0), got -1");
}

TEST_CASE("ColorPicker takes CSS colors and refuses text that is not one") {
    CHECK(pre("colorpicker", "{}", R"("#ff8800")") == "#ff8800");
    CHECK(post("colorpicker", "{}", R"("#abc")") == "#abc");
    CHECK(pre("colorpicker", "{}", R"x("rgba(255, 136, 0, 0.5)")x") == "rgba(255, 136, 0, 0.5)");
    CHECK(post("colorpicker", "{}", R"("red")") == "red");
    CHECK_THROWS_WITH(post("colorpicker", "{}", R"("#12")"), R"x(ColorPicker (component 4): expected a color like "#ff0000" or "rgba(255, 0, 0, 1)", got "#12")x");
    CHECK_THROWS_WITH(pre("colorpicker", "{}", "255"), R"x(ColorPicker (component 4): expected a color like "#ff0000" or "rgba(255, 0, 0, 1)", got 255)x");
}

TEST_CASE("DateTime hands the function a UTC timestamp by default, or the string or ISO form per type") {
    CHECK(pre("datetime", "{}", R"("2024-02-29 12:30:00")") == 1709209800.0);
    CHECK(pre("datetime", "{}", R"("1970-01-02")") == 86400.0);
    CHECK(pre("datetime", R"({"type": "datetime"})", R"("2024-02-29 12:30")") == "2024-02-29T12:30:00");
    CHECK(pre("datetime", R"({"type": "string"})", R"("2024-02-29")") == "2024-02-29");
    CHECK(post("datetime", "{}", "1709209800") == "2024-02-29 12:30:00");
    CHECK(post("datetime", R"({"include_time": false})", "1709209800") == "2024-02-29");
}

TEST_CASE("DateTime refuses impossible dates and relative times it cannot resolve without a clock") {
    CHECK_THROWS_WITH(pre("datetime", "{}", R"("2023-02-29")"), R"(DateTime (component 4): no such date or time: "2023-02-29")");
    CHECK_THROWS_WITH(pre("datetime", "{}", R"("tomorrow")"), R"(DateTime (component 4): expected a date "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS", got "tomorrow")");
    CHECK_THROWS_WITH(pre("datetime", "{}", R"("now - 1h")"), R"(DateTime (component 4): relative times like "now - 1h" need a clock; give "YYYY-MM-DD HH:MM:SS")");
}

TEST_CASE("a prop update returned by a function has its value postprocessed with the update's props") {
    Json out = post("number", "{}", R"({"__type__": "update", "precision": 0, "value": 2.7, "visible": false})");
    CHECK(out["value"] == 3);
    CHECK(out["visible"] == false);
    CHECK(out["__type__"] == "update");
}

TEST_CASE("types without codec rules pass values through") {
    CHECK(pre("plot", "{}", R"({"type": "plotly", "plot": "{}"})") == Json::parse(R"({"type": "plotly", "plot": "{}"})"));
}
