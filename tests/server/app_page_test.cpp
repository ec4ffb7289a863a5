// The native server's page and runtime routes, asked in process: a NativeServer on a free
// loopback port serving a runtime folder made for the test, and httplib's client. What a
// browser gets at `/` and `/graft/<file>`, and what nobody gets (paths out of the folder).
#include <catch2/catch_test_macros.hpp>
#include <httplib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "gr/blocks.h"
#include "graft/serve.h"

namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

// A scratch folder: `runtime/` with the files a runtime has (and a few it must not serve),
// and `secret.txt` beside it, outside.
struct Scratch {
    fs::path dir = fs::temp_directory_path() / ("graft-page-test-" + std::to_string(std::random_device{}()));
    fs::path runtime = dir / "runtime";
    Scratch() {
        fs::create_directories(runtime / "sub");
        write(runtime / "graft.js", "export const graft = 1;\n");
        write(runtime / "graft.css", "graft-app { display: block; }\n");
        write(runtime / "graft.wasm", std::string("\0asm\1\0\0\0", 8));
        write(runtime / "textbox-XNRPFTQB.js", "export default {};\n");
        write(runtime / ".hidden", "hidden\n");
        write(dir / "secret.txt", "SECRET\n");
        fs::create_symlink(dir / "secret.txt", runtime / "outside.js");
    }
    ~Scratch() { fs::remove_all(dir); }
};

// An app served on a free port until the test ends.
struct Served {
    std::unique_ptr<graft::NativeServer> server;
    std::thread thread;
    explicit Served(std::string runtime_dir) {
        gr::Blocks demo({.title = "Hello <World> & Co"});
        demo.textbox({.label = "Name"});
        server = std::make_unique<graft::NativeServer>(demo.app(), demo.functions(),
                                                       graft::ServeOptions{.port = 0, .workers = 1, .runtime_dir = std::move(runtime_dir)});
        server->bind();
        thread = std::thread([this] { server->run(); });
    }
    ~Served() {
        server->stop();
        thread.join();
    }
    httplib::Result get(const std::string& path, const httplib::Headers& headers = {}) {
        httplib::Client client("127.0.0.1", server->port());
        client.set_url_encode(false);  // the path goes out exactly as written
        return client.Get(path.c_str(), headers);
    }
};

}  // namespace

TEST_CASE("the server's root is the app's page: the runtime beside it and a <graft-app> pointed at this server") {
    Scratch scratch;
    Served served(scratch.runtime.string());
    auto page = served.get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page->body.find("<title>Hello &lt;World&gt; &amp; Co</title>") != std::string::npos);
    CHECK(page->body.find(R"(<script type="module" src="graft/graft.js"></script>)") != std::string::npos);
    CHECK(page->body.find(R"(<link rel="stylesheet" href="graft/graft.css">)") != std::string::npos);
    CHECK(page->body.find(R"(<graft-app src="./"></graft-app>)") != std::string::npos);
}

TEST_CASE("the runtime's files are served with their MIME types, chunks cached for good and the rest revalidated") {
    Scratch scratch;
    Served served(scratch.runtime.string());
    auto js = served.get("/graft/graft.js");
    REQUIRE(js);
    CHECK(js->status == 200);
    CHECK(js->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
    CHECK(js->get_header_value("Cache-Control") == "no-cache");
    CHECK(js->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(js->body == "export const graft = 1;\n");
    const std::string etag = js->get_header_value("ETag");
    REQUIRE_FALSE(etag.empty());
    auto again = served.get("/graft/graft.js", {{"If-None-Match", etag}});
    CHECK(again->status == 304);
    CHECK(again->body.empty());

    auto wasm = served.get("/graft/graft.wasm");
    CHECK(wasm->get_header_value("Content-Type") == "application/wasm");
    CHECK(wasm->body == std::string("\0asm\1\0\0\0", 8));
    CHECK(served.get("/graft/graft.css")->get_header_value("Content-Type") == "text/css; charset=utf-8");
    auto chunk = served.get("/graft/textbox-XNRPFTQB.js");
    CHECK(chunk->status == 200);
    CHECK(chunk->get_header_value("Cache-Control") == "public, max-age=31536000, immutable");
}

TEST_CASE("no path reaches out of the runtime folder, and missing files are 404") {
    Scratch scratch;
    Served served(scratch.runtime.string());
    for (const char* path : {"/graft/missing.js", "/graft/../secret.txt", "/graft/..%2fsecret.txt", "/graft/%2e%2e%2fsecret.txt",
                             "/graft/%2e%2e/secret.txt", "/graft/..", "/graft/.hidden", "/graft/sub", "/graft/outside.js", "/graft/",
                             "/graft/graft.js%00.txt", "/graft/%2fetc%2fpasswd", "/graft//etc/passwd", "/graft/..%5csecret.txt"}) {
        INFO(path);
        auto r = served.get(path);
        REQUIRE(r);
        CHECK(r->status == 404);
        CHECK(r->body.find("SECRET") == std::string::npos);
    }
}

TEST_CASE("without a runtime the root says what is missing and how to provide it, and the API still answers") {
    Scratch scratch;
    const fs::path empty = scratch.dir / "empty";
    fs::create_directories(empty);
    Served served(empty.string());
    auto page = served.get("/");
    REQUIRE(page);
    CHECK(page->status == 500);
    CHECK(page->body.find("there is no graft.js in " + empty.string()) != std::string::npos);
    CHECK(page->body.find("--runtime DIR") != std::string::npos);
    CHECK(page->body.find("GRAFT_RUNTIME_DIR") != std::string::npos);
    CHECK(served.get("/graft/graft.js")->status == 404);
    CHECK(served.get("/config")->status == 200);

    Served nowhere("");
    CHECK(nowhere.get("/")->body.find("no runtime folder was given") != std::string::npos);
}

TEST_CASE("a program looks for its runtime in $GRAFT_RUNTIME_DIR, else in graft/ beside itself") {
    const char* before = std::getenv("GRAFT_RUNTIME_DIR");
    const std::string saved = before ? before : "";
    ::setenv("GRAFT_RUNTIME_DIR", "/opt/graft-runtime", 1);
    CHECK(graft::default_runtime_dir() == "/opt/graft-runtime");
    ::unsetenv("GRAFT_RUNTIME_DIR");
    CHECK(fs::path(graft::default_runtime_dir()) == fs::read_symlink("/proc/self/exe").parent_path() / "graft");
    if (before) ::setenv("GRAFT_RUNTIME_DIR", saved.c_str(), 1);
    CHECK_FALSE(graft::runtime_present(""));
}
