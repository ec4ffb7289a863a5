// An incremental Server-Sent Events parser (the WHATWG event-stream format): feed it bytes in
// any chunking and it yields complete events. Handles LF, CRLF and CR line ends (also split
// across chunks), comments, multi-line `data:`, `event:` and `id:` fields. No I/O.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gr::remote {

struct SseEvent {
    std::string event = "message";  // the `event:` field, "message" when absent
    std::string data;               // `data:` lines joined with "\n"
    std::string id;
};

class SseParser {
public:
    // Lines longer than this are a protocol error (a server gone wrong, not a huge value:
    // Gradio sends each message as one line, so keep it generous).
    explicit SseParser(std::size_t max_line = 64u << 20) : max_line_(max_line) {}

    // Parses `bytes`, returning the events they complete. Throws std::length_error when a
    // line exceeds max_line.
    std::vector<SseEvent> feed(std::string_view bytes);

private:
    void line(std::string_view l, std::vector<SseEvent>& out);

    std::size_t max_line_;
    std::string partial_;        // the unfinished line
    bool after_cr_ = false;      // last chunk ended in CR: a leading LF belongs to it
    std::optional<std::string> data_;
    std::string event_, id_;
};

}  // namespace gr::remote
