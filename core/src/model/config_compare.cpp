// Config equivalence besides ids (see config_compare.h). Walks both layout trees together,
// mapping each candidate id to the reference id in the same place, then checks that the
// dependencies use the same blocks through that mapping.
#include "gr/config_compare.h"

#include <string>
#include <unordered_map>

namespace gr {
namespace {

std::string shown(const Json& j) {
    std::string s = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

struct Walk {
    const Json& ref;
    const Json& cand;
    Problems problems;
    std::unordered_map<std::string, std::size_t> ref_index, cand_index;  // id (dumped) → position in components
    std::unordered_map<std::string, std::string> mapping;               // candidate id → reference id

    void index(const Json& config, std::unordered_map<std::string, std::size_t>& out) {
        const Json& list = config.value("components", Json::array());
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i].is_object() && list[i].contains("id")) out[list[i]["id"].dump()] = i;
    }

    // Compares two component entries key by key, ignoring `id`.
    void same_block(const Json& ref_id, const Json& cand_id, const std::string& where) {
        auto r = ref_index.find(ref_id.dump());
        auto c = cand_index.find(cand_id.dump());
        if (c == cand_index.end()) return problems.push_back({where, "no component with id " + cand_id.dump()});
        if (r == ref_index.end()) return;
        mapping[cand_id.dump()] = ref_id.dump();
        const Json& a = ref["components"][r->second];
        const Json& b = cand["components"][c->second];
        std::string path = "$.components[" + std::to_string(c->second) + "]";
        if (a.value("type", Json()) != b.value("type", Json()))
            return problems.push_back({path + ".type", "is " + shown(b.value("type", Json())) + " where the reference has a " + shown(a.value("type", Json())) + " (" + where + ")"});
        diff_objects(a, b, path, 0);
    }

    void diff_objects(const Json& a, const Json& b, const std::string& path, int depth) {
        for (auto& [k, v] : b.items()) {
            if (depth == 0 && k == "id") continue;
            std::string p = path + "." + k;
            if (!a.contains(k)) problems.push_back({p, "is " + shown(v) + "; the reference has no such key"});
            else if (a[k].is_object() && v.is_object() && depth < 1) diff_objects(a[k], v, p, depth + 1);
            else if (a[k] != v) problems.push_back({p, "is " + shown(v) + " where the reference has " + shown(a[k])});
        }
        for (auto& [k, v] : a.items())
            if (!b.contains(k) && !(depth == 0 && k == "id")) problems.push_back({path + "." + k, "missing; the reference has " + shown(v)});
    }

    void same_children(const Json& a, const Json& b, const std::string& path) {
        const Json& ak = a.value("children", Json::array());
        const Json& bk = b.value("children", Json::array());
        if (ak.size() != bk.size())
            problems.push_back({path + ".children", std::to_string(bk.size()) + " children where the reference has " + std::to_string(ak.size())});
        for (std::size_t i = 0; i < ak.size() && i < bk.size(); ++i) {
            std::string p = path + ".children[" + std::to_string(i) + "]";
            if (!ak[i].is_object() || !bk[i].is_object()) continue;
            same_block(ak[i].value("id", Json()), bk[i].value("id", Json()), p);
            same_children(ak[i], bk[i], p);
        }
    }

    void same_ids(const Json& a, const Json& b, const std::string& path) {
        if (!a.is_array() || !b.is_array() || a.size() != b.size()) {
            if (a != b) problems.push_back({path, "is " + shown(b) + " where the reference has " + shown(a)});
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            const Json& x = a[i].is_array() && !a[i].empty() ? a[i][0] : a[i];
            const Json& y = b[i].is_array() && !b[i].empty() ? b[i][0] : b[i];
            auto m = mapping.find(y.dump());
            bool same = m != mapping.end() ? m->second == x.dump() : x == y;
            if (!same) problems.push_back({path + "[" + std::to_string(i) + "]", "names block " + y.dump() + ", which is not where the reference's " + x.dump() + " is"});
            if (a[i].is_array() && b[i].is_array() && a[i].size() == 2 && b[i].size() == 2 && a[i][1] != b[i][1])
                problems.push_back({path + "[" + std::to_string(i) + "][1]", "is " + shown(b[i][1]) + " where the reference has " + shown(a[i][1])});
        }
    }

    void dependencies() {
        const Json& a = ref.value("dependencies", Json::array());
        const Json& b = cand.value("dependencies", Json::array());
        if (a.size() != b.size()) problems.push_back({"$.dependencies", std::to_string(b.size()) + " dependencies where the reference has " + std::to_string(a.size())});
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
            std::string path = "$.dependencies[" + std::to_string(i) + "]";
            Json da = a[i], db = b[i];
            for (const char* key : {"targets", "inputs", "outputs"}) {
                same_ids(da.value(key, Json::array()), db.value(key, Json::array()), path + "." + key);
                da.erase(key), db.erase(key);
            }
            da.erase("id"), db.erase("id");
            diff_objects(da, db, path, 1);
        }
    }
};

}  // namespace

Problems compare_configs(const Json& reference, const Json& candidate) {
    if (!reference.is_object() || !candidate.is_object()) return {{"$", "both configs must be JSON objects"}};
    Walk w{reference, candidate, {}, {}, {}, {}};
    if (reference.value("mode", Json()) != candidate.value("mode", Json()))
        w.problems.push_back({"$.mode", "is " + shown(candidate.value("mode", Json())) + " where the reference has " + shown(reference.value("mode", Json()))});
    std::size_t na = reference.value("components", Json::array()).size(), nb = candidate.value("components", Json::array()).size();
    if (na != nb) w.problems.push_back({"$.components", std::to_string(nb) + " components where the reference has " + std::to_string(na)});
    w.index(reference, w.ref_index);
    w.index(candidate, w.cand_index);
    w.mapping[candidate.value("layout", Json::object()).value("id", Json()).dump()] = reference.value("layout", Json::object()).value("id", Json()).dump();
    w.same_children(reference.value("layout", Json::object()), candidate.value("layout", Json::object()), "$.layout");
    w.dependencies();
    return w.problems;
}

}  // namespace gr
