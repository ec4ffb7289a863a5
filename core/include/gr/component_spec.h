// Component specs: for each Gradio component type, its config `type` name, Python class
// name, the events it supports (from spec/events-table.json), its prop types and defaults,
// and what its value looks like on the wire. Pure data plus lookups; renderers live in
// js-shim/, value codecs in codec.h.
#pragma once
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <map>
#include <set>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gr/json.h"

namespace gr {

// component: holds a value the user sees; layout: holds other blocks; invisible: holds a
// value but draws nothing (State, Timer); root: the Blocks itself (never in `components`).
enum class BlockKind { component, layout, invisible, root };

// A list of names written as one literal, separated by spaces ("change input select"), and
// iterated as string_views. Tables of them are constant data in the binary: a vector per
// entry was code that ran at start-up (about 17 KB of every app's wasm went to building the
// component and prop tables).
class Words {
public:
    constexpr Words() = default;
    constexpr Words(const char* text) : text_(text) {}  // NOLINT: implicit, for table literals

    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using pointer = const std::string_view*;
        using reference = std::string_view;
        constexpr iterator() = default;
        constexpr explicit iterator(std::string_view rest) : rest_(rest) {}
        constexpr std::string_view operator*() const { return rest_.substr(0, rest_.find(' ')); }
        constexpr iterator& operator++() {
            auto space = rest_.find(' ');
            rest_ = space == std::string_view::npos ? std::string_view() : rest_.substr(space + 1);
            return *this;
        }
        constexpr iterator operator++(int) {
            iterator was = *this;
            ++*this;
            return was;
        }
        constexpr bool operator==(const iterator& o) const { return rest_.size() == o.rest_.size(); }

    private:
        std::string_view rest_;
    };

    constexpr iterator begin() const { return iterator(text_); }
    constexpr iterator end() const { return iterator(); }
    constexpr bool empty() const { return text_.empty(); }
    constexpr std::size_t size() const { return text_.empty() ? 0 : static_cast<std::size_t>(std::count(text_.begin(), text_.end(), ' ')) + 1; }
    constexpr bool contains(std::string_view word) const { return std::find(begin(), end(), word) != end(); }

private:
    std::string_view text_;
};

struct ComponentSpec {
    std::string_view type;        // config `type`, e.g. "textbox"
    std::string_view class_name;  // Python class, e.g. "Textbox"
    BlockKind kind;
    Words events;  // events a listener may be attached to
    std::string_view wire = {};            // the value on the wire, in words (for docs/components.md)
    // Gradio's template classes (ClearButton, …) report their base class's `type`; this names
    // that base class. Empty for ordinary classes.
    std::string_view template_of = {};
    // Whether spec/events-table.json lists the class (the 47); layout blocks and a few
    // extra types Gradio writes in configs (nativeplot, form, api, …) are not in the table.
    bool in_events_table = true;

    bool supports(std::string_view event) const;
};

// The spec for a config `type` (case-sensitive, lower case as Gradio writes it), or null.
// Template classes share their base's type, so find_spec("button") is Button.
const ComponentSpec* find_spec(std::string_view type);
// The spec for a Python class name ("ClearButton", "Tab"), or null.
const ComponentSpec* find_spec_by_class(std::string_view class_name);
// Gradio's constructor defaults for a type's props (an empty object for unknown types).
// A config's own props override them; Gradio drops None-valued props, so absent means default.
const Json& default_props(std::string_view type);
// All specs, in a stable order: the 47 of the events table first, then the rest.
std::span<const ComponentSpec> all_specs();

// What a prop must be, for the props whose meaning Graft relies on. null is always accepted
// (Gradio writes None-valued props only inside gr.render, and it means "the default").
// Returns a description of the expected type ("an integer") when `value` does not fit, or
// nullopt when it fits or the prop is not one Graft checks (unknown props are kept as they are).
std::optional<std::string> check_prop(std::string_view type, std::string_view prop, const Json& value);

// Whether the browser renderer draws this type today (js-shim/renderers/index.js).

}  // namespace gr

namespace gr {

// What the page (js-shim/components/registry.js) draws: each drawn type with what a page
// function receives for it, and the types Gradio draws nothing for.
struct PageComponents {
    std::map<std::string, std::string> drawn;
    std::set<std::string> invisible;
};

// docs/components.md, generated from the specs and the page's registry: one table row per
// class (type, Python class, events, value on the wire, what a page function receives, status
// in the DOM). `graft docs components PAGE.json` prints it; a test keeps the file equal to it.
std::string components_markdown(const PageComponents& page);

}  // namespace gr
