// Value codecs, dispatched by component type. Types without rules pass values through.
#include "gr/codec.h"

namespace gr {

Json preprocess(const Component&, const Json&, const Json& wire_value) { return wire_value; }

Json postprocess(const Component&, const Json&, const Json& returned) { return returned; }

}  // namespace gr
