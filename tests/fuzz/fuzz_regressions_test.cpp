// Bugs found by the libFuzzer harnesses of fuzz/ (their inputs are kept in fuzz/regressions/,
// which scripts/fuzz replays under the sanitizers); each one is also checked here.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <stdexcept>
#include <string>

#include "gr/codec.h"
#include "gr/component_spec.h"
#include "gr/config.h"
#include "gr/remote/sse.h"
#include "gr/values.h"

using namespace gr;

TEST_CASE("fuzz/config: a config whose number overflows a double is a problem, not an exception") {
    LoadResult r;
    REQUIRE_NOTHROW(r = load_config_text("66e666"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "$");
    CHECK_THAT(r.problems[0].message, Catch::Matchers::StartsWith("malformed JSON: "));
}

TEST_CASE("fuzz/sse: the line limit holds however the stream is chunked") {
    std::string stream = "data: " + std::string(40, 'x') + "\n\n";
    remote::SseParser whole(16);
    CHECK_THROWS_AS(whole.feed(stream), std::length_error);
    remote::SseParser bytewise(16);
    CHECK_THROWS_AS([&] { for (char c : stream) bytewise.feed(std::string_view(&c, 1)); }(), std::length_error);
    remote::SseParser fits(64);
    CHECK(fits.feed(stream).size() == 1);
}

TEST_CASE("fuzz/codec: DateTime refuses a timestamp outside Python's years 1..9999 instead of overflowing") {
    Component dt{ComponentId(4), "datetime", default_props("datetime")};
    CHECK_THROWS_AS(postprocess(dt, Json::object(), Json(7.7e46)), ValueError);
    CHECK_THROWS_AS(postprocess(dt, Json::object(), Json(-1e300)), ValueError);
    CHECK(postprocess(dt, Json::object(), Json(253402300799.0)) == "9999-12-31 23:59:59");
    CHECK(postprocess(dt, Json::object(), Json(-62135596800.0)) == "0001-01-01 00:00:00");
}

TEST_CASE("fuzz/values: a chat message whose metadata has none of Gradio's keys reads as one without metadata, and writes back the same") {
    auto m = Json::parse(R"({"role": "assistant", "content": "ok", "metadata": {"tit$le": "t", "va": 3}})").get<ChatMessage>();
    CHECK_FALSE(m.metadata);
    CHECK(Json(m).get<ChatMessage>() == m);
    auto titled = Json::parse(R"({"role": "assistant", "content": "ok", "metadata": {"title": "t"}})").get<ChatMessage>();
    REQUIRE(titled.metadata);
    CHECK(Json(titled).get<ChatMessage>() == titled);
}
