// `.stream()` events: while a stream event runs, later triggers of its listener are chunks of
// it (one call of the function per chunk, results as yields); it ends on close_stream, at its
// time_limit, or when no chunk comes in time. Fake clock; Gradio's queueing.py is the reference.
#include <catch2/catch_test_macros.hpp>

#include "gr/session.h"
#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

// A camera (Image 1, its frames plain strings here: preprocess is off) streams frames to
// `frame`, which writes a caption (Textbox 2); a `.then` reports when the stream event ends.
// `more` adds keys to the stream listener.
const std::string camera = R"([{"id": 1, "type": "image"}, {"id": 2, "type": "textbox"}, {"id": 3, "type": "button"},
    {"id": 4, "type": "textbox"}])";

std::string stream_app(const std::string& more = "") {
    return test::app_config(camera,
                            R"([{"id": 0, "targets": [[1, "stream"]], "inputs": [1], "outputs": [2], "api_name": "frame",
                                 "connection": "stream", "stream_every": 0.5, "preprocess": false)" + more + R"(},
                               {"id": 1, "targets": [[null, "then"]], "inputs": [], "outputs": [], "api_name": "ended", "trigger_after": 0}])");
}

// Sets the camera's frame and fires its `stream` event, as a streaming component does.
std::vector<RunJob> stream_frame(Host& h, const std::string& frame) {
    h.engine.user_input(ComponentId(1), frame);
    h.engine.dispatch(ComponentId(1), "stream");
    return h.runs();
}

}  // namespace

TEST_CASE("a trigger while a stream event runs is a chunk of it, not a new job") {
    Host h(stream_app());
    auto runs = stream_frame(h, "f1");
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].stream);
    CHECK(to_json(runs[0])["stream"] == true);
    JobId job = runs[0].job;
    h.engine.yield_value(job, "saw f1");
    CHECK(h.engine.value(ComponentId(2)) == "saw f1");
    CHECK(only<SetStatus>(h.step()).at(0).status == Status::generating);
    CHECK(stream_frame(h, "f2").empty());
    auto chunks = only<StreamChunk>(h.last);
    REQUIRE(chunks.size() == 1);
    CHECK(chunks[0].job == job);
    CHECK(chunks[0].fn == "frame");
    CHECK(chunks[0].inputs == Json::array({"f2"}));
    Json chunk = to_json(chunks[0]);
    CHECK(chunk["edge"]["inputs"] == Json::parse(R"([{"id": 1, "type": "image"}])"));
    chunk.erase("edge");
    CHECK(chunk == Json::parse(R"({"type": "stream_chunk", "job": 1, "dependency": 0, "fn": "frame", "inputs": ["f2"], "event_data": null})"));
    h.engine.yield_value(job, "saw f2");
    CHECK(h.engine.value(ComponentId(2)) == "saw f2");
}

TEST_CASE("chunks that come while a call is in progress collapse into the latest, sent when it answers") {
    Host h(stream_app());
    JobId job = stream_frame(h, "f1").at(0).job;
    stream_frame(h, "f2");
    stream_frame(h, "f3");
    CHECK(only<StreamChunk>(h.trace).empty());
    h.engine.yield_value(job, "saw f1");
    auto chunks = h.got<StreamChunk>();
    REQUIRE(chunks.size() == 1);
    CHECK(chunks[0].inputs == Json::array({"f3"}));
    h.engine.yield_value(job, "saw f3");
    CHECK(h.got<StreamChunk>().empty());
}

TEST_CASE("close_stream ends the stream once the call in progress answers, with its result kept") {
    Host h(stream_app());
    JobId job = stream_frame(h, "f1").at(0).job;
    h.engine.close_stream(DependencyId(0));
    CHECK(h.step().empty());  // the first call has not answered yet
    stream_frame(h, "f2");    // a chunk after the close is not sent
    h.engine.yield_value(job, "saw f1");
    auto cmds = h.step();
    CHECK(only<StreamChunk>(cmds).empty());
    REQUIRE(only<CloseStream>(cmds).size() == 1);
    CHECK(to_json(only<CloseStream>(cmds)[0]) == Json::parse(R"({"type": "close_stream", "job": 1})"));
    CHECK(only<SetStatus>(cmds).back().status == Status::complete);
    CHECK(only<RunJob>(cmds).at(0).fn == "ended");
    CHECK(h.engine.value(ComponentId(2)) == "saw f1");
    auto next = stream_frame(h, "f3");  // the next trigger starts a new stream event
    REQUIRE(next.size() == 1);
    CHECK(next[0].fn == "frame");
}

