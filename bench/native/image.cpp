// Native image pipeline timings on a synthetic 1920×1080 JPEG and PNG (made with our own
// encoder): decode, orient, convert RGB to each mode, best of 7. Prints each figure beside
// Pillow's on the very same files (bench/image_pillow.py, run through /usr/bin/python3) and
// the ratio (budget ≤ 1.0). Asserts nothing. glibc is told to keep freed memory (as a
// long-running process's heap ends up doing), so that each run measures the pipeline rather
// than the kernel's page faults on a freshly mapped 8 MB buffer.
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <string>

#include "gr/image/convert.h"
#include "gr/image/decode.h"
#include "gr/image/encode.h"
#include "gr/image/orient.h"
#include "gr/image/resample.h"

using namespace gr::image;

namespace {

double best_ms(const std::function<void()>& f, int runs = 7) {
    double best = 1e9;
    for (int i = 0; i < runs; i++) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

void write(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

// Pillow's figures for the same files, by name; empty when python3-pil is missing.
std::map<std::string, double> pillow(const std::string& jpeg, const std::string& png) {
    std::string script = std::string(__FILE__).substr(0, std::string(__FILE__).rfind("/native/")) + "/image_pillow.py";
    std::string cmd = "/usr/bin/python3 " + script + " --tsv --jpeg " + jpeg + " --png " + png + " 2>/dev/null";
    std::map<std::string, double> out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return out;
    char line[256];
    while (std::fgets(line, sizeof line, p)) {
        std::string s(line);
        auto tab = s.find('\t');
        if (tab != std::string::npos) out[s.substr(0, tab)] = std::stod(s.substr(tab + 1));
    }
    pclose(p);
    return out;
}

// Pads a name holding multi-byte UTF-8 (→) to `width` columns.
std::string pad(const std::string& s, size_t width) {
    size_t cols = 0;
    for (unsigned char c : s) cols += (c & 0xC0) != 0x80;
    return s + std::string(cols < width ? width - cols : 0, ' ');
}

}  // namespace

int main() {
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    Image im = make_image(1920, 1080, Mode::RGB, 1 << 22);
    for (size_t i = 0; i < im.pixels.size(); i++) im.pixels[i] = uint8_t((i * 7 + i / 5760 * 3) % 251);
    auto jpeg = encode(im, {.format = "jpeg", .quality = 90});
    auto png = encode(im, {.format = "png"});
    std::string jpeg_path = "/tmp/graft-bench-image.jpg", png_path = "/tmp/graft-bench-image.png";
    write(jpeg_path, jpeg);
    write(png_path, png);
    Image rgb = decode(jpeg);
    std::vector<std::pair<std::string, double>> rows = {
        {"decode JPEG 1080p", best_ms([&] { decode(jpeg); })},
        {"decode PNG 1080p", best_ms([&] { decode(png); })},
        {"orient 6 (rotate) 1080p RGB", best_ms([&] { apply_orientation(rgb, 6); })},
        {"thumbnail 1080p RGB→384×216", best_ms([&] { thumbnail(rgb, 384, 216); })},
    };
    for (Mode m : {Mode::L, Mode::One, Mode::P, Mode::YCbCr, Mode::HSV, Mode::CMYK})
        rows.emplace_back("convert RGB→" + std::string(mode_name(m)), best_ms([&] { convert(rgb, m); }));
    // Quantizers on the synthetic (not JPEG-decoded) image, as bench/image_pillow.py does.
    Image rgba = convert(im, Mode::RGBA);
    for (size_t k = 0; k < rgba.pixel_count(); k++) rgba.pixels[4 * k + 3] = uint8_t((k / 1920 + k % 1920) % 256);
    rows.emplace_back("convert RGBA→P (fast octree)", best_ms([&] { convert(rgba, Mode::P); }));
    rows.emplace_back("encode GIF RGB (median cut)", best_ms([&] { encode(im, {.format = "gif"}); }, 3));
    auto ref = pillow(jpeg_path, png_path);
    std::printf("%s %10s %10s %7s   (budget: ratio ≤ 1.0)\n", pad("1920×1080, best of 7", 30).c_str(), "graft",
                "Pillow", "ratio");
    for (auto& [name, ms] : rows) {
        auto it = ref.find(name);
        if (it == ref.end()) std::printf("%s %7.2f ms %10s\n", pad(name, 30).c_str(), ms, "n/a");
        else std::printf("%s %7.2f ms %7.2f ms %7.2f\n", pad(name, 30).c_str(), ms, it->second, ms / it->second);
    }
}
