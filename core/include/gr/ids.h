// Distinct id types, so a component id can never be passed where a dependency id is wanted.
// Gradio uses bare integers for both on the wire; the conversion happens in config.cpp.
#pragma once
#include <cstdint>
#include <functional>

namespace gr {

template <class Tag>
struct Id {
    std::int64_t value = -1;
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t v) : value(v) {}
    constexpr bool valid() const { return value >= 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
    friend constexpr auto operator<=>(Id a, Id b) { return a.value <=> b.value; }
};

using ComponentId = Id<struct ComponentTag>;
using DependencyId = Id<struct DependencyTag>;
using JobId = Id<struct JobTag>;

}  // namespace gr

template <class Tag>
struct std::hash<gr::Id<Tag>> {
    std::size_t operator()(gr::Id<Tag> id) const noexcept { return std::hash<std::int64_t>{}(id.value); }
};
