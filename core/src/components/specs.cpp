// The component table: every Gradio component of spec/events-table.json, the layout blocks
// and the invisible blocks, with exactly the events the table gives each. Data only.
#include "gr/component_spec.h"

#include <algorithm>

namespace gr {
namespace {

using enum BlockKind;

// Template classes (ClearButton, DuplicateButton, LoginButton, DeepLinkButton) report their
// base class as config `type`, as Gradio's get_block_name does, so they share `button`.
const std::vector<ComponentSpec> specs = {
    {"button", "Button", component, {"click"}},
    {"annotatedimage", "AnnotatedImage", component, {"select"}},
    {"audio", "Audio", component, {"change", "clear", "input", "pause", "pause_recording", "play", "start_recording", "stop", "stop_recording", "stream", "upload"}},
    {"browserstate", "BrowserState", invisible, {"change"}},
    {"chatbot", "Chatbot", component, {"change", "clear", "copy", "edit", "example_select", "like", "option_select", "retry", "select", "undo"}},
    {"checkbox", "Checkbox", component, {"change", "input", "select"}},
    {"checkboxgroup", "CheckboxGroup", component, {"change", "input", "select"}},
    {"code", "Code", component, {"blur", "change", "focus", "input"}},
    {"colorpicker", "ColorPicker", component, {"blur", "change", "focus", "input", "submit"}},
    {"dataframe", "Dataframe", component, {"change", "edit", "input", "select"}},
    {"dataset", "Dataset", component, {"click", "select"}},
    {"datetime", "DateTime", component, {"change", "submit"}},
    {"dialogue", "Dialogue", component, {"change", "input", "submit"}},
    {"downloadbutton", "DownloadButton", component, {"click"}},
    {"dropdown", "Dropdown", component, {"blur", "change", "focus", "input", "key_up", "select"}},
    {"file", "File", component, {"change", "clear", "delete", "download", "select", "upload"}},
    {"fileexplorer", "FileExplorer", component, {"change", "input", "select"}},
    {"imageeditor", "ImageEditor", component, {"apply", "change", "clear", "input", "select", "upload"}},
    {"gallery", "Gallery", component, {"change", "delete", "preview_close", "preview_open", "select", "upload"}},
    {"highlightedtext", "HighlightedText", component, {"change", "select"}},
    {"html", "HTML", component, {"apply", "blur", "change", "clear", "click", "collapse", "copy", "delete", "double_click", "download", "edit", "end", "example_select", "expand", "focus", "input", "key_up", "like", "load", "option_select", "pause", "pause_recording", "play", "release", "retry", "select", "start_recording", "stop", "stop_recording", "stream", "submit", "tick", "undo", "upload"}},
    {"image", "Image", component, {"change", "clear", "input", "select", "stream", "upload"}},
    {"imageslider", "ImageSlider", component, {"change", "clear", "input", "select", "stream", "upload"}},
    {"json", "JSON", component, {"change"}},
    {"label", "Label", component, {"change", "select"}},
    {"markdown", "Markdown", component, {"change", "copy"}},
    {"model3d", "Model3D", component, {"change", "clear", "edit", "upload"}},
    {"textbox", "Textbox", component, {"blur", "change", "copy", "focus", "input", "select", "stop", "submit"}},
    {"multimodaltextbox", "MultimodalTextbox", component, {"blur", "change", "focus", "input", "select", "stop", "submit"}},
    {"barplot", "BarPlot", component, {"double_click", "select"}},
    {"lineplot", "LinePlot", component, {"double_click", "select"}},
    {"scatterplot", "ScatterPlot", component, {"double_click", "select"}},
    {"navbar", "Navbar", component, {"change"}},
    {"number", "Number", component, {"blur", "change", "focus", "input", "submit"}},
    {"paramviewer", "ParamViewer", component, {"change", "upload"}},
    {"plot", "Plot", component, {"change"}},
    {"radio", "Radio", component, {"change", "input", "select"}},
    {"slider", "Slider", component, {"change", "input", "release"}},
    {"state", "State", invisible, {"change"}},
    {"timer", "Timer", invisible, {"tick"}},
    {"uploadbutton", "UploadButton", component, {"click", "upload"}},
    {"video", "Video", component, {"change", "clear", "end", "input", "pause", "play", "start_recording", "stop", "stop_recording", "upload"}},
    {"simpleimage", "SimpleImage", component, {"change", "clear", "upload"}},
    {"row", "Row", layout, {}},
    {"column", "Column", layout, {}},
    {"group", "Group", layout, {}},
    {"form", "Form", layout, {}},
    {"tabs", "Tabs", layout, {"change", "select"}},
    {"tabitem", "Tab", layout, {"select"}},
    {"accordion", "Accordion", layout, {"collapse", "expand"}},
    {"sidebar", "Sidebar", layout, {"collapse", "expand"}},
};

}  // namespace

bool ComponentSpec::supports(std::string_view event) const {
    return std::find(events.begin(), events.end(), event) != events.end();
}

const ComponentSpec* find_spec(std::string_view type) {
    auto it = std::find_if(specs.begin(), specs.end(), [&](const ComponentSpec& s) { return s.type == type; });
    return it == specs.end() ? nullptr : &*it;
}

std::span<const ComponentSpec> all_specs() { return specs; }

}  // namespace gr
