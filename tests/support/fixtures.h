// Test data kept in the repository under tests/fixtures/ (its README names each file's origin).
// GRAFT_FIXTURES (Gradio's files) and GRAFT_SPEC (the events table) are set by tests/CMakeLists.txt.
#pragma once
#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <sstream>
#include <string>

namespace gr::test {

// The whole text of a file; a missing file fails the test and names the path.
inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    INFO("reading " << path);
    REQUIRE(in.good());
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string fixture_text(const std::string& name) { return read_text(std::string(GRAFT_FIXTURES) + "/" + name); }

}  // namespace gr::test
