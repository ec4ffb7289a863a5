// Component value codecs: between Gradio's wire value of a component and what a function
// receives (preprocess) or returns (postprocess), following each component's documented
// rules (Number's precision, Dropdown's choices, Radio's type="index", …).
// A wrong value throws ValueError, whose message names the component and what was wrong.
#pragma once
#include <stdexcept>

#include "gr/app.h"

namespace gr {

struct ValueError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// `props` are the component's current props (defaults merged in). Both functions are pure.
Json preprocess(const Component& component, const Json& props, const Json& wire_value);
Json postprocess(const Component& component, const Json& props, const Json& returned);

// The codecs are linked by family (text, numbers, choices, files, data, chat), so a C++ app
// module carries only those of the types it declares: the builder's typed methods link their
// type's family; the config reader and the builder's generic component(type) link them all.
// A component whose family was not linked is a Graft bug, reported as std::logic_error.
void link_all_codecs();

}  // namespace gr
