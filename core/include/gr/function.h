// Native functions: any C++ callable becomes a NativeFn that takes the listener's input values
// (Gradio wire values, as JSON) and returns what the engine's resolve() expects. Arguments
// convert with nlohmann's get<T>(); a std::tuple return means several outputs. A callable whose
// last parameter is gr::Emitter& can report gr.Progress; one that also returns void is a
// generator: each emit.yield(value) is an intermediate result, the last one stays. Any function
// taking it may show gr.Info / gr.Warning / gr.Success toasts (emit.info(…), emit.warning(…)).
// A gr::image::Image parameter receives a gr.Image input's pixels as Gradio's type="numpy" or
// "pil" would (std::optional<gr::image::Image> when the image may be empty); returning one shows
// it in a gr.Image output. The host prepares and keeps the pixels (Emitter::image_input/output).
// A gr::File parameter receives a file input's bytes with its name (std::optional<gr::File>
// when it may be empty, std::vector<gr::File> for file_count="multiple"); returning one makes
// a downloadable file. gr::Audio receives an Audio input's samples (a WAV file, decoded here) and
// a returned one becomes a WAV file; gr::Table and gr::ChatMessage (gr/values.h) are a
// Dataframe's and a Chatbot's values. gr::update(props[, value]) returns Gradio's gr.update(...).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gr/commands.h"
#include "gr/image/image.h"
#include "gr/json.h"
#include "gr/values.h"

