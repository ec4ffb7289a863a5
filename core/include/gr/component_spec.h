// Component specs: for each Gradio component type, its config `type` name, Python class
// name, the events it supports (from spec/events-table.json) and whether it is a layout
// block. Pure data plus lookups; renderers live in js-shim/, value codecs beside the specs.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gr/json.h"

namespace gr {

enum class BlockKind { component, layout, invisible };

struct ComponentSpec {
    std::string_view type;        // config `type`, e.g. "textbox"
    std::string_view class_name;  // Python class, e.g. "Textbox"
    BlockKind kind;
    std::vector<std::string_view> events;  // events a listener may be attached to

    bool supports(std::string_view event) const;
};

// The spec for a config `type` (case-sensitive, lower case as Gradio writes it), or null.
const ComponentSpec* find_spec(std::string_view type);
// Gradio's constructor defaults for a type's props (an empty object for unknown types).
// A config's own props override them; Gradio drops None-valued props, so absent means default.
const Json& default_props(std::string_view type);
// All specs, in a stable order.
std::span<const ComponentSpec> all_specs();

}  // namespace gr
