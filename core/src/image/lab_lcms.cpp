// RGB/RGBA ↔ LAB through Debian's LittleCMS — the library Pillow 9.4's ImageCms links — set up
// as Image.convert → ImageCms.buildTransform → _imagingcms.c does, so pixels match Pillow's.
// Native build only (core/CMakeLists.txt). lcms2.h includes <stdio.h> for its file-based
// profile functions; none is called here (profiles are built in memory), so no I/O happens.
#include <algorithm>
#include <array>
#include <cstring>
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

// Pixels [at, at + m) of `im` as 4-byte pixels for lcms: RGB gets 255 as its fourth byte (as
// Pillow's RGB has), LAB its lab_x byte (or 255) and Pillow's unsigned a and b.
void pack(const Image& im, size_t at, size_t m, uint8_t* __restrict s) {
    if (im.mode == Mode::RGBA) return void(std::memcpy(s, im.pixels.data() + at * 4, m * 4));
    const uint8_t* __restrict p = im.pixels.data() + at * 3;
    const uint8_t sign = im.mode == Mode::LAB ? kSign : 0;
    for (size_t i = 0; i < m; i++)
        s[4 * i] = p[3 * i], s[4 * i + 1] = p[3 * i + 1] ^ sign, s[4 * i + 2] = p[3 * i + 2] ^ sign, s[4 * i + 3] = 255;
    if (im.mode == Mode::LAB && !im.lab_x.empty())
        for (size_t i = 0; i < m; i++) s[4 * i + 3] = im.lab_x[at + i];
}

// lcms's output `d` into pixels [at, at + m) of `out`; the fourth bytes come from the input
// `s`, as pyCMScopyAux copies them (into lab_x for LAB, the alpha for RGBA, nowhere for RGB).
void unpack(const uint8_t* __restrict d, const uint8_t* __restrict s, size_t at, size_t m, Image& out) {
    uint8_t* __restrict q = out.pixels.data() + at * (out.mode == Mode::RGBA ? 4 : 3);
    if (out.mode == Mode::RGBA) {
        for (size_t i = 0; i < m; i++) q[4 * i] = d[4 * i], q[4 * i + 1] = d[4 * i + 1], q[4 * i + 2] = d[4 * i + 2], q[4 * i + 3] = s[4 * i + 3];
        return;
    }
    const uint8_t sign = out.mode == Mode::LAB ? kSign : 0;
    for (size_t i = 0; i < m; i++) q[3 * i] = d[4 * i], q[3 * i + 1] = d[4 * i + 1] ^ sign, q[3 * i + 2] = d[4 * i + 2] ^ sign;
    if (!out.lab_x.empty())
        for (size_t i = 0; i < m; i++) out.lab_x[at + i] = s[4 * i + 3];
}

}  // namespace

// The image goes through lcms in chunks of 4-byte pixels (the formats above). lcms leaves the
// extra byte alone; Pillow's pyCMScopyAux then copies it from input to output, which is how an
// RGBA image's alpha survives RGBA → LAB → RGBA. Graft keeps LAB's copy in Image::lab_x.
Image lab_transform(const Image& im, Mode to) {
    const size_t n = im.pixel_count(), in_px = im.mode == Mode::RGBA ? 4 : 3;
    if (im.pixels.size() < n * in_px || (im.mode == Mode::LAB && !im.lab_x.empty() && im.lab_x.size() < n))
        throw ImageError("cannot convert image from mode " + std::string(mode_name(im.mode)) +
                         ": its pixel buffer is shorter than its size says");
    Transform t = build(to == Mode::LAB);
    Image out;
    out.width = im.width, out.height = im.height, out.mode = to;
    out.pixels.resize(n * (to == Mode::RGBA ? 4 : 3));
    if (to == Mode::LAB && im.mode == Mode::RGBA) out.lab_x.resize(n);
    constexpr size_t kChunk = 2048;
    std::array<uint8_t, 4 * kChunk> src, dst;
    for (size_t at = 0; at < n; at += kChunk) {
        const size_t m = std::min(kChunk, n - at);
        pack(im, at, m, src.data());
        cmsDoTransform(t.h, src.data(), dst.data(), cmsUInt32Number(m));
        unpack(dst.data(), src.data(), at, m, out);
    }
    if (!out.lab_x.empty() && std::all_of(out.lab_x.begin(), out.lab_x.end(), [](uint8_t v) { return v == 255; }))
        out.lab_x.clear();
    return out;
}

}  // namespace gr::image::detail
