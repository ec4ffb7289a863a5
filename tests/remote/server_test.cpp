// The queue server state machine, driven as a host would: joins, job reports, cancels and
// ticks in; HTTP answers, StartJob/StopJob commands and per-session SSE messages out.
#include <catch2/catch_test_macros.hpp>

#include "gr/function.h"
#include "gr/remote/server.h"
#include "support/harness.h"

using namespace gr;
using namespace gr::remote;

namespace {

const char* kWelcome = R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "welcome"}])";

JoinRequest join_req(std::string session, std::string event, Json data = Json::array({"Ada"}), std::int64_t fn = 0) {
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

TEST_CASE("a joined event is estimated, started, completed and then the stream is closed") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    HttpAnswer a = s.join(join_req("sess", "e1"));
    CHECK(a.status == 200);
    CHECK(a.body == Json{{"event_id", "e1"}});
    auto jobs = starts(s);
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].fn == "welcome");
    CHECK(jobs[0].inputs == Json::array({"Ada"}));
    s.finished("e1", "Welcome to Gradio, Ada!", 0.25);
    auto msgs = s.take_messages("sess");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_completed", "close_stream"});
    CHECK(msgs[0] == Json::parse(R"({"msg":"estimation","event_id":"e1","rank":0,"queue_size":1,"rank_eta":null})"));
    const Json& done = msgs[2];
    CHECK(done["success"] == true);
    CHECK(done["output"]["data"] == Json::array({"Welcome to Gradio, Ada!"}));
    CHECK(done["output"]["is_generating"] == false);
    CHECK(done["output"]["average_duration"] == 0.25);
    CHECK(done["avg_time"] == 0.25);
    CHECK(msgs[3] == Json::parse(R"({"msg":"close_stream","event_id":null})"));
    CHECK_FALSE(s.has_session("sess"));
}

TEST_CASE("joins that cannot run are refused with Gradio's status codes and a detail naming the problem") {
    auto app = test::load_ok(test::hello_config(
        R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "welcome"},
            {"id": 1, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "secret", "api_visibility": "private"},
            {"id": 2, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "backend_fn": false, "js": "(x) => x"}])"));
    QueueServer s(app);
    CHECK(s.join(join_req("", "e")).body["detail"] == "Session hash not found.");
    JoinRequest no_fn = join_req("s", "e");
    no_fn.fn_index.reset();
    CHECK(s.join(no_fn).body["detail"] == "No function index provided.");
    CHECK(s.join(join_req("s", "e", Json::array({"a"}), 9)).status == 404);
    HttpAnswer wrong = s.join(join_req("s", "e", Json::array({"a", "b"})));
    CHECK(wrong.status == 400);
    CHECK(wrong.body["detail"] == "fn_index 0 (\"welcome\") takes 1 input value(s) in \"data\" but got 2.");
    CHECK(s.join(join_req("s", "e", Json::array(), 1)).status == 403);
    JoinRequest from_app = join_req("s", "e", Json::array(), 1);
    from_app.from_app = true;
    CHECK(s.join(from_app).status == 200);
    CHECK(s.join(join_req("s", "e2", Json::array({"a"}), 2)).status == 400);
}

TEST_CASE("a full queue answers 503 with Gradio's message and counts only waiting events") {
    ServerOptions o;
    o.max_size = 1;
    QueueServer s(test::load_ok(test::hello_config(kWelcome)), o);
    CHECK(s.join(join_req("a", "e1")).status == 200);  // starts at once: not waiting
    CHECK(s.join(join_req("b", "e2")).status == 200);  // waits behind e1
    HttpAnswer full = s.join(join_req("c", "e3"));
    CHECK(full.status == 503);
    CHECK(full.body == Json{{"detail", "Queue is full. Max size is 1 and size is 1."}});
    s.finished("e1", "x", 0.1);
    CHECK(s.join(join_req("c", "e3")).status == 200);
}

TEST_CASE("the default concurrency limit of 1 runs one event of a function at a time, in order") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.join(join_req("b", "e2", Json::array({"Bo"})));
    CHECK(starts(s).size() == 1);
    auto waiting = s.take_messages("b");
    CHECK(kinds(waiting) == V{"estimation"});
    CHECK(waiting[0]["rank"] == 0);
    s.finished("e1", "x", 0.5);
    auto next = starts(s);
    REQUIRE(next.size() == 1);
    CHECK(next[0].event_id == "e2");
    CHECK(kinds(s.take_messages("b")) == V{"process_starts"});
}

