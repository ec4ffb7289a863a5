// Engine throughput and memory: trigger → job → complete cycles per second on a hello-shaped
// app (budget ≥ 1,000,000/s natively), and the heap in use before and after 100,000 events
// (glibc mallinfo2; budget: back to baseline). Prints figures; asserts nothing. The rate is
// also given per CPU second, which a loaded machine (shared CI) does not skew.
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>

#include "gr/config.h"
#include "gr/engine.h"

namespace {

const char* config = R"({"title": "Hello", "components": [
    {"id": 1, "type": "textbox", "props": {"value": "Ada"}}, {"id": 2, "type": "textbox", "props": {}},
    {"id": 3, "type": "button", "props": {"value": "Run"}}],
  "layout": {"id": 0, "children": [{"id": 1}, {"id": 2}, {"id": 3}]},
  "dependencies": [{"id": 0, "targets": [[3, "click"]], "inputs": [1], "outputs": [2], "api_name": "welcome"}]})";

// One cycle: a click, the RunJob it asks for, the result, its patch and statuses.
void cycle(gr::Engine& e, const gr::Json& result) {
    e.dispatch(gr::ComponentId(3), "click");
    gr::Commands cmds = e.take_commands();
    gr::JobId job = std::get<gr::RunJob>(cmds.back()).job;
    e.resolve(job, result);
    cmds = e.take_commands();
}

std::size_t heap_in_use() { return mallinfo2().uordblks; }

}  // namespace

int main() {
    gr::LoadResult r = gr::load_config_text(config);
    if (!r.ok()) {
        std::fprintf(stderr, "%s", gr::format_problems(r.problems).c_str());
        return 1;
    }
    auto app = std::make_shared<const gr::App>(std::move(r.app));
    gr::Engine engine(app);
    const gr::Json results[2] = {"Welcome, Ada!", "Welcome to Gradio, Ada!"};  // alternate so every cycle patches
    for (int i = 0; i < 10'000; ++i) cycle(engine, results[i & 1]);

    const int n = std::getenv("N") ? std::atoi(std::getenv("N")) : 1000000;
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    for (int i = 0; i < n; ++i) cycle(engine, results[i & 1]);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    std::printf("%-44s %12.0f /s   (budget ≥ 1,000,000/s)\n", "engine trigger→job→complete cycles", n / s);
    // On a busy machine the wall-clock rate includes time spent waiting for a core.
    std::printf("%-44s %12.0f /s   (per second of CPU time)\n", "  the same, per CPU second", n / cpu);

    std::size_t before = heap_in_use();
    for (int i = 0; i < 100'000; ++i) cycle(engine, results[i & 1]);
    std::size_t after = heap_in_use();
    std::printf("%-44s %12zu B before, %zu B after: %s\n", "heap in use around 100,000 events", before, after,
                after <= before ? "back to baseline" : "GREW");
}
