// Gradio's max_file_size strings (utils._parse_file_size): "<int><unit>", unit one of
// b/kb/mb/gb/tb in binary multiples, case-insensitive, spaces ignored.
#include <cctype>
#include <cstdint>
#include <string>

#include "gr/image/decode.h"

namespace gr::image {

size_t parse_file_size(std::string_view text) {
    std::string s;
    for (char c : text)
        if (c != ' ') s += c;
    size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) digits++;
    if (digits == 0) throw ImageError("invalid file size \"" + std::string(text) + "\": expected a number, then b, kb, mb, gb or tb");
    std::string unit;
    for (size_t i = digits; i < s.size(); i++) unit += char(std::toupper(static_cast<unsigned char>(s[i])));
    uint64_t multiple = unit == "B" ? 1 : unit == "KB" ? 1024 : unit == "MB" ? 1024 * 1024
                      : unit == "GB" ? uint64_t(1) << 30 : unit == "TB" ? uint64_t(1) << 40 : 0;
    if (!multiple) throw ImageError("invalid file size unit: \"" + unit + "\" (use b, kb, mb, gb or tb)");
    if (digits > 15) throw ImageError("invalid file size \"" + std::string(text) + "\": too large");
    uint64_t bytes = uint64_t(std::stoull(s.substr(0, digits))) * multiple;
    if (bytes > uint64_t(SIZE_MAX)) return SIZE_MAX;  // wasm32: larger than any possible file
    return size_t(bytes);
}

}  // namespace gr::image
