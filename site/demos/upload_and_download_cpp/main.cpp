// Gradio's upload_and_download in C++, files kept in the page (no server): upload a file, the
// button becomes "Download <name>", a click downloads it and brings the upload button back.
// Below, a File of several files summarised into a Textbox and a generated report. The C++
// functions receive each file's bytes with its name (gr::File) and return new files.
#include <gr/blocks.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <vector>

namespace {

// The uploaded file goes on to the DownloadButton (the same bytes under the same name).
std::tuple<gr::Update<>, gr::Update<gr::File>> upload_file(gr::File file) {
    const std::string label = "Download " + file.name;
    return {gr::update({{"visible", false}}), gr::update({{"label", label}, {"visible", true}}, std::move(file))};
}

std::tuple<gr::Update<>, gr::Update<>> download_file() {
    return {gr::update({{"visible", true}}), gr::update({{"visible", false}})};
}

std::string size(std::size_t bytes) {
    char out[32];
    if (bytes < 1000) std::snprintf(out, sizeof out, "%zu B", bytes);
    else if (bytes < 1000000) std::snprintf(out, sizeof out, "%.1f kB", bytes / 1e3);
    else std::snprintf(out, sizeof out, "%.1f MB", bytes / 1e6);
    return out;
}

// The files' names and total size, and a text report to download.
std::tuple<std::string, std::optional<gr::File>> summarize(const std::vector<gr::File>& files) {
    if (files.empty()) return {"No files yet.", std::nullopt};
    std::size_t total = 0;
    std::vector<std::string> lines;
    for (const gr::File& f : files) {
        total += f.bytes.size();
        lines.push_back(f.name + " (" + size(f.bytes.size()) + ")");
    }
    std::string summary = std::to_string(files.size()) + (files.size() == 1 ? " file, " : " files, ") + size(total) + " in all: ";
    std::string report = "Files uploaded\n\n";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        summary += (i ? ", " : "") + lines[i];
        report += "- " + lines[i] + "\n";
    }
    report += "\nTotal: " + size(total) + "\n";
    return {summary, gr::File{"report.txt", {report.begin(), report.end()}, "text/plain"}};
}

}  // namespace

int main() {
    gr::Blocks demo({.title = "Upload and download"});
    demo.markdown("First upload a file and and then you'll be able download it (but only once!)");
    auto row = demo.row();
    auto u = row.upload_button({{"label", "Upload a file"}, {"file_count", "single"}});
    auto d = row.download_button({{"label", "Download the file"}, {"visible", false}});
    u.on("upload", upload_file, {u}, {u, d}, {.api_name = "upload_file"});
    d.click(download_file, {}, {u, d}, {.api_name = "download_file"});

    demo.markdown("## Several files\nText files only; each upload, removal or clear updates the summary and the report.");
    auto files = demo.file({{"label", "Files"}, {"file_count", "multiple"}, {"file_types", {".txt", ".csv", ".md", ".json"}}});
    auto summary = demo.textbox({.value = "No files yet.", .label = "Summary", .interactive = false});
    auto report = demo.download_button({{"label", "Download report"}});
    files.change(summarize, {files}, {summary, report}, {.api_name = "summarize"});
    demo.launch();
}
