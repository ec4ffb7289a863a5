// The C++ builder API, named like Gradio's Python API: Blocks, rows and columns create
// components; a component's event methods register listeners. It builds the same App model
// a config describes, plus a table of the native functions its listeners call.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gr/app.h"
#include "gr/builder_props.h"
#include "gr/function.h"

namespace gr {

struct BlocksOptions {
    std::string title = "Gradio";
    std::optional<std::string> css;
};

// Listener parameters beyond fn/inputs/outputs, by Gradio's names and with its defaults.
// Designated initializers name them: `{.api_name = "greet", .concurrency_limit = {…}}`.
struct ListenerOptions {
    std::string api_name;  // default: "fn_<dependency id>"
    std::optional<TriggerMode> trigger_mode;  // default: by the event (see default_trigger_mode)
    ShowProgress show_progress = ShowProgress::full;
    bool queue = true;
    Json api_description = nullptr;  // a string, null (the docstring) or false (none)
    bool scroll_to_output = false;
    std::optional<std::vector<ComponentId>> show_progress_on;
    bool batch = false;
    int max_batch_size = 4;
    bool preprocess = true;
    bool postprocess = true;
    std::vector<DependencyId> cancels;  // listeners to cancel: `listener.id()`
    ConcurrencyLimit concurrency_limit;  // Gradio's "default" unless set
    std::optional<std::string> concurrency_id;
    ApiVisibility api_visibility = ApiVisibility::public_;
    std::optional<double> time_limit;  // seconds a generator or a stream may run
    double stream_every = 0.5;         // seconds between a stream's chunks
    std::optional<std::string> js;     // a frontend function run first, as in Gradio
    Json key = nullptr;
    Validator validator;  // runs before the function; registered as "<api_name>_validator"
};

namespace detail { struct BuildState; }
class ComponentRef;

// A handle on a listener, for chaining `.then`/`.success`/`.failure`.
class EventListener {
public:
    EventListener(std::shared_ptr<detail::BuildState> s, DependencyId id) : state_(std::move(s)), id_(id) {}
    DependencyId id() const { return id_; }
    template <class F>
    EventListener then(F fn, std::vector<ComponentRef> inputs, std::vector<ComponentRef> outputs, ListenerOptions o = {});
    template <class F>
    EventListener success(F fn, std::vector<ComponentRef> inputs, std::vector<ComponentRef> outputs, ListenerOptions o = {});
    template <class F>
    EventListener failure(F fn, std::vector<ComponentRef> inputs, std::vector<ComponentRef> outputs, ListenerOptions o = {});

private:
    std::shared_ptr<detail::BuildState> state_;
    DependencyId id_;
};

// A handle on a component in a Blocks being built. Event methods are checked against the
// component's spec: attaching an event the component lacks throws std::invalid_argument.
class ComponentRef {
public:
    ComponentRef(std::shared_ptr<detail::BuildState> s, ComponentId id) : state_(std::move(s)), id_(id) {}
    ComponentId id() const { return id_; }

