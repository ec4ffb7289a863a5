// gr::Table and gr::ChatMessage from and to Gradio's values (gr/values.h).
#include "gr/values.h"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace gr {
namespace {

std::string as_text(const Json& v) { return v.is_string() ? v.get<std::string>() : v.is_null() ? std::string() : v.dump(); }

[[noreturn]] void bad(const std::string& what) { throw std::invalid_argument(what); }

}  // namespace

// ---------- Table ----------

std::size_t Table::column(std::string_view name) const {
    for (std::size_t i = 0; i < headers.size(); ++i)
        if (headers[i] == name) return i;
    std::string known;
    for (const auto& h : headers) known += (known.empty() ? "" : ", ") + ("\"" + h + "\"");
    bad("gr::Table has no column \"" + std::string(name) + "\" (its headers: " + (known.empty() ? "none" : known) + ")");
}

namespace {
const Json& cell_at(const Table& t, std::size_t row, std::size_t col) {
    if (row >= t.rows.size()) bad("gr::Table has " + std::to_string(t.rows.size()) + " rows; row " + std::to_string(row) + " does not exist");
    if (col >= t.rows[row].size())
        bad("gr::Table row " + std::to_string(row) + " has " + std::to_string(t.rows[row].size()) + " cells; column " + std::to_string(col) + " does not exist");
    return t.rows[row][col];
}
}  // namespace

double Table::number(std::size_t row, std::size_t col) const {
    const Json& c = cell_at(*this, row, col);
    if (c.is_number()) return c.get<double>();
    if (c.is_boolean()) return c.get<bool>() ? 1.0 : 0.0;
    if (c.is_string()) {
        const std::string s = c.get<std::string>();
        char* end = nullptr;
        const double d = std::strtod(s.c_str(), &end);
        if (!s.empty() && end == s.c_str() + s.size() && std::isfinite(d)) return d;
    }
    bad("gr::Table cell (row " + std::to_string(row) + ", column " + std::to_string(col) + ") is not a number: " + c.dump());
}

std::string Table::text(std::size_t row, std::size_t col) const { return as_text(cell_at(*this, row, col)); }

void to_json(Json& j, const Table& t) {
    Json data = Json::array();
    for (const auto& r : t.rows) data.push_back(r);
    j = {{"headers", t.headers}, {"data", data}};
}

void from_json(const Json& j, Table& t) {
    t = {};
    if (j.is_null()) return;
    const Json* data = &j;
    if (j.is_object()) {
        if (!j.contains("data")) bad("a gr::Table takes {\"headers\": […], \"data\": [[…]]}, got an object without \"data\"");
        const Json headers = j.value("headers", Json::array());
        if (!headers.is_array()) bad("a gr::Table's headers must be a list, got " + headers.dump());
        for (const Json& h : headers) t.headers.push_back(as_text(h));
        data = &j["data"];
    }
    if (!data->is_array()) bad("a gr::Table takes a list of rows, got " + data->dump());
    for (std::size_t i = 0; i < data->size(); ++i) {
        const Json& row = (*data)[i];
        if (!row.is_array()) bad("a gr::Table's row " + std::to_string(i) + " must be a list of cells, got " + row.dump());
        t.rows.emplace_back(row.begin(), row.end());
    }
}

// ---------- ChatMessage ----------

void to_json(Json& j, const ChatMetadata& m) {
    j = Json::object();
    if (!m.title.empty()) j["title"] = m.title;
    if (!m.id.empty()) j["id"] = m.id;
    if (!m.parent_id.empty()) j["parent_id"] = m.parent_id;
    if (!m.log.empty()) j["log"] = m.log;
    if (m.duration) j["duration"] = *m.duration;
    if (!m.status.empty()) j["status"] = m.status;
}

void from_json(const Json& j, ChatMetadata& m) {
    m = {};
    if (j.is_null()) return;
    if (!j.is_object()) bad("a chat message's metadata must be an object, got " + j.dump());
    auto text = [&](const char* key) { return j.contains(key) ? as_text(j[key]) : std::string(); };
    m.title = text("title");
    m.id = text("id");
    m.parent_id = text("parent_id");
    m.log = text("log");
    m.status = text("status");
    if (j.contains("duration") && !j["duration"].is_null()) {
        if (!j["duration"].is_number()) bad("a chat message's metadata.duration must be a number of seconds, got " + j["duration"].dump());
        m.duration = j["duration"].get<double>();
    }
}

void to_json(Json& j, const ChatMessage& m) {
    j = {{"role", m.role}, {"content", m.content}};
    if (m.metadata) j["metadata"] = *m.metadata;
    if (!m.options.is_null()) j["options"] = m.options;
}

void from_json(const Json& j, ChatMessage& m) {
    if (!j.is_object() || !j.contains("role") || !j.contains("content"))
        bad("a gr::ChatMessage takes a message {\"role\": …, \"content\": …}, got " + j.dump());
    if (!j["role"].is_string()) bad("a chat message's role must be \"user\", \"assistant\" or \"system\", got " + j["role"].dump());
    m.role = j["role"].get<std::string>();
    m.content = j["content"];
    m.metadata.reset();
    const Json meta = j.value("metadata", Json());
    // Metadata with none of Gradio's keys is no metadata (as {} or null are).
    if (!meta.is_null())
        if (auto md = meta.get<ChatMetadata>(); md != ChatMetadata{}) m.metadata = std::move(md);
    m.options = j.value("options", Json());
}

std::string ChatMessage::text() const {
    if (content.is_string()) return content.get<std::string>();
    std::string out;
    auto add = [&](const Json& p) {
        std::string piece;
        if (p.is_string()) piece = p.get<std::string>();
        else if (p.is_object() && p.value("type", "") == "text" && p.contains("text")) piece = as_text(p["text"]);
        else return;
        out += (out.empty() ? "" : "\n") + piece;
    };
    if (content.is_array()) for (const Json& p : content) add(p);
    else add(content);
    return out;
}

std::vector<Json> ChatMessage::files() const {
    std::vector<Json> out;
    auto add = [&](const Json& p) {
        if (!p.is_object()) return;
        if (p.value("type", "") == "file" && p.contains("file")) out.push_back(p["file"]);
        else if (p.contains("path") || p.contains("url")) out.push_back(p);
    };
    if (content.is_array()) for (const Json& p : content) add(p);
    else add(content);
    return out;
}

}  // namespace gr
