// The component table: every Gradio class of spec/events-table.json (47, with exactly the
// events the table gives each), then the layout blocks, the Blocks root and the extra types
// Gradio writes in configs. Data only; tests/components/spec_test.cpp checks it against the table.
#include "gr/component_spec.h"

#include <algorithm>

namespace gr {
namespace {

using enum BlockKind;

constexpr std::string_view file_data = "FileData | null";
constexpr std::string_view text = "string | null";

// Template classes (ClearButton, DuplicateButton, LoginButton, DeepLinkButton) report their
// base class as config `type`, as Gradio's get_block_name does, so they share `button`.
// BarPlot/LinePlot/ScatterPlot report "nativeplot" since Gradio 5 (4.x wrote their own names).
constexpr ComponentSpec specs[] = {
    {"button", "Button", component, "click", "string (the label) | null"},
    {"annotatedimage", "AnnotatedImage", component, "select", "{image: FileData, annotations: [{image: FileData, label}]} | null"},
    {"audio", "Audio", component, "change clear input pause pause_recording play start_recording stop stop_recording stream upload", file_data},
    {"browserstate", "BrowserState", invisible, "change", "any JSON (kept in the browser's storage)"},
    {"chatbot", "Chatbot", component, "change clear copy edit example_select like option_select retry select undo", "[{role, content: [{type: \"text\", text} | {type: \"file\", file: FileData}], metadata?, options?}]"},
    {"checkbox", "Checkbox", component, "change input select", "boolean | null"},
    {"checkboxgroup", "CheckboxGroup", component, "change input select", "[choice value]"},
    {"button", "ClearButton", component, "click", "string (the label)", "Button"},
    {"code", "Code", component, "blur change focus input", text},
    {"colorpicker", "ColorPicker", component, "blur change focus input submit", "\"#rrggbb\" | null"},
    {"dataframe", "Dataframe", component, "change edit input select", "{headers: [string], data: [[any]], metadata?}"},
    {"dataset", "Dataset", component, "click select", "integer (index of the clicked sample) | null"},
    {"datetime", "DateTime", component, "change submit", "\"YYYY-MM-DD[ HH:MM:SS]\" | null"},
    {"button", "DeepLinkButton", component, "click", "string (the label)", "Button"},
    {"dialogue", "Dialogue", component, "change input submit", "[{speaker, text}] | string"},
    {"downloadbutton", "DownloadButton", component, "click", file_data},
    {"dropdown", "Dropdown", component, "blur change focus input key_up select", "choice value, or [choice value] if multiselect; null"},
    {"button", "DuplicateButton", component, "click", "string (the label)", "Button"},
    {"file", "File", component, "change clear delete download select upload", "FileData, or [FileData] if file_count is \"multiple\"/\"directory\"; null"},
    {"fileexplorer", "FileExplorer", component, "change input select", "[[path segment]] | null"},
    {"imageeditor", "ImageEditor", component, "apply change clear input select upload", "{background: FileData | null, layers: [FileData], composite: FileData | null}"},
    {"gallery", "Gallery", component, "change delete preview_close preview_open select upload", "[{image: FileData, caption} | {video: FileData, caption}] | null"},
    {"highlightedtext", "HighlightedText", component, "change select", "[{token, class_or_confidence}] | null"},
    {"html", "HTML", component, "apply blur change clear click collapse copy delete double_click download edit end example_select expand focus input key_up like load option_select pause pause_recording play release retry select start_recording stop stop_recording stream submit tick undo upload", text},
    {"image", "Image", component, "change clear input select stream upload", file_data},
    {"imageslider", "ImageSlider", component, "change clear input select stream upload", "[FileData | null, FileData | null] | null"},
    {"json", "JSON", component, "change", "any JSON"},
    {"label", "Label", component, "change select", "{label, confidences: [{label, confidence}] | null}"},
    {"button", "LoginButton", component, "click", "string (the label)", "Button"},
    {"markdown", "Markdown", component, "change copy", text},
    {"model3d", "Model3D", component, "change clear edit upload", file_data},
    {"textbox", "Textbox", component, "blur change copy focus input select stop submit", text},
    {"multimodaltextbox", "MultimodalTextbox", component, "blur change focus input select stop submit", "{text, files: [FileData]} | null"},
    {"nativeplot", "BarPlot", component, "double_click select", "{columns, data: [[any]], datatypes, mark} | null"},
    {"nativeplot", "LinePlot", component, "double_click select", "{columns, data: [[any]], datatypes, mark} | null"},
    {"nativeplot", "ScatterPlot", component, "double_click select", "{columns, data: [[any]], datatypes, mark} | null"},
    {"navbar", "Navbar", component, "change", "[[label, path]] | null"},
    {"number", "Number", component, "blur change focus input submit", "number | null"},
    {"paramviewer", "ParamViewer", component, "change upload", "{name: {type, description, default}}"},
    {"plot", "Plot", component, "change", "{type, plot, chart?} | null"},
    {"radio", "Radio", component, "change input select", "choice value | null"},
    {"slider", "Slider", component, "change input release", "number"},
    {"state", "State", invisible, "change", "any (local apps); null from a Gradio server, which keeps it"},
    {"timer", "Timer", invisible, "tick", "number (interval in seconds)"},
    {"uploadbutton", "UploadButton", component, "click upload", "FileData, or [FileData] if file_count is \"multiple\"; null"},
    {"video", "Video", component, "change clear end input pause play start_recording stop stop_recording upload", file_data},
    {"simpleimage", "SimpleImage", component, "change clear upload", file_data},
    // Layout blocks (Gradio's BlockContext): no value; skip_api.
    {"row", "Row", layout, "", "—", {}, false},
    {"column", "Column", layout, "", "—", {}, false},
    {"group", "Group", layout, "", "—", {}, false},
    {"form", "Form", layout, "", "— (Gradio wraps form components in it)", {}, false},
    {"tabs", "Tabs", layout, "change select", "—", {}, false},
    {"tabitem", "Tab", layout, "select", "—", {}, false},
    {"accordion", "Accordion", layout, "collapse expand", "—", {}, false},
    {"sidebar", "Sidebar", layout, "collapse expand", "—", {}, false},
    {"blocks", "Blocks", root, "load unload", "— (the layout root; not in `components`)", {}, false},
    // Types real configs carry that the events table leaves out.
    {"nativeplot", "NativePlot", component, "double_click select", "{columns, data: [[any]], datatypes, mark} | null", {}, false},
    {"barplot", "BarPlot (4.x)", component, "double_click select", "{type: \"altair\", plot: Vega-Lite JSON, chart} | null", {}, false},
    {"lineplot", "LinePlot (4.x)", component, "double_click select", "{type: \"altair\", plot: Vega-Lite JSON, chart} | null", {}, false},
    {"scatterplot", "ScatterPlot (4.x)", component, "double_click select", "{type: \"altair\", plot: Vega-Lite JSON, chart} | null", {}, false},
    {"api", "Api", invisible, "", "any JSON (gr.api endpoints)", {}, false},
    {"fallback", "Fallback", component, "change", "any JSON", {}, false},
};

}  // namespace

bool ComponentSpec::supports(std::string_view event) const {
    return events.contains(event);
}

const ComponentSpec* find_spec(std::string_view type) {
    // nativeplot's own entry (NativePlot) comes after the table's BarPlot; prefer it.
    auto match = [&](const ComponentSpec& s) { return s.type == type && s.template_of.empty() && (type != "nativeplot" || s.class_name == "NativePlot"); };
    auto it = std::find_if(std::begin(specs), std::end(specs), match);
    return it == std::end(specs) ? nullptr : &*it;
}

const ComponentSpec* find_spec_by_class(std::string_view class_name) {
    auto it = std::find_if(std::begin(specs), std::end(specs), [&](const ComponentSpec& s) { return s.class_name == class_name; });
    return it == std::end(specs) ? nullptr : &*it;
}

std::span<const ComponentSpec> all_specs() { return specs; }

}  // namespace gr
