// App lookups and the string tables of the listener enums (one table each, both ways).
#include "gr/app.h"
#include "gr/component_spec.h"
#include "gr/problem.h"

#include <algorithm>
#include <array>
#include <utility>

namespace gr {
namespace {

constexpr std::array<std::pair<TriggerMode, std::string_view>, 3> trigger_modes{{
    {TriggerMode::once, "once"},
    {TriggerMode::multiple, "multiple"},
    {TriggerMode::always_last, "always_last"},
}};
constexpr std::array<std::pair<ShowProgress, std::string_view>, 3> show_progresses{{
    {ShowProgress::full, "full"},
    {ShowProgress::minimal, "minimal"},
    {ShowProgress::hidden, "hidden"},
}};

constexpr std::array<std::pair<ApiVisibility, std::string_view>, 3> api_visibilities{{
    {ApiVisibility::public_, "public"},
    {ApiVisibility::private_, "private"},
    {ApiVisibility::undocumented, "undocumented"},
}};

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
    for (auto& [v, s] : table)
        if (v == e) return s;
    return {};
}

template <class E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s) {
    for (auto& [v, name] : table)
        if (name == s) return v;
    return std::nullopt;
}

}  // namespace

const Component* App::component(ComponentId id) const {
    auto it = std::find_if(components.begin(), components.end(), [&](auto& c) { return c.id == id; });
    return it == components.end() ? nullptr : &*it;
}

const Dependency* App::dependency(DependencyId id) const {
    auto it = std::find_if(dependencies.begin(), dependencies.end(), [&](auto& d) { return d.id == id; });
    return it == dependencies.end() ? nullptr : &*it;
}

std::string App::title() const {
    auto it = extra.find("title");
    return it != extra.end() && it->is_string() ? it->get<std::string>() : "Gradio";
}

bool is_interactive(const App& app, const Component& c) {
    if (auto it = c.props.find("interactive"); it != c.props.end() && it->is_boolean()) return it->get<bool>();
    const Json& defaults = default_props(c.type);
    if (auto it = defaults.find("interactive"); it != defaults.end()) return it->get<bool>();
    bool input = false, output = false;
    for (auto& d : app.dependencies) {
        input = input || std::find(d.inputs.begin(), d.inputs.end(), c.id) != d.inputs.end();
        output = output || std::find(d.outputs.begin(), d.outputs.end(), c.id) != d.outputs.end();
    }
    if (input) return true;
    auto v = c.props.find("value");
    bool no_value = v == c.props.end() || v->is_null() || *v == false || *v == 0 || *v == "" || (v->is_array() && v->empty());
    return !output && no_value;
}

TriggerMode default_trigger_mode(std::string_view event) {
    if (event == "change" || event == "key_up") return TriggerMode::always_last;
    if (event == "stream") return TriggerMode::multiple;
    return TriggerMode::once;
}

std::string_view to_string(TriggerMode m) { return name_of(trigger_modes, m); }
std::optional<TriggerMode> trigger_mode_from(std::string_view s) { return value_of(trigger_modes, s); }
std::string_view to_string(ShowProgress p) { return name_of(show_progresses, p); }
std::optional<ShowProgress> show_progress_from(std::string_view s) { return value_of(show_progresses, s); }
std::string_view to_string(ApiVisibility v) { return name_of(api_visibilities, v); }
std::optional<ApiVisibility> api_visibility_from(std::string_view s) { return value_of(api_visibilities, s); }

std::string format_problems(const Problems& problems) {
    std::string out;
    for (auto& p : problems) out += p.path + ": " + p.message + "\n";
    return out;
}

}  // namespace gr
