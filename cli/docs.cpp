// `graft docs components`: prints docs/components.md as generated from the component specs.
#include <iostream>
#include <string>

#include "gr/component_spec.h"

int docs_command(int argc, char** argv) {
    if (argc != 1 || std::string(argv[0]) != "components") {
        std::cerr << "usage: graft docs components   (prints docs/components.md)\n";
        return 2;
    }
    std::cout << gr::components_markdown();
    return 0;
}
