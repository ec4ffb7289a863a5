// The decoded image as data: Pillow's modes, a packed pixel buffer, the palette and the
// transparency a file carried. Pure values — no decoding or I/O here (see decode.h).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gr::image {

// Pillow's modes. The eleven a gr.Image `image_mode` may name, plus LA (what a grey+alpha
// PNG opens as when `image_mode=None`). Samples are packed, one pixel after another:
//   1, L, P          1 byte  (1 stores 0 or 255, as Pillow does internally)
//   LA 2, RGB/YCbCr/LAB/HSV 3, RGBA/CMYK 4 bytes
//   I  int32, F float32 (native byte order, one sample per pixel)
enum class Mode { One, L, LA, P, RGB, RGBA, CMYK, YCbCr, LAB, HSV, I, F };

std::string_view mode_name(Mode m);                     // Pillow's spelling: "1", "YCbCr", …
std::optional<Mode> parse_mode(std::string_view name);  // exact Pillow spelling only
int mode_channels(Mode m);                              // numpy's C (1 for 1/L/P/I/F)
int mode_sample_bytes(Mode m);                          // 4 for I and F, else 1

// What Pillow keeps in `im.info["transparency"]`: a palette index (P), a grey level
// (1/L/I), an RGB colour, or one alpha per palette entry (P with a full tRNS table).
struct Transparency {
    enum class Kind { None, Index, Gray, Rgb, PaletteAlpha } kind = Kind::None;
    int value = 0;           // Index or Gray
    uint8_t rgb[3] = {};     // Rgb
    std::vector<uint8_t> alpha;  // PaletteAlpha
};

// Pixel storage whose resize() leaves new bytes unwritten: every producer (decoder, converter,
// transpose) writes each byte itself, and zero-filling a 12-megapixel buffer first would cost
// as much as the conversion. Otherwise a plain std::vector.
template <class T>
struct UninitAllocator : std::allocator<T> {
    template <class U> struct rebind { using other = UninitAllocator<U>; };
    UninitAllocator() noexcept = default;
    template <class U> UninitAllocator(const UninitAllocator<U>&) noexcept {}
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        if constexpr (sizeof...(Args) == 0) ::new (static_cast<void*>(p)) U;
        else ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};
using PixelBuffer = std::vector<uint8_t, UninitAllocator<uint8_t>>;

struct Image {
    int width = 0;
    int height = 0;
    Mode mode = Mode::RGB;
    PixelBuffer pixels;             // width*height*channels*sample_bytes
    std::vector<uint8_t> palette;   // P only: RGB triples (Pillow's palette), ≤ 256 entries
    Transparency transparency;
    // LAB only: Pillow stores a 3-band pixel in 4 bytes, and its LittleCMS transforms copy the
    // 4th through (RGBA→LAB keeps the alpha there, LAB→RGBA gives it back). One byte per
    // pixel, or empty when every such byte is 255 (LAB from RGB). Not part of `pixels`.
    PixelBuffer lab_x;

    size_t pixel_count() const { return size_t(width) * size_t(height); }
    size_t row_bytes() const { return size_t(width) * mode_channels(mode) * mode_sample_bytes(mode); }
};

// Every failure of the pipeline: a message a user can act on (what, and where).
struct ImageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Allocates an image's buffer (zero-filled) after checking width*height against `max_pixels`.
Image make_image(int width, int height, Mode mode, size_t max_pixels);
// The same, with the buffer left unwritten, for a producer that writes every byte.
Image make_image_for_overwrite(int width, int height, Mode mode, size_t max_pixels);

}  // namespace gr::image
