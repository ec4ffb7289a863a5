// C++ functions in the page's Web Worker: a generator whose words reach the page one by one
// while it computes, a two-second computation that leaves the page free (type in the echo box
// meanwhile: its C++ listener runs in a second worker), a Stop button that ends the generator,
// and a function that aborts — the page shows the error and the next event runs as usual.
#include <gr/blocks.h>

#include <chrono>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// Real work, not a sleep: counts the primes below numbers that grow until `seconds` pass.
long count_primes_for(double seconds) {
    const auto until = Clock::now() + std::chrono::duration<double>(seconds);
    long primes = 0;
    for (long n = 2; Clock::now() < until; ++n) {
        bool prime = true;
        for (long d = 2; d * d <= n && prime; ++d) prime = n % d != 0;
        primes += prime;
    }
    return primes;
}

void stream_reply(const std::string& prompt, gr::Emitter& emit) {
    std::vector<std::string> words;
    std::istringstream in("You said: " + (prompt.empty() ? std::string("nothing") : prompt));
    for (std::string w; in >> w;) words.push_back(w);
    if (prompt.empty()) emit.warning("The prompt is empty: replying to nothing.");
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        count_primes_for(0.25);  // each word takes a quarter of a second of computing
        text += (i ? " " : "") + words[i];
        emit.progress(static_cast<int>(i + 1), static_cast<int>(words.size()), "Writing", "words");
        emit.yield(text);
    }
}

std::string crunch(double seconds) {
    if (seconds < 0 || seconds > 30) throw gr::Error("Seconds must be between 0 and 30.");
    long primes = count_primes_for(seconds);
    return "Counted " + std::to_string(primes) + " primes in " + std::to_string(static_cast<int>(seconds)) + " s.";
}

std::string echo(const std::string& text) {
    std::string out = text;
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string give_up() {
    std::abort();  // a bug in C++: the module cannot go on, its worker is replaced
}

}  // namespace

int main() {
    gr::Blocks demo({.title = "C++ in a worker"});
    demo.markdown("# C++ in a worker\nThese functions are C++, running in a Web Worker: the page stays responsive while they compute.");
    auto prompt = demo.textbox({.value = "the page never freezes while C++ computes", .label = "Prompt"});
    auto reply = demo.textbox({.label = "Reply"});
    auto send = demo.button("Send");
    auto stop = demo.button("Stop", {.variant = "stop"});
    auto writing = send.click(stream_reply, {prompt}, {reply}, {.api_name = "stream_reply"});
    stop.click(nullptr, {}, {}, {.cancels = {writing.id()}});

    auto seconds = demo.number({.value = 2, .label = "Seconds"});
    auto result = demo.textbox({.label = "Result"});
    demo.button("Compute").click(crunch, {seconds}, {result}, {.api_name = "crunch"});

    auto typed = demo.textbox({.label = "Type here while it computes"});
    auto shout = demo.textbox({.label = "Echo"});
    typed.change(echo, {typed}, {shout}, {.api_name = "echo"});

    auto crashed = demo.textbox({.label = "After the abort"});
    demo.button("Abort in C++").click(give_up, {}, {crashed}, {.api_name = "give_up"});
    demo.launch();
}
