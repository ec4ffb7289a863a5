// The one JSON type of the core: Gradio's wire values and configs are JSON documents.
// Nothing here may depend on a platform; this header only names the library.
#pragma once
#include <nlohmann/json.hpp>

namespace gr {
using Json = nlohmann::json;
}
