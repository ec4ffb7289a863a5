// Native JPEG decoding through Debian's libjpeg-turbo — the library Pillow itself links — with
// the settings Pillow 9.4's JpegDecode.c leaves in force, so pixels match Pillow exactly.
// Compiled only into the native build (core/CMakeLists.txt); the wasm build decodes with stb.
// It reads from memory only (jpeg_mem_src): no file is ever opened here.
#include <algorithm>
#include <csetjmp>
#include <cstddef>
#include <string>
#include <string_view>
// jpeglib.h names the FILE type in the prototypes of its stdio source/destination managers
// and does not include a header for it, so the C header comes first. None of its functions
// are called: this file uses the memory source only.
#include <stdio.h>
#include <jpeglib.h>
#include <jerror.h>

#include "jpeg_turbo.h"

namespace gr::image::detail {
namespace {

// libjpeg reports a fatal error by calling error_exit, which must not return: we longjmp back
// to run() (which holds only trivially destructible locals, so the jump skips no destructor).
struct ErrorManager {
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    bool premature_end;  // libjpeg's memory source ran out and inserted a fake end-of-image
};

void on_error(j_common_ptr ci) {
    auto* e = reinterpret_cast<ErrorManager*>(ci->err);
    (*ci->err->format_message)(ci, e->message);
    std::longjmp(e->jump, 1);
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

// Decodes into `out` (already allocated at the header's size). Returns false with the reason
// in err->message. Pillow's settings: out_color_space from the mode (JpegDecode.c's rawmode
// table), jpeg_color_space as libjpeg detects it (Pillow passes no jpegmode), and libjpeg's
// defaults for the rest — JDCT_ISLOW, do_fancy_upsampling and do_block_smoothing on (Pillow
// changes them only in draft mode, which opening a file never uses).
bool run(jpeg_decompress_struct* ci, ErrorManager* err, const uint8_t* data, size_t size, Image& out) {
    if (setjmp(err->jump)) return false;
    jpeg_mem_src(ci, data, static_cast<unsigned long>(size));
    jpeg_read_header(ci, TRUE);
    ci->out_color_space = output_space(out.mode);
    ci->dct_method = JDCT_ISLOW;
    ci->do_fancy_upsampling = TRUE;
    ci->do_block_smoothing = TRUE;
    jpeg_start_decompress(ci);
    if (int(ci->output_width) != out.width || int(ci->output_height) != out.height ||
        ci->output_components != mode_channels(out.mode)) {
        constexpr std::string_view why = "decoded size or components differ from its header";
        std::copy(why.begin(), why.end(), err->message);
        err->message[why.size()] = 0;
        return false;
    }
    const size_t stride = out.row_bytes();
    JSAMPROW rows[16];
    while (ci->output_scanline < ci->output_height && !err->premature_end) {
        JDIMENSION y = ci->output_scanline;
        JDIMENSION n = std::min<JDIMENSION>(16, ci->output_height - y);
        for (JDIMENSION i = 0; i < n; i++) rows[i] = out.pixels.data() + size_t(y + i) * stride;
        jpeg_read_scanlines(ci, rows, n);
    }
    return !err->premature_end;
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
    bool ok = run(&ci, &err, bytes.data(), bytes.size(), im);
    jpeg_destroy_decompress(&ci);
    if (err.premature_end) throw ImageError("cannot decode JPEG file: image file is truncated (libjpeg: premature end of data)");
    if (!ok) throw ImageError(std::string("cannot decode JPEG file: ") + err.message + " (corrupt or truncated)");
    // JpegImagePlugin opens every 4-component JPEG with rawmode "CMYK;I" ("assume adobe
    // conventions"): Pillow's CMYK values are libjpeg's inverted, Adobe marker or not.
    if (im.mode == Mode::CMYK)
        for (auto& v : im.pixels) v = uint8_t(255 - v);
    return im;
}

}  // namespace gr::image::detail
