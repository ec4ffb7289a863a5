// Gradio's blocks_hello demo, written with Graft's C++ builder: every keystroke in the
// first textbox writes a greeting into the second.
#include <gr/blocks.h>

std::string welcome(const std::string& name) { return "Welcome to Gradio, " + name + "!"; }

int main() {
    gr::Blocks demo({.title = "Blocks Hello"});
    demo.markdown("# Hello World!\nStart typing below to see the output.");
    auto inp = demo.textbox({.placeholder = "What is your name?"});
    auto out = demo.textbox();
    inp.change(welcome, {inp}, {out}, {.api_name = "welcome"});
    demo.launch();
}
