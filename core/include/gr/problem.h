// A problem found in user input: where (a JSON path like `$.dependencies[3].targets[0]`,
// a file, a component) and what was wrong. Loaders collect all of them, not just the first.
#pragma once
#include <string>
#include <vector>

namespace gr {

struct Problem {
    std::string path;     // JSON path or other locator of the offending input
    std::string message;  // what was wrong and what was expected
};

using Problems = std::vector<Problem>;

// "path: message" lines, one per problem.
std::string format_problems(const Problems& problems);

}  // namespace gr
