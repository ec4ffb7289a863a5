// Diffs as Gradio makes and applies them. List truncation emits deletes whose indices are
// already adjusted for the deletes before them, so edits apply strictly in order.
#include "gr/remote/diff.h"

#include <stdexcept>

namespace gr::remote {
namespace {

void diff_into(const Json& a, const Json& b, Json& path, Json& out) {
    if (a == b) return;
    if (a.is_object() && b.is_object()) {
        for (auto& [k, v] : a.items()) {
            path.push_back(k);
            if (!b.contains(k)) out.push_back({"delete", path, nullptr});
            else diff_into(v, b[k], path, out);
            path.erase(path.size() - 1);
        }
        for (auto& [k, v] : b.items())
            if (!a.contains(k)) {
                path.push_back(k);
                out.push_back({"add", path, v});
                path.erase(path.size() - 1);
            }
        return;
    }
    if (a.is_array() && b.is_array()) {
        std::size_t common = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < common; ++i) {
            path.push_back(i);
            diff_into(a[i], b[i], path, out);
            path.erase(path.size() - 1);
        }
        for (std::size_t i = common; i < b.size(); ++i) {
            path.push_back(i);
            out.push_back({"add", path, b[i]});
            path.erase(path.size() - 1);
        }
        for (std::size_t i = common; i < a.size(); ++i) {  // each delete shifts the rest down
            path.push_back(common);
            out.push_back({"delete", path, nullptr});
            path.erase(path.size() - 1);
        }
        return;
    }
    if (a.is_string() && b.is_string()) {
        const auto& sa = a.get_ref<const std::string&>();
        const auto& sb = b.get_ref<const std::string&>();
        if (sb.size() > sa.size() && sb.compare(0, sa.size(), sa) == 0) {
            out.push_back({"append", path, sb.substr(sa.size())});
            return;
        }
    }
    out.push_back({"replace", path, b});
}

// The container holding the last path element, and that element's key/index.
Json* parent_of(Json& root, const Json& path, const Json& edit) {
    Json* cur = &root;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const Json& key = path[i];
        if (cur->is_object() && key.is_string() && cur->contains(key.get<std::string>())) cur = &(*cur)[key.get<std::string>()];
        else if (cur->is_array() && key.is_number_unsigned() && key.get<std::size_t>() < cur->size()) cur = &(*cur)[key.get<std::size_t>()];
        else throw std::invalid_argument("diff edit " + edit.dump() + ": path does not exist in the value");
    }
    return cur;
}

void apply_one(Json& value, const Json& edit) {
    if (!edit.is_array() || edit.size() != 3 || !edit[0].is_string() || !edit[1].is_array())
        throw std::invalid_argument("diff edit " + edit.dump() + ": expected [op, path, value]");
    const std::string op = edit[0].get<std::string>();
    const Json& path = edit[1];
    const Json& v = edit[2];
    if (path.empty()) {
        if (op == "replace") value = v;
        else if (op == "append" && value.is_string() && v.is_string()) value = value.get<std::string>() + v.get<std::string>();
        else throw std::invalid_argument("diff edit " + edit.dump() + ": cannot " + op + " the whole value");
        return;
    }
    Json& parent = *parent_of(value, path, edit);
    const Json& key = path.back();
    bool in_object = parent.is_object() && key.is_string();
    bool in_array = parent.is_array() && key.is_number_unsigned();
    if (!in_object && !in_array) throw std::invalid_argument("diff edit " + edit.dump() + ": path does not exist in the value");
    std::size_t idx = in_array ? key.get<std::size_t>() : 0;
    std::string k = in_object ? key.get<std::string>() : std::string();
    bool exists = in_object ? parent.contains(k) : idx < parent.size();
    if (op == "add") {
        if (in_object) parent[k] = v;
        else if (idx <= parent.size()) parent.insert(parent.begin() + static_cast<std::ptrdiff_t>(idx), v);
        else throw std::invalid_argument("diff edit " + edit.dump() + ": index past the end of the list");
    } else if (op == "delete" && exists) {
        if (in_object) parent.erase(k);
        else parent.erase(idx);
    } else if (op == "replace" && exists) {
        (in_object ? parent[k] : parent[idx]) = v;
    } else if (op == "append" && exists && (in_object ? parent[k] : parent[idx]).is_string() && v.is_string()) {
        Json& s = in_object ? parent[k] : parent[idx];
        s = s.get<std::string>() + v.get<std::string>();
    } else {
        throw std::invalid_argument("diff edit " + edit.dump() + ": " + (exists ? "unknown op or wrong value type" : "path does not exist in the value"));
    }
}

}  // namespace

Json make_diff(const Json& old_value, const Json& new_value) {
    Json out = Json::array();
    Json path = Json::array();
    diff_into(old_value, new_value, path, out);
    return out;
}

Json apply_diff(Json value, const Json& edits) {
    if (!edits.is_array()) throw std::invalid_argument("a diff must be a list of edits, got " + edits.dump());
    for (auto& e : edits) apply_one(value, e);
    return value;
}

}  // namespace gr::remote