TEST_CASE("concurrency_limit null runs every event at once and a shared concurrency_id shares one limit") {
    SECTION("unlimited") {
        QueueServer s(test::load_ok(test::hello_config(
            R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "w", "concurrency_limit": null}])")));
        for (auto id : {"e1", "e2", "e3"}) s.join(join_req(id, id));
        CHECK(starts(s).size() == 3);
    }
    SECTION("shared group") {
        QueueServer s(test::load_ok(test::hello_config(
            R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "a", "concurrency_id": "gpu", "concurrency_limit": 2},
                {"id": 1, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "b", "concurrency_id": "gpu", "concurrency_limit": 2}])")));
        s.join(join_req("s1", "e1", Json::array({"x"}), 0));
        s.join(join_req("s2", "e2", Json::array({"x"}), 1));
        s.join(join_req("s3", "e3", Json::array({"x"}), 1));
        CHECK(starts(s).size() == 2);
        auto w = s.take_messages("s3");
        CHECK(w.back()["msg"] == "estimation");
        CHECK(w.back()["queue_size"] == 1);
        s.finished("e2", "y", 0.1);
        CHECK(starts(s).at(0).event_id == "e3");
    }
}

TEST_CASE("a generator's yields after the first go out as diffs and the final message carries the whole last value") {
    QueueServer s(test::load_ok(test::hello_config(
        R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "gen", "types": {"generator": true, "cancel": false}}])")));
    s.join(join_req("g", "e1"));
    CHECK(starts(s).at(0).generator);
    s.yielded("e1", "Hel", 0.01);
    s.yielded("e1", "Hello", 0.01);
    s.finished("e1", nullptr, 0.02);
    auto msgs = s.take_messages("g");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_generating", "process_generating", "process_completed", "close_stream"});
    CHECK(msgs[2]["output"]["data"] == Json::array({"Hel"}));
    CHECK(msgs[2]["output"]["is_generating"] == true);
    CHECK(msgs[3]["output"]["data"] == Json::parse(R"([[["append", [], "lo"]]])"));
    CHECK(msgs[4]["output"]["data"] == Json::array({"Hello"}));
}

TEST_CASE("the /call routes' simple format sends every yield whole") {
    QueueServer s(test::load_ok(test::hello_config(
        R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "gen", "types": {"generator": true, "cancel": false}}])")));
    JoinRequest r = join_req("call-e1", "e1");
    r.simple_format = true;
    s.join(r);
    s.yielded("e1", "a", 0);
    s.yielded("e1", "ab", 0);
    auto msgs = s.take_messages("call-e1");
    CHECK(msgs.back()["output"]["data"] == Json::array({"ab"}));
    CHECK(simple_frame(msgs.back())->event == "generating");
    CHECK(simple_frame(msgs.back())->data == Json::array({"ab"}));
}

TEST_CASE("a gr.Error is shown to the user while other failures stay hidden unless show_error is on") {
    auto app = test::load_ok(test::hello_config(kWelcome));
    QueueServer s(app);
    s.join(join_req("a", "e1"));
    s.failed("e1", {.message = "Name must not be empty", .shown = true}, 0.1);
    Json shown = s.take_messages("a").at(2);
    CHECK(shown["success"] == false);
    CHECK(shown["title"] == "Error");
    CHECK(shown["output"] == Json::parse(R"({"error":"Name must not be empty","duration":10.0,"visible":true,"title":"Error"})"));
    s.join(join_req("b", "e2"));
    s.failed("e2", {.message = "std::out_of_range"}, 0.1);
    CHECK(s.take_messages("b").at(2)["output"] == Json::parse(R"({"error": null})"));
    ServerOptions o;
    o.show_error = true;
    QueueServer verbose(app, o);
    verbose.join(join_req("c", "e3"));
    verbose.failed("e3", {.message = "std::out_of_range"}, 0.1);
    CHECK(verbose.take_messages("c").at(2)["output"] == Json::parse(R"({"error":"std::out_of_range","visible":true})"));
}

TEST_CASE("a function returning the wrong number of values fails with a message naming the function") {
    QueueServer s(test::load_ok(test::hello_config(
        R"([{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [1, 2], "api_name": "pair"}])")));
    s.join(join_req("a", "e1"));
    s.finished("e1", "only one", 0);
    Json done = s.take_messages("a").at(2);
    CHECK(done["output"]["error"] == "function \"pair\" returned 1 value, but its listener has 2 outputs");
}

TEST_CASE("progress and log reports reach the session while the job runs") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.progress("e1", Json::parse(R"([{"index":1,"length":4,"unit":"steps","progress":null,"desc":"Thinking"}])"));
    s.log("e1", {.level = "warning", .message = "slow model"});
    auto msgs = s.take_messages("a");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "progress", "log"});
    CHECK(msgs[2]["progress_data"][0]["desc"] == "Thinking");
    CHECK(msgs[3] == Json::parse(R"({"msg":"log","event_id":"e1","log":"slow model","level":"warning","duration":10.0,"visible":true,"title":"Warning"})"));
}

