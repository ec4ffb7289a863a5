// Mode names and sizes, and the one place image buffers are allocated (after the pixel
// limit check, so an over-large header never reaches the allocator).
#include "gr/image/image.h"

#include <algorithm>
#include <array>
#include <utility>

namespace gr::image {
namespace {

constexpr std::array<std::pair<Mode, std::string_view>, 12> kModes{{
    {Mode::One, "1"}, {Mode::L, "L"}, {Mode::LA, "LA"}, {Mode::P, "P"}, {Mode::RGB, "RGB"},
    {Mode::RGBA, "RGBA"}, {Mode::CMYK, "CMYK"}, {Mode::YCbCr, "YCbCr"}, {Mode::LAB, "LAB"},
    {Mode::HSV, "HSV"}, {Mode::I, "I"}, {Mode::F, "F"},
}};

}  // namespace

std::string_view mode_name(Mode m) {
    for (auto& [mode, name] : kModes)
        if (mode == m) return name;
    return "?";
}

std::optional<Mode> parse_mode(std::string_view name) {
    for (auto& [mode, n] : kModes)
        if (n == name) return mode;
    return std::nullopt;
}

int mode_channels(Mode m) {
    switch (m) {
        case Mode::LA: return 2;
        case Mode::RGB: case Mode::YCbCr: case Mode::LAB: case Mode::HSV: return 3;
        case Mode::RGBA: case Mode::CMYK: return 4;
        default: return 1;
    }
}

int mode_sample_bytes(Mode m) { return (m == Mode::I || m == Mode::F) ? 4 : 1; }

Image make_image_for_overwrite(int width, int height, Mode mode, size_t max_pixels) {
    if (width <= 0 || height <= 0)
        throw ImageError("image has no pixels (" + std::to_string(width) + " x " + std::to_string(height) + ")");
    size_t pixels = size_t(width) * size_t(height);
    if (pixels > max_pixels)
        throw ImageError("image size (" + std::to_string(width) + " x " + std::to_string(height) + " = " +
                         std::to_string(pixels) + " pixels) exceeds the limit of " + std::to_string(max_pixels) +
                         " pixels (a decompression-bomb guard, as Pillow's)");
    Image im;
    im.width = width;
    im.height = height;
    im.mode = mode;
    im.pixels.resize(pixels * mode_channels(mode) * mode_sample_bytes(mode));
    return im;
}

Image make_image(int width, int height, Mode mode, size_t max_pixels) {
    Image im = make_image_for_overwrite(width, height, mode, max_pixels);
    std::fill(im.pixels.begin(), im.pixels.end(), uint8_t(0));
    return im;
}

}  // namespace gr::image
