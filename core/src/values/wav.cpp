// WAV reading and writing for gr::Audio. Written here rather than taken from a library: no WAV
// library Debian packages also builds for the page (libsndfile is native only), and RIFF/WAVE
// PCM is a few chunk headers; fuzz/audio_fuzz.cpp runs the reader. The conversions to 16-bit
// follow Gradio's convert_to_16_bit_wav, as js-shim/components/audio/helpers.js does for page
// functions.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

#include "gr/values.h"

namespace gr {
namespace {

[[noreturn]] void bad(const std::string& what) { throw std::invalid_argument("not a WAV file gr::Audio can read: " + what); }

std::uint32_t u32(const std::uint8_t* p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<std::uint32_t>(p[3]) << 24); }
std::uint16_t u16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
void put16(std::vector<std::uint8_t>& out, std::uint16_t v) {
    out.push_back(static_cast<std::uint8_t>(v));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}

std::vector<std::int16_t> floats_to_int16(std::span<const double> v) {
    double peak = 0;
    for (double x : v)
        if (std::isfinite(x)) peak = std::max(peak, std::abs(x));
    std::vector<std::int16_t> out(v.size(), 0);
    if (peak == 0) return out;
    for (std::size_t i = 0; i < v.size(); ++i)
        out[i] = std::isfinite(v[i]) ? static_cast<std::int16_t>(std::trunc(v[i] / peak * 32767.0)) : 0;
    return out;
}

}  // namespace

Audio Audio::from_floats(int sample_rate, int channels, std::span<const float> samples) {
    std::vector<double> wide(samples.begin(), samples.end());
    return {sample_rate, channels, floats_to_int16(wide)};
}

namespace audio {

Audio decode_wav(std::span<const std::uint8_t> b) {
    if (b.size() < 12 || std::memcmp(b.data(), "RIFF", 4) != 0 || std::memcmp(b.data() + 8, "WAVE", 4) != 0)
        bad("it does not start with a RIFF/WAVE header");
    bool have_fmt = false;
    std::uint16_t format = 0, channels = 0, bits = 0;
    std::uint32_t rate = 0;
    std::size_t data_at = 0, data_size = 0;
    bool have_data = false;
    for (std::size_t at = 12; at + 8 <= b.size();) {
        const std::uint8_t* h = b.data() + at;
        const std::size_t size = u32(h + 4), body = at + 8;
        const std::size_t avail = b.size() - body;
        if (std::memcmp(h, "fmt ", 4) == 0) {
            if (size < 16 || avail < 16) bad("its fmt chunk is shorter than 16 bytes");
            const std::uint8_t* f = b.data() + body;
            format = u16(f);
            if (format == 0xfffe) {  // WAVE_FORMAT_EXTENSIBLE: the sub-format GUID starts with the format
                if (size < 26 || avail < 26) bad("its extensible fmt chunk is shorter than 26 bytes");
                format = u16(f + 24);
            }
            channels = u16(f + 2), rate = u32(f + 4), bits = u16(f + 14);
            have_fmt = true;
        } else if (std::memcmp(h, "data", 4) == 0 && !have_data) {
            data_at = body, data_size = std::min(size, avail), have_data = true;  // a truncated file keeps what it has
        }
        if (size > avail) break;
        at = body + size + (size & 1);
    }
    if (!have_fmt) bad("it has no fmt chunk");
    if (!have_data) bad("it has no data chunk");
    if (channels == 0) bad("its fmt chunk gives 0 channels");
    if (rate == 0 || rate > 1'000'000) bad("its sample rate " + std::to_string(rate) + " Hz is out of range");
    Audio a{static_cast<int>(rate), channels, {}};
    const std::uint8_t* d = b.data() + data_at;
    if (format == 3 && (bits == 32 || bits == 64)) {
        const std::size_t width = bits / 8, n = data_size / width;
        std::vector<double> raw(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (bits == 32) {
                const std::uint32_t w = u32(d + i * 4);
                float f;
                std::memcpy(&f, &w, 4);
                raw[i] = f;
            } else {
                std::uint64_t w = u32(d + i * 8) | (static_cast<std::uint64_t>(u32(d + i * 8 + 4)) << 32);
                double x;
                std::memcpy(&x, &w, 8);
                raw[i] = x;
            }
        }
        a.samples = floats_to_int16(raw);
    } else if (format == 1) {
        if (bits != 8 && bits != 16 && bits != 24 && bits != 32) bad(std::to_string(bits) + "-bit PCM is not supported (8, 16, 24 and 32 are)");
        const std::size_t width = bits / 8, n = data_size / width;
        a.samples.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint8_t* p = d + i * width;
            std::int32_t v;
            switch (bits) {
                case 8: v = (p[0] - 128) * 256; break;
                case 16: v = static_cast<std::int16_t>(u16(p)); break;
                case 24: v = static_cast<std::int32_t>(static_cast<std::uint32_t>(p[0]) << 8 | static_cast<std::uint32_t>(p[1]) << 16 | static_cast<std::uint32_t>(p[2]) << 24) / 65536; break;
                default: v = static_cast<std::int32_t>(u32(p)) / 65536; break;
            }
            a.samples[i] = static_cast<std::int16_t>(v);
        }
    } else {
        bad("its format " + std::to_string(format) + " (" + std::to_string(bits) + "-bit) is neither PCM nor float");
    }
    a.samples.resize(a.samples.size() - a.samples.size() % channels);  // whole frames only
    return a;
}

std::vector<std::uint8_t> encode_wav(const Audio& a) {
    if (a.sample_rate <= 0 || a.sample_rate > 1'000'000) throw std::invalid_argument("gr::Audio's sample_rate " + std::to_string(a.sample_rate) + " is out of range (1 to 1000000 Hz)");
    if (a.channels <= 0 || a.channels > 64) throw std::invalid_argument("gr::Audio's channels " + std::to_string(a.channels) + " is out of range (1 to 64)");
    if (a.samples.size() % static_cast<std::size_t>(a.channels) != 0)
        throw std::invalid_argument("gr::Audio has " + std::to_string(a.samples.size()) + " samples, not whole frames of " + std::to_string(a.channels) + " channels");
    const std::size_t bytes = a.samples.size() * 2;
    if (bytes > 0xffffffffu - 36) throw std::invalid_argument("gr::Audio is too long for a WAV file (4 GB)");
    std::vector<std::uint8_t> out;
    out.reserve(44 + bytes);
    auto tag = [&](const char* t) { out.insert(out.end(), t, t + 4); };
    tag("RIFF");
    put32(out, static_cast<std::uint32_t>(36 + bytes));
    tag("WAVE");
    tag("fmt ");
    put32(out, 16);
    put16(out, 1);
    put16(out, static_cast<std::uint16_t>(a.channels));
    put32(out, static_cast<std::uint32_t>(a.sample_rate));
    put32(out, static_cast<std::uint32_t>(a.sample_rate) * static_cast<std::uint32_t>(a.channels) * 2);
    put16(out, static_cast<std::uint16_t>(a.channels * 2));
    put16(out, 16);
    tag("data");
    put32(out, static_cast<std::uint32_t>(bytes));
    for (std::int16_t s : a.samples) put16(out, static_cast<std::uint16_t>(s));
    return out;
}

}  // namespace audio
}  // namespace gr
