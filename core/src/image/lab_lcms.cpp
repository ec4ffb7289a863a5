// RGB/RGBA ↔ LAB through Debian's LittleCMS — the library Pillow 9.4's ImageCms links — set up
// as Image.convert → ImageCms.buildTransform → _imagingcms.c does, so pixels match Pillow's.
// Native build only (core/CMakeLists.txt). lcms2.h includes <stdio.h> for its file-based
// profile functions; none is called here (profiles are built in memory), so no I/O happens.
#include <algorithm>
#include <array>
#include <string>

#include <lcms2.h>

#include "lab.h"

namespace gr::image::detail {
namespace {

// _imagingcms.c's findLCMStype: RGB and RGBA are both TYPE_RGBA_8 (Pillow keeps an RGB pixel
// in 4 bytes), and LAB is 8-bit LabV2 with one extra byte, a format lcms2 has no name for.
constexpr cmsUInt32Number kRgbx = TYPE_RGBA_8;
constexpr cmsUInt32Number kLabx = COLORSPACE_SH(PT_LabV2) | CHANNELS_SH(3) | BYTES_SH(1) | EXTRA_SH(1);

// Owners of the lcms handles, so that a throw never leaks them.
struct Profile {
    cmsHPROFILE h;
    ~Profile() { if (h) cmsCloseProfile(h); }
};
struct Transform {
    cmsHTRANSFORM h;
    ~Transform() { if (h) cmsDeleteTransform(h); }
};

// Pillow's transform, built per conversion as Image.convert builds it: createProfile("sRGB")
// is cmsCreate_sRGBProfile; createProfile("LAB") with its default colour temperature (-1) is
// cmsCreateLab2Profile(NULL), i.e. D50; buildTransform's defaults are intent PERCEPTUAL, flags 0.
Transform build(bool to_lab) {
    Profile srgb{cmsCreate_sRGBProfile()}, lab{cmsCreateLab2Profile(nullptr)};
    if (!srgb.h || !lab.h) throw ImageError("LittleCMS could not create its sRGB and LAB profiles");
    Transform t{to_lab ? cmsCreateTransform(srgb.h, kRgbx, lab.h, kLabx, INTENT_PERCEPTUAL, 0)
                       : cmsCreateTransform(lab.h, kLabx, srgb.h, kRgbx, INTENT_PERCEPTUAL, 0)};
    if (!t.h) throw ImageError("LittleCMS could not build the sRGB/LAB transform");
    return t;
}

// Graft's LAB pixels are what numpy sees (np.asarray(im), Pillow's "LAB" packer): a and b as
// signed bytes. Pillow's memory, and LittleCMS's 8-bit Lab, hold them offset by 128.
constexpr uint8_t kSign = 0x80;

}  // namespace

// The image goes through lcms in chunks of 4-byte pixels (the formats above). lcms leaves the
// extra byte alone; Pillow's pyCMScopyAux then copies it from input to output, which is how an
// RGBA image's alpha survives RGBA → LAB → RGBA. Graft keeps LAB's copy in Image::lab_x.
Image lab_transform(const Image& im, Mode to) {
    const size_t n = im.pixel_count(), in_px = im.mode == Mode::RGBA ? 4 : 3;
    if (im.pixels.size() < n * in_px || (im.mode == Mode::LAB && !im.lab_x.empty() && im.lab_x.size() < n))
        throw ImageError("cannot convert image from mode " + std::string(mode_name(im.mode)) +
                         ": its pixel buffer is shorter than its size says");
    const bool to_lab = to == Mode::LAB;
    Transform t = build(to_lab);
    Image out;
    out.width = im.width, out.height = im.height, out.mode = to;
    out.pixels.resize(n * (to == Mode::RGBA ? 4 : 3));
    if (to_lab && im.mode == Mode::RGBA) out.lab_x.resize(n);
    constexpr size_t kChunk = 1024;
    std::array<uint8_t, 4 * kChunk> src, dst;
    const uint8_t* in = im.pixels.data();
    uint8_t* o = out.pixels.data();
    for (size_t at = 0; at < n; at += kChunk) {
        const size_t m = std::min(kChunk, n - at);
        for (size_t i = 0; i < m; i++) {
            const uint8_t* p = in + (at + i) * in_px;
            uint8_t* s = &src[4 * i];
            if (im.mode == Mode::LAB) s[0] = p[0], s[1] = p[1] ^ kSign, s[2] = p[2] ^ kSign;
            else s[0] = p[0], s[1] = p[1], s[2] = p[2];
            s[3] = in_px == 4 ? p[3] : im.lab_x.empty() ? 255 : im.lab_x[at + i];
        }
        cmsDoTransform(t.h, src.data(), dst.data(), cmsUInt32Number(m));
        for (size_t i = 0; i < m; i++) {
            const uint8_t* d = &dst[4 * i];
            if (to_lab) {
                uint8_t* q = o + (at + i) * 3;
                q[0] = d[0], q[1] = d[1] ^ kSign, q[2] = d[2] ^ kSign;
                if (!out.lab_x.empty()) out.lab_x[at + i] = src[4 * i + 3];
            } else if (to == Mode::RGBA) {
                uint8_t* q = o + (at + i) * 4;
                q[0] = d[0], q[1] = d[1], q[2] = d[2], q[3] = src[4 * i + 3];
            } else {
                uint8_t* q = o + (at + i) * 3;
                q[0] = d[0], q[1] = d[1], q[2] = d[2];
            }
        }
    }
    if (!out.lab_x.empty() && std::all_of(out.lab_x.begin(), out.lab_x.end(), [](uint8_t v) { return v == 255; }))
        out.lab_x.clear();
    return out;
}

}  // namespace gr::image::detail