    template <class F>
    EventListener on(std::string event, F fn, std::vector<ComponentRef> inputs, std::vector<ComponentRef> outputs, ListenerOptions o = {});
    template <class F> EventListener click(F fn, std::vector<ComponentRef> i, std::vector<ComponentRef> o, ListenerOptions opt = {}) { return on("click", std::move(fn), i, o, opt); }
    template <class F> EventListener change(F fn, std::vector<ComponentRef> i, std::vector<ComponentRef> o, ListenerOptions opt = {}) { return on("change", std::move(fn), i, o, opt); }
    template <class F> EventListener input(F fn, std::vector<ComponentRef> i, std::vector<ComponentRef> o, ListenerOptions opt = {}) { return on("input", std::move(fn), i, o, opt); }
    template <class F> EventListener submit(F fn, std::vector<ComponentRef> i, std::vector<ComponentRef> o, ListenerOptions opt = {}) { return on("submit", std::move(fn), i, o, opt); }

private:
    std::shared_ptr<detail::BuildState> state_;
    ComponentId id_;
};

// A handle inside Json props is its id: `{"buttons", {"copy", refresh}}` gives a component Gradio 6's
// custom button `refresh` (a button()), drawn in its toolbar; the Button leaves the layout.
inline void to_json(Json& j, const ComponentRef& c) { j = {{"id", c.id().value}}; }

// Rows, columns and the Blocks itself: anything that holds components. One method per
// Gradio class (snake_case of its name); typed props for the common ones, Gradio-named Json
// props for the rest. Definitions: builder/blocks.cpp and builder/components.cpp.
class BlockContext {
public:
    // Text and numbers
    ComponentRef textbox(TextboxProps p = {});
    ComponentRef number(NumberProps p = {});
    ComponentRef slider(SliderProps p = {});
    ComponentRef checkbox(CheckboxProps p = {});
    ComponentRef markdown(std::string value, MarkdownProps p = {});
    ComponentRef html(std::string value = "", Json props = Json::object());
    ComponentRef code(Json props = Json::object());
    ComponentRef color_picker(Json props = Json::object());
    ComponentRef date_time(Json props = Json::object());
    ComponentRef multimodal_textbox(Json props = Json::object());
    ComponentRef dialogue(Json props = Json::object());
    // Choices
    ComponentRef dropdown(ChoiceProps p = {});
    ComponentRef radio(ChoiceProps p = {});
    ComponentRef checkbox_group(ChoiceProps p = {});
    // Buttons (ClearButton, DeepLinkButton, DuplicateButton and LoginButton are `button`s in
    // the config, as in Gradio)
    ComponentRef button(std::string value = "Run", ButtonProps p = {});
    ComponentRef clear_button(Json props = Json::object());
    ComponentRef deep_link_button(Json props = Json::object());
    ComponentRef duplicate_button(Json props = Json::object());
    ComponentRef login_button(Json props = Json::object());
    ComponentRef download_button(Json props = Json::object());
    ComponentRef upload_button(Json props = Json::object());
    // Data and media
    ComponentRef json(Json props = Json::object());
    ComponentRef label(Json props = Json::object());
    ComponentRef dataframe(Json props = Json::object());
    ComponentRef dataset(Json props = Json::object());
    ComponentRef highlighted_text(Json props = Json::object());
    ComponentRef chatbot(Json props = Json::object());
    ComponentRef file(Json props = Json::object());
    ComponentRef file_explorer(Json props = Json::object());
    ComponentRef image(Json props = Json::object());
    ComponentRef image_editor(Json props = Json::object());
    ComponentRef image_slider(Json props = Json::object());
    ComponentRef simple_image(Json props = Json::object());
    ComponentRef annotated_image(Json props = Json::object());
    ComponentRef audio(Json props = Json::object());
    ComponentRef video(Json props = Json::object());
    ComponentRef model3d(Json props = Json::object());
    ComponentRef gallery(Json props = Json::object());
    ComponentRef bar_plot(Json props = Json::object());
    ComponentRef line_plot(Json props = Json::object());
    ComponentRef scatter_plot(Json props = Json::object());
    ComponentRef plot(Json props = Json::object());
    ComponentRef navbar(Json props = Json::object());
    ComponentRef param_viewer(Json props = Json::object());
    // Invisible blocks
    ComponentRef state(Json value = nullptr);
    ComponentRef browser_state(Json value = nullptr, Json props = Json::object());
    ComponentRef timer(double interval = 1.0, bool active = true);
    // Layout blocks
    BlockContext row(RowProps p = {});
    BlockContext column(ColumnProps p = {});
    BlockContext group(Json props = Json::object());
    BlockContext form(Json props = Json::object());
    BlockContext tabs(Json props = Json::object());
    BlockContext tab(std::string label, PanelProps p = {});
    BlockContext accordion(std::string label, PanelProps p = {});
    BlockContext sidebar(PanelProps p = {});
    // Any component type by its Gradio config name, with props by Gradio's names.
    ComponentRef component(std::string type, Json props = Json::object());
    ComponentId id() const { return id_; }
    // This block as a component handle, for listeners on layout blocks (tab.select, accordion.expand).
    ComponentRef handle() const { return {state_, id_}; }

protected:
    BlockContext(std::shared_ptr<detail::BuildState> s, ComponentId id) : state_(std::move(s)), id_(id) {}
    // A typed method's component: `link` links its type's value codecs alone (gr/codec.h),
    // where component(type) links them all.
    template <class Link>
    ComponentRef linked(Link link, std::string type, Json props) {
        link();
        return add_component(std::move(type), std::move(props));
    }
    ComponentRef add_component(std::string type, Json props);
    std::shared_ptr<detail::BuildState> state_;
    ComponentId id_;
};

class Blocks : public BlockContext {
public:
    explicit Blocks(BlocksOptions options = {});
    // The app as built so far, and the native functions its listeners call.
    App app() const;
    const FunctionTable& functions() const;
    // In the browser: hands the app to the page's runtime. Natively: prints the config.
    void launch() const;
};

namespace detail {

struct ListenerSpec {
    std::vector<Target> targets;
    std::vector<ComponentId> inputs, outputs;
    NativeFn fn;
    ListenerOptions options;
    std::optional<DependencyId> trigger_after;
    bool only_on_success = false, only_on_failure = false;
    bool generator = false;  // the function yields (see gr::is_generator_fn)
};
DependencyId add_listener(BuildState& s, ListenerSpec spec);
void check_event(const BuildState& s, ComponentId id, const std::string& event);
std::vector<ComponentId> ids_of(const std::vector<ComponentRef>& cs);

}  // namespace detail

template <class F>
EventListener ComponentRef::on(std::string event, F fn, std::vector<ComponentRef> inputs, std::vector<ComponentRef> outputs, ListenerOptions o) {
    detail::check_event(*state_, id_, event);
    auto id = detail::add_listener(*state_, {{{id_, std::move(event)}}, detail::ids_of(inputs), detail::ids_of(outputs), native_fn(std::move(fn)), std::move(o), std::nullopt, false, false, is_generator_fn<F>()});
    return {state_, id};
}

template <class F>
EventListener EventListener::then(F fn, std::vector<ComponentRef> inputs, std::vector<ComponentRef> outputs, ListenerOptions o) {
    auto id = detail::add_listener(*state_, {{{ComponentId(), "then"}}, detail::ids_of(inputs), detail::ids_of(outputs), native_fn(std::move(fn)), std::move(o), id_, false, false, is_generator_fn<F>()});
    return {state_, id};
}
template <class F>
EventListener EventListener::success(F fn, std::vector<ComponentRef> inputs, std::vector<ComponentRef> outputs, ListenerOptions o) {
    auto id = detail::add_listener(*state_, {{{ComponentId(), "success"}}, detail::ids_of(inputs), detail::ids_of(outputs), native_fn(std::move(fn)), std::move(o), id_, true, false, is_generator_fn<F>()});
    return {state_, id};
}
template <class F>
EventListener EventListener::failure(F fn, std::vector<ComponentRef> inputs, std::vector<ComponentRef> outputs, ListenerOptions o) {
    auto id = detail::add_listener(*state_, {{{ComponentId(), "failure"}}, detail::ids_of(inputs), detail::ids_of(outputs), native_fn(std::move(fn)), std::move(o), id_, false, true, is_generator_fn<F>()});
    return {state_, id};
}

// The platform's launch: defined once per platform (wasm/app_launch.cpp, cli/native_launch.cpp),
// so only programs that call launch() need one.
void launch_on_platform(const Blocks& blocks);
inline void Blocks::launch() const { launch_on_platform(*this); }

}  // namespace gr