namespace gr {

// A file a function receives or returns: its bytes with the name the user's file had (Gradio's
// type="binary" and type="filepath" in one). The host reads an input's bytes: in the page from
// the file the component holds (blob:), natively from the server's uploaded copy. A returned
// File becomes a new file the output shows and offers for download.
struct File {
    std::string name;                 // orig_name, e.g. "report.txt"
    std::vector<std::uint8_t> bytes;  // the content
    std::string mime_type;            // may be empty: the host guesses from the name
    std::string text() const { return {bytes.begin(), bytes.end()}; }
};

// gr.update(...): new props for an output and, if given, a new value (converted as a returned
// value of that type is: a gr::File becomes a file, an image pixels, …).
template <class T = Json>
struct Update {
    Json props = Json::object();
    std::optional<T> value;
};
inline Update<Json> update(Json props) { return {std::move(props), std::nullopt}; }
template <class T>
Update<std::decay_t<T>> update(Json props, T&& value) {
    return {std::move(props), std::forward<T>(value)};
}

// Gradio's EventData as a parameter (`evt: gr.SelectData` in Python): a C++ function whose
// last parameter (before a trailing gr::Emitter&, if any) is one of these receives the
// event's data there; it is not a listener input. Fields are Gradio's.
// gr.SelectData: what a select event carries.
struct SelectData {
    Json index;                  // the item's index; [row, col] for a Dataframe cell
    Json value;                  // the selected item's value (a Gallery's {image, caption}, …)
    bool selected = true;        // false when the item was deselected
    Json row_value, col_value;   // a Dataframe's row and column of the cell
    static SelectData from(const Json& d) { return {d.value("index", Json()), d.value("value", Json()), d.value("selected", true), d.value("row_value", Json()), d.value("col_value", Json())}; }
};
// gr.LikeData: a Chatbot message liked or disliked.
struct LikeData {
    Json index;   // the message's index
    Json value;   // the message's content
    Json liked;   // true / false, or the option chosen
    static LikeData from(const Json& d) { return {d.value("index", Json()), d.value("value", Json()), d.value("liked", Json())}; }
};
// gr.RetryData / gr.UndoData: the Chatbot message to retry or undo.
struct RetryData {
    Json index, value;
    static RetryData from(const Json& d) { return {d.value("index", Json()), d.value("value", Json())}; }
};
struct UndoData {
    Json index, value;
    static UndoData from(const Json& d) { return {d.value("index", Json()), d.value("value", Json())}; }
};
// gr.EditData: an edited Chatbot message or Dataframe cell.
struct EditData {
    Json index, value, previous_value;
    static EditData from(const Json& d) { return {d.value("index", Json()), d.value("value", Json()), d.value("previous_value", Json())}; }
};
// gr.CopyData: the text a copy button copied.
struct CopyData {
    Json value;
    static CopyData from(const Json& d) { return {d.value("value", Json())}; }
};
// gr.KeyUpData: a Dropdown's key_up.
struct KeyUpData {
    std::string key, input_value;
    static KeyUpData from(const Json& d) { return {d.value("key", std::string()), d.value("input_value", std::string())}; }
};
// gr.DeletedFileData / gr.DownloadData: the file a File component deleted or downloaded.
struct DeletedFileData {
    Json file;  // its FileData
    static DeletedFileData from(const Json& d) { return {d.value("file", Json())}; }
};
struct DownloadData {
    Json file;
    static DownloadData from(const Json& d) { return {d.value("file", Json())}; }
};
// Any event's data as Gradio sends it (gr.EventData's _data).
struct EventData {
    Json data;
};

// A running function's line back to the user. The host (a Session, the native server)
// implements it; a function must not keep it after it returns.
class Emitter {
public:
    virtual ~Emitter() = default;
    // An intermediate result of a generator, shaped like a return value.
    virtual void yield(Json value) = 0;
    // gr.Progress: Gradio's progress_data list [{index, length, unit, progress, desc}].
    virtual void progress_data(Json data) = 0;
    // A message for the user while the function keeps running: Gradio's gr.Info / gr.Warning /
    // gr.Success, sent to the page as a `log` message and shown as a toast. `duration` is in
    // seconds; nullopt keeps the toast until the user closes it (Gradio's duration=None).
    virtual void log(ToastLevel level, const std::string& message, const std::string& title, std::optional<double> duration) = 0;
    // True once the event was cancelled: a generator should return at its next check.
    virtual bool cancelled() const { return false; }
    // The event's data, as Gradio's EventData carries it (a SelectData's {index, value,
    // selected, row_value, col_value}, a LikeData's {index, value, liked}, …); null when the
    // event has none. Gradio's `evt: gr.SelectData` parameter.
    virtual const Json& event_data() const {
        static const Json none;
        return none;
    }
    // The pixels of input `index` when it is a gr.Image whose image the host prepared for a
    // gr::image::Image parameter (decoded, EXIF-oriented, in the component's image_mode);
    // nullptr when the input is empty or the host prepares none.
    virtual const image::Image* image_input(std::size_t index) const {
        (void)index;
        return nullptr;
    }
    // Called when a gr::image::Image parameter finds no pixels for a non-empty input, before
    // the function body runs: a host that prepares images asynchronously (the page's Session)
    // throws here to stop the call and run it again once the pixels are there.
    virtual void images_needed() const {}
    // An image the function returned for its output `index`, as the value a gr.Image output
    // takes (a FileData whose pixels or file the host keeps). Throws when the host cannot.
    virtual Json image_output(image::Image image, std::size_t index) {
        (void)image;
        (void)index;
        throw std::logic_error("this host cannot show an image a C++ function returned");
    }

    // The bytes of a file input (its FileData) when the host has them; nullopt when it has not
    // read them (yet).
    virtual std::optional<std::vector<std::uint8_t>> file_bytes(const Json& file_data) const {
        (void)file_data;
        return std::nullopt;
    }
    // Called when file_bytes has none, before the function body runs: a host that reads files
    // asynchronously (the page) throws here to run the call again once they are read.
    virtual void files_needed() const {}
    // A file the function returned, as the FileData its output takes. Throws when the host
    // cannot keep files.
    virtual Json file_output(File file) {
        (void)file;
        throw std::logic_error("this host cannot keep a file a C++ function returned");
    }

