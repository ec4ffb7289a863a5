// The native server's request handling that can be reached without sockets or threads.
// Byte 0 chooses:
//  - even: the rest is a request body for graft::parse_body (server/routes.cpp: the nesting
//    guard in front of the JSON parser, then "must be a JSON object"), as /queue/join, /call
//    and /run read theirs;
//  - odd: the rest is raw HTTP bytes served by httplib's request parser (request line,
//    headers, Content-Length, multipart/form-data, ranges) through Server::process_request on
//    an in-memory stream, into handlers shaped like the server's: JSON bodies go through
//    parse_body, uploads have their parts read as /gradio_api/upload reads them, and file=
//    paths are checked by the server's FileStore (no file is ever written).
// Debian ships httplib as a compiled library (libcpp-httplib.so), so its own code runs
// uninstrumented: only crashes AddressSanitizer sees through its interceptors show there, and
// coverage guides the fuzzer only through Graft's code.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "file_store.h"
#include "server_impl.h"

namespace {

class MemoryStream : public httplib::Stream {
public:
    explicit MemoryStream(std::string_view in) : in_(in) {}
    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char* ptr, size_t size) override {
        size_t n = std::min(size, in_.size() - at_);
        std::memcpy(ptr, in_.data() + at_, n);
        at_ += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char*, size_t size) override { return static_cast<ssize_t>(size); }
    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        ip = "127.0.0.1";
        port = 7860;
    }
    socket_t socket() const override { return INVALID_SOCKET; }
    bool done() const { return at_ >= in_.size(); }

private:
    std::string_view in_;
    size_t at_ = 0;
};

// httplib::Server with its per-connection request loop callable on a stream.
class FuzzServer : public httplib::Server {
public:
    bool serve(httplib::Stream& strm) {
        bool closed = false;
        return process_request(strm, true, closed, nullptr);
    }
};

graft::FileStore* files = nullptr;
FuzzServer* server = nullptr;

void json_route(const httplib::Request& req, httplib::Response& res) {
    if (auto body = graft::parse_body(req, res)) graft::send_json(res, 200, *body);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    files = new graft::FileStore();
    server = new FuzzServer();
    server->set_payload_max_length(1u << 20);
    server->Post(R"(/gradio_api/queue/join)", json_route);
    server->Post(R"(/gradio_api/(call|run|api)/([^/]+))", json_route);
    server->Post("/gradio_api/upload", [](const httplib::Request& req, httplib::Response& res) {
        if (!req.is_multipart_form_data()) return graft::send_json(res, 400, {{"detail", "expected multipart/form-data"}});
        gr::Json names = gr::Json::array();
        auto [first, last] = req.files.equal_range("files");
        for (auto it = first; it != last; ++it)
            names.push_back({{"name", it->second.filename}, {"size", it->second.content.size()},
                             {"type", graft::mime_type_of(it->second.filename)}});
        graft::send_json(res, 200, names);
    });
    server->Get(R"(/gradio_api/file=(.+))", [](const httplib::Request& req, httplib::Response& res) {
        std::string path = req.matches[1];
        if (!files->resolve(path)) graft::send_json(res, 403, {{"detail", "File not allowed: " + path + "."}});
    });
    std::atexit([] { delete files; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
    if ((data[0] & 1) == 0) {
        httplib::Request req;
        req.body.assign(rest);
        httplib::Response res;
        (void)graft::parse_body(req, res);
        return 0;
    }
    MemoryStream strm(rest);
    for (int i = 0; i < 4 && !strm.done(); ++i)
        if (!server->serve(strm)) break;
    return 0;
}
