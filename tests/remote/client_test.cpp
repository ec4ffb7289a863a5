#include <catch2/catch_test_macros.hpp>

#include "gr/remote/client.h"

using namespace gr;
using namespace gr::remote;
using Kind = Update::Kind;

namespace {

Json msg(const std::string& text) { return Json::parse(text); }

}  // namespace

TEST_CASE("a join request carries Gradio's PredictBody fields") {
    ClientSession s("abc123");
    HttpRequest r = s.join_request({.fn_index = 0, .data = Json::array({"Ada"}), .trigger_id = 2});
    CHECK(r.method == "POST");
    CHECK(r.path == "/gradio_api/queue/join");
    CHECK(r.body == Json::parse(R"({"data":["Ada"],"event_data":null,"fn_index":0,"trigger_id":2,"session_hash":"abc123"})"));
    CHECK(s.data_stream_request().path == "/gradio_api/queue/data?session_hash=abc123");
}

TEST_CASE("a queued run reports position, start, progress, log and its result") {
    ClientSession s("h");
    CHECK(s.joined(JobId(1), 0, 200, msg(R"({"event_id": "e1"})")).empty());
    auto q = s.message(msg(R"({"msg":"estimation","event_id":"e1","rank":2,"queue_size":5,"rank_eta":3.5})"));
    REQUIRE(q.size() == 1);
    CHECK(q[0].kind == Kind::queued);
    CHECK(*q[0].rank == 2);
    CHECK(*q[0].queue_size == 5);
    CHECK(*q[0].eta == 3.5);
    CHECK(s.message(msg(R"({"msg":"process_starts","event_id":"e1","eta":null})")).at(0).kind == Kind::started);
    auto p = s.message(msg(R"({"msg":"progress","event_id":"e1","progress_data":[{"index":3,"length":10,"unit":"steps","progress":null,"desc":"Denoising"}]})"));
    CHECK(p.at(0).progress[0]["desc"] == "Denoising");
    auto l = s.message(msg(R"({"msg":"log","event_id":"e1","log":"Loaded model","level":"warning","duration":10.0,"visible":true,"title":"Warning"})"));
    CHECK(l.at(0).kind == Kind::log);
    CHECK(l.at(0).level == "warning");
    CHECK(l.at(0).message == "Loaded model");
    auto done = s.message(msg(R"({"msg":"process_completed","event_id":"e1","output":{"data":["Hello"],"is_generating":false},"success":true})"));
    CHECK(done.at(0).kind == Kind::completed);
    CHECK(done.at(0).data == Json::array({"Hello"}));
    CHECK_FALSE(s.has_pending());
}

TEST_CASE("messages that arrive before the join answer are delivered once it names their event") {
    ClientSession s("h");
    CHECK(s.message(msg(R"({"msg":"estimation","event_id":"e9","rank":0,"queue_size":1,"rank_eta":null})")).empty());
    CHECK(s.message(msg(R"({"msg":"process_starts","event_id":"e9","eta":null})")).empty());
    auto delivered = s.joined(JobId(7), 3, 200, msg(R"({"event_id": "e9"})"));
    REQUIRE(delivered.size() == 2);
    CHECK(delivered[0].job == JobId(7));
    CHECK(delivered[0].kind == Kind::queued);
    CHECK(delivered[1].kind == Kind::started);
}

TEST_CASE("generator yields after the first arrive as diffs and reach the host whole") {
    ClientSession s("h");
    s.joined(JobId(1), 0, 200, msg(R"({"event_id": "g"})"));
    auto first = s.message(msg(R"({"msg":"process_generating","event_id":"g","output":{"data":["H"]},"success":true})"));
    CHECK(first.at(0).data == Json::array({"H"}));
    auto second = s.message(msg(R"({"msg":"process_generating","event_id":"g","output":{"data":[[["append",[],"ello"]]]},"success":true})"));
    CHECK(second.at(0).kind == Kind::generating);
    CHECK(second.at(0).data == Json::array({"Hello"}));
    auto bad = s.message(msg(R"({"msg":"process_generating","event_id":"g","output":{"data":[[["replace",[4],"x"]]]},"success":true})"));
    CHECK(bad.at(0).kind == Kind::failed);
    CHECK(bad.at(0).message.find("cannot be applied") != std::string::npos);
}