    // gr.Info(message, duration=10, title="Info")
    void info(const std::string& message, const std::string& title = "Info", std::optional<double> duration = 10.0) {
        log(ToastLevel::info, message, title, duration);
    }
    // gr.Warning(message, duration=10, title="Warning")
    void warning(const std::string& message, const std::string& title = "Warning", std::optional<double> duration = 10.0) {
        log(ToastLevel::warning, message, title, duration);
    }
    // gr.Success(message, duration=10, title="Success")
    void success(const std::string& message, const std::string& title = "Success", std::optional<double> duration = 10.0) {
        log(ToastLevel::success, message, title, duration);
    }

    // gr.Progress()(fraction, desc=…)
    void progress(double fraction, const std::string& desc = {}) {
        progress_data(Json::array({{{"index", nullptr}, {"length", nullptr}, {"unit", "steps"}, {"progress", fraction}, {"desc", desc.empty() ? Json() : Json(desc)}}}));
    }
    // gr.Progress().tqdm-style steps: `index` of `length` `unit`.
    void progress(int index, int length, const std::string& desc = {}, const std::string& unit = "steps") {
        progress_data(Json::array({{{"index", index}, {"length", length}, {"unit", unit}, {"progress", nullptr}, {"desc", desc.empty() ? Json() : Json(desc)}}}));
    }
};

using NativeFn = std::function<Json(const Json& inputs, Emitter& emit)>;
using FunctionTable = std::unordered_map<std::string, NativeFn>;

// Thrown by a function to show `message` to the user, like Python's gr.Error.
struct Error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

namespace detail {

template <class T> struct fn_traits : fn_traits<decltype(&T::operator())> {};
template <class R, class... A> struct fn_traits<R (*)(A...)> { using ret = R; using args = std::tuple<A...>; };
template <class R, class... A> struct fn_traits<R(A...)> : fn_traits<R (*)(A...)> {};
template <class C, class R, class... A> struct fn_traits<R (C::*)(A...) const> : fn_traits<R (*)(A...)> {};
template <class C, class R, class... A> struct fn_traits<R (C::*)(A...)> : fn_traits<R (*)(A...)> {};

template <class T> struct is_tuple : std::false_type {};
template <class... T> struct is_tuple<std::tuple<T...>> : std::true_type {};

// Whether the callable's last parameter is Emitter& (it is then not a listener input).
template <class Args, std::size_t N = std::tuple_size_v<Args>>
constexpr bool takes_emitter() {
    if constexpr (N == 0) return false;
    else return std::is_same_v<std::tuple_element_t<N - 1, Args>, Emitter&>;
}

template <class T> struct is_event_data : std::false_type {};
template <> struct is_event_data<EventData> : std::true_type {};
#define GR_EVENT_DATA(T) \
    template <> struct is_event_data<T> : std::true_type {}; \
    inline constexpr const char* event_data_name(T*) { return "gr::" #T; }
GR_EVENT_DATA(SelectData)
GR_EVENT_DATA(LikeData)
GR_EVENT_DATA(RetryData)
GR_EVENT_DATA(UndoData)
GR_EVENT_DATA(EditData)
GR_EVENT_DATA(CopyData)
GR_EVENT_DATA(KeyUpData)
GR_EVENT_DATA(DeletedFileData)
GR_EVENT_DATA(DownloadData)
#undef GR_EVENT_DATA

// Whether the callable takes the event's data: its last parameter, or the one before a
// trailing Emitter&, is one of the EventData types above (by value or const&).
template <class Args, std::size_t N = std::tuple_size_v<Args>>
constexpr bool takes_event() {
    constexpr std::size_t skip = takes_emitter<Args>() ? 1 : 0;
    if constexpr (N < skip + 1) return false;
    else return is_event_data<std::decay_t<std::tuple_element_t<N - 1 - skip, Args>>>::value;
}

// The listener inputs a callable takes: its parameters less the event's data and the Emitter.
template <class Args>
constexpr std::size_t input_count() {
    return std::tuple_size_v<Args> - (takes_emitter<Args>() ? 1 : 0) - (takes_event<Args>() ? 1 : 0);
}

// The event's data as parameter type E.
template <class E>
E event_argument(const Emitter& emit) {
    const Json& d = emit.event_data();
    if constexpr (std::is_same_v<E, EventData>) {
        return {d};
    } else {
        if (!d.is_object())
            throw std::invalid_argument(std::string("the function takes ") + event_data_name(static_cast<E*>(nullptr)) +
                                        ", but its event carries no such data (got " + d.dump() + ")");
        return E::from(d);
    }
}

template <class T> struct is_update : std::false_type {};
template <class T> struct is_update<Update<T>> : std::true_type {};
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_pair : std::false_type {};
template <class A, class B> struct is_pair<std::pair<A, B>> : std::true_type {};

// One returned value (for output `index`) as the component takes it: images and files go to
// the host, an update's value converts as a value of its type.
template <class T>
Json output_value(T&& v, Emitter& emit, std::size_t index) {
    using V = std::decay_t<T>;
    if constexpr (std::is_same_v<V, image::Image>) {
        return emit.image_output(std::forward<T>(v), index);
    } else if constexpr (std::is_same_v<V, File>) {
        return emit.file_output(std::forward<T>(v));
    } else if constexpr (std::is_same_v<V, Audio>) {
        return emit.file_output(File{"audio.wav", audio::encode_wav(v), "audio/wav"});
    } else if constexpr (is_vector<V>::value && !std::is_same_v<V, std::vector<std::uint8_t>>) {
        // A list, item by item: files and images in it go to the host too (a Gallery's
        // std::vector<std::pair<gr::File, std::string>> of images and captions).
        Json out = Json::array();
        for (auto& item : v) out.push_back(output_value(std::move(item), emit, index));
        return out;
    } else if constexpr (is_pair<V>::value) {
        return Json::array({output_value(std::move(v.first), emit, index), output_value(std::move(v.second), emit, index)});
    } else if constexpr (is_optional<V>::value) {
        if (!v) return nullptr;
        return output_value(std::move(*v), emit, index);
    } else if constexpr (is_update<V>::value) {
        if (!v.props.is_object()) throw std::invalid_argument("gr::update takes an object of props, got " + v.props.dump());
        Json out = std::move(v.props);
        out["__type__"] = "update";
        if (v.value) out["value"] = output_value(std::move(*v.value), emit, index);
        return out;
    } else {
        return Json(std::forward<T>(v));
    }
}

template <class T, std::size_t... I>
Json tuple_output(T&& v, Emitter& emit, std::index_sequence<I...>) {
    Json out = Json::array();
    (out.push_back(output_value(std::get<I>(std::forward<T>(v)), emit, I)), ...);
    return out;
}

template <class T>
Json to_output(T&& v, Emitter& emit) {
    using V = std::decay_t<T>;
    if constexpr (is_tuple<V>::value) return tuple_output(std::forward<T>(v), emit, std::make_index_sequence<std::tuple_size_v<V>>{});
    else return output_value(std::forward<T>(v), emit, 0);
}

// Any other argument: nlohmann's get<T>() of the wire value.
template <class V>
V from_json_input(const Json& inputs, std::size_t i) {
    const Json& v = inputs.at(i);
    if constexpr (std::is_same_v<V, std::string>) {
        if (v.is_null()) return {};  // Gradio sends null for an empty value
        // A file (gr.Image with type="filepath", gr.File…): its path as Gradio passes it — the
        // server's copy natively, the page's URL (blob:) in the browser.
        if (v.is_object() && v.contains("meta") && v["meta"].is_object() && v["meta"].value("_type", "") == "gradio.FileData")
            for (const char* key : {"path", "url"})
                if (v.contains(key) && v[key].is_string()) return v[key].get<std::string>();
    }
    try {
        return v.get<V>();
    } catch (const Json::exception&) {
        throw std::invalid_argument("argument " + std::to_string(i + 1) + " cannot take the value " + v.dump());
    } catch (const std::invalid_argument& e) {  // a gr::Table / gr::ChatMessage saying what is wrong
        throw std::invalid_argument("argument " + std::to_string(i + 1) + ": " + e.what());
    }
}

// A gr::image::Image argument: the pixels the host prepared for input i.
inline std::optional<image::Image> image_argument(const Json& inputs, std::size_t i, const Emitter& emit) {
    if (const image::Image* im = emit.image_input(i)) return *im;
    if (inputs.at(i).is_null()) return std::nullopt;
    emit.images_needed();
    throw std::invalid_argument("argument " + std::to_string(i + 1) +
                                " takes an image's pixels, but the input is not a gr.Image whose image this host "
                                "could prepare (take gr::Json to receive the value as it is)");
}

// A gr::File argument from one FileData of input i: its bytes as the host read them.
inline File file_argument(const Json& file_data, std::size_t i, const Emitter& emit) {
    const bool is_file = file_data.is_object() && (file_data.contains("path") || file_data.contains("url"));
    if (!is_file) throw std::invalid_argument("argument " + std::to_string(i + 1) + " takes a file, but the input's value is " + file_data.dump());
    auto text = [&](const char* key) {
        auto it = file_data.find(key);
        return it != file_data.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    // The name without folders (a client may send a local path as orig_name), else the path's.
    std::string name = text("orig_name");
    if (name.empty()) name = text("path").empty() ? text("url") : text("path");
    File f{name.substr(name.find_last_of("/\\") + 1), {}, text("mime_type")};
    auto bytes = emit.file_bytes(file_data);
    if (!bytes) {
        emit.files_needed();
        throw std::invalid_argument("argument " + std::to_string(i + 1) + " takes the bytes of \"" + f.name + "\", which this host could not read");
    }
    f.bytes = std::move(*bytes);
    return f;
}

inline std::vector<File> files_argument(const Json& v, std::size_t i, const Emitter& emit) {
    std::vector<File> out;
    if (v.is_null()) return out;
    if (!v.is_array()) return {file_argument(v, i, emit)};
    for (const Json& f : v) out.push_back(file_argument(f, i, emit));
    return out;
}

// A gr::Audio argument: the samples of input i's WAV file.
inline std::optional<Audio> audio_argument(const Json& inputs, std::size_t i, const Emitter& emit) {
    const Json& v = inputs.at(i);
    if (v.is_null()) return std::nullopt;
    File f = file_argument(v, i, emit);
    try {
        return audio::decode_wav(f.bytes);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument("argument " + std::to_string(i + 1) + " (\"" + f.name + "\"): " + e.what() +
                                    " (take gr::File for other formats)");
    }
}

template <class T>
std::decay_t<T> from_input(const Json& inputs, std::size_t i, const Emitter& emit) {
    using V = std::decay_t<T>;
    if constexpr (std::is_same_v<V, Audio>) {
        auto a = audio_argument(inputs, i, emit);
        if (!a) throw Error("Please provide audio (argument " + std::to_string(i + 1) + " is empty).");
        return std::move(*a);
    } else if constexpr (std::is_same_v<V, std::optional<Audio>>) {
        return audio_argument(inputs, i, emit);
    } else if constexpr (std::is_same_v<V, File> || std::is_same_v<V, std::optional<File>>) {
        const Json& v = inputs.at(i);
        const Json& one = v.is_array() && v.size() == 1 ? v[0] : v;  // file_count="multiple" with one file
        if (one.is_null() || (one.is_array() && one.empty())) {
            if constexpr (std::is_same_v<V, File>) throw Error("Please provide a file (argument " + std::to_string(i + 1) + " is empty).");
            else return std::nullopt;
        }
        if (one.is_array())
            throw std::invalid_argument("argument " + std::to_string(i + 1) + " takes one file, but the input holds " + std::to_string(one.size()) +
                                        " (take std::vector<gr::File>)");
        return file_argument(one, i, emit);
    } else if constexpr (std::is_same_v<V, std::vector<File>>) {
        return files_argument(inputs.at(i), i, emit);
    } else if constexpr (std::is_same_v<V, image::Image>) {
        auto im = image_argument(inputs, i, emit);
        if (!im) throw Error("Please provide an image (argument " + std::to_string(i + 1) + " is empty).");
        return std::move(*im);
    } else if constexpr (std::is_same_v<V, std::optional<image::Image>>) {
        return image_argument(inputs, i, emit);
    } else {
        return from_json_input<V>(inputs, i);
    }
}

template <class F, class Args, std::size_t... I>
Json call(F& f, const Json& inputs, Emitter& emit, std::index_sequence<I...>) {
    using R = typename fn_traits<std::decay_t<F>>::ret;
    auto invoke = [&]() -> decltype(auto) {
        if constexpr (takes_event<Args>()) {
            using E = std::decay_t<std::tuple_element_t<sizeof...(I), Args>>;
            if constexpr (takes_emitter<Args>()) return f(from_input<std::tuple_element_t<I, Args>>(inputs, I, emit)..., event_argument<E>(emit), emit);
            else return f(from_input<std::tuple_element_t<I, Args>>(inputs, I, emit)..., event_argument<E>(emit));
        } else if constexpr (takes_emitter<Args>()) {
            return f(from_input<std::tuple_element_t<I, Args>>(inputs, I, emit)..., emit);
        } else {
            return f(from_input<std::tuple_element_t<I, Args>>(inputs, I, emit)...);
        }
    };
    if constexpr (std::is_void_v<R>) {
        invoke();
        return nullptr;
    } else {
        return to_output(invoke(), emit);
    }
}

}  // namespace detail

// A generator: takes gr::Emitter& last and returns void.
template <class F>
constexpr bool is_generator_fn() {
    if constexpr (std::is_null_pointer_v<F>) {
        return false;
    } else {
        using T = detail::fn_traits<std::decay_t<F>>;
        return detail::takes_emitter<typename T::args>() && std::is_void_v<typename T::ret>;
    }
}

// No function (Gradio's fn=None): the listener runs no function of its own.
inline NativeFn native_fn(std::nullptr_t) { return {}; }

// Wraps a callable taking N typed arguments (plus, optionally, the event's data as
// gr::SelectData, gr::LikeData, … gr::EventData, and a trailing gr::Emitter&); it must be called
// with exactly N inputs.
template <class F>
NativeFn native_fn(F f) {
    using Args = typename detail::fn_traits<std::decay_t<F>>::args;
    constexpr std::size_t n = detail::input_count<Args>();
    return [f = std::move(f)](const Json& inputs, Emitter& emit) mutable -> Json {
        if (!inputs.is_array() || inputs.size() != n)
            throw std::invalid_argument("function takes " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + " but the listener gives " +
                                        std::to_string(inputs.is_array() ? inputs.size() : 1));
        return detail::call<F, Args>(f, inputs, emit, std::make_index_sequence<n>{});
    };
}

// A listener's validator, Gradio's `validator=`: any callable taking the listener's inputs (as
// a function does) and returning one gr::validate(…) per input — a std::tuple, a
// std::vector<gr::Json>, or a single one for the first input. It runs before the function;
// an invalid input is marked with its message and the function does not run.
class Validator {
public:
    Validator() = default;
    template <class F>
        requires(!std::is_same_v<std::decay_t<F>, Validator>)
    Validator(F f) : fn_(native_fn(std::move(f))) {}
    explicit operator bool() const { return static_cast<bool>(fn_); }
    const NativeFn& fn() const { return fn_; }

private:
    NativeFn fn_;
};

// gr.validate(is_valid, message): one input's verdict.
inline Json validate(bool is_valid, const std::string& message = {}) {
    return {{"__type__", "validate"}, {"is_valid", is_valid}, {"message", message}};
}

}  // namespace gr
