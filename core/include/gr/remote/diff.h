// Gradio's generator-output diffs (protocol sse_v2 and later): a server sends the first yield
// of an output whole and later yields as edit lists [op, path, value] with op one of
// replace / append / add / delete. make_diff is gradio.utils.diff; apply_diff is the JS
// client's apply_diff. Both pure.
#pragma once
#include "gr/json.h"

namespace gr::remote {

// The edits that turn `old_value` into `new_value` (an empty array when equal).
Json make_diff(const Json& old_value, const Json& new_value);

// Applies `edits` to `value` in order. Throws std::invalid_argument naming the edit when an
// edit does not fit the value (a path that does not exist, an unknown op).
Json apply_diff(Json value, const Json& edits);

}  // namespace gr::remote
