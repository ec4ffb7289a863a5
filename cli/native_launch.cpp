// Blocks::launch() natively. With `--port N` the program serves the app on 127.0.0.1:N: its
// page at `/` and Gradio's queue protocol (server/); without it, it prints the app's Gradio
// config to stdout, so `graft check -` and other tools can read what a C++ app builds.
// launch() has no argv, so the options come from /proc/self/cmdline.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "gr/blocks.h"
#include "gr/config.h"
#include "graft/serve.h"

namespace gr {
namespace {

std::vector<std::string> command_line() {
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> args;
    std::string cur;
    for (char c : all) {
        if (c) cur += c;
        else args.push_back(std::exchange(cur, {}));
    }
    if (!cur.empty()) args.push_back(cur);
    return args;
}

[[noreturn]] void usage(const std::string& program, const std::string& problem) {
    std::cerr << program << ": " << problem << "\n"
              << "usage: " << program << " [--port N] [--workers N] [--max-size N] [--max-file-size BYTES] [--show-error] [--runtime DIR]\n"
              << "  without --port, prints the app's config; with it, serves the app on 127.0.0.1:N (0 = any free port)\n"
              << "  --runtime DIR: the Graft runtime (dist/graft) the app's page loads; default $GRAFT_RUNTIME_DIR, else graft/ beside the program\n";
    std::exit(2);
}

long number(const std::vector<std::string>& args, std::size_t& i, long min) {
    if (i + 1 >= args.size()) usage(args[0], args[i] + " needs a number");
    const std::string& v = args[++i];
    char* end = nullptr;
    long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end || n < min) usage(args[0], args[i - 1] + " needs a whole number ≥ " + std::to_string(min) + ", got \"" + v + "\"");
    return n;
}

}  // namespace

void launch_on_platform(const Blocks& blocks) {
    std::vector<std::string> args = command_line();
    if (args.empty()) args.push_back("app");
    graft::ServeOptions o;
    o.runtime_dir = graft::default_runtime_dir();
    bool serve = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--port") o.port = static_cast<int>(number(args, i, 0)), serve = true;
        else if (a == "--workers") o.workers = static_cast<int>(number(args, i, 1));
        else if (a == "--max-size") o.max_size = static_cast<int>(number(args, i, 0));
        else if (a == "--max-file-size") o.max_file_size = static_cast<std::size_t>(number(args, i, 1));
        else if (a == "--show-error") o.show_error = true;
        else if (a == "--runtime") {
            if (i + 1 >= args.size() || args[i + 1].empty()) usage(args[0], "--runtime needs a folder (the Graft runtime: dist/graft)");
            o.runtime_dir = std::filesystem::absolute(args[++i]).string();
        }
        else usage(args[0], "unknown option \"" + a + "\"");
    }
    if (o.port > 65535) usage(args[0], "--port must be at most 65535");
    if (!serve) {
        std::cout << to_config(blocks.app()).dump(2) << "\n";
        return;
    }
    std::exit(graft::serve(blocks.app(), blocks.functions(), o));
}

}  // namespace gr
