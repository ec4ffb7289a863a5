// Typed C++ values of the structured components (gr/values.h): a Dataframe as gr::Table, a
// Chatbot as std::vector<gr::ChatMessage>, an Audio as gr::Audio (its WAV decoded and encoded
// here), a Label from a std::map of confidences, HighlightedText as (token, label) pairs and a
// native plot from a gr::Table. Each natively through native_fn and through a Session, where the
// core's pre/postprocessing stands between the page's wire values and the function.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <cstring>
#include <map>

#include "gr/blocks.h"
#include "gr/function.h"
#include "gr/session.h"
#include "gr/values.h"
#include "support/harness.h"

using namespace gr;
using Catch::Matchers::ContainsSubstring;
using test::only;

namespace {

Json file_data(const std::string& path, const std::string& name) {
    return {{"path", path}, {"url", path}, {"orig_name", name}, {"size", nullptr}, {"mime_type", "audio/wav"}, {"meta", {{"_type", "gradio.FileData"}}}};
}

struct Host final : Emitter {
    std::map<std::string, std::vector<std::uint8_t>> held;
    std::vector<File> made;
    void yield(Json) override {}
    void progress_data(Json) override {}
    void log(ToastLevel, const std::string&, const std::string&, std::optional<double>) override {}
    std::optional<std::vector<std::uint8_t>> file_bytes(const Json& f) const override {
        auto it = held.find(f.value("path", std::string()));
        if (it == held.end()) return std::nullopt;
        return it->second;
    }
    Json file_output(File f) override {
        made.push_back(f);
        return file_data("kept/" + std::to_string(made.size()), f.name);
    }
};

// The value a Session's output ends up with after a click on `button`.
Json after_click(Session& s, ComponentRef button, ComponentRef out) {
    s.take_commands();
    s.engine().dispatch(button.id(), "click");
    for (const auto& t : only<Toast>(s.take_commands())) FAIL("toast: " << t.message);
    return s.engine().value(out.id());
}

std::vector<std::uint8_t> wav_header(std::uint16_t format, std::uint16_t channels, std::uint32_t rate, std::uint16_t bits, std::vector<std::uint8_t> data) {
    Audio probe{1, 1, {}};
    std::vector<std::uint8_t> b = audio::encode_wav(probe);  // a 16-bit header, patched below
    auto put16 = [&](std::size_t at, std::uint16_t v) { b[at] = v & 0xff, b[at + 1] = v >> 8; };
    auto put32 = [&](std::size_t at, std::uint32_t v) { for (int i = 0; i < 4; ++i) b[at + i] = (v >> (8 * i)) & 0xff; };
    put16(20, format), put16(22, channels), put32(24, rate), put16(34, bits), put32(40, static_cast<std::uint32_t>(data.size()));
    b.insert(b.end(), data.begin(), data.end());
    put32(4, static_cast<std::uint32_t>(b.size() - 8));
    return b;
}

}  // namespace

// ---------- gr::Table ----------

TEST_CASE("a gr::Table parameter gets a Dataframe's headers and rows; its cells read as numbers or text") {
    Host host;
    NativeFn total = native_fn([](const Table& t) {
        double sum = 0;
        for (std::size_t r = 0; r < t.rows.size(); ++r) sum += t.number(r, "price") * t.number(r, "qty");
        return t.text(0, "item") + "… " + std::to_string(static_cast<int>(sum));
    });
    Json value = Json::parse(R"({"headers": ["item", "price", "qty"], "data": [["tea", 3, "2"], ["cake", 4.5, 2]]})");
    CHECK(total(Json::array({value}), host) == "tea… 15");
    // type="array" hands rows without headers: a Table without headers, read by index.
    NativeFn first = native_fn([](const Table& t) { return t.headers.size() * 100 + t.rows.size() * 10 + static_cast<std::size_t>(t.number(1, 1)); });
    CHECK(first(Json::array({Json::parse(R"([[1, 2], [3, 4]])")}), host) == 24);
    // What is wrong is named: the column, the cell, the row.
    NativeFn missing = native_fn([](const Table& t) { return t.number(0, "cost"); });
    CHECK_THROWS_WITH(missing(Json::array({value}), host), R"(gr::Table has no column "cost" (its headers: "item", "price", "qty"))");
    NativeFn word = native_fn([](const Table& t) { return t.number(0, "item"); });
    CHECK_THROWS_WITH(word(Json::array({value}), host), R"(gr::Table cell (row 0, column 0) is not a number: "tea")");
    CHECK_THROWS_WITH(total(Json::array({Json::parse(R"({"headers": ["a"], "data": [1]})")}), host),
                      "argument 1: a gr::Table's row 0 must be a list of cells, got 1");
}