TEST_CASE("a server error, a full queue, a validation failure and a dropped stream each fail clearly") {
    ClientSession s("h");
    s.joined(JobId(1), 0, 200, msg(R"({"event_id": "a"})"));
    auto err = s.message(msg(R"({"msg":"process_completed","event_id":"a","output":{"error":"Name must not be empty","title":"Error"},"success":false})"));
    CHECK(err.at(0).kind == Kind::failed);
    CHECK(err.at(0).message == "Name must not be empty");

    auto full = s.joined(JobId(2), 0, 503, msg(R"({"detail": "Queue is full. Max size is 10 and size is 10."})"));
    CHECK(full.at(0).kind == Kind::failed);
    CHECK(full.at(0).message == "This application is currently busy. Please try again. (Queue is full. Max size is 10 and size is 10.)");

    auto invalid = s.joined(JobId(3), 0, 422, msg(R"({"detail": [{"is_valid": false, "message": "Name is required"}, {"is_valid": true, "message": ""}]})"));
    CHECK(invalid.at(0).kind == Kind::validation_failed);
    CHECK(invalid.at(0).validation[0]["message"] == "Name is required");

    s.joined(JobId(4), 0, 200, msg(R"({"event_id": "b"})"));
    s.joined(JobId(5), 0, 200, msg(R"({"event_id": "c"})"));
    auto dropped = s.message(msg(R"({"msg":"unexpected_error","event_id":null,"message":"Server stopped unexpectedly.","session_not_found":false,"success":false})"));
    REQUIRE(dropped.size() == 2);
    CHECK(dropped[0].kind == Kind::failed);
    CHECK(dropped[0].message == "Connection to the server was lost: Server stopped unexpectedly.");
    CHECK_FALSE(s.has_pending());
}

TEST_CASE("a hidden server error still tells the user something happened") {
    ClientSession s("h");
    s.joined(JobId(1), 0, 200, msg(R"({"event_id": "a"})"));
    auto err = s.message(msg(R"({"msg":"process_completed","event_id":"a","output":{"error":null},"success":false})"));
    CHECK(err.at(0).message.find("show_error=True") != std::string::npos);
}

TEST_CASE("cancelling needs the job's event id") {
    ClientSession s("h");
    CHECK_FALSE(s.cancel_request(JobId(1)));
    s.joined(JobId(1), 4, 200, msg(R"({"event_id": "z"})"));
    auto r = s.cancel_request(JobId(1));
    REQUIRE(r);
    CHECK(r->body == Json::parse(R"({"event_id":"z","session_hash":"h","fn_index":4})"));
}

TEST_CASE("a join that gets no answer at all fails with the transport's reason") {
    ClientSession s("h");
    auto u = s.joined(JobId(1), 0, 0, msg(R"({"detail": "could not reach http://127.0.0.1:9: Failed to fetch"})"));
    CHECK(u.at(0).kind == Kind::failed);
    CHECK(u.at(0).message == "could not reach http://127.0.0.1:9: Failed to fetch");
}

TEST_CASE("a .stream() job's later chunks and its end go to /stream/{event_id} once the join has named the event") {
    ClientSession s("h");
    CHECK_FALSE(s.stream_chunk_request(JobId(4), Json::array({"b"}), nullptr));  // not joined yet
    s.joined(JobId(4), 2, 200, msg(R"({"event_id": "ev"})"));
    auto chunk = s.stream_chunk_request(JobId(4), Json::array({"b"}), Json{{"n", 1}});
    REQUIRE(chunk);
    CHECK(chunk->method == "POST");
    CHECK(chunk->path == "/gradio_api/stream/ev");
    CHECK(chunk->body == Json::parse(R"({"data":["b"],"event_data":{"n":1},"fn_index":2,"session_hash":"h"})"));
    auto close = s.stream_close_request(JobId(4));
    REQUIRE(close);
    CHECK(close->path == "/gradio_api/stream/ev/close");
    CHECK(close->body == Json::object());
    // Results of a stream arrive whole (process_streaming); its completion ends the event.
    auto out = s.message(msg(R"({"msg":"process_streaming","event_id":"ev","output":{"data":["B"]},"success":true,"time_limit":null})"));
    CHECK(out.at(0).kind == Kind::generating);
    s.message(msg(R"({"msg":"process_completed","event_id":"ev","output":{"data":["B"]},"success":true})"));
    CHECK_FALSE(s.stream_chunk_request(JobId(4), Json::array({"c"}), nullptr));
    CHECK_FALSE(s.stream_close_request(JobId(4)));
}
