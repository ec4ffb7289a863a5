// Typed C++ values for the components whose Gradio values are structures, as a Python function
// receives and returns them:
//   gr::Table        a Dataframe (type "pandas"/"polars", Gradio's default): headers and rows
//   gr::ChatMessage  one message of a Chatbot (std::vector<gr::ChatMessage> is its value)
//   gr::Audio        an Audio's samples with their sample rate (Gradio's type="numpy")
// Table and ChatMessage convert through nlohmann's to_json/from_json, so they also nest in
// std::vector, std::optional, std::tuple and gr::update. Audio needs the file's bytes, which the
// host reads (gr/function.h takes care of that).
// Label, HighlightedText and native plots need no struct: a Label takes a std::string or a
// std::map<std::string, double> of confidences; HighlightedText gives and takes
// std::vector<std::pair<std::string, gr::Json>> (token, label); a LinePlot/BarPlot/ScatterPlot
// takes a gr::Table (its headers are the columns) or a list of {column: value} records.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gr/json.h"

namespace gr {

// A Dataframe's table: Gradio's {headers, data} with each cell a string, number, bool or null.
// A parameter accepts the value of any Dataframe type ("array" gives rows without headers);
// a returned Table becomes {headers, data} (empty headers become 1, 2, 3, … as in Gradio).
struct Table {
    std::vector<std::string> headers;
    std::vector<std::vector<Json>> rows;

    // The index of the column named `name`; std::invalid_argument naming it and the headers.
    std::size_t column(std::string_view name) const;
    // A cell as a number (a number, or text that is one) or as text (numbers as written);
    // std::invalid_argument naming the row, column and value otherwise.
    double number(std::size_t row, std::size_t col) const;
    double number(std::size_t row, std::string_view col) const { return number(row, column(col)); }
    std::string text(std::size_t row, std::size_t col) const;
    std::string text(std::size_t row, std::string_view col) const { return text(row, column(col)); }

    bool operator==(const Table&) const = default;
};
void to_json(Json& j, const Table& t);
void from_json(const Json& j, Table& t);

// gr.ChatMessage's metadata: a collapsible "thought" or tool section.
struct ChatMetadata {
    std::string title;                 // the section's title (required for a section)
    std::string id, parent_id;         // nesting: a message whose parent_id is another's id
    std::string log;                   // grey text beside the title
    std::optional<double> duration;    // seconds, shown beside the title
    std::string status;                // "pending" (a spinner) or "done"; empty: not set
    bool operator==(const ChatMetadata&) const = default;
};

// One Chatbot message (Gradio's type="messages"). `content` is what Gradio takes: text, a file
// (a path or FileData) or a list of those; a received message's content is Gradio 6's list of
// parts ([{"type": "text", "text"}, {"type": "file", "file": FileData}]).
struct ChatMessage {
    std::string role;  // "user", "assistant" or "system"
    Json content;
    std::optional<ChatMetadata> metadata;
    Json options;  // [{value, label}] or null

    // The message's text: its text parts joined with newlines.
    std::string text() const;
    // Its files' FileData, in order.
    std::vector<Json> files() const;
    bool operator==(const ChatMessage&) const = default;
};
void to_json(Json& j, const ChatMessage& m);
void from_json(const Json& j, ChatMessage& m);
void to_json(Json& j, const ChatMetadata& m);
void from_json(const Json& j, ChatMetadata& m);

// Sound as Gradio's type="numpy" hands it to Python: 16-bit samples, interleaved by channel
// (Gradio's (sample_rate, array of shape (frames,) or (frames, channels))).
struct Audio {
    int sample_rate = 0;
    int channels = 1;
    std::vector<std::int16_t> samples;

    std::size_t frames() const { return channels > 0 ? samples.size() / static_cast<std::size_t>(channels) : 0; }
    double seconds() const { return sample_rate > 0 ? static_cast<double>(frames()) / sample_rate : 0.0; }
    // Floats (any range) as Gradio converts them: divided by their peak, times 32767.
    static Audio from_floats(int sample_rate, int channels, std::span<const float> samples);
    bool operator==(const Audio&) const = default;
};

namespace audio {
// A WAV file's samples as 16-bit: PCM 8/16/24/32-bit and 32/64-bit float (WAVE_FORMAT_EXTENSIBLE
// too), converted as Gradio's convert_to_16_bit_wav does. std::invalid_argument saying what is
// wrong with the file otherwise.
Audio decode_wav(std::span<const std::uint8_t> bytes);
// A 16-bit PCM WAV file; std::invalid_argument for a sample rate or channel count out of range
// or samples that do not fill whole frames.
std::vector<std::uint8_t> encode_wav(const Audio& a);
}  // namespace audio

}  // namespace gr