TEST_CASE("close_stream between chunks ends the stream at once; without a live stream it does nothing") {
    Host h(stream_app());
    h.engine.close_stream(DependencyId(0));
    CHECK(h.step().empty());
    JobId job = stream_frame(h, "f1").at(0).job;
    h.engine.yield_value(job, "saw f1");
    h.step();
    h.engine.close_stream(DependencyId(0));
    auto cmds = h.step();
    CHECK(only<CloseStream>(cmds).at(0).job == job);
    CHECK(only<SetStatus>(cmds).back().status == Status::complete);
    CHECK_THROWS_WITH(h.engine.close_stream(DependencyId(9)), "no dependency with id 9");
}

TEST_CASE("time_limit ends a stream: the call in progress answers first, then the stream closes") {
    Host h(stream_app(R"(, "time_limit": 5)"));
    h.at(1);
    JobId job = stream_frame(h, "f1").at(0).job;
    CHECK(only<WakeAt>(h.last).at(0).at == 6);
    h.at(1.5);
    h.engine.yield_value(job, "saw f1");
    h.step();
    h.at(5.5);
    stream_frame(h, "f2");
    h.at(6);
    CHECK(only<CloseStream>(h.step()).empty());  // f2's call is still running
    h.at(6.2);
    h.engine.yield_value(job, "saw f2");
    auto cmds = h.step();
    CHECK(only<CloseStream>(cmds).size() == 1);
    CHECK(only<SetStatus>(cmds).back().status == Status::complete);
    CHECK(h.engine.value(ComponentId(2)) == "saw f2");
}

TEST_CASE("a stream with no chunk for (time_limit or 30 s) minus its first call's time ends") {
    Host h(stream_app());
    JobId job = stream_frame(h, "f1").at(0).job;
    h.at(2);
    h.engine.yield_value(job, "saw f1");  // the first call took 2 s: chunks may be 28 s apart
    CHECK(only<WakeAt>(h.step()).at(0).at == 30);
    h.at(10);
    stream_frame(h, "f2");
    h.engine.yield_value(job, "saw f2");
    CHECK(only<WakeAt>(h.step()).empty());  // the wake-up already asked for comes first
    h.at(30);
    auto rearm = h.step();
    CHECK(only<CloseStream>(rearm).empty());
    CHECK(only<WakeAt>(rearm).at(0).at == 38);
    h.at(37.9);
    CHECK(h.step().empty());
    h.at(38);
    auto cmds = h.step();
    CHECK(only<CloseStream>(cmds).at(0).job == job);
    CHECK(only<SetStatus>(cmds).back().status == Status::complete);
}

TEST_CASE("a stream event still queued starts on the latest chunk, and one closed before it starts ends after its first call") {
    // A click listener in the same concurrency group keeps the one slot busy.
    Host busy(test::app_config(camera,
                               R"([{"id": 0, "targets": [[1, "stream"]], "inputs": [1], "outputs": [2], "api_name": "frame",
                                    "connection": "stream", "preprocess": false, "concurrency_id": "camera"},
                                   {"id": 1, "targets": [[3, "click"]], "inputs": [], "outputs": [], "api_name": "hold",
                                    "concurrency_id": "camera"}])"));
    JobId hold = busy.click(3).at(0).job;
    CHECK(stream_frame(busy, "f1").empty());
    stream_frame(busy, "f2");
    busy.engine.close_stream(DependencyId(0));
    busy.engine.resolve(hold, nullptr);
    auto runs = busy.runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].inputs == Json::array({"f2"}));
    busy.engine.yield_value(runs[0].job, "saw f2");
    auto cmds = busy.step();
    CHECK(only<CloseStream>(cmds).size() == 1);
    CHECK(only<SetStatus>(cmds).back().status == Status::complete);
}

