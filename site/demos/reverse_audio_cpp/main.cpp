// Gradio's reverse_audio in C++: a recorded or uploaded sound is described ("<rate> Hz, <n>
// samples") and played back reversed. A gr::Audio parameter receives the sound's 16-bit samples
// (Gradio's type="numpy": the page hands over the WAV file, the core decodes it); the returned
// gr::Audio becomes a WAV file the output plays.
#include <gr/blocks.h>

#include <optional>
#include <string>
#include <tuple>

namespace {

// Frames in reverse order, each frame's channels kept in order (numpy's flipud).
gr::Audio reversed(const gr::Audio& a) {
    gr::Audio out{a.sample_rate, a.channels, {}};
    out.samples.reserve(a.samples.size());
    const std::size_t ch = static_cast<std::size_t>(a.channels);
    for (std::size_t f = a.frames(); f-- > 0;)
        out.samples.insert(out.samples.end(), a.samples.begin() + static_cast<std::ptrdiff_t>(f * ch), a.samples.begin() + static_cast<std::ptrdiff_t>((f + 1) * ch));
    return out;
}

std::tuple<std::string, std::optional<gr::Audio>> reverse_audio(const std::optional<gr::Audio>& audio) {
    if (!audio) return {"", std::nullopt};
    return {std::to_string(audio->sample_rate) + " Hz, " + std::to_string(audio->frames()) + " samples", reversed(*audio)};
}

}  // namespace

int main() {
    gr::Blocks demo({.title = "Reverse audio"});
    demo.markdown("# Reverse audio\nRecord or upload a sound (WAV) to hear it backwards.");
    auto row = demo.row();
    auto sound = row.audio({{"label", "Sound"}, {"sources", {"upload", "microphone"}}, {"type", "numpy"}});
    auto backwards = row.audio({{"label", "Reversed"}, {"type", "numpy"}, {"interactive", false}});
    auto info = demo.textbox({.label = "Info"});
    sound.on("upload", reverse_audio, {sound}, {info, backwards}, {.api_name = "reverse_audio"});
    sound.on("stop_recording", reverse_audio, {sound}, {info, backwards});
    demo.launch();
}