TEST_CASE("a returned gr::Table fills a Dataframe, through the Session's postprocessing") {
    Blocks demo;
    auto in = demo.dataframe({{"value", {{"headers", {"n"}}, {"data", {{1}, {2}, {3}}}}}});
    auto out = demo.dataframe();
    auto go = demo.button("Square");
    go.click([](Table t) {
        t.headers.push_back("n²");
        for (std::size_t r = 0; r < t.rows.size(); ++r) t.rows[r].push_back(t.number(r, "n") * t.number(r, "n"));
        return t;
    }, {in}, {out});
    Session s(std::make_shared<const App>(demo.app()), demo.functions());
    Json v = after_click(s, go, out);
    CHECK(v["headers"] == Json({"n", "n²"}));
    CHECK(v["data"] == Json::parse("[[1, 1.0], [2, 4.0], [3, 9.0]]"));
}

TEST_CASE("a LinePlot takes a gr::Table: its headers are the plot's columns") {
    Blocks demo;
    auto plot = demo.line_plot({{"x", "t"}, {"y", "v"}});
    auto go = demo.button("Plot");
    go.click([]() { return Table{{"t", "v"}, {{0, 1.5}, {1, 2.5}}}; }, {}, {plot});
    Session s(std::make_shared<const App>(demo.app()), demo.functions());
    Json v = after_click(s, go, plot);
    CHECK(v["columns"] == Json({"t", "v"}));
    CHECK(v["data"] == Json::parse("[[0, 1.5], [1, 2.5]]"));
    CHECK(v["datatypes"]["v"] == "quantitative");
}

// ---------- gr::ChatMessage ----------

TEST_CASE("a Chatbot's history arrives as gr::ChatMessage values and a returned history shows, metadata and all") {
    Blocks demo;
    auto chat = demo.chatbot();
    auto go = demo.button("Think");
    go.click([](std::vector<ChatMessage> history) {
        const std::string asked = history.empty() ? "" : history.back().text();
        history.push_back({"assistant", "Looking up " + asked, ChatMetadata{.title = "🔧 Search", .id = "s1", .duration = 0.5, .status = "done"}, nullptr});
        history.push_back({"assistant", "It is " + std::to_string(asked.size()) + " letters long."});
        return history;
    }, {chat}, {chat});
    Session s(std::make_shared<const App>(demo.app()), demo.functions());
    // The page holds Gradio 6's wire value: content as a list of parts.
    s.engine().user_input(chat.id(), Json::parse(R"([{"role": "user", "content": [{"type": "text", "text": "kiwi"}], "metadata": null, "options": null}])"));
    Json v = after_click(s, go, chat);
    REQUIRE(v.size() == 3);
    CHECK(v[1]["role"] == "assistant");
    CHECK(v[1]["content"] == Json::parse(R"([{"type": "text", "text": "Looking up kiwi"}])"));
    CHECK(v[1]["metadata"] == Json::parse(R"({"title": "🔧 Search", "id": "s1", "duration": 0.5, "status": "done"})"));
    CHECK(v[2]["content"][0]["text"] == "It is 4 letters long.");
}

