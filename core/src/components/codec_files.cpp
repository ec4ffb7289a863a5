// File-valued components: File, UploadButton, DownloadButton, Image, Audio, Video, Model3D,
// SimpleImage, ImageSlider, Gallery. Values are Gradio's FileData objects; this module checks
// their shape and turns returned paths/URLs into FileData. Pixels are not touched here (the
// image pipeline owns decoding and image_mode); a function receives the checked FileData.
#include <algorithm>
#include <string>

#include "components/codec_detail.h"

namespace gr::codec_detail {
namespace {

bool is_url(const std::string& s) {
    for (const char* scheme : {"http://", "https://", "data:", "blob:"})
        if (s.rfind(scheme, 0) == 0) return true;
    return false;
}

std::string base_name(const std::string& path) {
    std::string p = path.substr(0, path.find_first_of("?#"));
    auto slash = p.find_last_of("/\\");
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

bool is_video_name(const std::string& path) {
    std::string name = base_name(path);
    auto dot = name.find_last_of('.');
    if (dot == std::string::npos) return false;
    std::string ext = name.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == "mp4" || ext == "webm" || ext == "mov" || ext == "avi" || ext == "ogg" || ext == "mkv";
}

void field(const Ctx& ctx, const Json& v, const char* key, Json::value_t t, const char* expected, const std::string& where) {
    auto it = v.find(key);
    if (it == v.end() || it->is_null() || it->type() == t) return;
    if (t == Json::value_t::number_integer && it->is_number_unsigned()) return;
    ctx.fail(where + "." + key + ": expected " + expected + ", got " + shown(*it));
}

bool many(const Ctx& ctx) {
    const Json& count = ctx.prop("file_count");
    return (ctx.component.type == "file" || ctx.component.type == "uploadbutton") && (count == "multiple" || count == "directory");
}

Json file_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!many(ctx)) return checked_file_data(ctx, v, "value");
    if (!v.is_array()) ctx.fail("expected a list of FileData (file_count is " + ctx.prop("file_count").dump() + "), got " + shown(v));
    Json out = Json::array();
    for (std::size_t i = 0; i < v.size(); ++i) out.push_back(checked_file_data(ctx, v[i], "value[" + std::to_string(i) + "]"));
    return out;
}

Json file_post(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!many(ctx)) return file_data_from(ctx, v, "value");
    Json list = v.is_array() ? v : Json::array({v});
    Json out = Json::array();
    for (std::size_t i = 0; i < list.size(); ++i) out.push_back(file_data_from(ctx, list[i], "value[" + std::to_string(i) + "]"));
    return out;
}

// ImageSlider: a pair of images, either of which may be missing.
Json slider_pair(const Ctx& ctx, const Json& v, bool returned) {
    if (v.is_null()) return v;
    if (!v.is_array() || v.size() != 2) ctx.fail("expected a pair [image, image], got " + shown(v));
    Json out = Json::array();
    for (std::size_t i = 0; i < 2; ++i) {
        std::string where = "value[" + std::to_string(i) + "]";
        out.push_back(v[i].is_null() ? v[i] : returned ? file_data_from(ctx, v[i], where) : checked_file_data(ctx, v[i], where));
    }
    return out;
}
Json image_slider_pre(const Ctx& ctx, const Json& v) { return slider_pair(ctx, v, false); }
Json image_slider_post(const Ctx& ctx, const Json& v) { return slider_pair(ctx, v, true); }

// Gallery.preprocess hands the function [(file, caption)] pairs.
Json gallery_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!v.is_array()) ctx.fail("expected a list of {image|video, caption}, got " + shown(v));
    Json out = Json::array();
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::string where = "value[" + std::to_string(i) + "]";
        const Json& item = v[i];
        const char* key = item.is_object() && item.contains("video") ? "video" : "image";
        if (!item.is_object() || !item.contains(key)) ctx.fail(where + ": expected {\"image\": FileData, \"caption\": …}, got " + shown(item));
        Json caption = item.value("caption", Json());
        out.push_back({checked_file_data(ctx, item[key], where + "." + key), caption});
    }
    return out;
}

