// Config load times: every Gradio config fixture, a 10,000-component config and a 10 MB
// config, parsed and checked by load_config_text, then written back. Prints figures beside
// the budget ("well under a second"); asserts nothing.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "gr/config.h"

namespace {

using Clock = std::chrono::steady_clock;

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Best of `runs` load times in milliseconds, and whether the config loaded cleanly.
double time_load(const std::string& text, int runs, bool& ok) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        auto t0 = Clock::now();
        gr::LoadResult r = gr::load_config_text(text);
        gr::Json written = gr::to_config(r.app);
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        ok = r.ok() && !written.empty();
    }
    return best;
}

std::string many_components(int n, std::size_t value_bytes) {
    gr::Json components = gr::Json::array(), children = gr::Json::array(), deps = gr::Json::array();
    for (int i = 1; i <= n; ++i) {
        components.push_back({{"id", i}, {"type", i % 3 ? "textbox" : "slider"}, {"props", {{"label", "field " + std::to_string(i)}, {"value", i % 3 ? gr::Json(std::string(value_bytes, 'x')) : gr::Json(1)}}}});
        children.push_back({{"id", i}});
        if (i % 2 == 0) deps.push_back({{"id", deps.size()}, {"targets", {{i - 1, "change"}}}, {"inputs", {i - 1}}, {"outputs", {i}}, {"api_name", "f" + std::to_string(i)}});
    }
    return gr::Json{{"title", "big"}, {"components", components}, {"layout", {{"id", 0}, {"children", children}}}, {"dependencies", deps}}.dump();
}

void line(const std::string& name, std::size_t bytes, double ms, bool ok) {
    std::cout << "  " << name << std::string(name.size() < 52 ? 52 - name.size() : 1, ' ') << bytes / 1024 << " KB  " << ms << " ms" << (ok ? "" : "  (with problems)") << "\n";
}

}  // namespace

int main() {
    std::cout << "config load + write (best of 5; budget: well under 1000 ms)\n";
    for (const char* name : {"client_js_test_config_response.json", "xray_config.json", "xray_config_wrong.json", "test_data_blocks_configs_XRAY_CONFIG.json",
                             "test_data_blocks_configs_XRAY_CONFIG_WITH_MISTAKE.json"}) {
        std::string text = read(std::string(GRAFT_FIXTURES) + "/" + name);
        bool ok = false;
        double ms = time_load(text, 5, ok);
        line(name, text.size(), ms, ok);
    }
    for (auto [label, n, bytes] : {std::tuple{"10,000 components", 10000, std::size_t{8}}, std::tuple{"10 MB config (2,000 components, 7.5 KB values)", 2000, std::size_t{7500}}}) {
        std::string text = many_components(n, bytes);
        bool ok = false;
        double ms = time_load(text, 3, ok);
        line(label, text.size(), ms, ok);
    }
    return 0;
}
