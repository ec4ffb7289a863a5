// The scenario reader and runner behind `graft sim` (gr::run_scenario): the first byte picks
// one of the documented example apps (docs/scenarios/*.app.json), the rest is the scenario's
// JSON. Malformed scenarios may throw (graft sim reports any std::exception); they must never
// crash, trip a sanitizer or hang.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "gr/config.h"
#include "gr/scenario.h"

namespace {

std::vector<std::shared_ptr<const gr::App>> apps;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    for (const char* name : {"always_last", "generator_cancel", "stream_chunks", "validator_queue"}) {
        std::string path = std::string(GRAFT_ROOT) + "/docs/scenarios/" + name + ".app.json";
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        gr::LoadResult r = gr::load_config_text(text.str());
        if (!in || !r.ok()) {
            std::fprintf(stderr, "%s: cannot load the app\n", path.c_str());
            std::abort();
        }
        apps.push_back(std::make_shared<const gr::App>(std::move(r.app)));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const auto& app = apps[data[0] % apps.size()];
    gr::Json scenario = gr::Json::parse(data + 1, data + size, nullptr, false);
    if (scenario.is_discarded()) return 0;
    try {
        for (const auto& entry : gr::run_scenario(app, scenario)) (void)gr::trace_line(entry);
    } catch (const std::exception&) {
    }
    return 0;
}
