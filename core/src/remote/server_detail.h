// Helpers of the queue server that are pure functions of values: output shaping, Gradio's
// error payload, and the check that input files are ones the host may read.
#pragma once
#include <functional>
#include <optional>
#include <string>

#include "gr/app.h"
#include "gr/remote/server.h"

namespace gr::remote::detail {

// A component's props with Gradio's defaults under them (what the codecs expect).
Json props_of(const Component& c);

// Throws std::invalid_argument naming the file when a file-carrying input names a path the
// host did not create or give (Gradio: "File … is not in the upload folder…"), or a URL.
void check_files(const Component& c, const Json& value, const std::function<bool(const std::string&)>& allowed);

// gradio.utils.error_payload: shown errors carry message, duration, visibility and title;
// others only their message with show_error, else {"error": null}.
Json error_output(const JobError& e, bool show_error);

// A function's return value as one postprocessed wire value per output, with every returned
// file announced to `on_file` and given a URL under `root`. nullopt with `error` set when the
// value does not fit the outputs.
std::optional<Json> shape_outputs(const App& app, const Dependency& d, Json returned, std::string& error,
                                  const std::function<void(const std::string&)>& on_file, const std::string& root);

}  // namespace gr::remote::detail
