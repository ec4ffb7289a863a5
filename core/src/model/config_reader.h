// Private to the config reader: a walker that records problems with JSON paths, shared by
// config.cpp (components, layout) and dependency_config.cpp (listeners).
#pragma once
#include <optional>
#include <string>
#include <unordered_set>

#include "gr/app.h"
#include "gr/problem.h"

namespace gr::config_detail {

inline std::string type_name(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return "a boolean";
        case Json::value_t::string: return "a string";
        case Json::value_t::array: return "an array";
        case Json::value_t::object: return "an object";
        case Json::value_t::discarded: return "nothing";
        default: return "a number";
    }
}

// A value as it appears in the input, cut short: `"two"`, `[1, 2]`, `{"a": …}`.
inline std::string shown(const Json& j) {
    std::string s = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

// Walks one config, remembering where it is so each problem names its JSON path.
class Reader {
public:
    explicit Reader(Problems& problems) : problems_(problems) {}

    void problem(const std::string& path, std::string message) { problems_.push_back({path, std::move(message)}); }

    // An integer id at `path`, or nullopt (with a problem) if it is not one.
    std::optional<std::int64_t> integer(const Json& j, const std::string& path, const char* what) {
        if (j.is_number_integer() || j.is_number_unsigned()) return j.get<std::int64_t>();
        problem(path, std::string("expected ") + what + " (an integer), got " + type_name(j));
        return std::nullopt;
    }

    bool expect(const Json& j, Json::value_t t, const std::string& path, const char* what) {
        if (j.type() == t) return true;
        problem(path, std::string("expected ") + what + ", got " + type_name(j));
        return false;
    }

private:
    Problems& problems_;
};

inline std::string at(const std::string& base, std::size_t i) { return base + "[" + std::to_string(i) + "]"; }
inline std::string at(const std::string& base, const char* key) { return base + "." + key; }

// Dependencies: read each, check links between them, write them back (dependency_config.cpp).
std::optional<Dependency> read_dependency(Reader& r, const Json& dep, std::size_t index, const App& app,
                                          const std::unordered_set<std::int64_t>& ids, std::int64_t root_id);
void check_dependency_links(Reader& r, const App& app);
Json dependency_json(const Dependency& d);
Json ids_json(const std::vector<ComponentId>& ids);

}  // namespace gr::config_detail
