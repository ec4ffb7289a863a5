// Codecs of file-valued components (File, Image, Audio, Video, UploadButton, Gallery,
// ImageSlider): FileData shape checks and returned paths/URLs made into FileData.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers.hpp>

#include "components/codec_support.h"

using namespace gr;
using test::post;
using test::pre;

TEST_CASE("a FileData from the browser reaches the function unchanged") {
    const char* fd = R"({"path": "/tmp/cat.png", "url": "blob:x", "size": 12, "orig_name": "cat.png", "mime_type": "image/png", "is_stream": false, "meta": {"_type": "gradio.FileData"}})";
    CHECK(pre("image", "{}", fd) == Json::parse(fd));
    CHECK(pre("audio", "{}", fd) == Json::parse(fd));
}

TEST_CASE("a FileData with a field of the wrong type is refused with the field's path") {
    CHECK_THROWS_WITH(pre("video", "{}", R"({"path": "a.mp4", "size": "big"})"), R"(Video (component 4): value.size: expected an integer (bytes), got "big")");
    CHECK_THROWS_WITH(pre("image", "{}", R"("cat.png")"),
                      R"(Image (component 4): value: expected FileData {"path": …, "url": …, "meta": {"_type": "gradio.FileData"}}, got "cat.png")");
    CHECK_THROWS_WITH(pre("file", "{}", R"({"name": "x"})"), R"(File (component 4): value: FileData needs a "path" or "url" string, got {"name":"x"})");
}

TEST_CASE("a returned path becomes FileData; a returned URL keeps it as url") {
    Json f = post("file", "{}", R"("/data/report.pdf")");
    CHECK(f["path"] == "/data/report.pdf");
    CHECK(f["orig_name"] == "report.pdf");
    CHECK(f["meta"]["_type"] == "gradio.FileData");
    CHECK_FALSE(f.contains("url"));
    CHECK(post("image", "{}", R"("https://x.org/a/cat.webp?s=1")")["url"] == "https://x.org/a/cat.webp?s=1");
}

TEST_CASE("File with file_count multiple takes and gives lists, wrapping a single returned file") {
    CHECK(post("file", R"({"file_count": "multiple"})", R"("a.txt")").size() == 1);
    CHECK_THROWS_WITH(pre("file", R"({"file_count": "multiple"})", R"({"path": "a"})"),
                      R"(File (component 4): expected a list of FileData (file_count is "multiple"), got {"path":"a"})");
    CHECK_THROWS_WITH(pre("uploadbutton", R"({"file_count": "directory"})", R"([{"path": "a"}, 5])"),
                      R"(UploadButton (component 4): value[1]: expected FileData {"path": …, "url": …, "meta": {"_type": "gradio.FileData"}}, got 5)");
}

TEST_CASE("Gallery turns paths, (file, caption) pairs and videos into its wire items") {
    Json g = post("gallery", "{}", R"(["a.png", ["b.jpg", "Bee"], "clip.MP4", {"image": "c.png", "caption": "Sea"}])");
    REQUIRE(g.size() == 4);
    CHECK(g[0]["image"]["path"] == "a.png");
    CHECK(g[0]["caption"].is_null());
    CHECK(g[1]["caption"] == "Bee");
    CHECK(g[2].contains("video"));
    CHECK(g[3]["caption"] == "Sea");
    CHECK_THROWS_WITH(post("gallery", "{}", R"([["a.png", 3]])"), "Gallery (component 4): value[0][1]: expected a caption string, got 3");
}

TEST_CASE("Gallery hands the function (file, caption) pairs") {
    Json in = pre("gallery", "{}", R"([{"image": {"path": "a.png"}, "caption": "A"}])");
    CHECK(in == Json::parse(R"([[{"path": "a.png"}, "A"]])"));
    CHECK_THROWS_WITH(pre("gallery", "{}", R"([{"caption": "A"}])"), R"(Gallery (component 4): value[0]: expected {"image": FileData, "caption": …}, got {"caption":"A"})");
}

TEST_CASE("ImageSlider takes a pair of images, either of which may be missing") {
    CHECK(post("imageslider", "{}", R"(["a.png", null])")[1].is_null());
    CHECK_THROWS_WITH(post("imageslider", "{}", R"(["a.png"])"), R"(ImageSlider (component 4): expected a pair [image, image], got ["a.png"])");
}
