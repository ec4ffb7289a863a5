// Codecs of Radio, Dropdown and CheckboxGroup: choices as [display, value] pairs,
// type="value"|"index", multiselect and allow_custom_value, with exact error messages.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers.hpp>

#include "components/codec_support.h"

using namespace gr;
using test::post;
using test::pre;

namespace {
const char* pairs = R"({"choices": [["Cat", "cat"], ["Dog", "dog"], ["Ten", 10]]})";
}

TEST_CASE("Radio hands the function the chosen value, or its index with type=index") {
    CHECK(pre("radio", pairs, R"("dog")") == "dog");
    CHECK(pre("radio", R"({"choices": [["Cat", "cat"], ["Dog", "dog"]], "type": "index"})", R"("dog")") == 1);
    CHECK(pre("radio", R"({"choices": ["a", "b"]})", R"("b")") == "b");  // bare values are their own display
}

TEST_CASE("Radio refuses a value that is not among its choices") {
    CHECK_THROWS_WITH(pre("radio", pairs, R"("Cat")"), R"(Radio (component 4): Value: "Cat" is not in the list of choices: ["cat", "dog", 10])");
}

TEST_CASE("Dropdown with multiselect takes a list; with type=index it gives indices") {
    CHECK(pre("dropdown", R"({"choices": [["A", "a"], ["B", "b"]], "multiselect": true, "type": "index"})", R"(["b", "a"])") == Json::parse("[1, 0]"));
    CHECK_THROWS_WITH(pre("dropdown", pairs, R"(["cat"])"), R"(Dropdown (component 4): expected one choice value, got a list ["cat"] (set multiselect=True for several))");
}

TEST_CASE("Dropdown accepts a custom value only with allow_custom_value, and its index is null") {
    CHECK_THROWS_WITH(pre("dropdown", pairs, R"("fox")"), R"(Dropdown (component 4): Value: "fox" is not in the list of choices: ["cat", "dog", 10])");
    CHECK(pre("dropdown", R"({"choices": [["Cat", "cat"]], "allow_custom_value": true})", R"("fox")") == "fox");
    CHECK(pre("dropdown", R"({"choices": [["Cat", "cat"]], "allow_custom_value": true, "type": "index"})", R"("fox")").is_null());
}

TEST_CASE("numeric choices match by value, so 10 and 10.0 are the same choice") {
    CHECK(pre("dropdown", pairs, "10.0") == 10.0);
}

TEST_CASE("CheckboxGroup takes a list of values and gives [] for a missing output") {
    CHECK(pre("checkboxgroup", pairs, R"(["cat", 10])") == Json::parse(R"(["cat", 10])"));
    CHECK(pre("checkboxgroup", R"({"choices": [["A", "a"], ["B", "b"]], "type": "index"})", R"(["b"])") == Json::parse("[1]"));
    CHECK(post("checkboxgroup", pairs, "null") == Json::array());
    CHECK(post("checkboxgroup", pairs, R"("cat")") == Json::parse(R"(["cat"])"));
    CHECK_THROWS_WITH(pre("checkboxgroup", pairs, R"("cat")"), R"(CheckboxGroup (component 4): expected a list of choice values, got "cat")");
}

TEST_CASE("a returned object is not a choice value") {
    CHECK_THROWS_WITH(post("radio", pairs, R"({"v": 1})"), R"(Radio (component 4): expected a choice value (a string or a number), got {"v":1})");
}
