// The queue server's `.stream()` events, driven as a host would: a join brings the first
// chunk, POST /stream/{event_id} the later ones, /close or the clock ends them; each call's
// result goes out as process_streaming and the event holds its concurrency slot between calls.
#include <catch2/catch_test_macros.hpp>

#include "gr/remote/server.h"
#include "support/harness.h"

using namespace gr;
using namespace gr::remote;

namespace {

// A stream listener ("live", fn 0) and a plain one sharing its function's default group
// would not share a slot; "other" (fn 1) is another listener of the same concurrency_id.
std::string stream_deps(const std::string& extra = "") {
    return R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "live",
                "connection": "stream", "concurrency_id": "cam")" + extra + R"(},
               {"id": 1, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "other", "concurrency_id": "cam"}])";
}

JoinRequest join_req(std::string session, std::string event, Json data = Json::array({"a"}), std::int64_t fn = 0) {
    return {.session_hash = std::move(session), .fn_index = fn, .data = std::move(data), .event_id = std::move(event), .root = "http://h"};
}

std::vector<std::string> kinds(const std::vector<Json>& msgs) {
    std::vector<std::string> out;
    for (auto& m : msgs) out.push_back(m["msg"]);
    return out;
}

std::vector<StartJob> starts(QueueServer& s) {
    std::vector<StartJob> out;
    for (auto& c : s.take_commands())
        if (auto* j = std::get_if<StartJob>(&c)) out.push_back(*j);
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("a .stream() event answers each chunk with process_streaming and keeps its slot until it is closed") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    REQUIRE(s.join(join_req("cam", "e1")).status == 200);
    CHECK(starts(s).at(0).inputs == Json::array({"a"}));
    s.finished("e1", "A", 0.1);
    auto msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_streaming"});
    CHECK(msgs[2]["output"]["data"] == Json::array({"A"}));
    CHECK(msgs[2]["output"]["is_generating"] == true);
    CHECK(msgs[2]["time_limit"].is_null());
    CHECK(s.has_session("cam"));  // no close_stream: the event is still pending

    // Another listener of its concurrency group waits while the stream is open, even between calls.
    REQUIRE(s.join(join_req("other", "e2", Json::array({"x"}), 1)).status == 200);
    CHECK(starts(s).empty());

    HttpAnswer chunk = s.stream_chunk("e1", "cam", Json::array({"b"}), nullptr);
    CHECK(chunk.status == 200);
    CHECK(chunk.body == Json{{"msg", "success"}});
    auto next = starts(s);
    REQUIRE(next.size() == 1);
    CHECK(next[0].event_id == "e1");
    CHECK(next[0].inputs == Json::array({"b"}));
    s.finished("e1", "B", 0.1);
    CHECK(s.take_messages("cam").at(0)["output"]["data"] == Json::array({"B"}));

    CHECK(s.close_stream("e1").status == 200);
    msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"process_completed", "close_stream"});
    CHECK(msgs[0]["success"] == true);
    CHECK(msgs[0]["output"]["data"] == Json::array({"B"}));
    CHECK(starts(s).at(0).event_id == "e2");  // the slot is free
}

TEST_CASE("chunks arriving during a call collapse into the latest, sent once the call returns") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    s.join(join_req("cam", "e1"));
    starts(s);
    CHECK(s.stream_chunk("e1", "cam", Json::array({"b"}), nullptr).status == 200);
    CHECK(s.stream_chunk("e1", "cam", Json::array({"c"}), Json{{"n", 3}}).status == 200);
    CHECK(starts(s).empty());  // one call at a time
    s.finished("e1", "A", 0.1);
    auto next = starts(s);
    REQUIRE(next.size() == 1);
    CHECK(next[0].inputs == Json::array({"c"}));
    CHECK(next[0].event_data == Json{{"n", 3}});
}

TEST_CASE("a chunk sent while its event still waits in the queue becomes the data it starts with") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    s.join(join_req("other", "busy", Json::array({"x"}), 1));
    s.join(join_req("cam", "e1"));
    CHECK(starts(s).at(0).event_id == "busy");
    CHECK(s.stream_chunk("e1", "cam", Json::array({"newer"}), nullptr).status == 200);
    s.finished("busy", "X", 0.1);
    CHECK(starts(s).at(0).inputs == Json::array({"newer"}));
}

TEST_CASE("a .stream() event ends with its last result when its run time reaches time_limit") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps(R"(, "time_limit": 1)"))));
    s.join(join_req("cam", "e1"));
    starts(s);
    s.finished("e1", "A", 0.75);
    auto msgs = s.take_messages("cam");
    CHECK(msgs.back()["msg"] == "process_streaming");
    CHECK(msgs.back()["time_limit"] == 0.25);  // seconds left
    s.stream_chunk("e1", "cam", Json::array({"b"}), nullptr);
    starts(s);
    s.finished("e1", "B", 0.75);
    msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"process_completed", "close_stream"});
    CHECK(msgs[0]["output"]["data"] == Json::array({"B"}));
    CHECK(s.stream_chunk("e1", "cam", Json::array({"c"}), nullptr).status == 404);
}

