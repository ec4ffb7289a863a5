// `graft check FILE.json [--against REFERENCE.json]`: loads a config and prints a one-screen
// summary, or every problem with its JSON path and exit code 1. With --against, also reports
// every way the app differs from the reference besides ids (Gradio's config-equivalence test).
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include "gr/config.h"
#include "gr/config_compare.h"

namespace {

constexpr std::size_t kListedDependencies = 20;  // one screen

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

std::string target_text(const gr::Dependency& d, const gr::Target& t) {
    if (t.component.valid()) return std::to_string(t.component.value) + "." + t.event;
    if (d.trigger_after) return "after [" + std::to_string(d.trigger_after->value) + "]." + t.event;
    return t.event;
}

std::string function_text(const gr::Dependency& d) {
    if (d.backend_fn) return d.api_name.empty() ? "(unnamed: fn_index " + std::to_string(d.id.value) + ")" : d.api_name;
    return d.js ? "(js)" : "(no function)";
}

void summary(const gr::App& app, std::ostream& out) {
    auto str = [&](const char* key, const char* fallback) {
        auto it = app.extra.find(key);
        return it != app.extra.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
    };
    out << "title:        " << app.title() << "\n";
    out << "version:      " << str("version", "unknown") << "  protocol: " << str("protocol", "(none: ws)") << "  mode: " << str("mode", "blocks") << "\n";
    std::map<std::string, int> by_type;
    for (auto& c : app.components) ++by_type[c.type];
    out << "components:   " << app.components.size() << " —";
    for (auto& [t, n] : by_type) out << " " << t << "×" << n;
    out << "\ndependencies: " << app.dependencies.size() << "\n";
    std::set<std::string> fns;
    for (std::size_t i = 0; i < app.dependencies.size(); ++i) {
        const gr::Dependency& d = app.dependencies[i];
        if (d.backend_fn && !d.api_name.empty()) fns.insert(d.api_name);
        if (i >= kListedDependencies) continue;
        out << "  [" << d.id.value << "] ";
        for (std::size_t t = 0; t < d.targets.size(); ++t) out << (t ? ", " : "") << target_text(d, d.targets[t]);
        if (d.targets.empty()) out << "(API only)";
        out << " → " << function_text(d) << "  [" << gr::to_string(d.trigger_mode) << "]\n";
    }
    if (app.dependencies.size() > kListedDependencies) out << "  … and " << app.dependencies.size() - kListedDependencies << " more\n";
    out << "functions:   ";
    std::size_t shown = 0;
    for (auto& f : fns)
        if (shown++ < 40) out << " " << f;
    if (fns.size() > 40) out << " … (" << fns.size() << " in all)";
    out << (fns.empty() ? " none" : "") << "\n";
}

int report(const std::string& name, const gr::Problems& problems, const char* one, const char* many) {
    std::cerr << name << ": " << problems.size() << " " << (problems.size() == 1 ? one : many) << "\n";
    for (auto& p : problems) std::cerr << "  " << p.path << ": " << p.message << "\n";
    return 1;
}

}  // namespace

int check_command(int argc, char** argv) {
    std::string file, reference;
    for (int i = 0; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--against" && i + 1 < argc) reference = argv[++i];
        else if (file.empty()) file = a;
        else file.clear(), argc = 0;
    }
    if (file.empty()) {
        std::cerr << "usage: graft check FILE.json [--against REFERENCE.json]   (- reads stdin)\n";
        return 2;
    }
    std::string text, ref_text;
    if (!read_input(file, text)) return std::cerr << file << ": cannot read the file\n", 1;
    if (!reference.empty() && !read_input(reference, ref_text)) return std::cerr << reference << ": cannot read the file\n", 1;
    gr::LoadResult r = gr::load_config_text(text);
    if (!r.ok()) return report(file, r.problems, "problem", "problems");
    summary(r.app, std::cout);
    if (reference.empty()) return 0;
    gr::LoadResult ref = gr::load_config_text(ref_text);
    if (!ref.ok()) return report(reference, ref.problems, "problem", "problems");
    gr::Problems diffs = gr::compare_configs(gr::Json::parse(ref_text), gr::Json::parse(text));
    if (diffs.empty()) return std::cout << "same app as " << reference << " (besides ids)\n", 0;
    return report(file, diffs, "difference from the reference", "differences from the reference");
}
