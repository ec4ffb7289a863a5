// `graft`: the native command-line tool. Each subcommand lives in its own file and is listed
// in the table below, once.
#include <cstring>
#include <iostream>

int check_command(int argc, char** argv);  // check.cpp
int docs_command(int argc, char** argv);   // docs.cpp
int image_command(int argc, char** argv);  // image.cpp
int sim_command(int argc, char** argv);    // sim.cpp

namespace {

struct Subcommand {
    const char* name;
    const char* usage;
    int (*run)(int argc, char** argv);
};

const Subcommand subcommands[] = {
    {"check", "check FILE.json [--against REF.json]\n"
              "                         load a Gradio config (- reads stdin); print a summary,\n"
              "                         or each problem with its JSON path (exit 1); with\n"
              "                         --against, every difference from REF besides ids",
     check_command},
    {"docs", "docs components        print docs/components.md, generated from the component specs", docs_command},
    {"image", "image info IN | image convert [--mode M] [--format F] [--quality Q] [--no-exif] IN OUT\n"
              "                         the gr.Image input pipeline on a file (OUT - : raw pixels)",
     image_command},
    {"sim", "sim APP.json SCENARIO.json\n"
            "                         run a config against a scripted scenario (virtual time);\n"
            "                         print the engine's commands as JSON lines (docs/scenarios.md)",
     sim_command},
};

int usage(std::ostream& out, int code) {
    out << "usage: graft <command> [args]\n\ncommands:\n";
    for (auto& s : subcommands) out << "  " << s.usage << "\n";
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage(std::cerr, 2);
    if (!std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "--help")) return usage(std::cout, 0);
    for (auto& s : subcommands)
        if (!std::strcmp(argv[1], s.name)) return s.run(argc - 2, argv + 2);
    std::cerr << "graft: unknown command \"" << argv[1] << "\"\n";
    return usage(std::cerr, 2);
}
