#include <catch2/catch_test_macros.hpp>

#include "gr/remote/sse.h"

using namespace gr::remote;

namespace {

const std::string stream =
    "data: {\"msg\":\"estimation\",\"event_id\":\"e1\",\"rank\":0}\n\n"
    ": a comment line\r\n"
    "event: generating\r\n"
    "data: [1,\r\n"
    "data: 2]\r\n\r\n"
    "data: {\"msg\":\"close_stream\",\"event_id\":null}\r\r";

void check_events(const std::vector<SseEvent>& events) {
    REQUIRE(events.size() == 3);
    CHECK(events[0].event == "message");
    CHECK(events[0].data == R"({"msg":"estimation","event_id":"e1","rank":0})");
    CHECK(events[1].event == "generating");
    CHECK(events[1].data == "[1,\n2]");
    CHECK(events[2].data == R"({"msg":"close_stream","event_id":null})");
}

}  // namespace

TEST_CASE("SSE events parse from one chunk with LF, CRLF and CR line ends and comments") {
    SseParser p;
    check_events(p.feed(stream));
}

TEST_CASE("SSE events parse the same when the stream arrives byte by byte") {
    SseParser p;
    std::vector<SseEvent> all;
    for (char c : stream)
        for (auto& e : p.feed(std::string_view(&c, 1))) all.push_back(e);
    check_events(all);
}

TEST_CASE("SSE lines without a colon, unknown fields and data-less blocks yield nothing") {
    SseParser p;
    CHECK(p.feed("garbage line\nretry: 10\nfoo: bar\n\n").empty());
    auto events = p.feed("data\n\n");
    REQUIRE(events.size() == 1);
    CHECK(events[0].data.empty());
}

TEST_CASE("an endless SSE line is refused instead of growing without bound") {
    SseParser p(16);
    CHECK_THROWS_AS(p.feed(std::string(40, 'x')), std::length_error);
}
