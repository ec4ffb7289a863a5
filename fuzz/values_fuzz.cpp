// The typed values of C++ functions (gr/values.h). Byte 0 picks the reader:
//   even: the rest is a WAV file for gr::audio::decode_wav. It may only refuse with
//         std::invalid_argument; what it reads is whole frames, and encode_wav of it decodes
//         back to the same samples.
//   odd:  the rest is JSON for gr::Table and std::vector<gr::ChatMessage> (nlohmann's from_json):
//         refusals are std::invalid_argument or a JSON error; what is read writes back (to_json)
//         and reads again to the same value.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <stdexcept>
#include <vector>

#include "gr/values.h"

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "values_fuzz: %s\n", what);
    std::abort();
}

template <class T>
void json_round_trip(const gr::Json& j) {
    T v;
    try {
        v = j.get<T>();
    } catch (const std::invalid_argument&) {
        return;
    } catch (const gr::Json::exception&) {
        return;
    }
    gr::Json back = v;
    if (back.get<T>() != v) fail("a value read from JSON reads back differently");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    std::span<const uint8_t> rest(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        gr::Audio a;
        try {
            a = gr::audio::decode_wav(rest);
        } catch (const std::invalid_argument&) {
            return 0;
        }
        if (a.channels <= 0 || a.samples.size() % static_cast<std::size_t>(a.channels) != 0) fail("decode_wav gave partial frames");
        if (a.channels > 64) return 0;  // encode_wav refuses these, by design
        if (gr::audio::decode_wav(gr::audio::encode_wav(a)) != a) fail("encode_wav does not decode back to the same samples");
        return 0;
    }
    gr::Json j = gr::Json::parse(rest.begin(), rest.end(), nullptr, false);
    if (j.is_discarded()) return 0;
    json_round_trip<gr::Table>(j);
    json_round_trip<std::vector<gr::ChatMessage>>(j);
    return 0;
}
