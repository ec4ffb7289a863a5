// A C++ .stream() listener served natively: a streaming webcam (gr.Image, streaming=True)
// sends a frame every stream_every seconds; the first joins the server's queue, the later ones
// follow it (POST /gradio_api/stream/{event_id}), and each answer describes the frame the
// function received. Served natively (`--port N`) the count is the server's; in the static
// site the function runs in the page's worker, and the count is that worker's.
#include <gr/blocks.h>
#include <gr/image/image.h>

#include <atomic>
#include <cstdio>

std::atomic<int> frames_received{0};

// image_mode "L": one byte per pixel, so their mean is the frame's brightness.
std::string describe(gr::image::Image frame) {
    double sum = 0;
    for (std::uint8_t v : frame.pixels) sum += v;
    char brightness[32];
    std::snprintf(brightness, sizeof brightness, "%.1f", frame.pixels.empty() ? 0.0 : sum / double(frame.pixels.size()));
    return "Frame " + std::to_string(++frames_received) + ": " + std::to_string(frame.width) + "x" + std::to_string(frame.height) +
           ", brightness " + brightness;
}

int main() {
    gr::Blocks demo({.title = "Stream frames"});
    demo.markdown("# Stream frames\nStart the webcam: each frame goes to the server, which describes it.");
    auto cam = demo.image({{"label", "Webcam"}, {"sources", {"webcam"}}, {"streaming", true}, {"image_mode", "L"}});
    auto seen = demo.textbox({.label = "Seen"});
    cam.on("stream", describe, {cam}, {seen}, {.api_name = "describe", .time_limit = 60, .stream_every = 0.2});
    demo.launch();
}
