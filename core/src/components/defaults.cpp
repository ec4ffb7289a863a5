// Gradio's prop defaults per component type, from the constructors' signatures (gradio 6.x).
// Only props whose default changes behaviour (codecs, rendering) are listed; Gradio writes the
// others into configs itself. `interactive` is listed only where Gradio's default is not None,
// because an absent `interactive` means "decide from the listeners" (see is_interactive).

#include <string>

#include "gr/component_spec.h"

namespace gr {

// The table is JSON text parsed once on first use: building it from nested initializer lists
// took 40 KB of wasm code in every app. Integers are stored signed, as Json(int) would.
namespace {
constexpr const char* table = R"json(
{
    "textbox": {"lines": 1, "max_lines": 20, "show_label": true, "type": "text", "visible": true},
    "multimodaltextbox": {"lines": 1, "max_lines": 10, "file_count": "single", "visible": true},
    "button": {"value": "Run", "variant": "secondary", "size": "lg", "interactive": true, "visible": true},
    "downloadbutton": {"label": "Download", "variant": "secondary", "size": "lg", "interactive": true, "visible": true},
    "uploadbutton": {"label": "Upload a File", "variant": "secondary", "size": "lg", "interactive": true, "file_count": "single", "type": "filepath", "visible": true},
    "markdown": {"visible": true, "sanitize_html": true, "line_breaks": false, "rtl": false},
    "html": {"visible": true},
    "code": {"lines": 5, "visible": true},
    "number": {"step": 1, "visible": true},
    "slider": {"minimum": 0, "maximum": 100, "step": 1, "visible": true},
    "checkbox": {"value": false, "visible": true},
    "checkboxgroup": {"choices": [], "type": "value", "visible": true},
    "radio": {"choices": [], "type": "value", "visible": true},
    "dropdown": {"choices": [], "type": "value", "multiselect": false, "allow_custom_value": false, "filterable": true, "visible": true},
    "colorpicker": {"visible": true},
    "datetime": {"include_time": true, "type": "timestamp", "visible": true},
    "dataframe": {"type": "pandas", "visible": true},
    "label": {"visible": true},
    "highlightedtext": {"combine_adjacent": false, "visible": true},
    "chatbot": {"visible": true},
    "file": {"file_count": "single", "type": "filepath", "visible": true},
    "image": {"type": "numpy", "format": "webp", "image_mode": "RGB", "visible": true},
    "audio": {"type": "numpy", "format": "wav", "visible": true},
    "video": {"visible": true},
    "gallery": {"type": "filepath", "format": "webp", "columns": 2, "visible": true},
    "timer": {"value": 1.0, "active": true},
    "row": {"variant": "default", "equal_height": false, "visible": true},
    "column": {"scale": 1, "min_width": 320, "variant": "default", "visible": true},
    "group": {"visible": true},
    "tabs": {"visible": true},
    "tabitem": {"visible": true, "interactive": true},
    "accordion": {"open": true, "visible": true},
    "sidebar": {"open": true, "position": "left", "width": 320, "visible": true}
}
)json";

void signed_integers(Json& j) {
    if (j.is_number_unsigned()) j = static_cast<Json::number_integer_t>(j.get<Json::number_unsigned_t>());
    else if (j.is_structured()) for (auto& v : j) signed_integers(v);
}
}  // namespace

const Json& default_props(std::string_view type) {
    static const Json defaults = [] {
        Json j = Json::parse(std::string(table));  // the std::string parser every module has anyway
        signed_integers(j);
        return j;
    }();
    static const Json empty = Json::object();
    auto it = defaults.find(type);
    return it == defaults.end() ? empty : *it;
}

}  // namespace gr