// Gallery.postprocess: each item is a path/URL, a FileData, an (item, caption) pair or an
// {image|video, caption} object; videos are told apart by their file extension.
Json gallery_item(const Ctx& ctx, const Json& item, const std::string& where) {
    if (item.is_object() && (item.contains("image") || item.contains("video"))) {
        const char* key = item.contains("video") ? "video" : "image";
        return {{key, file_data_from(ctx, item[key], where + "." + key)}, {"caption", item.value("caption", Json())}};
    }
    Json media = item, caption;
    if (item.is_array()) {
        if (item.size() != 2) ctx.fail(where + ": expected [image, caption], got " + shown(item));
        media = item[0], caption = item[1];
        if (!caption.is_null() && !caption.is_string()) ctx.fail(where + "[1]: expected a caption string, got " + shown(caption));
    }
    Json file = file_data_from(ctx, media, where);
    std::string name = file.value("orig_name", file.value("path", std::string()));
    return {{is_video_name(name) ? "video" : "image", file}, {"caption", caption}};
}

Json gallery_post(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!v.is_array()) ctx.fail("expected a list of images, got " + shown(v));
    Json out = Json::array();
    for (std::size_t i = 0; i < v.size(); ++i) out.push_back(gallery_item(ctx, v[i], "value[" + std::to_string(i) + "]"));
    return out;
}

const Codec file{file_pre, file_post};
const Codec image_slider{image_slider_pre, image_slider_post};
const Codec gallery{gallery_pre, gallery_post};

}  // namespace

Json checked_file_data(const Ctx& ctx, const Json& v, const std::string& where) {
    if (!v.is_object()) ctx.fail(where + ": expected FileData {\"path\": …, \"url\": …, \"meta\": {\"_type\": \"gradio.FileData\"}}, got " + shown(v));
    bool has_path = v.contains("path") && v["path"].is_string();
    bool has_url = v.contains("url") && v["url"].is_string();
    if (!has_path && !has_url) ctx.fail(where + ": FileData needs a \"path\" or \"url\" string, got " + shown(v));
    field(ctx, v, "path", Json::value_t::string, "a string", where);
    field(ctx, v, "url", Json::value_t::string, "a string", where);
    field(ctx, v, "size", Json::value_t::number_integer, "an integer (bytes)", where);
    field(ctx, v, "orig_name", Json::value_t::string, "a string", where);
    field(ctx, v, "mime_type", Json::value_t::string, "a string", where);
    field(ctx, v, "is_stream", Json::value_t::boolean, "true or false", where);
    field(ctx, v, "meta", Json::value_t::object, "an object", where);
    return v;
}

Json file_data_from(const Ctx& ctx, const Json& v, const std::string& where) {
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        if (s.empty()) ctx.fail(where + ": expected a file path or URL, got an empty string");
        Json out = {{"path", s}, {"orig_name", base_name(s)}, {"meta", {{"_type", "gradio.FileData"}}}};
        if (is_url(s)) out["url"] = s;
        return out;
    }
    if (v.is_object()) {
        Json out = checked_file_data(ctx, v, where);
        if (!out.contains("meta")) out["meta"] = {{"_type", "gradio.FileData"}};
        return out;
    }
    ctx.fail(where + ": expected a file path, a URL or FileData, got " + shown(v));
}

const Codec* file_codec(std::string_view type) {
    static const std::string_view single_file[] = {"file", "uploadbutton", "downloadbutton", "image", "audio", "video", "model3d", "simpleimage"};
    if (std::find(std::begin(single_file), std::end(single_file), type) != std::end(single_file)) return &file;
    if (type == "imageslider") return &image_slider;
    if (type == "gallery") return &gallery;
    return nullptr;
}

}  // namespace gr::codec_detail
