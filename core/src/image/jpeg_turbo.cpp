// JPEG decoding through libjpeg-turbo — the library Pillow itself links — with the settings
// Pillow 9.4's JpegDecode.c leaves in force, so pixels match Pillow exactly. Natively it is
// Debian's libjpeg62-turbo; in wasm the same Debian source, compiled by cmake/debian-src.cmake.
// It reads from memory only (jpeg_mem_src): no file is ever opened here.
#include <algorithm>
#include <cstddef>
#include <string>
// jpeglib.h names the FILE type in the prototypes of its stdio source/destination managers
// and does not include a header for it, so the C header comes first. None of its functions
// are called: this file uses the memory source only.
#include <stdio.h>
#include <jpeglib.h>
#include <jerror.h>

#include "jpeg_turbo.h"

namespace gr::image::detail {
namespace {

// libjpeg reports a fatal error by calling error_exit, which must not return. It throws, and
// decode_jpeg_turbo() catches: Emscripten 3.1.6 has no setjmp/longjmp under wasm exceptions,
// and both libjpegs unwind (Debian's has .eh_frame; in wasm, exceptions cross any frame).
// libjpeg's own memory is released by jpeg_destroy_decompress after the catch.
struct ErrorManager {
    jpeg_error_mgr pub;
    bool premature_end;  // libjpeg's memory source ran out and inserted a fake end-of-image
};

struct LibjpegError {
    std::string message;
};

void on_error(j_common_ptr ci) {
    char message[JMSG_LENGTH_MAX];
    (*ci->err->format_message)(ci, message);
    throw LibjpegError{message};
}

// Warnings (level -1) are ignored as Pillow ignores them (its output_message is a no-op), except
// running out of data: Pillow then says "image file is truncated", and so do we.
void on_message(j_common_ptr ci, int level) {
    auto* e = reinterpret_cast<ErrorManager*>(ci->err);
    if (level < 0) {
        ci->err->num_warnings++;
        if (ci->err->msg_code == JWRN_JPEG_EOF) e->premature_end = true;
    }
}

J_COLOR_SPACE output_space(Mode m) {
    switch (m) {
        case Mode::L: return JCS_GRAYSCALE;
        case Mode::CMYK: return JCS_CMYK;  // libjpeg turns YCCK into CMYK, as for Pillow
        default: return JCS_RGB;
    }
}

void read_scanlines(jpeg_decompress_struct* ci, const ErrorManager* err, Image& out) {
    const size_t stride = out.row_bytes();
    JSAMPROW rows[16];
    while (ci->output_scanline < ci->output_height && !err->premature_end) {
        JDIMENSION y = ci->output_scanline;
        JDIMENSION n = std::min<JDIMENSION>(16, ci->output_height - y);
        for (JDIMENSION i = 0; i < n; i++) rows[i] = out.pixels.data() + size_t(y + i) * stride;
        jpeg_read_scanlines(ci, rows, n);
    }
}

// Decodes into `out` (already allocated at the header's size), stopping early if the data ran
// out (err->premature_end); throws LibjpegError. Pillow's settings: out_color_space from the
// mode (JpegDecode.c's rawmode table), jpeg_color_space as libjpeg detects it (Pillow passes no
// jpegmode), and libjpeg's defaults for the rest — JDCT_ISLOW, do_fancy_upsampling and
// do_block_smoothing on (Pillow changes them only in draft mode, which opening a file never
// uses).
void run(jpeg_decompress_struct* ci, const ErrorManager* err, const uint8_t* data, size_t size, Image& out) {
    jpeg_mem_src(ci, data, static_cast<unsigned long>(size));
    jpeg_read_header(ci, TRUE);
    ci->out_color_space = output_space(out.mode);
    ci->dct_method = JDCT_ISLOW;
    ci->do_fancy_upsampling = TRUE;
    ci->do_block_smoothing = TRUE;
    jpeg_start_decompress(ci);
    if (int(ci->output_width) != out.width || int(ci->output_height) != out.height ||
        ci->output_components != mode_channels(out.mode))
        throw LibjpegError{"decoded size or components differ from its header"};
    read_scanlines(ci, err, out);
}

}  // namespace

Image decode_jpeg_turbo(std::span<const uint8_t> bytes, const Container& c, const Limits& limits) {
    Image im = make_image_for_overwrite(c.info.width, c.info.height, c.info.mode, limits.max_pixels);
    jpeg_decompress_struct ci;
    ErrorManager err{};
    ci.err = jpeg_std_error(&err.pub);
    err.pub.error_exit = on_error;
    err.pub.emit_message = on_message;
    jpeg_create_decompress(&ci);
    try {
        run(&ci, &err, bytes.data(), bytes.size(), im);
    } catch (const LibjpegError& e) {
        jpeg_destroy_decompress(&ci);
        throw ImageError("cannot decode JPEG file: " + e.message + " (corrupt or truncated)");
    }
    jpeg_destroy_decompress(&ci);
    if (err.premature_end) throw ImageError("cannot decode JPEG file: image file is truncated (libjpeg: premature end of data)");
    // JpegImagePlugin opens every 4-component JPEG with rawmode "CMYK;I" ("assume adobe
    // conventions"): Pillow's CMYK values are libjpeg's inverted, Adobe marker or not.
    if (im.mode == Mode::CMYK)
        for (auto& v : im.pixels) v = uint8_t(255 - v);
    return im;
}

}  // namespace gr::image::detail
