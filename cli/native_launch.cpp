// Blocks::launch() natively: prints the app's Gradio config to stdout, so `graft check -`
// and other tools can read what a C++ app builds.
#include <iostream>

#include "gr/blocks.h"
#include "gr/config.h"

namespace gr {
void launch_on_platform(const Blocks& blocks) { std::cout << to_config(blocks.app()).dump(2) << "\n"; }
}  // namespace gr
