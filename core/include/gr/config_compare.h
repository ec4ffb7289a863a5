// Whether two configs describe the same app apart from their ids — Gradio's own test helper
// (utils.assert_configs_are_equivalent_besides_ids) as a function that reports every
// difference with its JSON path in `candidate`, instead of stopping at the first.
#pragma once
#include "gr/json.h"
#include "gr/problem.h"

namespace gr {

// Compares `mode`, the number of components, the layout trees position by position (each
// pair of blocks must match in everything but `id`), and the dependencies in order (their
// targets, inputs and outputs through the same id mapping). Empty when equivalent.
Problems compare_configs(const Json& reference, const Json& candidate);

}  // namespace gr
