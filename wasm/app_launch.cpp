// Blocks::launch() in the browser: main() runs when the module is instantiated and parks the
// built app in this module instance, where the shim picks it up (AppHandle.launched()).
// One module instance is one app, so this slot is per app, not shared between apps.
#include <optional>

#include "gr/blocks.h"

namespace gr {
namespace wasm {
namespace {
std::optional<std::pair<App, FunctionTable>> launched_app;
}
std::optional<std::pair<App, FunctionTable>> take_launched_app() { return std::exchange(launched_app, std::nullopt); }
}  // namespace wasm

void launch_on_platform(const Blocks& blocks) { wasm::launched_app.emplace(blocks.app(), blocks.functions()); }

}  // namespace gr
