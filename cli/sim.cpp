// `graft sim APP.json SCENARIO.json`: runs a config against a scripted scenario (user events
// at virtual times, each function's scripted behaviour) and prints the engine's command
// trace as JSON lines. The format is documented in docs/scenarios.md.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "gr/config.h"
#include "gr/scenario.h"

namespace {

bool read_file(const std::string& name, std::string& out) {
    std::ifstream in(name, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), {});
    return true;
}

}  // namespace

int sim_command(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: graft sim APP.json SCENARIO.json\n";
        return 2;
    }
    std::string config_text, scenario_text;
    for (auto [name, text] : {std::pair{argv[0], &config_text}, std::pair{argv[1], &scenario_text}})
        if (!read_file(name, *text)) {
            std::cerr << name << ": cannot read the file\n";
            return 1;
        }
    gr::LoadResult r = gr::load_config_text(config_text);
    if (!r.ok()) {
        std::cerr << argv[0] << ": " << r.problems.size() << " problem" << (r.problems.size() == 1 ? "" : "s") << "\n";
        for (auto& p : r.problems) std::cerr << "  " << p.path << ": " << p.message << "\n";
        return 1;
    }
    gr::Json scenario = gr::Json::parse(scenario_text, nullptr, false);
    if (scenario.is_discarded()) {
        std::cerr << argv[1] << ": not valid JSON\n";
        return 1;
    }
    try {
        for (auto& entry : gr::run_scenario(std::make_shared<const gr::App>(std::move(r.app)), scenario))
            std::cout << gr::trace_line(entry) << "\n";
    } catch (const std::exception& e) {
        std::cerr << argv[1] << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
