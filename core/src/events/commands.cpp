// Commands to JSON: the shape the shim reads (see js-shim/app-view.js) and `graft sim` prints.
#include "gr/commands.h"

namespace gr {

std::string_view to_string(Status s) {
    switch (s) {
        case Status::pending: return "pending";
        case Status::generating: return "generating";
        case Status::complete: return "complete";
        case Status::error: return "error";
    }
    return "";
}

std::string_view to_string(ToastLevel l) {
    switch (l) {
        case ToastLevel::info: return "info";
        case ToastLevel::warning: return "warning";
        case ToastLevel::success: return "success";
        case ToastLevel::error: return "error";
    }
    return "";
}

std::optional<ToastLevel> toast_level_from(std::string_view s) {
    for (auto l : {ToastLevel::info, ToastLevel::warning, ToastLevel::success, ToastLevel::error})
        if (to_string(l) == s) return l;
    return std::nullopt;
}

namespace {

template <class T>
Json optional_json(const std::optional<T>& v) {
    return v ? Json(*v) : Json(nullptr);
}

Json ids_json(const std::vector<ComponentId>& ids) {
    Json out = Json::array();
    for (auto id : ids) out.push_back(id.value);
    return out;
}

struct ToJson {
    Json operator()(const RunJob& r) const {
        Json out = {{"type", "run"}, {"job", r.job.value}, {"dependency", r.dependency.value}, {"fn", r.fn},
                    {"js", optional_json(r.js)}, {"inputs", r.inputs}, {"event_data", r.event_data}};
        if (r.kind == RunJob::Kind::validator) out["validator"] = true;
        if (r.generator) out["generator"] = true;
        if (r.batch) out["batch"] = r.batch;
        if (r.stream) out["stream"] = true;
        if (r.target.valid()) out["target"] = r.target.value;
        if (r.edge) out["edge"] = *r.edge;
        if (r.native) out["native"] = true;
        return out;
    }
    Json operator()(const StreamChunk& c) const {
        Json out = {{"type", "stream_chunk"}, {"job", c.job.value}, {"dependency", c.dependency.value}, {"fn", c.fn},
                    {"inputs", c.inputs}, {"event_data", c.event_data}};
        if (c.generator) out["generator"] = true;
        if (c.edge) out["edge"] = *c.edge;
        if (c.native) out["native"] = true;
        return out;
    }
    Json operator()(const CloseStream& c) const { return {{"type", "close_stream"}, {"job", c.job.value}}; }
    Json operator()(const PrepareImages& p) const {
        Json out = {{"type", "prepare_images"}, {"job", p.job.value}, {"dependency", p.dependency.value},
                    {"inputs", p.inputs}, {"values", p.values}};
        if (p.edge) out["edge"] = *p.edge;
        return out;
    }
    Json operator()(const SetProps& p) const { return {{"type", "props"}, {"id", p.component.value}, {"props", p.props}}; }
    Json operator()(const SetStatus& s) const {
        Json out = {{"type", "status"}, {"ids", ids_json(s.components)}, {"status", to_string(s.status)},
                    {"show_progress", to_string(s.show_progress)}, {"message", s.message}};
        if (s.queue_position) out["queue_position"] = *s.queue_position;
        if (s.eta) out["eta"] = *s.eta;
        if (!s.progress.is_null()) out["progress"] = s.progress;
        return out;
    }
    Json operator()(const Toast& t) const {
        Json out = {{"type", "toast"}, {"level", to_string(t.level)}, {"title", t.title}, {"message", t.message}};
        if (t.duration) out["duration"] = *t.duration;
        return out;
    }
    Json operator()(const ArmTimer& a) const { return {{"type", "arm_timer"}, {"id", a.timer.value}, {"interval", a.interval}}; }
    Json operator()(const DisarmTimer& a) const { return {{"type", "disarm_timer"}, {"id", a.timer.value}}; }
    Json operator()(const WakeAt& w) const { return {{"type", "wake"}, {"at", w.at}}; }
    Json operator()(const MarkValidation& m) const { return {{"type", "validation"}, {"id", m.component.value}, {"message", m.message}}; }
    Json operator()(const CancelJob& c) const { return {{"type", "cancel"}, {"job", c.job.value}}; }
    Json operator()(const StoreBrowserState& b) const {
        return {{"type", "browser_state"}, {"id", b.component.value}, {"storage_key", b.storage_key}, {"value", b.value}};
    }
    Json operator()(const ScrollTo& s) const { return {{"type", "scroll"}, {"id", s.component.value}}; }
};

}  // namespace

Json to_json(const Command& c) { return std::visit(ToJson{}, c); }

Json to_json(const Commands& cs) {
    Json out = Json::array();
    for (auto& c : cs) out.push_back(to_json(c));
    return out;
}

}  // namespace gr
