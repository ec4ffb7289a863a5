// Upload storage and the allow-list for /gradio_api/file=: exact canonical paths only.
#include "file_store.h"

#include <stdlib.h>

#include <fstream>
#include <map>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace graft {

FileStore::FileStore(const std::string& parent) {
    fs::path base = parent.empty() ? fs::temp_directory_path() : fs::path(parent);
    fs::create_directories(base);
    std::string tmpl = (base / "graft-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temp directory under " + base.string());
    dir_ = fs::canonical(tmpl);
}

FileStore::~FileStore() { remove_all(); }

void FileStore::remove_all() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

std::string FileStore::key(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::path(path), ec);
    return ec ? std::string() : p.string();
}

std::string FileStore::save(std::string_view name, std::string_view bytes) {
    // Only the base name survives, stripped to a safe alphabet: no separators, no "..".
    std::string base;
    for (char c : fs::path(std::string(name)).filename().string())
        base += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_') ? c : '_';
    if (base.empty() || base.find_first_not_of('.') == std::string::npos) base = "file";
    fs::path sub;
    {
        std::lock_guard lock(mu_);
        sub = dir_ / std::to_string(++next_);
    }
    fs::create_directories(sub);
    fs::path target = sub / base;
    std::ofstream out(target, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + target.string());
    out.close();
    give(target.string());
    return target.string();
}

void FileStore::give(const std::string& path) {
    std::string k = key(path);
    if (k.empty()) return;
    std::lock_guard lock(mu_);
    files_.insert(k);
}

bool FileStore::allowed(const std::string& path) const {
    // A path must already be canonical and listed: "/a/../b" never matches, even if it leads to b.
    std::string k = key(path);
    if (k.empty() || k != fs::path(path).lexically_normal().string() || path.find("..") != std::string::npos) return false;
    std::lock_guard lock(mu_);
    return files_.count(k) > 0;
}

std::optional<fs::path> FileStore::resolve(const std::string& path) const {
    if (!allowed(path)) return std::nullopt;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    return fs::path(path);
}

std::string mime_type_of(const std::string& name) {
    static const std::map<std::string, std::string> types = {
        {".png", "image/png"},   {".jpg", "image/jpeg"},     {".jpeg", "image/jpeg"}, {".gif", "image/gif"},
        {".webp", "image/webp"}, {".bmp", "image/bmp"},      {".txt", "text/plain"},
        {".json", "application/json"}, {".wav", "audio/wav"}, {".mp3", "audio/mpeg"}, {".mp4", "video/mp4"},
        {".pdf", "application/pdf"}, {".csv", "text/csv"}};
    std::string ext = fs::path(name).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto it = types.find(ext);
    return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace graft
