// `graft check FILE.json`: loads a config and prints a one-screen summary, or every problem
// with its JSON path and exit code 1.
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "gr/config.h"
#include "gr/session.h"

namespace {

bool read_input(const std::string& name, std::string& out) {
    if (name == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), {});
        return true;
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), {});
    return true;
}

void summary(const gr::App& app, std::ostream& out) {
    auto str = [&](const char* key, const char* fallback) {
        auto it = app.extra.find(key);
        return it != app.extra.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
    };
    out << "title:        " << app.title() << "\n";
    out << "version:      " << str("version", "unknown") << "  protocol: " << str("protocol", "(none: ws)") << "\n";
    std::map<std::string, int> by_type;
    for (auto& c : app.components) ++by_type[c.type];
    out << "components:   " << app.components.size() << " —";
    for (auto& [t, n] : by_type) out << " " << t << "×" << n;
    out << "\n";
    out << "dependencies: " << app.dependencies.size() << "\n";
    std::set<std::string> fns;
    for (auto& d : app.dependencies) {
        out << "  [" << d.id.value << "] ";
        for (std::size_t i = 0; i < d.targets.size(); ++i) {
            auto& t = d.targets[i];
            out << (i ? ", " : "") << (t.component.valid() ? std::to_string(t.component.value) : std::string("after ") + std::to_string(d.trigger_after ? d.trigger_after->value : -1))
                << "." << t.event;
        }
        out << " → " << (d.backend_fn ? d.api_name : d.js ? std::string("(js)") : std::string("(no function)")) << "  ["
            << gr::to_string(d.trigger_mode) << "]\n";
        if (d.backend_fn && !d.api_name.empty()) fns.insert(d.api_name);
    }
    out << "functions:   ";
    for (auto& f : fns) out << " " << f;
    out << (fns.empty() ? " none" : "") << "\n";
}

}  // namespace

int check_command(int argc, char** argv) {
    if (argc != 1) {
        std::cerr << "usage: graft check FILE.json   (- reads stdin)\n";
        return 2;
    }
    std::string text;
    if (!read_input(argv[0], text)) {
        std::cerr << argv[0] << ": cannot read the file\n";
        return 1;
    }
    gr::LoadResult r = gr::load_config_text(text);
    if (!r.ok()) {
        std::cerr << argv[0] << ": " << r.problems.size() << " problem" << (r.problems.size() == 1 ? "" : "s") << "\n";
        for (auto& p : r.problems) std::cerr << "  " << p.path << ": " << p.message << "\n";
        return 1;
    }
    summary(r.app, std::cout);
    return 0;
}
