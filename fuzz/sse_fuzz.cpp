// The SSE parser (gr::remote::SseParser): the input is cut into chunks at points taken from
// its first bytes, and the events must be the same however the bytes are chunked (compared
// with feeding the whole stream at once, and one byte at a time). A small line limit
// exercises the length_error path.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "gr/remote/sse.h"

namespace {

using gr::remote::SseEvent;
using gr::remote::SseParser;

struct Outcome {
    std::vector<SseEvent> events;
    bool too_long = false;
};

template <typename Cut>
Outcome run(std::string_view bytes, std::size_t max_line, Cut cut) {
    SseParser parser(max_line);
    Outcome out;
    try {
        for (std::size_t at = 0; at < bytes.size();) {
            std::size_t n = std::min(cut(), bytes.size() - at);
            for (auto& e : parser.feed(bytes.substr(at, n))) out.events.push_back(std::move(e));
            at += n;
        }
    } catch (const std::length_error&) {
        out.too_long = true;
    }
    return out;
}

bool same(const std::vector<SseEvent>& a, const std::vector<SseEvent>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].event != b[i].event || a[i].data != b[i].data || a[i].id != b[i].id) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) return 0;
    // Byte 0: the line limit (small, so that it is reached); byte 1 seeds the chunk sizes.
    std::size_t max_line = 1 + data[0];
    unsigned seed = data[1];
    std::string_view bytes(reinterpret_cast<const char*>(data + 2), size - 2);
    Outcome whole = run(bytes, max_line, [&] { return bytes.size(); });
    Outcome single = run(bytes, max_line, [] { return std::size_t(1); });
    Outcome chunked = run(bytes, max_line, [&] {
        seed = seed * 1103515245u + 12345u;
        return std::size_t(1 + (seed >> 16) % 17);
    });
    // An over-long line is refused whatever the chunking; until then the events agree.
    if (!whole.too_long && !single.too_long && !chunked.too_long &&
        (!same(whole.events, single.events) || !same(whole.events, chunked.events))) {
        std::fprintf(stderr, "SSE events differ with the chunking: %zu whole, %zu byte by byte, %zu chunked\n",
                     whole.events.size(), single.events.size(), chunked.events.size());
        std::abort();
    }
    if (whole.too_long != single.too_long || whole.too_long != chunked.too_long) {
        std::fprintf(stderr, "an over-long line is refused only for some chunkings (whole %d, byte by byte %d, chunked %d)\n",
                     whole.too_long, single.too_long, chunked.too_long);
        std::abort();
    }
    return 0;
}
