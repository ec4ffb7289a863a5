// `graft`: the native command-line tool. Subcommands live in their own files.
#include <cstring>
#include <iostream>

int check_command(int argc, char** argv);  // check.cpp

namespace {

int usage(std::ostream& out, int code) {
    out << "usage: graft <command> [args]\n"
           "\n"
           "commands:\n"
           "  check FILE.json   load a Gradio config (FILE or - for stdin), print a summary,\n"
           "                    or each problem with its JSON path (exit 1)\n";
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage(std::cerr, 2);
    if (!std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "--help")) return usage(std::cout, 0);
    if (!std::strcmp(argv[1], "check")) return check_command(argc - 2, argv + 2);
    std::cerr << "graft: unknown command \"" << argv[1] << "\"\n";
    return usage(std::cerr, 2);
}
