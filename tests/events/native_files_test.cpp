// gr::File and gr::update in C++ functions: a file input arrives as its bytes with its name
// (read by the host), a returned File becomes the FileData the host made of it, and
// gr::update(props, value) is Gradio's gr.update with the value converted by its type.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <map>

#include "gr/function.h"
#include "gr/native_call.h"

using namespace gr;
using Catch::Matchers::ContainsSubstring;

namespace {

Json file_data(const std::string& path, const std::string& name) {
    return {{"path", path}, {"url", path}, {"orig_name", name}, {"size", nullptr}, {"mime_type", "text/plain"}, {"meta", {{"_type", "gradio.FileData"}}}};
}

// A host holding files by path, as the page's store or the server's uploads do; `lazy` reads
// them only when asked again (the page: the first call stops, the second has the bytes).
struct FileHost final : Emitter {
    std::map<std::string, std::string> held;
    std::vector<File> made;
    bool lazy = false;
    void yield(Json) override {}
    void progress_data(Json) override {}
    void log(ToastLevel, const std::string&, const std::string&, std::optional<double>) override {}
    std::optional<std::vector<std::uint8_t>> file_bytes(const Json& f) const override {
        if (lazy) return std::nullopt;
        auto it = held.find(f.value("path", std::string()));
        if (it == held.end()) return std::nullopt;
        return std::vector<std::uint8_t>(it->second.begin(), it->second.end());
    }
    void files_needed() const override {
        if (lazy) throw FilesNeeded{};
    }
    Json file_output(File f) override {
        made.push_back(f);
        return file_data("kept/" + std::to_string(made.size()), f.name);
    }
};

}  // namespace

TEST_CASE("a gr::File parameter gets the input's bytes and name; a returned File becomes the host's FileData") {
    FileHost host;
    host.held["blob:1"] = "hello";
    NativeFn shout = native_fn([](const File& f) { return File{"LOUD-" + f.name, {}, "text/plain"}; });
    NativeFn read = native_fn([](const File& f) { return f.name + ": " + f.text(); });
    CHECK(read(Json::array({file_data("blob:1", "a.txt")}), host) == "a.txt: hello");
    // A client may send a local path as orig_name: the name keeps no folders.
    CHECK(read(Json::array({file_data("blob:1", "/home/ada/a.txt")}), host) == "a.txt: hello");
    CHECK(read(Json::array({file_data("blob:1", "C:\\Users\\ada\\a.txt")}), host) == "a.txt: hello");
    Json out = shout(Json::array({file_data("blob:1", "a.txt")}), host);
    CHECK(out["path"] == "kept/1");
    REQUIRE(host.made.size() == 1);
    CHECK(host.made[0].name == "LOUD-a.txt");
}

TEST_CASE("several files arrive as std::vector<gr::File>; an empty input is std::nullopt, or a gr::Error naming the argument") {
    FileHost host;
    host.held["p/1"] = "ab";
    host.held["p/2"] = "cde";
    NativeFn sizes = native_fn([](const std::vector<File>& fs) {
        std::size_t n = 0;
        for (auto& f : fs) n += f.bytes.size();
        return std::to_string(fs.size()) + " files, " + std::to_string(n) + " bytes";
    });
    CHECK(sizes(Json::array({Json::array({file_data("p/1", "x"), file_data("p/2", "y")})}), host) == "2 files, 5 bytes");
    CHECK(sizes(Json::array({nullptr}), host) == "0 files, 0 bytes");
    NativeFn maybe = native_fn([](const std::optional<File>& f) { return f ? f->name : std::string("none"); });
    CHECK(maybe(Json::array({nullptr}), host) == "none");
    NativeFn needs = native_fn([](const File& f) { return f.name; });
    CHECK_THROWS_WITH(needs(Json::array({nullptr}), host), "Please provide a file (argument 1 is empty).");
    CHECK_THROWS_WITH(needs(Json::array({"not a file"}), host), ContainsSubstring("argument 1 takes a file"));
}

TEST_CASE("a host that reads files later stops the call before its body runs, and the outcome says so") {
    FileHost host;
    host.lazy = true;
    bool ran = false;
    NativeFn fn = native_fn([&ran](const File&) { ran = true; return 1; });
    CallOutcome o = call_function(fn, "fn", Json::array({file_data("blob:9", "z.bin")}), host);
    CHECK(o.kind == CallOutcome::Kind::needs_files);
    CHECK_FALSE(ran);
    // A host that cannot read the file at all fails the call, naming the file.
    FileHost plain;
    CallOutcome failed = call_function(fn, "fn", Json::array({file_data("nowhere", "z.bin")}), plain);
    CHECK(failed.kind == CallOutcome::Kind::failed);
    CHECK_THAT(failed.message, ContainsSubstring("\"z.bin\", which this host could not read"));
}

TEST_CASE("gr::update returns Gradio's update with its value converted as a returned value of its type") {
    FileHost host;
    NativeFn fn = native_fn([]() {
        return std::make_tuple(update({{"visible", false}}), update({{"label", "Download r.txt"}, {"visible", true}}, File{"r.txt", {'x'}, ""}));
    });
    Json out = fn(Json::array(), host);
    CHECK(out[0] == Json({{"__type__", "update"}, {"visible", false}}));
    CHECK(out[1]["__type__"] == "update");
    CHECK(out[1]["label"] == "Download r.txt");
    CHECK(out[1]["value"]["path"] == "kept/1");
    CHECK(out[1]["value"]["orig_name"] == "r.txt");
}