TEST_CASE("a gr.Info log keeps its own title, and no duration is sent as null (stays until closed)") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.log("e1", {.level = "info", .message = "model loaded", .title = "Model", .duration = std::nullopt});
    s.log("e1", {.level = "info", .message = "warming up"});
    auto msgs = s.take_messages("a");
    REQUIRE(kinds(msgs) == V{"estimation", "process_starts", "log", "log"});
    CHECK(msgs[2] == Json::parse(R"({"msg":"log","event_id":"e1","log":"model loaded","level":"info","duration":null,"visible":true,"title":"Model"})"));
    CHECK(msgs[3]["title"] == "Info");
    CHECK(msgs[3]["duration"] == 10.0);
}

TEST_CASE("a log report for an event that already ended is dropped") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.finished("e1", "done", 0.1);
    s.log("e1", {.level = "warning", .message = "too late"});
    CHECK(kinds(s.take_messages("a")) == V{"estimation", "process_starts", "process_completed", "close_stream"});
}

TEST_CASE("cancelling a queued event drops it and completes it with an empty output") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.join(join_req("b", "e2"));
    starts(s);
    s.cancel("b", "e2");
    auto msgs = s.take_messages("b");
    CHECK(kinds(msgs) == V{"estimation", "process_completed", "close_stream"});
    CHECK(msgs[1]["output"] == Json::object());
    CHECK(msgs[1]["success"] == true);
    s.finished("e1", "x", 0);
    CHECK(starts(s).empty());  // e2 never runs
    CHECK(s.waiting() == 0);
}

TEST_CASE("cancelling a running event stops it, ignores its later results and frees its slot when it ends") {
    QueueServer s(test::load_ok(test::hello_config(
        R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1], "outputs": [2], "api_name": "gen", "types": {"generator": true, "cancel": false}}])")));
    s.join(join_req("a", "e1"));
    s.join(join_req("b", "e2"));
    starts(s);
    s.yielded("e1", "H", 0);
    s.cancel("wrong-session", "e1");
    CHECK(s.is_running("e1"));
    s.cancel("a", "e1");
    auto cmds = s.take_commands();
    REQUIRE(cmds.size() == 1);
    CHECK(std::get<StopJob>(cmds[0]).event_id == "e1");
    CHECK_FALSE(s.is_running("e1"));
    s.yielded("e1", "He", 0);
    auto msgs = s.take_messages("a");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_generating", "process_completed", "close_stream"});
    CHECK(msgs[3]["output"] == Json::object());
    CHECK(starts(s).empty());  // the worker is still busy with e1
    s.finished("e1", nullptr, 0);
    CHECK(starts(s).at(0).event_id == "e2");
}

TEST_CASE("a dropped data stream cancels the session's events") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.join(join_req("b", "e2"));
    starts(s);
    s.disconnect("b");
    CHECK_FALSE(s.has_session("b"));
    s.finished("e1", "x", 0);
    CHECK(starts(s).empty());
}

TEST_CASE("a tick sends a heartbeat to sessions with pending events only") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.tick();
    CHECK(kinds(s.take_messages("a")).back() == "heartbeat");
    s.finished("e1", "x", 0);
    s.take_messages("a");
    s.tick();
    CHECK(s.take_messages("a").empty());
}

TEST_CASE("a new join before close_stream is delivered keeps the session's stream open") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.finished("e1", "x", 0);
    s.join(join_req("a", "e2"));
    auto msgs = s.take_messages("a");
    CHECK(kinds(msgs) == V{"estimation", "process_starts", "process_completed", "estimation", "process_starts"});
    CHECK(s.has_session("a"));
}

