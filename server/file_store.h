// The files the native backend may serve: those it wrote (uploads, in a temp dir it owns)
// and those functions returned. Anything else — and any path that only reaches an allowed
// file through `..` or a symlink — is refused. Thread-safe.
#pragma once
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace graft {

class FileStore {
public:
    // Creates a fresh directory under `parent` (default: the system temp dir); removed on destruction.
    explicit FileStore(const std::string& parent = "");
    ~FileStore();

    // Writes an upload under a new subdirectory, keeping a sanitised base name; returns its path.
    std::string save(std::string_view name, std::string_view bytes);
    // Allows serving a file a function returned.
    void give(const std::string& path);
    // Whether `path` names a file this store wrote or was given.
    bool allowed(const std::string& path) const;
    // The canonical path to read for `path`, if allowed and it exists as a regular file.
    std::optional<std::filesystem::path> resolve(const std::string& path) const;
    const std::filesystem::path& dir() const { return dir_; }
    // Deletes the directory and everything in it (also done on destruction).
    void remove_all();

private:
    static std::string key(const std::string& path);
    std::filesystem::path dir_;
    mutable std::mutex mu_;
    std::set<std::string> files_;  // canonical paths
    unsigned long long next_ = 0;
};

// The MIME type for a file name, by extension (application/octet-stream when unknown).
std::string mime_type_of(const std::string& name);

}  // namespace graft
