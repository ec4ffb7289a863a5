// Scripted scenarios: an app run against user events at virtual times, with each function's
// behaviour scripted (return, delay, raise, yield a sequence). A fake-clock host for the
// engine, pure and deterministic; `graft sim` and the engine's tests use it. The format is
// documented in docs/scenarios.md.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "gr/app.h"

namespace gr {

// Runs `scenario` and returns the engine's commands in order, each as its JSON form with
// the virtual time added as "t". Throws std::invalid_argument naming the JSON path of a
// malformed scenario entry.
std::vector<Json> run_scenario(std::shared_ptr<const App> app, const Json& scenario);

// One trace entry as a JSON line with "t" first: {"t":0.5,"type":"run",…}.
std::string trace_line(const Json& entry);

}  // namespace gr
