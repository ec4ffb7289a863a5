// Which LAB conversions Pillow 9.4 makes, and its exact words for the ones it refuses. Its
// Image.convert sends only RGB/RGBA(/RGBX) ↔ LAB to LittleCMS (lab_lcms.cpp); every other
// pair falls to Convert.c, which has no LAB converter. Compiled in both builds.
#include <string>

#include "lab.h"

namespace gr::image::detail {
namespace {

// Pillow's ValueError text. Convert.c fails the pair, then Image.convert retries through the
// source's base mode (getmodebase), and the message names the step that failed there: LAB's
// base is RGB (LAB→RGB has no C converter either), 1/L/LA/I/F go through L and CMYK/YCbCr/HSV
// through RGB; P is its own base, so the first failure, frompalette's, is raised as it is.
std::string pillow_refusal(Mode from) {
    switch (from) {
        case Mode::LAB: return "conversion from LAB to RGB not supported";
        case Mode::P: return "conversion not supported";
        case Mode::One: case Mode::L: case Mode::LA: case Mode::I: case Mode::F:
            return "conversion from L to LAB not supported";
        default: return "conversion from RGB to LAB not supported";
    }
}

std::string pair(Mode from, Mode to) {
    return "cannot convert image from mode " + std::string(mode_name(from)) + " to mode " + std::string(mode_name(to));
}

}  // namespace

Image convert_lab(const Image& im, Mode to) {
    Mode from = im.mode;
    Mode other = from == Mode::LAB ? to : from;
    if (other != Mode::RGB && other != Mode::RGBA)
        throw ImageError(pair(from, to) + ": " + pillow_refusal(from) +
                         " (Pillow 9.4 converts LAB only to and from RGB and RGBA)");
    return lab_transform(im, to);
}

}  // namespace gr::image::detail
