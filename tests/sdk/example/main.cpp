// Word tools: a small app written outside Graft's repository. Reversing streams its words one
// by one (a generator), counting fails with Gradio's error for an empty text.
#include <gr/blocks.h>

#include <sstream>
#include <vector>

namespace {

void reverse_words(const std::string& text, gr::Emitter& emit) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;) words.push_back(w);
    std::string out;
    for (auto it = words.rbegin(); it != words.rend(); ++it) {
        out += (out.empty() ? "" : " ") + *it;
        emit.yield(out);
    }
}

std::string count_words(const std::string& text) {
    std::istringstream in(text);
    int n = 0;
    for (std::string w; in >> w;) ++n;
    if (n == 0) throw gr::Error("There are no words to count.");
    return std::to_string(n) + (n == 1 ? " word" : " words");
}

}  // namespace

int main() {
    gr::Blocks demo({.title = "Word tools"});
    demo.markdown("# Word tools\nBuilt outside Graft's repository with `find_package(Graft)`.");
    auto text = demo.textbox({.value = "the quick brown fox", .label = "Text"});
    auto result = demo.textbox({.label = "Result"});
    demo.button("Reverse").click(reverse_words, {text}, {result}, {.api_name = "reverse_words"});
    demo.button("Count").click(count_words, {text}, {result}, {.api_name = "count_words"});
    demo.launch();
}
