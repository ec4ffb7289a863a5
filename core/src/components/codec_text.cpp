// Text-valued components: Textbox, Markdown, HTML, Code, Button labels, ColorPicker and
// DateTime. Gradio's rules: a returned number becomes its text (str(value)); Markdown is
// dedented (inspect.cleandoc); Code is stripped; DateTime converts per its `type`.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "components/codec_detail.h"

namespace gr::codec_detail {
namespace {

// Python's str() of a JSON scalar, as Gradio applies to a function's returned text.
std::string python_str(const Ctx& ctx, const Json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "True" : "False";
    if (v.is_number()) return v.dump();
    ctx.fail("expected a string, got " + shown(v));
}

Json text_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null() || v.is_string()) return v;
    ctx.fail("expected a string, got " + shown(v));
}

Json text_post(const Ctx& ctx, const Json& v) { return v.is_null() ? v : Json(python_str(ctx, v)); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string strip(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

// Python's inspect.cleandoc: first line stripped of leading blanks, the common indentation of
// the other lines removed, leading and trailing blank lines dropped.
std::string cleandoc(const std::string& s) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == '\n') lines.push_back(s.substr(start, i - start)), start = i + 1;
    std::size_t margin = std::string::npos;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        std::size_t indent = lines[i].find_first_not_of(" \t");
        if (indent != std::string::npos) margin = std::min(margin, indent);
    }
    lines[0].erase(0, std::min(lines[0].size(), lines[0].find_first_not_of(" \t")));
    for (std::size_t i = 1; i < lines.size() && margin != std::string::npos; ++i) lines[i].erase(0, std::min(margin, lines[i].size()));
    while (!lines.empty() && strip(lines.back()).empty()) lines.pop_back();
    std::size_t first = 0;
    while (first < lines.size() && strip(lines[first]).empty()) ++first;
    std::string out;
    for (std::size_t i = first; i < lines.size(); ++i) out += (i > first ? "\n" : "") + lines[i];
    return out;
}

Json markdown_post(const Ctx& ctx, const Json& v) { return v.is_null() ? v : Json(cleandoc(python_str(ctx, v))); }
Json code_post(const Ctx& ctx, const Json& v) { return v.is_null() ? v : Json(strip(python_str(ctx, v))); }

// A CSS color as ColorPicker may hold one: "#rgb", "#rrggbb", "#rrggbbaa", rgb()/rgba()/
// hsl()/hsla() (newer Gradio frontends send rgba), or a color name.
bool is_css_color(const std::string& s) {
    if (!s.empty() && s[0] == '#')
        return (s.size() == 4 || s.size() == 7 || s.size() == 9) && s.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
    for (const char* fn : {"rgb(", "rgba(", "hsl(", "hsla("})
        if (s.rfind(fn, 0) == 0) return s.back() == ')' && s.find_first_not_of("0123456789.,%/ ", std::string_view(fn).size()) == s.size() - 1;
    return !s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos;
}

Json color(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (v.is_string() && is_css_color(v.get<std::string>())) return v;
    ctx.fail("expected a color like \"#ff0000\" or \"rgba(255, 0, 0, 1)\", got " + shown(v));
}

const Codec text{text_pre, text_post};
const Codec markdown{text_pre, markdown_post};
const Codec code{text_pre, code_post};
const Codec color_picker{color, color};

}  // namespace

Json datetime_pre(const Ctx& ctx, const Json& v);   // codec_datetime.cpp
Json datetime_post(const Ctx& ctx, const Json& v);  // codec_datetime.cpp

const Codec* text_codec(std::string_view type) {
    static const Codec date_time{datetime_pre, datetime_post};
    if (type == "textbox" || type == "html" || type == "button") return &text;
    if (type == "markdown") return &markdown;
    if (type == "code") return &code;
    if (type == "colorpicker") return &color_picker;
    if (type == "datetime") return &date_time;
    return nullptr;
}

}  // namespace gr::codec_detail
