// Native functions: any C++ callable becomes a NativeFn that takes the listener's input values
// (Gradio wire values, as JSON) and returns what the engine's resolve() expects. Arguments
// convert with nlohmann's get<T>(); a std::tuple return means several outputs.
#pragma once
#include <functional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "gr/json.h"

namespace gr {

using NativeFn = std::function<Json(const Json& inputs)>;
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

template <class T>
Json to_output(T&& v) {
    if constexpr (is_tuple<std::decay_t<T>>::value) {
        Json out = Json::array();
        std::apply([&](auto&&... xs) { (out.push_back(Json(std::forward<decltype(xs)>(xs))), ...); }, std::forward<T>(v));
        return out;
    } else {
        return Json(std::forward<T>(v));
    }
}

template <class T>
std::decay_t<T> from_input(const Json& inputs, std::size_t i) {
    using V = std::decay_t<T>;
    const Json& v = inputs.at(i);
    if constexpr (std::is_same_v<V, std::string>) {
        if (v.is_null()) return {};  // Gradio sends null for an empty value
    }
    try {
        return v.get<V>();
    } catch (const Json::exception&) {
        throw std::invalid_argument("argument " + std::to_string(i + 1) + " cannot take the value " + v.dump());
    }
}

template <class F, class Args, std::size_t... I>
Json call(F& f, const Json& inputs, std::index_sequence<I...>) {
    using R = typename fn_traits<std::decay_t<F>>::ret;
    if constexpr (std::is_void_v<R>) {
        f(from_input<std::tuple_element_t<I, Args>>(inputs, I)...);
        return nullptr;
    } else {
        return to_output(f(from_input<std::tuple_element_t<I, Args>>(inputs, I)...));
    }
}

}  // namespace detail

// Wraps a callable taking N typed arguments; it must be called with exactly N inputs.
template <class F>
NativeFn native_fn(F f) {
    if constexpr (std::is_convertible_v<F, NativeFn> && std::is_invocable_r_v<Json, F, const Json&> &&
                  std::is_same_v<typename detail::fn_traits<std::decay_t<F>>::args, std::tuple<const Json&>>) {
        return f;
    } else {
        using Args = typename detail::fn_traits<std::decay_t<F>>::args;
        constexpr std::size_t n = std::tuple_size_v<Args>;
        return [f = std::move(f)](const Json& inputs) mutable -> Json {
            if (!inputs.is_array() || inputs.size() != n)
                throw std::invalid_argument("function takes " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + " but the listener gives " +
                                            std::to_string(inputs.is_array() ? inputs.size() : 1));
            return detail::call<F, Args>(f, inputs, std::make_index_sequence<n>{});
        };
    }
}

}  // namespace gr
