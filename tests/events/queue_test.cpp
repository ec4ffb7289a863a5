// The queue: concurrency limits and groups, max_size, queue=False, positions and ETAs, batching.
#include <catch2/catch_test_macros.hpp>

#include "support/recording_host.h"

using namespace gr;
using test::Host;
using test::only;

namespace {

const std::string& parts = test::boxes_and_buttons;

std::string listener(int id, int button, const std::string& fn, const std::string& more = "") {
    return R"({"id": )" + std::to_string(id) + R"(, "targets": [[)" + std::to_string(button) +
           R"(, "click"]], "inputs": [1], "outputs": [2], "api_name": ")" + fn + R"(", "trigger_mode": "multiple")" + more + "}";
}

}  // namespace

TEST_CASE("with the default concurrency limit of 1 a second event waits with its queue position and starts when the first ends") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "f") + "]"));
    auto first = h.click(3);
    REQUIRE(first.size() == 1);
    CHECK(h.click(3).empty());
    auto waiting = only<SetStatus>(h.last).at(0);
    CHECK(waiting.status == Status::pending);
    CHECK(waiting.queue_position == 0);
    h.engine.resolve(first[0].job, "one");
    CHECK(h.runs().size() == 1);
}

TEST_CASE("two listeners sharing a concurrency_id are limited by the lowest limit in the group") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "a", R"(, "concurrency_id": "gpu", "concurrency_limit": 3)") + "," +
                                       listener(1, 4, "b", R"(, "concurrency_id": "gpu", "concurrency_limit": 2)") + "]"));
    CHECK(h.click(3).size() == 1);
    CHECK(h.click(4).size() == 1);
    CHECK(h.click(3).empty());  // a's own limit is 3, but the group's is 2
    CHECK(only<SetStatus>(h.last).at(0).queue_position == 0);
}

TEST_CASE("listeners calling the same function share one concurrency group by default") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "same") + "," + listener(1, 4, "same") + "]"));
    auto a = h.click(3);
    CHECK(h.click(4).empty());
    h.engine.resolve(a.at(0).job, "x");
    auto b = h.runs();
    REQUIRE(b.size() == 1);
    CHECK(b[0].dependency == DependencyId(1));
}

TEST_CASE("concurrency_limit null lets every event run at once") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "f", R"(, "concurrency_limit": null)") + "]"));
    for (int i = 0; i < 5; ++i) CHECK(h.click(3).size() == 1);
}

TEST_CASE("default_concurrency_limit from the config applies to listeners left at default") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "f") + "]", R"("default_concurrency_limit": 2, )"));
    CHECK(h.click(3).size() == 1);
    CHECK(h.click(3).size() == 1);
    CHECK(h.click(3).empty());
}

TEST_CASE("queue max_size rejects an event with a clear message when the queue is full") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "f") + "]", R"("max_size": 1, )"));
    h.click(3);  // runs
    h.click(3);  // waits: the queue holds 1
    h.click(3);
    auto toast = only<Toast>(h.last);
    REQUIRE(toast.size() == 1);
    CHECK(toast[0].level == ToastLevel::error);
    CHECK(toast[0].message == "Queue is full. Max size is 1 and size is 1. This application is currently busy; please try again.");
    CHECK(only<SetStatus>(h.last).at(0).status == Status::error);
}

TEST_CASE("queue=false runs at once, outside the concurrency limit") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "f", R"(, "queue": false)") + "]"));
    CHECK(h.click(3).size() == 1);
    CHECK(h.click(3).size() == 1);
}

TEST_CASE("a waiting event's ETA comes from the mean duration of finished runs") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "f") + "]"));
    auto a = h.click(3);
    h.at(2.0);
    h.engine.resolve(a.at(0).job, "x");
    h.step();
    CHECK(h.click(3).size() == 1);  // runs at once
    h.click(3);                      // waits behind it
    auto status = only<SetStatus>(h.last).at(0);
    CHECK(status.queue_position == 0);
    CHECK(status.eta == 2.0);
}

TEST_CASE("batch gathers waiting events into one call and splits the results back per event") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "upper", R"(, "batch": true, "max_batch_size": 3)") + "]"));
    h.engine.user_input(ComponentId(1), "a");
    auto first = h.click(3);
    for (auto text : {"b", "c", "d"}) {
        h.engine.user_input(ComponentId(1), text);
        h.click(3);
    }
    CHECK(first.at(0).batch == 1);
    CHECK(first.at(0).inputs == Json::parse(R"([["a"]])"));
    h.engine.resolve(first.at(0).job, Json::parse(R"([["A"]])"));
    auto batch = h.runs();
    REQUIRE(batch.size() == 1);
    CHECK(batch[0].batch == 3);
    CHECK(batch[0].inputs == Json::parse(R"([["b", "c", "d"]])"));
    h.engine.resolve(batch[0].job, Json::parse(R"([["B", "C", "D"]])"));
    const Commands& cmds = h.step();
    std::vector<Json> values;
    for (auto& p : only<SetProps>(cmds)) values.push_back(p.props["value"]);
    CHECK(values == std::vector<Json>{"B", "C", "D"});
    CHECK(only<SetStatus>(cmds).size() == 3);  // one completion per event
}

TEST_CASE("a batched function returning the wrong shape fails every event of the batch with a clear message") {
    Host h(test::app_config(parts, "[" + listener(0, 3, "upper", R"(, "batch": true)") + "]"));
    auto run = h.click(3);
    h.engine.resolve(run.at(0).job, "A");
    CHECK(only<Toast>(h.step()).at(0).message ==
          "batched function \"upper\" must return 1 list (one per output) of 1 result (one per event), got \"A\"");
}
