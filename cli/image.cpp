// `graft image info IN` and `graft image convert …`: the gr.Image input pipeline on a file
// (read here; core gets bytes), then either encoded to OUT or, for OUT "-", raw pixels
// ("H W C" header line, then the samples; I and F as 4-byte native-order values).
#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "gr/image/convert.h"
#include "gr/image/encode.h"
#include "gr/image/preprocess.h"
#include "gr/image/watermark.h"

namespace {

using namespace gr::image;

std::vector<uint8_t> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImageError("cannot open " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int info_command(const std::string& path) {
    std::vector<uint8_t> bytes = read_file(path);
    ImageInfo info = probe(bytes);
    std::cout << "format: " << format_name(info.format) << "\nsize: " << info.width << " x " << info.height
              << "\nmode: " << mode_name(info.mode) << "\norientation: " << info.orientation << "\n";
    return 0;
}

struct ConvertArgs {
    std::optional<Mode> mode = Mode::RGB;
    std::vector<Mode> then;  // "--mode A,B": convert to A, then to B (a comparison aid)
    std::string format;
    int quality = -1;
    bool exif = true;
    std::optional<size_t> max_file_size;
    std::string watermark;  // "--watermark MARK": Gradio's add_watermark after the pipeline
    std::string in, out;
};

void write_raw(const Image& im) {
    std::cout << im.height << " " << im.width << " " << mode_channels(im.mode) << "\n";
    std::cout.write(reinterpret_cast<const char*>(im.pixels.data()), std::streamsize(im.pixels.size()));
}

int convert_command(const ConvertArgs& a) {
    std::vector<uint8_t> bytes = read_file(a.in);
    PreprocessOptions o{.image_mode = a.mode, .type = InputType::Numpy, .orig_name = a.in, .apply_exif = a.exif};
    o.limits.max_file_size = a.max_file_size;
    Preprocessed p = preprocess(bytes, o);
    for (Mode m : a.then) p.image = convert(p.image, m);
    if (!a.watermark.empty()) p.image = add_watermark(p.image, decode(read_file(a.watermark)));
    if (a.out == "-") {
        write_raw(p.image);
        return 0;
    }
    std::string format = a.format;
    if (format.empty()) {
        auto dot = a.out.find_last_of('.');
        format = dot == std::string::npos ? "webp" : a.out.substr(dot + 1);
    }
    std::vector<uint8_t> file = encode(p.image, {.format = format, .quality = a.quality});
    std::ofstream out(a.out, std::ios::binary);
    out.write(reinterpret_cast<const char*>(file.data()), std::streamsize(file.size()));
    if (!out) throw ImageError("cannot write " + a.out);
    return 0;
}

int usage() {
    std::cerr << "usage: graft image info IN\n"
                 "       graft image convert [--mode M|None] [--format F] [--quality Q] [--no-exif]\n"
                 "                           [--max-file-size SIZE] [--watermark MARK] IN OUT   (OUT - : raw pixels)\n";
    return 2;
}

}  // namespace

int image_command(int argc, char** argv) {
    try {
        if (argc == 2 && !std::strcmp(argv[0], "info")) return info_command(argv[1]);
        if (argc < 1 || std::strcmp(argv[0], "convert")) return usage();
        ConvertArgs a;
        std::vector<std::string> rest;
        for (int i = 1; i < argc; i++) {
            std::string arg = argv[i];
            bool has_value = i + 1 < argc;
            if (arg == "--no-exif") a.exif = false;
            else if (arg == "--mode" && has_value) {
                std::string list = argv[++i];
                for (size_t at = 0, comma = 0; at <= list.size(); at = comma + 1) {
                    comma = std::min(list.find(',', at), list.size());
                    std::string m = list.substr(at, comma - at);
                    std::optional<Mode> mode = parse_mode(m);
                    if (!mode && m != "None") throw ImageError("unknown image mode \"" + m + "\"");
                    if (at == 0) a.mode = mode;
                    else if (mode) a.then.push_back(*mode);
                }
            } else if (arg == "--format" && has_value) a.format = argv[++i];
            else if (arg == "--quality" && has_value) a.quality = std::stoi(argv[++i]);
            else if (arg == "--max-file-size" && has_value) a.max_file_size = parse_file_size(argv[++i]);
            else if (arg == "--watermark" && has_value) a.watermark = argv[++i];
            else if (arg.size() > 1 && arg[0] == '-' && arg != "-") return usage();
            else rest.push_back(arg);
        }
        if (rest.size() != 2) return usage();
        a.in = rest[0], a.out = rest[1];
        return convert_command(a);
    } catch (const std::exception& e) {
        std::cerr << "graft image: " << e.what() << "\n";
        return 1;
    }
}
