// A function that takes a while, for the native backend's queue: it echoes its text after
// `seconds` (0 to 30, checked by a validator before the event is queued), so a client can
// watch it queue, start and be cancelled. An empty text is a gr::Error the user sees; `shout`
// is a queue=false listener. Native only (it sleeps on a worker thread).
#include <gr/blocks.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <thread>
#include <tuple>

// Listens with queue=false: clients call it through POST /run, outside the queue.
std::string shout(const std::string& text) {
    std::string out = text;
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out + "!";
}

std::string slow_echo(const std::string& text, double seconds) {
    if (text.empty()) throw gr::Error("Please type something to echo.");
    std::this_thread::sleep_for(std::chrono::duration<double>(std::clamp(seconds, 0.0, 30.0)));
    return text;
}

// Gradio's validator=: one gr::validate per input; an invalid one is marked, nothing runs.
auto check_seconds(const std::string&, double seconds) {
    return std::tuple{gr::validate(true), gr::validate(seconds >= 0 && seconds <= 30, "Seconds must be between 0 and 30.")};
}

int main() {
    gr::Blocks demo({.title = "Slow echo"});
    demo.markdown("# Slow echo\nEchoes your text after a delay.");
    auto text = demo.textbox({.label = "Text"});
    auto seconds = demo.component("number", {{"label", "Seconds"}, {"value", 2}});
    auto out = demo.textbox({.label = "Echo"});
    demo.button("Echo").click(slow_echo, {text, seconds}, {out}, {.api_name = "slow_echo", .validator = check_seconds});
    demo.button("Shout").click(shout, {text}, {out}, {.api_name = "shout", .queue = false});
    demo.launch();
}
