// Private to the value codecs: the context a codec runs in (the component, its props with
// Gradio's defaults beneath them) and helpers shared by the codec families.
#pragma once
#include <string>
#include <string_view>

#include "gr/codec.h"
#include "gr/component_spec.h"

namespace gr::codec_detail {

struct Ctx {
    const Component& component;
    const Json& props;

    // Throws ValueError "<Class> (component <id>): <message>".
    [[noreturn]] void fail(const std::string& message) const;
    // The prop as given, else Gradio's default, else null.
    const Json& prop(std::string_view key) const;
};

// A value as written in JSON, cut short for messages: `"abc"`, `[1, 2]`.
std::string shown(const Json& j);

using CodecFn = Json (*)(const Ctx&, const Json&);
struct Codec {
    CodecFn pre;
    CodecFn post;
};

// Each family's codec for a type, or null if the family does not handle it.
using Family = const Codec* (*)(std::string_view type);
const Codec* text_codec(std::string_view type);     // codec_text.cpp
const Codec* number_codec(std::string_view type);   // codec_number.cpp
const Codec* choice_codec(std::string_view type);   // codec_choices.cpp
const Codec* file_codec(std::string_view type);     // codec_files.cpp
const Codec* data_codec(std::string_view type);     // codec_data.cpp
const Codec* chat_codec(std::string_view type);     // codec_chat.cpp

// Makes a family's codecs available to preprocess/postprocess (codec.cpp); see gr/codec.h.
void link_codecs(Family family);
// Forgets every linked family: only for the test that checks each builder method links its own.
void unlink_codecs_for_test();
// The linked codec of a type; null for a type no family handles; std::logic_error for a type
// whose family is not linked.
const Codec* codec_for(std::string_view type);

// FileData helpers (codec_files.cpp), shared with Chatbot and Gallery.
// Checks `v` is a FileData object ({path, url?, size?, orig_name?, mime_type?, is_stream?,
// meta?}); `where` prefixes field errors ("value", "value[2].image").
Json checked_file_data(const Ctx& ctx, const Json& v, const std::string& where);
// A function's returned file (a path or URL string, or a FileData object) as FileData.
Json file_data_from(const Ctx& ctx, const Json& v, const std::string& where);

}  // namespace gr::codec_detail
