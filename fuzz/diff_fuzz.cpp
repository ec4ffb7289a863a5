// The diff maker and applier (gr::remote::make_diff / apply_diff). The input is JSON:
// [old, new] checks that applying make_diff(old, new) to old gives new; [value, edits] (and
// any other document, as edits against null) is applied as a server's edit list, which may be
// refused with std::invalid_argument but never crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "gr/remote/diff.h"

using gr::Json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Json doc = Json::parse(data, data + size, nullptr, false);
    if (doc.is_discarded()) return 0;
    if (doc.is_array() && doc.size() == 2) {
        const Json& a = doc[0];
        const Json& b = doc[1];
        Json edits = gr::remote::make_diff(a, b);
        Json applied;
        try {
            applied = gr::remote::apply_diff(a, edits);
        } catch (const std::invalid_argument& e) {
            std::fprintf(stderr, "apply_diff refused make_diff's own edits: %s\n", e.what());
            std::abort();
        }
        if (applied != b) {
            std::fprintf(stderr, "apply_diff(a, make_diff(a, b)) != b\na = %s\nb = %s\nedits = %s\ngot = %s\n", a.dump().c_str(),
                         b.dump().c_str(), edits.dump().c_str(), applied.dump().c_str());
            std::abort();
        }
        try {
            (void)gr::remote::apply_diff(a, b);
        } catch (const std::invalid_argument&) {
        }
    } else {
        try {
            (void)gr::remote::apply_diff(Json(), doc);
        } catch (const std::invalid_argument&) {
        }
    }
    return 0;
}
