// The app's page at `/` and the Graft runtime it loads (`/graft/<file>`: the files of
// dist/graft), so that `./myapp --port N` opened in a browser shows the working app, its
// events going through this server's queue, as `python app.py` shows a Gradio app. Only plain
// file names of the runtime folder are served: no paths, no dot files, nothing else on disk.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>

#include "server_impl.h"

namespace graft {
namespace {

namespace fs = std::filesystem;

std::string html_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

// The page: the runtime from graft/ beside it and a <graft-app> whose `src` is this server's
// root (Graft's remote mode: config from /config, events through the queue). Relative URLs,
// so it works under whatever origin (or path) the server is reached by.
std::string app_page(const std::string& title) {
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>" + html_escape(title) + "</title>\n"
           "<link rel=\"icon\" href=\"data:,\">\n"  // no /favicon.ico request, and no 404 in the console
           "<link rel=\"stylesheet\" href=\"graft/graft.css\">\n"
           "<script type=\"module\" src=\"graft/graft.js\"></script>\n"
           "</head>\n<body>\n<graft-app src=\"./\"></graft-app>\n</body>\n</html>\n";
}

// Shown at `/` when the runtime is not where the server looks: what is missing and the ways
// to provide it. The queue API still works without it.
std::string missing_runtime_page(const std::string& title, const std::string& dir) {
    std::string where = dir.empty() ? "no runtime folder was given" : "there is no graft.js in " + html_escape(dir);
    return "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + html_escape(title) +
           "</title></head>\n<body>\n<h1>The app's page cannot be shown</h1>\n<p role=\"alert\">This server has no Graft runtime: " + where +
           ".</p>\n<p>Put the runtime's files (<code>dist/graft/</code> of a Graft build: graft.js, graft.css, graft.wasm and their "
           "chunks) in a folder named <code>graft</code> beside the program, or start it with <code>--runtime DIR</code> or "
           "<code>GRAFT_RUNTIME_DIR=DIR</code>.</p>\n<p>The app's API works without it: <a href=\"config\">config</a>, "
           "<a href=\"gradio_api/info\">gradio_api/info</a>.</p>\n</body>\n</html>\n";
}

// A file name the runtime folder may hold: letters, digits, '.', '_' and '-', not starting
// with a dot — so no '..', no separators, no hidden files, whatever the URL decoded to.
bool plain_name(const std::string& name) {
    static const std::regex plain("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");
    return std::regex_match(name, plain);
}

// esbuild names the runtime's chunks `<name>-<8-character hash>.js`: their content never
// changes under a name, so browsers may keep them; graft.js, graft.css and graft.wasm keep
// their names across builds and are revalidated (ETag) on each load instead.
bool content_hashed(const std::string& name) {
    static const std::regex hashed(".+-[A-Z0-9]{8}\\.(js|css|wasm)");
    return std::regex_match(name, hashed);
}

std::string runtime_type(const std::string& name) {
    std::string ext = fs::path(name).extension().string();
    if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".wasm") return "application/wasm";
    if (ext == ".map") return "application/json";
    if (ext == ".svg") return "image/svg+xml";
    if (ext == ".woff2") return "font/woff2";
    return mime_type_of(name);
}

void not_found(httplib::Response& res) { send_json(res, 404, {{"detail", "Not Found"}}); }

// The file `name` of the runtime folder `dir`, if it is a regular file there. A symlink is
// followed only while it stays inside the folder (the folder itself may be a link).
std::optional<fs::path> runtime_file(const std::string& dir, const std::string& name) {
    if (dir.empty() || !plain_name(name)) return std::nullopt;
    std::error_code ec;
    const fs::path root = fs::canonical(dir, ec);
    if (ec) return std::nullopt;
    const fs::path file = fs::canonical(root / name, ec);
    if (ec || file.parent_path() != root || !fs::is_regular_file(file, ec)) return std::nullopt;
    return file;
}

}  // namespace

bool runtime_present(const std::string& dir) {
    std::error_code ec;
    return !dir.empty() && fs::is_regular_file(fs::path(dir) / "graft.js", ec);
}

std::string default_runtime_dir() {
    if (const char* env = std::getenv("GRAFT_RUNTIME_DIR"); env && *env) return env;
    std::error_code ec;
    fs::path program = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("graft") : (program.parent_path() / "graft").string();
}

void add_page_routes(NativeServer::Impl& s) {
    s.http.Get("/", [&s](const httplib::Request&, httplib::Response& res) {
        if (!runtime_present(s.options.runtime_dir)) {
            res.status = 500;
            return res.set_content(missing_runtime_page(s.app->title(), s.options.runtime_dir), "text/html; charset=utf-8");
        }
        res.set_header("Cache-Control", "no-cache");
        res.set_content(app_page(s.app->title()), "text/html; charset=utf-8");
    });
    s.http.Get(R"(/graft/([^/]+))", [&s](const httplib::Request& req, httplib::Response& res) {
        const std::string name = req.matches[1];
        const auto found = runtime_file(s.options.runtime_dir, name);
        if (!found) return not_found(res);
        const fs::path& file = *found;
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        const auto mtime = fs::last_write_time(file, ec).time_since_epoch().count();
        std::ostringstream tag;
        tag << '"' << std::hex << size << '-' << mtime << '"';
        res.set_header("ETag", tag.str());
        res.set_header("Cache-Control", content_hashed(name) ? "public, max-age=31536000, immutable" : "no-cache");
        res.set_header("X-Content-Type-Options", "nosniff");
        if (req.get_header_value("If-None-Match") == tag.str()) {
            res.status = 304;
            return;
        }
        std::ifstream in(file, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        if (!in) return send_json(res, 500, {{"detail", "The runtime file " + name + " could not be read."}});
        res.set_content(bytes.str(), runtime_type(name));
    });
}

}  // namespace graft
