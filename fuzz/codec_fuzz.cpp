// The value codecs of every component (gr::preprocess / gr::postprocess). Byte 0 picks the
// component type (gr::all_specs(), every type Graft knows), byte 1 the direction and whether
// props are given; the rest is JSON: the wire value (preprocess) or the returned value
// (postprocess), or [props, value] when props are given. Fuzzed props are kept only if every
// one passes gr::check_prop, as the config reader requires. A wrong value may be refused with
// gr::ValueError naming the component; any other exception or a crash is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

#include "gr/codec.h"
#include "gr/component_spec.h"

using gr::Json;

// Every codec family, as a config app links them (gr/codec.h).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    gr::link_all_codecs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) return 0;
    auto specs = gr::all_specs();
    const gr::ComponentSpec& spec = specs[data[0] % specs.size()];
    bool pre = (data[1] & 1) == 0;
    bool with_props = (data[1] & 2) != 0;
    Json doc = Json::parse(data + 2, data + size, nullptr, false);
    if (doc.is_discarded()) return 0;
    gr::Component component{gr::ComponentId(7), std::string(spec.type), gr::default_props(spec.type)};
    Json props = Json::object();
    Json value = doc;
    if (with_props) {
        if (!doc.is_array() || doc.size() != 2 || !doc[0].is_object()) return 0;
        for (auto& [key, v] : doc[0].items())
            if (gr::check_prop(spec.type, key, v)) return 0;
        props = doc[0];
        value = doc[1];
    }
    try {
        Json out = pre ? gr::preprocess(component, props, value) : gr::postprocess(component, props, value);
        (void)out.dump(-1, ' ', false, Json::error_handler_t::replace);
    } catch (const gr::ValueError&) {
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s of %s threw something other than gr::ValueError: %s\n", pre ? "preprocess" : "postprocess",
                     std::string(spec.class_name).c_str(), e.what());
        std::abort();
    }
    return 0;
}
