// Helpers for codec tests: run a component's preprocess/postprocess from a type, props and a
// value written as JSON text, the way a config would give them.
#pragma once
#include <string>

#include "gr/codec.h"

namespace gr::test {

inline Component component(const std::string& type, const std::string& props = "{}", std::int64_t id = 4) {
    return {ComponentId(id), type, Json::parse(props), Json::object()};
}

inline Json pre(const std::string& type, const std::string& props, const std::string& value) {
    Component c = component(type, props);
    return preprocess(c, c.props, Json::parse(value));
}

inline Json post(const std::string& type, const std::string& props, const std::string& value) {
    Component c = component(type, props);
    return postprocess(c, c.props, Json::parse(value));
}

}  // namespace gr::test
