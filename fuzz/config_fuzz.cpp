// The config reader: any bytes as a Gradio config (gr::load_config_text). It must never crash
// or throw — bad input becomes Problems with JSON paths. A sound config is written back
// (gr::to_config) and read again: the rewrite must itself load without problems.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "gr/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    gr::LoadResult r = gr::load_config_text(text);
    for (const auto& p : r.problems) (void)p;
    if (!r.ok()) return 0;
    gr::Json written = gr::to_config(r.app);
    gr::LoadResult again = gr::load_config(written);
    if (!again.ok()) {
        std::fprintf(stderr, "a sound config written back by to_config does not load:\n%s\n",
                     written.dump(-1, ' ', false, gr::Json::error_handler_t::replace).c_str());
        std::abort();
    }
    return 0;
}