TEST_CASE("cancelling a stream stops its job, and its later results are dropped") {
    Host h(stream_app());
    JobId job = stream_frame(h, "f1").at(0).job;
    h.engine.yield_value(job, "saw f1");
    h.step();
    h.engine.cancel(DependencyId(0));
    CHECK(only<CancelJob>(h.step()).at(0).job == job);
    h.engine.yield_value(job, "late");
    CHECK(h.engine.value(ComponentId(2)) == "saw f1");
}

TEST_CASE("a stream call that returns a value its outputs cannot take ends the stream with the error") {
    Host h(test::app_config(camera,
                            R"([{"id": 0, "targets": [[1, "stream"]], "inputs": [1], "outputs": [2, 4], "api_name": "frame",
                                 "connection": "stream", "preprocess": false}])"));
    JobId job = stream_frame(h, "f1").at(0).job;
    h.engine.yield_value(job, "only one");
    auto cmds = h.step();
    CHECK(only<CloseStream>(cmds).at(0).job == job);
    CHECK(only<Toast>(cmds).at(0).message == "function \"frame\" returned 1 value, but its listener has 2 outputs");
}

TEST_CASE("the Session calls a native stream function once per chunk, and keeps its stream to itself") {
    FunctionTable fns{{"frame", native_fn([](const std::string& frame) { return "saw " + frame; })},
                      {"ended", native_fn([]() {})}};
    Session s(test::load_ok(stream_app()), fns);
    auto send = [&](const std::string& frame) {
        s.engine().user_input(ComponentId(1), frame);
        s.engine().dispatch(ComponentId(1), "stream");
        return s.take_commands();
    };
    for (const char* frame : {"f1", "f2", "f3"}) {
        auto cmds = send(frame);
        CHECK(only<RunJob>(cmds).empty());
        CHECK(only<StreamChunk>(cmds).empty());
        CHECK(s.engine().value(ComponentId(2)) == std::string("saw ") + frame);
    }
    s.engine().close_stream(DependencyId(0));
    auto cmds = s.take_commands();
    CHECK(only<CloseStream>(cmds).empty());
    CHECK(only<SetStatus>(cmds).back().status == Status::complete);
    CHECK(s.engine().value(ComponentId(2)) == "saw f3");
}

TEST_CASE("a native stream function that throws on a chunk ends the stream with its message") {
    FunctionTable fns{{"frame", native_fn([](const std::string& frame) -> std::string {
                           if (frame == "bad") throw gr::Error("unreadable frame");
                           return "saw " + frame;
                       })},
                      {"ended", native_fn([]() {})}};
    Session s(test::load_ok(stream_app()), fns);
    s.engine().user_input(ComponentId(1), "f1");
    s.engine().dispatch(ComponentId(1), "stream");
    s.take_commands();
    s.engine().user_input(ComponentId(1), "bad");
    s.engine().dispatch(ComponentId(1), "stream");
    auto cmds = s.take_commands();
    CHECK(only<Toast>(cmds).at(0).message == "unreadable frame");
    CHECK(s.engine().value(ComponentId(2)) == "saw f1");
    s.engine().user_input(ComponentId(1), "f2");  // the next frame starts a new stream
    s.engine().dispatch(ComponentId(1), "stream");
    s.take_commands();
    CHECK(s.engine().value(ComponentId(2)) == "saw f2");
}

TEST_CASE("a component that stops streaming ends the stream of each of its .stream() listeners") {
    Host h(stream_app());
    JobId job = stream_frame(h, "f1").at(0).job;
    h.engine.yield_value(job, "saw f1");
    h.step();
    h.engine.close_streams_of(ComponentId(1));
    auto cmds = h.step();
    REQUIRE(only<CloseStream>(cmds).size() == 1);
    CHECK(only<CloseStream>(cmds)[0].job == job);
}
