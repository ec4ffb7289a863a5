// Serving a Graft app natively over Gradio's HTTP/SSE queue protocol, so Gradio's own clients
// (@gradio/client, gradio_client) and Graft's browser runtime can call its C++ functions, and
// a browser opening the server's URL gets the app's page. Binds loopback only. The protocol
// logic is gr::remote::QueueServer; this is its host.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "gr/app.h"
#include "gr/function.h"

namespace graft {

struct ServeOptions {
    int port = 7860;                            // 0 = any free port (see NativeServer::port)
    int workers = 4;                            // threads running functions
    double heartbeat_seconds = 15;              // GRADIO_HEARTBEAT_INTERVAL
    std::optional<int> max_size;                // queue(max_size=); overrides the app's config
    std::optional<std::size_t> max_file_size;   // launch(max_file_size=) in bytes
    std::optional<bool> show_error;             // launch(show_error=)
    std::string temp_dir;                       // uploads go here; default: a fresh dir under $TMPDIR
    // The Graft runtime the page at `/` loads (the files of dist/graft), served at /graft/.
    // Empty, or a folder without graft.js: `/` explains what is missing; the API still works.
    std::string runtime_dir;
};

// Where a program looks for its runtime when not told: $GRAFT_RUNTIME_DIR if set, else the
// folder `graft` beside the running program (/proc/self/exe).
std::string default_runtime_dir();
// Whether `dir` holds the runtime (its graft.js).
bool runtime_present(const std::string& dir);

class NativeServer {
public:
    NativeServer(gr::App app, gr::FunctionTable functions, ServeOptions options);
    ~NativeServer();
    NativeServer(const NativeServer&) = delete;
    NativeServer& operator=(const NativeServer&) = delete;

    // Binds 127.0.0.1:port; throws std::runtime_error naming the port when it cannot.
    void bind();
    int port() const;
    // Serves until stop() (from any thread).
    void run();
    void stop();

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

// Binds, prints "Running on local URL:  http://127.0.0.1:N" (and on stderr what is missing
// when the runtime is not in options.runtime_dir), serves until SIGINT/SIGTERM. Returns the
// process exit code.
int serve(gr::App app, gr::FunctionTable functions, ServeOptions options);

}  // namespace graft
