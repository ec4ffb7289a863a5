// `graft docs components PAGE.json`: prints docs/components.md, generated from the component
// specs and the page's registry (PAGE.json: {"drawn": {type: what a page function receives},
// "invisible": [type]}, written by scripts/components-doc.mjs from js-shim/components/).
#include <fstream>
#include <iostream>
#include <string>

#include "gr/component_spec.h"
#include "gr/json.h"

int docs_command(int argc, char** argv) {
    if (argc != 2 || std::string(argv[0]) != "components") {
        std::cerr << "usage: graft docs components PAGE.json   (prints docs/components.md; see scripts/components-doc.mjs)\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "graft docs: cannot read " << argv[1] << "\n";
        return 1;
    }
    gr::PageComponents page;
    try {
        gr::Json j = gr::Json::parse(in);
        for (auto& [type, edge] : j.at("drawn").items()) page.drawn[type] = edge.get<std::string>();
        for (auto& type : j.at("invisible")) page.invisible.insert(type.get<std::string>());
    } catch (const std::exception& e) {
        std::cerr << "graft docs: " << argv[1] << ": expected {\"drawn\": {type: text}, \"invisible\": [type]}: " << e.what() << "\n";
        return 1;
    }
    std::cout << gr::components_markdown(page);
    return 0;
}
