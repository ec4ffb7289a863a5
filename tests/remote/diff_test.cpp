#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers.hpp>
#include <algorithm>

#include "gr/remote/diff.h"
#include "support/fixtures.h"

using namespace gr;
using namespace gr::remote;

namespace {

Json fixture(const char* name) { return Json::parse(gr::test::fixture_text(name)); }

// Edits of one object level may come in another key order than Python's dict order (our JSON
// keeps keys sorted); list edits are order-sensitive and compared as given.
Json sorted_edits(Json edits) {
    std::vector<Json> v(edits.begin(), edits.end());
    std::stable_sort(v.begin(), v.end(), [](const Json& a, const Json& b) { return a.dump() < b.dump(); });
    return Json(v);
}

}  // namespace

TEST_CASE("make_diff produces Gradio's edits for every case of Gradio's own diff tests") {
    Json cases = fixture("diff_cases_python_test_utils.json")["cases"];
    REQUIRE(cases.size() > 5);
    for (auto& c : cases) {
        INFO("old " << c["old"].dump() << " new " << c["new"].dump());
        Json edits = make_diff(c["old"], c["new"]);
        CHECK(sorted_edits(edits) == sorted_edits(c["expected_diff"]));
        CHECK(apply_diff(c["old"], edits) == c["new"]);
        CHECK(apply_diff(c["old"], c["expected_diff"]) == c["new"]);
    }
}

TEST_CASE("apply_diff matches the JS client's tests, including sequential list deletes") {
    Json cases = fixture("diff_cases_js_apply_diff_test.json");  // kept alive: the loop reads into it (ASan)
    for (auto& c : cases["cases"]) {
        INFO(c["diff"].dump());
        CHECK(apply_diff(c["data"], c["diff"]) == c["result"]);
    }
}

TEST_CASE("a streamed string grows by append edits") {
    CHECK(make_diff("Hel", "Hello") == Json::parse(R"([["append", [], "lo"]])"));
    CHECK(apply_diff(Json::parse(R"({"text": "Hel"})"), Json::parse(R"([["append", ["text"], "lo"]])")) == Json::parse(R"({"text": "Hello"})"));
}

TEST_CASE("an edit that does not fit the value is an error naming the edit") {
    CHECK_THROWS_WITH(apply_diff(Json::array({1}), Json::parse(R"([["replace", [5], 2]])")),
                      "diff edit [\"replace\",[5],2]: path does not exist in the value");
    CHECK_THROWS_WITH(apply_diff(Json::object(), Json::parse(R"([["explode", ["a"], 2]])")),
                      "diff edit [\"explode\",[\"a\"],2]: path does not exist in the value");
    CHECK_THROWS_WITH(apply_diff(Json::object(), Json::parse(R"(["oops"])")), "diff edit \"oops\": expected [op, path, value]");
}
