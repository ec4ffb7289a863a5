// Commands to JSON: the shape the shim reads (see js-shim/app-view.js).
#include "gr/commands.h"

namespace gr {

std::string_view to_string(Status s) {
    switch (s) {
        case Status::pending: return "pending";
        case Status::complete: return "complete";
        case Status::error: return "error";
    }
    return "";
}

std::string_view to_string(ToastLevel l) {
    switch (l) {
        case ToastLevel::info: return "info";
        case ToastLevel::warning: return "warning";
        case ToastLevel::error: return "error";
    }
    return "";
}

namespace {

Json ids_json(const std::vector<ComponentId>& ids) {
    Json out = Json::array();
    for (auto id : ids) out.push_back(id.value);
    return out;
}

struct ToJson {
    Json operator()(const RunJob& r) const {
        return {{"type", "run"}, {"job", r.job.value}, {"dependency", r.dependency.value}, {"fn", r.fn},
                {"js", r.js ? Json(*r.js) : Json()}, {"inputs", r.inputs}, {"event_data", r.event_data}};
    }
    Json operator()(const SetProps& p) const { return {{"type", "props"}, {"id", p.component.value}, {"props", p.props}}; }
    Json operator()(const SetStatus& s) const {
        return {{"type", "status"}, {"ids", ids_json(s.components)}, {"status", to_string(s.status)},
                {"show_progress", to_string(s.show_progress)}, {"message", s.message}};
    }
    Json operator()(const Toast& t) const {
        return {{"type", "toast"}, {"level", to_string(t.level)}, {"title", t.title}, {"message", t.message}};
    }
};

}  // namespace

Json to_json(const Command& c) { return std::visit(ToJson{}, c); }

Json to_json(const Commands& cs) {
    Json out = Json::array();
    for (auto& c : cs) out.push_back(to_json(c));
    return out;
}

}  // namespace gr
