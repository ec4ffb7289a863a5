// Chatbot's value: a list of messages {role, content, metadata, options}, whose content on
// the wire is a list of parts — {"type": "text", "text"} or {"type": "file", "file": FileData}
// (gradio 6.x). A function may return content as a plain string, a file path/FileData, or a
// list of those, and Gradio 3.x/4.x "tuples" ([[user, bot], …]); all become messages.
#include <string>

#include "components/codec_detail.h"

namespace gr::codec_detail {
namespace {

bool valid_role(const Json& r) { return r == "user" || r == "assistant" || r == "system"; }

Json part_of(const Ctx& ctx, const Json& p, const std::string& where) {
    if (p.is_string()) return {{"type", "text"}, {"text", p}};
    if (p.is_object() && p.contains("type")) {
        if (p["type"] == "text" && p.value("text", Json()).is_string()) return p;
        if (p["type"] == "file" && p.contains("file")) {
            Json out = p;
            out["file"] = file_data_from(ctx, p["file"], where + ".file");
            return out;
        }
        if (p["type"] == "component") return p;
        ctx.fail(where + ": expected {\"type\": \"text\", \"text\": …} or {\"type\": \"file\", \"file\": …}, got " + shown(p));
    }
    if (p.is_object() && (p.contains("path") || p.contains("url"))) return {{"type", "file"}, {"file", file_data_from(ctx, p, where)}};
    if (p.is_number() || p.is_boolean()) return {{"type", "text"}, {"text", p.dump()}};
    ctx.fail(where + ": expected text, a file or a list of them, got " + shown(p));
}

Json content_of(const Ctx& ctx, const Json& c, const std::string& where) {
    Json parts = Json::array();
    if (c.is_array()) {
        for (std::size_t i = 0; i < c.size(); ++i) parts.push_back(part_of(ctx, c[i], where + "[" + std::to_string(i) + "]"));
    } else if (!c.is_null()) {
        parts.push_back(part_of(ctx, c, where));
    }
    return parts;
}

Json message_of(const Ctx& ctx, const Json& m, const std::string& where) {
    if (!m.is_object() || !m.contains("role") || !m.contains("content"))
        ctx.fail(where + ": expected a message {\"role\": \"user\"|\"assistant\", \"content\": …}, got " + shown(m));
    if (!valid_role(m["role"])) ctx.fail(where + ".role: expected \"user\", \"assistant\" or \"system\", got " + shown(m["role"]));
    const Json metadata = m.value("metadata", Json());
    if (!metadata.is_null() && !metadata.is_object()) ctx.fail(where + ".metadata: expected an object, got " + shown(metadata));
    const Json options = m.value("options", Json());
    if (!options.is_null() && !options.is_array()) ctx.fail(where + ".options: expected a list of {value, label}, got " + shown(options));
    Json out = m;
    out["content"] = content_of(ctx, m["content"], where + ".content");
    out["metadata"] = metadata;
    out["options"] = options;
    return out;
}

// Gradio's old "tuples" format: [user, bot] pairs, either side may be null.
void append_pair(const Ctx& ctx, Json& out, const Json& pair, const std::string& where) {
    for (std::size_t side = 0; side < 2; ++side)
        if (!pair[side].is_null())
            out.push_back({{"role", side == 0 ? "user" : "assistant"}, {"content", content_of(ctx, pair[side], where + "[" + std::to_string(side) + "]")}, {"metadata", nullptr}, {"options", nullptr}});
}

Json chat_post(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return Json::array();
    if (!v.is_array()) ctx.fail("expected a list of messages, got " + shown(v));
    Json out = Json::array();
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::string where = "value[" + std::to_string(i) + "]";
        if (v[i].is_array() && v[i].size() == 2) append_pair(ctx, out, v[i], where);
        else out.push_back(message_of(ctx, v[i], where));
    }
    return out;
}

Json chat_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return Json::array();
    if (!v.is_array()) ctx.fail("expected a list of messages, got " + shown(v));
    Json out = Json::array();
    for (std::size_t i = 0; i < v.size(); ++i) out.push_back(message_of(ctx, v[i], "value[" + std::to_string(i) + "]"));
    return out;
}

const Codec chat{chat_pre, chat_post};

}  // namespace

const Codec* chat_codec(std::string_view type) { return type == "chatbot" ? &chat : nullptr; }

}  // namespace gr::codec_detail
