// EventData payloads shaped as Gradio's EventData subclasses read them (gradio/events.py):
// the keys a function's SelectData, LikeData, … would expose, with Gradio's defaults filled in.
#pragma once
#include <string_view>

#include "gr/json.h"

namespace gr {

// `data` as the component sent it → the payload a function receives. Throws
// std::invalid_argument naming the event when the payload cannot be one (e.g. a number).
Json shape_event_data(std::string_view event, Json data);

}  // namespace gr