TEST_CASE("a gr::ChatMessage reads its text and files from every content shape, and refuses what is not a message") {
    ChatMessage m = Json::parse(R"({"role": "user", "content": [{"type": "text", "text": "see"}, {"type": "file", "file": {"path": "blob:x", "orig_name": "a.png"}}, {"type": "text", "text": "this"}]})").get<ChatMessage>();
    CHECK(m.text() == "see\nthis");
    REQUIRE(m.files().size() == 1);
    CHECK(m.files()[0]["orig_name"] == "a.png");
    CHECK_FALSE(m.metadata);
    CHECK(ChatMessage{"assistant", "plain"}.text() == "plain");
    Host host;
    NativeFn last = native_fn([](const std::vector<ChatMessage>& h) { return h.back().text(); });
    CHECK_THROWS_WITH(last(Json::array({Json::parse(R"([{"content": "hi"}])")}), host),
                      ContainsSubstring("argument 1: a gr::ChatMessage takes a message {\"role\": …, \"content\": …}"));
    CHECK_THROWS_WITH(last(Json::array({Json::parse(R"([{"role": "user", "content": "hi", "metadata": {"duration": "long"}}])")}), host),
                      ContainsSubstring("metadata.duration must be a number of seconds"));
}

// ---------- gr::Audio ----------

TEST_CASE("WAV files of every PCM and float width decode to Gradio's 16-bit samples; encoding round-trips") {
    Audio a{8000, 2, {0, -1, 32767, -32768, 1234, -4321}};
    std::vector<std::uint8_t> wav = audio::encode_wav(a);
    CHECK(wav.size() == 44 + 12);
    CHECK(audio::decode_wav(wav) == a);
    CHECK(a.frames() == 3);
    // 8-bit is unsigned, biased; 24-bit and 32-bit keep their top 16 bits (truncated toward 0).
    CHECK(audio::decode_wav(wav_header(1, 1, 100, 8, {0, 128, 255})).samples == std::vector<std::int16_t>{-32768, 0, 32512});
    CHECK(audio::decode_wav(wav_header(1, 1, 100, 24, {0x00, 0x00, 0x80, 0xff, 0xff, 0xff})).samples == std::vector<std::int16_t>{-32768, 0});
    CHECK(audio::decode_wav(wav_header(1, 1, 100, 32, {0, 0, 1, 0, 0, 0, 0xff, 0xff})).samples == std::vector<std::int16_t>{1, -1});
    // Floats are scaled by their peak to ±32767, as Gradio's convert_to_16_bit_wav does.
    std::vector<std::uint8_t> f32;
    for (float x : {0.5f, -0.25f}) {
        std::uint8_t b[4];
        std::memcpy(b, &x, 4);
        f32.insert(f32.end(), b, b + 4);
    }
    CHECK(audio::decode_wav(wav_header(3, 1, 100, 32, f32)).samples == std::vector<std::int16_t>{32767, -16383});
    CHECK(Audio::from_floats(100, 1, std::vector<float>{0.5f, -0.25f}).samples == std::vector<std::int16_t>{32767, -16383});
    // WAVE_FORMAT_EXTENSIBLE with a PCM sub-format.
    std::vector<std::uint8_t> ext = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ', 40, 0, 0, 0, 0xfe, 0xff, 1, 0, 100, 0, 0, 0,
                                     200, 0, 0, 0, 2, 0, 16, 0, 22, 0, 16, 0, 0, 0, 0, 0, 1, 0};
    ext.resize(12 + 8 + 40, 0);
    for (std::uint8_t c : std::vector<std::uint8_t>{'d', 'a', 't', 'a', 2, 0, 0, 0, 7, 0}) ext.push_back(c);
    CHECK(audio::decode_wav(ext).samples == std::vector<std::int16_t>{7});
}

