// Header parsers for PNG, JPEG, GIF, BMP and WebP: size, the mode Pillow 9.4 would open the
// file as (PngImagePlugin, JpegImagePlugin, GifImagePlugin, BmpImagePlugin rules), palette,
// transparency and EXIF orientation. Reads only; every offset is bounds-checked.
#include <algorithm>
#include <string>
#include <string_view>

#include "container.h"
#include "gr/image/orient.h"

namespace gr::image::detail {
namespace {

using Bytes = std::span<const uint8_t>;

bool starts_with(Bytes b, std::string_view magic, size_t at = 0) {
    return b.size() >= at + magic.size() && std::equal(magic.begin(), magic.end(), b.begin() + at,
                                                       [](char c, uint8_t u) { return uint8_t(c) == u; });
}

[[noreturn]] void fail(std::string_view format, const std::string& what) {
    throw ImageError("cannot read " + std::string(format) + " file: " + what);
}

// Pillow reads EXIF orientation from XMP too (Image.getexif: `tiff:Orientation="N"`).
int xmp_orientation(std::string_view xmp) {
    for (std::string_view key : {"tiff:Orientation=\"", "tiff:Orientation>"}) {
        auto at = xmp.find(key);
        if (at != std::string_view::npos && at + key.size() < xmp.size()) {
            char c = xmp[at + key.size()];
            if (c >= '0' && c <= '9') return c - '0';
        }
    }
    return 1;
}

// PNG: (bit depth, colour type) → Pillow mode, as PngImagePlugin._MODES.
Mode png_mode(int depth, int type) {
    switch (type) {
        case 0: if (depth == 1) return Mode::One;
                if (depth == 2 || depth == 4 || depth == 8) return Mode::L;
                if (depth == 16) return Mode::I;
                break;
        case 2: if (depth == 8 || depth == 16) return Mode::RGB; break;
        case 3: if (depth == 1 || depth == 2 || depth == 4 || depth == 8) return Mode::P; break;
        case 4: if (depth == 8) return Mode::LA;
                if (depth == 16) return Mode::RGBA;  // Pillow 9.4 opens 16-bit grey+alpha as RGBA
                break;
        case 6: if (depth == 8 || depth == 16) return Mode::RGBA; break;
    }
    fail("PNG", "unsupported bit depth " + std::to_string(depth) + " for colour type " + std::to_string(type));
}

void read_png_trns(Container& c, Bytes s) {
    if (c.info.mode == Mode::P) {
        // PngImagePlugin: one fully transparent entry among opaque ones → an index, else the table.
        size_t zeros = std::count(s.begin(), s.end(), 0);
        size_t opaque = std::count(s.begin(), s.end(), 255);
        if (zeros == 1 && zeros + opaque == s.size()) {
            c.transparency.kind = Transparency::Kind::Index;
            c.transparency.value = int(std::find(s.begin(), s.end(), 0) - s.begin());
        } else if (zeros + opaque != s.size() || zeros > 0) {
            c.transparency.kind = Transparency::Kind::PaletteAlpha;
            c.transparency.alpha.assign(s.begin(), s.end());
        }
    } else if (c.info.mode == Mode::One || c.info.mode == Mode::L || c.info.mode == Mode::I) {
        c.transparency.kind = Transparency::Kind::Gray;
        c.transparency.value = int(be16(s, 0));
    } else if (c.info.mode == Mode::RGB && s.size() >= 6) {
        c.transparency.kind = Transparency::Kind::Rgb;
        for (int i = 0; i < 3; i++) c.transparency.rgb[i] = uint8_t(be16(s, 2 * i));
    }
}

Container read_png(Bytes b) {
    Container c;
    c.info.format = Format::Png;
    if (b.size() < 33 || !starts_with(b, "IHDR", 12)) fail("PNG", "missing IHDR header (file truncated?)");
    c.info.width = int(std::min<uint32_t>(be32(b, 16), 0x7fffffff));
    c.info.height = int(std::min<uint32_t>(be32(b, 20), 0x7fffffff));
    c.info.bit_depth = b[24];
    c.info.mode = png_mode(b[24], b[25]);
    for (size_t at = 8; at + 8 <= b.size();) {
        size_t len = be32(b, at);
        if (len > b.size() - at - 8) break;  // truncated chunk: stb reports it when decoding
        Bytes data = b.subspan(at + 8, len);
        std::string_view type(reinterpret_cast<const char*>(b.data() + at + 4), 4);
        if (type == "PLTE") c.palette.assign(data.begin(), data.end() - data.size() % 3);
        else if (type == "tRNS") read_png_trns(c, data);
        else if (type == "eXIf") c.info.orientation = exif_orientation(data);
        else if (type == "iTXt" && starts_with(data, std::string_view("XML:com.adobe.xmp\0\0", 19)) &&
                 c.info.orientation == 1)
            c.info.orientation = xmp_orientation({reinterpret_cast<const char*>(data.data()), data.size()});
        else if (type == "IEND") break;
        at += len + 12;
    }
    if (c.info.mode == Mode::P && c.palette.empty()) fail("PNG", "palette image without a PLTE chunk");
    return c;
}

bool is_sof(uint8_t m) { return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC; }

Container read_jpeg(Bytes b) {
    Container c;
    c.info.format = Format::Jpeg;
    bool have_sof = false;
    for (size_t at = 2; at + 4 <= b.size() && !have_sof;) {
        if (b[at] != 0xFF) fail("JPEG", "corrupt marker at byte " + std::to_string(at));
        uint8_t m = b[at + 1];
        if (m == 0xFF) { at++; continue; }
        if (m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01) { at += 2; continue; }
        if (m == 0xD9 || m == 0xDA) break;
        size_t len = be16(b, at + 2);
        if (len < 2 || at + 2 + len > b.size()) fail("JPEG", "segment runs past the end of the file (truncated?)");
        Bytes seg = b.subspan(at + 4, len - 2);
        if (m == 0xE1 && starts_with(seg, std::string_view("Exif\0\0", 6)) && c.info.orientation == 1)
            c.info.orientation = exif_orientation(seg);
        if (is_sof(m)) {
            if (seg.size() < 6) fail("JPEG", "short frame header");
            c.info.bit_depth = seg[0];
            c.info.height = int(be16(seg, 1));
            c.info.width = int(be16(seg, 3));
            int comps = seg[5];
            if (m == 0xC3 || m == 0xC7 || m == 0xCB || m == 0xCF)
                fail("JPEG", "lossless JPEG is not supported (libjpeg-turbo 2.1, which Pillow 9.4 decodes with, cannot read it)");
            // JpegImagePlugin's SOF handler: "cannot handle N-bit layers" (Pillow 9.4 cannot open it either).
            if (seg[0] != 8)
                fail("JPEG", std::to_string(seg[0]) + "-bit JPEG is not supported (only 8-bit samples, as Pillow 9.4)");
            if (comps != 1 && comps != 3 && comps != 4)
                fail("JPEG", std::to_string(comps) + "-component JPEG is not supported (Pillow 9.4 reads 1, 3 or 4)");
            c.info.mode = comps == 1 ? Mode::L : comps == 3 ? Mode::RGB : Mode::CMYK;
            have_sof = true;
        }
        at += 2 + len;
    }
    if (!have_sof) fail("JPEG", "no frame header before the image data (truncated or corrupt)");
    return c;
}

// GifImagePlugin: a palette that is exactly the grey ramp 0,1,2,… opens as "L".
bool palette_needed(const std::vector<uint8_t>& p) {
    for (size_t i = 0; i + 2 < p.size(); i += 3)
        if (!(p[i] == i / 3 && p[i + 1] == i / 3 && p[i + 2] == i / 3)) return true;
    return false;
}

Container read_gif(Bytes b) {
    Container c;
    c.info.format = Format::Gif;
    if (b.size() < 13) fail("GIF", "header truncated");
    c.info.width = int(le16(b, 6));
    c.info.height = int(le16(b, 8));
    size_t at = 13;
    if (b[10] & 0x80) {
        size_t n = size_t(3) << ((b[10] & 7) + 1);
        if (at + n > b.size()) fail("GIF", "global palette truncated");
        c.palette.assign(b.begin() + at, b.begin() + at + n);
        at += n;
    }
    while (at < b.size()) {
        if (b[at] == 0x21 && at + 2 < b.size()) {  // extension: sub-blocks until a zero length
            bool gce = b[at + 1] == 0xF9;
            if (gce && at + 7 < b.size() && (b[at + 3] & 1)) {
                c.transparency.kind = Transparency::Kind::Index;
                c.transparency.value = b[at + 6];
            }
            at += 2;
            while (at < b.size() && b[at] != 0) at += b[at] + 1;
            at++;
        } else if (b[at] == 0x2C) {  // first image descriptor: its local palette wins
            if (at + 10 > b.size()) fail("GIF", "image descriptor truncated");
            uint8_t flags = b[at + 9];
            if (flags & 0x80) {
                size_t n = size_t(3) << ((flags & 7) + 1);
                if (at + 10 + n > b.size()) fail("GIF", "local palette truncated");
                c.palette.assign(b.begin() + at + 10, b.begin() + at + 10 + n);
            }
            break;
        } else {
            fail("GIF", "no image in the file");
        }
    }
    c.info.mode = (!c.palette.empty() && palette_needed(c.palette)) ? Mode::P : Mode::L;
    if (c.info.mode == Mode::L && c.transparency.kind == Transparency::Kind::Index)
        c.transparency.kind = Transparency::Kind::Gray;
    return c;
}

Container read_bmp(Bytes b) {
    Container c;
    c.info.format = Format::Bmp;
    uint32_t header = le32(b, 14);
    if (b.size() < 26 || (header != 12 && header < 40)) fail("BMP", "unsupported or truncated header");
    int bits = 0;
    uint32_t compression = 0, colors = 0;
    if (header == 12) {
        c.info.width = int(le16(b, 18));
        c.info.height = int(le16(b, 20));
        bits = int(le16(b, 24));
    } else {
        c.info.width = int(int32_t(le32(b, 18)));
        int32_t h = int32_t(le32(b, 22));
        c.info.height = h == INT32_MIN ? 0 : std::abs(h);
        bits = int(le16(b, 28));
        compression = le32(b, 30);
        colors = le32(b, 46);
    }
    c.info.bit_depth = bits;
    if (compression == 1 || compression == 2)
        fail("BMP", "RLE-compressed BMP is not supported (this decoder reads uncompressed BMP only)");
    if (compression != 0 && compression != 3) fail("BMP", "unsupported compression " + std::to_string(compression));
    if (bits == 24 || bits == 16) { c.info.mode = Mode::RGB; return c; }
    if (bits == 32) {
        uint32_t amask = header >= 56 ? le32(b, 14 + 52) : 0;  // masks live in V3+ headers
        c.info.mode = (compression == 3 && amask == 0xFF000000u) ? Mode::RGBA : Mode::RGB;
        return c;
    }
    if (bits != 1 && bits != 4 && bits != 8) fail("BMP", "unsupported pixel depth " + std::to_string(bits));
    if (colors == 0) colors = 1u << bits;
    if (colors > 256) fail("BMP", "palette of " + std::to_string(colors) + " colours");
    size_t entry = header == 12 ? 3 : 4, start = 14 + header;
    if (start + entry * colors > b.size()) fail("BMP", "palette truncated");
    bool grey = true;
    for (uint32_t i = 0; i < colors; i++) {
        const uint8_t* e = b.data() + start + entry * i;  // B, G, R
        c.palette.insert(c.palette.end(), {e[2], e[1], e[0]});
        int want = colors == 2 ? (i ? 255 : 0) : int(i);
        if (e[0] != want || e[1] != want || e[2] != want) grey = false;
    }
    c.info.mode = grey ? (colors == 2 ? Mode::One : Mode::L) : Mode::P;
    return c;
}

Container read_webp(Bytes b) {
    Container c;
    c.info.format = Format::Webp;
    for (size_t at = 12; at + 8 <= b.size();) {
        size_t len = le32(b, at + 4);
        Bytes data = b.subspan(at + 8, std::min(len, b.size() - at - 8));
        if (starts_with(b, "VP8X", at) && data.size() >= 10) {
            c.webp_alpha = data[0] & 0x10;
            // Canvas width and height less one, 24 bits each, ending the 10-byte chunk.
            c.info.width = int(1 + le24(data, 4));
            c.info.height = int(1 + le24(data, 7));
        } else if (starts_with(b, "VP8 ", at) && data.size() >= 10 && c.info.width == 0) {
            c.info.width = int(le16(data, 6) & 0x3FFF);
            c.info.height = int(le16(data, 8) & 0x3FFF);
        } else if (starts_with(b, "VP8L", at) && data.size() >= 5 && c.info.width == 0) {
            uint32_t v = le32(data, 1);
            c.info.width = int(1 + (v & 0x3FFF));
            c.info.height = int(1 + ((v >> 14) & 0x3FFF));
            c.webp_alpha = (v >> 28) & 1;
        } else if (starts_with(b, "EXIF", at)) {
            c.info.orientation = exif_orientation(data);
        }
        at += 8 + len + (len & 1);
    }
    if (c.info.width == 0) fail("WebP", "no image chunk (truncated or corrupt)");
    c.info.mode = c.webp_alpha ? Mode::RGBA : Mode::RGB;
    return c;
}

}  // namespace

Container read_container(std::span<const uint8_t> b) {
    if (b.empty()) throw ImageError("cannot read image: the file is empty (0 bytes)");
    if (starts_with(b, "\x89PNG\r\n\x1a\n")) return read_png(b);
    if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return read_jpeg(b);
    if (starts_with(b, "GIF87a") || starts_with(b, "GIF89a")) return read_gif(b);
    if (starts_with(b, "BM")) return read_bmp(b);
    if (starts_with(b, "RIFF") && starts_with(b, "WEBP", 8)) return read_webp(b);
    throw ImageError("cannot identify image file: not PNG, JPEG, GIF, BMP or WebP (the content is what counts, not the file name)");
}

}  // namespace gr::image::detail