TEST_CASE("input files must be ones the host allows, and returned files get a URL and are announced") {
    auto app = test::load_ok(R"({"components": [
        {"id": 1, "type": "image", "props": {"type": "filepath"}}, {"id": 2, "type": "file", "props": {}}],
      "layout": {"id": 0, "children": [{"id": 1}, {"id": 2}]},
      "dependencies": [{"id": 0, "targets": [[1, "upload"]], "inputs": [1], "outputs": [2], "api_name": "f"}]})");
    std::vector<std::string> announced;
    ServerOptions o;
    o.file_allowed = [](const std::string& p) { return p.starts_with("/tmp/up/"); };
    o.on_output_file = [&](const std::string& p) { announced.push_back(p); };
    QueueServer s(app, o);
    Json bad = Json::array({{{"path", "/etc/passwd"}, {"meta", {{"_type", "gradio.FileData"}}}}});
    s.join(join_req("a", "e1", bad));
    CHECK(starts(s).empty());
    Json refused = s.take_messages("a").at(2);
    CHECK(refused["output"]["error"] == "File /etc/passwd is not in the upload folder and cannot be accessed.");
    Json good = Json::array({{{"path", "/tmp/up/1/cat.png"}, {"meta", {{"_type", "gradio.FileData"}}}}});
    s.join(join_req("b", "e2", good));
    REQUIRE(starts(s).size() == 1);
    s.finished("e2", "/tmp/out/result.txt", 0);
    Json out = s.take_messages("b").at(2)["output"]["data"][0];
    CHECK(out["path"] == "/tmp/out/result.txt");
    CHECK(out["url"] == "http://h/gradio_api/file=/tmp/out/result.txt");
    CHECK(announced == V{"/tmp/out/result.txt"});
}

TEST_CASE("/info lists public backend functions with their parameters and /call fills skipped inputs") {
    auto app = test::load_ok(test::hello_config(
        R"([{"id": 0, "targets": [[1, "change"]], "inputs": [1, 3], "outputs": [2], "api_name": "welcome"},
            {"id": 1, "targets": [[3, "click"]], "inputs": [], "outputs": [2], "api_name": "hidden", "api_visibility": "private"}])"));
    Json info = api_info(*app);
    CHECK(info["named_endpoints"].size() == 1);
    Json ep = info["named_endpoints"]["/welcome"];
    REQUIRE(ep["parameters"].size() == 1);  // the button is skip_api
    CHECK(ep["parameters"][0]["component"] == "Textbox");
    CHECK(ep["parameters"][0]["type"] == Json{{"type", "string"}});
    CHECK(ep["returns"][0]["component"] == "Textbox");
    CHECK(full_call_data(*app, app->dependencies[0], Json::array({"Ada"})) == Json::parse(R"(["Ada", null])"));
}

TEST_CASE("the /call stream shows completion, errors and heartbeats as named events") {
    CHECK(simple_frame(Json::parse(R"({"msg":"process_completed","output":{"data":["hi"]},"success":true})"))->event == "complete");
    auto err = simple_frame(Json::parse(R"({"msg":"process_completed","output":{"error":"bad"},"success":false})"));
    CHECK(err->event == "error");
    CHECK(err->data == "bad");
    CHECK(simple_frame(Json::parse(R"({"msg":"heartbeat","event_id":null})"))->event == "heartbeat");
    CHECK_FALSE(simple_frame(Json::parse(R"({"msg":"estimation","rank":0})")));
}

TEST_CASE("a direct call (POST /run, queue=false) starts at once, past a full queue and a busy function") {
    ServerOptions o;
    o.max_size = 1;
    QueueServer s(test::load_ok(test::hello_config(kWelcome)), o);
    s.join(join_req("a", "e1"));  // running
    s.join(join_req("b", "e2"));  // waiting: the queue is full
    starts(s);
    JoinRequest direct = join_req("run-e3", "e3");
    direct.direct = true;
    direct.simple_format = true;
    CHECK(s.join(direct).status == 200);
    auto jobs = starts(s);
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].event_id == "e3");
    s.finished("e3", "done", 0);
    CHECK(simple_frame(s.take_messages("run-e3").at(2))->data == Json::array({"done"}));
}

TEST_CASE("a finished session nobody reads is forgotten after a few ticks") {
    QueueServer s(test::load_ok(test::hello_config(kWelcome)));
    s.join(join_req("a", "e1"));
    s.finished("e1", "x", 0);
    s.tick();
    s.tick();
    CHECK(s.has_session("a"));  // a slow client still finds its result
    s.tick();
    CHECK_FALSE(s.has_session("a"));
}

TEST_CASE("a validator's verdicts become the join's 422 detail, one entry per input, only when one is invalid") {
    Json verdicts = Json::array({gr::validate(true), gr::validate(false, "Too long."), "not a verdict"});
    auto detail = gr::remote::validation_detail(verdicts, 3);
    REQUIRE(detail);
    Json valid = {{"is_valid", true}, {"message", ""}};
    CHECK(*detail == Json::array({valid, gr::validate(false, "Too long."), valid}));
    CHECK_FALSE(gr::remote::validation_detail(Json::array({gr::validate(true), gr::validate(true)}), 2));
    CHECK(gr::remote::validation_detail(gr::validate(false, "Required."), 2)->at(0)["message"] == "Required.");
}