TEST_CASE("a file that is not a WAV gr::Audio can read is refused with what is wrong") {
    std::vector<std::uint8_t> webm = {0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0, 0, 0, 0, 0};
    CHECK_THROWS_WITH(audio::decode_wav(webm), "not a WAV file gr::Audio can read: it does not start with a RIFF/WAVE header");
    CHECK_THROWS_WITH(audio::decode_wav(wav_header(1, 1, 100, 12, {1, 2})), ContainsSubstring("12-bit PCM is not supported"));
    CHECK_THROWS_WITH(audio::decode_wav(wav_header(2, 1, 100, 4, {1, 2})), ContainsSubstring("format 2 (4-bit) is neither PCM nor float"));
    CHECK_THROWS_WITH(audio::decode_wav(wav_header(1, 0, 100, 16, {})), ContainsSubstring("0 channels"));
    std::vector<std::uint8_t> truncated = audio::encode_wav({100, 1, {5, 6, 7}});
    truncated.resize(30);
    CHECK_THROWS_WITH(audio::decode_wav(truncated), ContainsSubstring("fmt chunk is shorter than 16 bytes"));
    // A cut data chunk keeps the whole samples it has.
    std::vector<std::uint8_t> cut = audio::encode_wav({100, 1, {5, 6, 7}});
    cut.resize(cut.size() - 1);
    CHECK(audio::decode_wav(cut).samples == std::vector<std::int16_t>{5, 6});
    CHECK_THROWS_WITH(audio::encode_wav({100, 2, {1, 2, 3}}), "gr::Audio has 3 samples, not whole frames of 2 channels");
    CHECK_THROWS_WITH(audio::encode_wav({0, 1, {}}), ContainsSubstring("sample_rate 0 is out of range"));
}

TEST_CASE("a gr::Audio parameter gets an Audio input's samples; a returned one becomes a WAV file") {
    Host host;
    host.held["blob:a"] = audio::encode_wav({16000, 1, {100, -200, 300}});
    host.held["blob:webm"] = {0x1a, 0x45, 0xdf, 0xa3};
    NativeFn louder = native_fn([](Audio a) {
        for (auto& s : a.samples) s = static_cast<std::int16_t>(s * 2);
        return a;
    });
    Json out = louder(Json::array({file_data("blob:a", "voice.wav")}), host);
    CHECK(out["orig_name"] == "audio.wav");
    REQUIRE(host.made.size() == 1);
    CHECK(host.made[0].mime_type == "audio/wav");
    CHECK(audio::decode_wav(host.made[0].bytes) == Audio{16000, 1, {200, -400, 600}});
    CHECK_THROWS_WITH(louder(Json::array({file_data("blob:webm", "rec.webm")}), host),
                      "argument 1 (\"rec.webm\"): not a WAV file gr::Audio can read: it does not start with a RIFF/WAVE header (take gr::File for other formats)");
    CHECK_THROWS_WITH(louder(Json::array({nullptr}), host), "Please provide audio (argument 1 is empty).");
    NativeFn maybe = native_fn([](const std::optional<Audio>& a) { return a ? a->seconds() : -1.0; });
    CHECK(maybe(Json::array({nullptr}), host) == -1.0);
}

// ---------- Label, HighlightedText ----------

TEST_CASE("a Label takes a std::map of confidences and HighlightedText gives and takes (token, label) pairs") {
    Blocks demo;
    auto text = demo.highlighted_text();
    auto label = demo.label();
    auto tagged = demo.highlighted_text();
    auto go = demo.button("Classify");
    go.click([](const std::vector<std::pair<std::string, Json>>& spans) {
        std::map<std::string, double> votes;
        std::vector<std::pair<std::string, Json>> out;
        for (const auto& [token, cls] : spans) {
            if (cls.is_string()) votes[cls.get<std::string>()] += 1.0 / static_cast<double>(spans.size());
            out.emplace_back(token, cls.is_null() ? Json("none") : cls);
        }
        return std::make_tuple(votes, out);
    }, {text}, {label, tagged});
    Session s(std::make_shared<const App>(demo.app()), demo.functions());
    s.engine().user_input(text.id(), Json::parse(R"([{"token": "Ada", "class_or_confidence": "PER"}, {"token": " in ", "class_or_confidence": null},
                                                    {"token": "Paris", "class_or_confidence": "LOC"}, {"token": "Bob", "class_or_confidence": "PER"}])"));
    s.take_commands();
    s.engine().dispatch(go.id(), "click");
    for (const auto& t : only<Toast>(s.take_commands())) FAIL("toast: " << t.message);
    Json l = s.engine().value(label.id());
    CHECK(l["label"] == "PER");
    CHECK(l["confidences"][0] == Json({{"label", "PER"}, {"confidence", 0.5}}));
    Json h = s.engine().value(tagged.id());
    CHECK(h[1] == Json({{"token", " in "}, {"class_or_confidence", "none"}}));
}
