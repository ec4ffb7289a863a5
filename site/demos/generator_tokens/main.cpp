// A C++ generator served natively: it streams a reply word by word (each yield is an
// intermediate result the client sees), warns (gr.Warning, a toast) when the prompt is empty
// and reports gr.Progress as it goes. An event that is cancelled stops between
// words. Native only (it sleeps on a worker thread).
#include <gr/blocks.h>

#include <chrono>
#include <sstream>
#include <thread>
#include <vector>

void stream_reply(const std::string& prompt, gr::Emitter& emit) {
    std::vector<std::string> words;
    std::istringstream in("You said: " + (prompt.empty() ? std::string("nothing") : prompt));
    for (std::string w; in >> w;) words.push_back(w);
    if (prompt.empty()) emit.warning("The prompt is empty: replying to nothing.");
    std::string text;
    for (std::size_t i = 0; i < words.size() && !emit.cancelled(); ++i) {
        text += (i ? " " : "") + words[i];
        emit.progress(static_cast<int>(i + 1), static_cast<int>(words.size()), "Writing", "words");
        emit.yield(text);
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
    }
}

int main() {
    gr::Blocks demo({.title = "Generator tokens"});
    demo.markdown("# Streaming reply\nA C++ generator streams its answer word by word.");
    auto prompt = demo.textbox({.label = "Prompt"});
    auto reply = demo.textbox({.label = "Reply"});
    demo.button("Send").click(stream_reply, {prompt}, {reply}, {.api_name = "stream_reply"});
    demo.launch();
}