TEST_CASE("a .stream() event that waits 30 s for a chunk, less its first call, ends; time_limit counts the waits") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    s.join(join_req("cam", "e1"));
    starts(s);
    s.finished("e1", "A", 2);
    s.take_messages("cam");
    s.elapse(27.9);
    CHECK(s.take_messages("cam").empty());
    s.elapse(0.2);
    auto msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"process_completed", "close_stream"});
    CHECK(msgs[0]["output"]["data"] == Json::array({"A"}));

    QueueServer limited(test::load_ok(test::hello_config(stream_deps(R"(, "time_limit": 5)"))));
    limited.join(join_req("cam", "e1"));
    starts(limited);
    limited.finished("e1", "A", 1);
    limited.take_messages("cam");
    limited.elapse(3.9);  // 1 s of calls + 3.9 s of waiting < 5
    CHECK(limited.take_messages("cam").empty());
    limited.elapse(0.2);
    CHECK(kinds(limited.take_messages("cam")) == V{"process_completed", "close_stream"});
}

TEST_CASE("a chunk arriving in time resets the wait for the next one") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    s.join(join_req("cam", "e1"));
    starts(s);
    s.finished("e1", "A", 0);
    s.elapse(20);
    s.stream_chunk("e1", "cam", Json::array({"b"}), nullptr);
    starts(s);
    s.elapse(20);  // no waiting while the call runs
    s.finished("e1", "B", 0);
    s.elapse(20);
    auto msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_streaming", "process_streaming"});
}

TEST_CASE("closing a stream during a call ends it with that call's result; later chunks are refused") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    s.join(join_req("cam", "e1"));
    starts(s);
    CHECK(s.close_stream("e1").status == 200);
    CHECK(s.stream_chunk("e1", "cam", Json::array({"late"}), nullptr).status == 404);
    s.finished("e1", "A", 0.1);
    auto msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_completed", "close_stream"});
    CHECK(msgs[2]["output"]["data"] == Json::array({"A"}));
    CHECK(starts(s).empty());
}

TEST_CASE("chunks for unknown, ended or other sessions' events are refused by name, as are non-stream events and wrong data") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    s.join(join_req("cam", "e1"));
    s.join(join_req("other", "e2", Json::array({"x"}), 1));
    HttpAnswer unknown = s.stream_chunk("nope", "cam", Json::array({"b"}), nullptr);
    CHECK(unknown.status == 404);
    CHECK(unknown.body["detail"] == "No streaming event nope is running in this session.");
    CHECK(s.stream_chunk("e1", "intruder", Json::array({"b"}), nullptr).status == 404);
    HttpAnswer plain = s.stream_chunk("e2", "other", Json::array({"b"}), nullptr);
    CHECK(plain.status == 400);
    CHECK(plain.body["detail"] == "Event e2 is not a .stream() event: it takes no further chunks.");
    HttpAnswer arity = s.stream_chunk("e1", "cam", Json::array({"b", "c"}), nullptr);
    CHECK(arity.status == 400);
    CHECK(arity.body["detail"] == "fn_index 0 (\"live\") takes 1 input value(s) in \"data\" but got 2.");
    CHECK(s.stream_chunk("e1", "cam", Json{{"not", "a list"}}, nullptr).status == 400);
    CHECK(s.close_stream("nope").status == 404);
    CHECK(s.close_stream("e2").status == 400);
}

TEST_CASE("cancelling a stream that waits for its next chunk frees its slot at once, with no job to stop") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    s.join(join_req("cam", "e1"));
    starts(s);
    s.finished("e1", "A", 0.1);
    s.join(join_req("other", "e2", Json::array({"x"}), 1));
    s.take_commands();
    s.cancel("cam", "e1");
    auto commands = s.take_commands();
    REQUIRE(commands.size() == 1);
    CHECK(std::get<StartJob>(commands[0]).event_id == "e2");
    auto msgs = s.take_messages("cam");
    CHECK(msgs.at(msgs.size() - 2)["output"] == Json::object());
}

TEST_CASE("a failing call ends the stream with its error") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps())));
    s.join(join_req("cam", "e1"));
    starts(s);
    s.finished("e1", "A", 0.1);
    s.stream_chunk("e1", "cam", Json::array({"b"}), nullptr);
    starts(s);
    s.failed("e1", {.message = "camera unplugged", .shown = true}, 0.1);
    auto msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_streaming", "process_completed", "close_stream"});
    CHECK(msgs[3]["success"] == false);
    CHECK(msgs[3]["output"]["error"] == "camera unplugged");
}

TEST_CASE("a generator's yields in a .stream() event go out whole, each as process_streaming") {
    QueueServer s(test::load_ok(test::hello_config(stream_deps(R"(, "types": {"generator": true, "cancel": false})"))));
    s.join(join_req("cam", "e1"));
    starts(s);
    s.yielded("e1", "Hello", 0.1);
    s.yielded("e1", "Hello world", 0.2);
    s.finished("e1", nullptr, 0.2);
    auto msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_streaming", "process_streaming"});
    CHECK(msgs[3]["output"]["data"] == Json::array({"Hello world"}));  // whole, not a diff
    s.stream_chunk("e1", "cam", Json::array({"b"}), nullptr);
    CHECK(starts(s).at(0).generator);
    s.finished("e1", nullptr, 0.1);
    s.close_stream("e1");
    msgs = s.take_messages("cam");
    CHECK(kinds(msgs) == V{"process_completed", "close_stream"});
    CHECK(msgs[0]["output"]["data"] == Json::array({"Hello world"}));
}

TEST_CASE("the /call stream shows a stream event's results as generating frames") {
    auto frame = simple_frame(Json::parse(R"({"msg":"process_streaming","event_id":"e","output":{"data":["A"]},"success":true,"time_limit":null})"));
    REQUIRE(frame);
    CHECK(frame->event == "generating");
    CHECK(frame->data == Json::array({"A"}));
}
