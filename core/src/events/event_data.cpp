// Payload shapes by event, from gradio/events.py: SelectData (select, example_select,
// option_select), KeyUpData, LikeData, UndoData/RetryData, EditData, CopyData, and
// DeletedFileData/DownloadData (whose `file` is the FileData the component sent).
// Unknown keys pass through; events without a class pass their data unchanged.
#include "events/event_data.h"

#include <array>
#include <stdexcept>
#include <utility>

namespace gr {
namespace {

struct Shape {
    std::string_view event;
    std::string_view class_name;
    std::array<std::pair<std::string_view, int>, 5> keys;  // key, default (0 = null, 1 = true)
};

constexpr Shape shapes[] = {
    {"select", "SelectData", {{{"index", 0}, {"value", 0}, {"row_value", 0}, {"col_value", 0}, {"selected", 1}}}},
    {"example_select", "SelectData", {{{"index", 0}, {"value", 0}, {"row_value", 0}, {"col_value", 0}, {"selected", 1}}}},
    {"option_select", "SelectData", {{{"index", 0}, {"value", 0}, {"row_value", 0}, {"col_value", 0}, {"selected", 1}}}},
    {"key_up", "KeyUpData", {{{"key", 0}, {"input_value", 0}}}},
    {"like", "LikeData", {{{"index", 0}, {"value", 0}, {"liked", 1}}}},
    {"undo", "UndoData", {{{"index", 0}, {"value", 0}}}},
    {"retry", "RetryData", {{{"index", 0}, {"value", 0}}}},
    {"edit", "EditData", {{{"index", 0}, {"value", 0}, {"previous_value", 0}}}},
    {"copy", "CopyData", {{{"value", 0}}}},
};

}  // namespace

Json shape_event_data(std::string_view event, Json data) {
    if (event == "delete" || event == "download") {  // DeletedFileData / DownloadData: .file
        if (data.is_null()) return data;
        if (!data.is_object()) throw std::invalid_argument(std::string(event) + " event data must be a FileData object, got " + data.dump());
        return data.contains("file") ? data : Json{{"file", data}};
    }
    for (auto& s : shapes) {
        if (s.event != event) continue;
        if (data.is_null()) data = Json::object();
        if (!data.is_object())
            throw std::invalid_argument(std::string(event) + " event data must be an object (gr." + std::string(s.class_name) + "), got " + data.dump());
        for (auto& [key, def] : s.keys)
            if (!key.empty() && !data.contains(key)) data[std::string(key)] = def == 1 ? Json(true) : Json(nullptr);
        return data;
    }
    return data;
}

}  // namespace gr
