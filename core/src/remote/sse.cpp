// The event-stream grammar: lines end in CR, LF or CRLF; a blank line dispatches the event.
#include "gr/remote/sse.h"

#include <stdexcept>

namespace gr::remote {

std::vector<SseEvent> SseParser::feed(std::string_view bytes) {
    std::vector<SseEvent> out;
    std::size_t i = 0;
    if (after_cr_ && !bytes.empty() && bytes[0] == '\n') i = 1;  // the LF of a split CRLF
    after_cr_ = false;
    while (i < bytes.size()) {
        std::size_t end = bytes.find_first_of("\r\n", i);
        if (end == std::string_view::npos) {
            partial_.append(bytes.substr(i));
            if (partial_.size() > max_line_) throw std::length_error("SSE line longer than " + std::to_string(max_line_) + " bytes");
            break;
        }
        std::string_view piece = bytes.substr(i, end - i);
        // A line that arrives whole is held to the limit too, so that the limit does not depend
        // on how the stream was chunked (found by fuzz/sse_fuzz.cpp).
        if (partial_.size() + piece.size() > max_line_) throw std::length_error("SSE line longer than " + std::to_string(max_line_) + " bytes");
        if (partial_.empty()) {
            line(piece, out);
        } else {
            partial_.append(piece);
            line(partial_, out);
            partial_.clear();
        }
        if (bytes[end] == '\r') {
            if (end + 1 == bytes.size()) after_cr_ = true;
            else if (bytes[end + 1] == '\n') ++end;
        }
        i = end + 1;
    }
    return out;
}

void SseParser::line(std::string_view l, std::vector<SseEvent>& out) {
    if (l.empty()) {  // dispatch
        if (data_) out.push_back({event_.empty() ? "message" : event_, std::move(*data_), id_});
        data_.reset();
        event_.clear();
        return;
    }
    if (l[0] == ':') return;  // comment
    std::size_t colon = l.find(':');
    std::string_view field = l.substr(0, colon);
    std::string_view value = colon == std::string_view::npos ? std::string_view{} : l.substr(colon + 1);
    if (!value.empty() && value[0] == ' ') value.remove_prefix(1);
    if (field == "data") {
        if (data_) data_->append("\n").append(value);
        else data_.emplace(value);
    } else if (field == "event") {
        event_.assign(value);
    } else if (field == "id") {
        if (value.find('\0') == std::string_view::npos) id_.assign(value);
    }
    // `retry` and unknown fields are ignored, as the spec says.
}

}  // namespace gr::remote
