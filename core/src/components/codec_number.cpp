// Number-valued components: Number (precision, minimum/maximum, as gradio/components/number.py),
// Slider (bounds; a missing or out-of-range returned value becomes `minimum`, as Slider's
// documentation states), Checkbox and Timer.
#include <cmath>
#include <cstdlib>
#include <cctype>
#include <string>

#include "components/codec_detail.h"

namespace gr::codec_detail {
namespace {

// A JSON number, or a string holding one (Gradio applies float() to Number's payload).
double number_of(const Ctx& ctx, const Json& v) {
    if (v.is_number()) return v.get<double>();
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        char* end = nullptr;
        double d = s.empty() || std::isspace(static_cast<unsigned char>(s[0])) ? NAN : std::strtod(s.c_str(), &end);
        if (end == s.c_str() + s.size() && std::isfinite(d)) return d;
    }
    ctx.fail("expected a number, got " + shown(v));
}

// Python's round(x, n): halves go to the even neighbour.
double round_half_even(double x, int digits) {
    double scale = std::pow(10.0, digits);
    return std::nearbyint(x * scale) / scale;
}

// Number._round_to_precision: None keeps the number, 0 makes an int, n rounds to n places.
Json with_precision(const Ctx& ctx, const Json& original, double x) {
    const Json& precision = ctx.prop("precision");
    if (precision.is_null()) return original.is_number() ? original : Json(x);
    if (!precision.is_number_integer() || precision.get<int>() < 0) ctx.fail("precision must be a whole number ≥ 0, got " + shown(precision));
    int p = precision.get<int>();
    if (p == 0) return static_cast<long long>(std::nearbyint(x));
    return round_half_even(x, p);
}

std::string python_number(const Json& original, double x) { return original.is_number() ? original.dump() : Json(x).dump(); }

Json number_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    double x = number_of(ctx, v);
    const Json& lo = ctx.prop("minimum");
    const Json& hi = ctx.prop("maximum");
    if (lo.is_number() && x < lo.get<double>()) ctx.fail("Value " + python_number(v, x) + " is less than minimum value " + lo.dump() + ".");
    if (hi.is_number() && x > hi.get<double>()) ctx.fail("Value " + python_number(v, x) + " is greater than maximum value " + hi.dump() + ".");
    return with_precision(ctx, v, x);
}

Json number_post(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    return with_precision(ctx, v, number_of(ctx, v));
}

struct Bounds {
    double lo, hi;
};

Bounds slider_bounds(const Ctx& ctx) {
    const Json& lo = ctx.prop("minimum");
    const Json& hi = ctx.prop("maximum");
    const Json& step = ctx.prop("step");
    if (!lo.is_number() || !hi.is_number() || lo.get<double>() > hi.get<double>())
        ctx.fail("minimum and maximum must be numbers with minimum ≤ maximum, got " + shown(lo) + " and " + shown(hi));
    if (step.is_number() && step.get<double>() <= 0) ctx.fail("step must be greater than 0, got " + step.dump());
    return {lo.get<double>(), hi.get<double>()};
}

Json slider_pre(const Ctx& ctx, const Json& v) {
    Bounds b = slider_bounds(ctx);
    if (!v.is_number()) ctx.fail("expected a number, got " + shown(v));
    double x = v.get<double>();
    if (x < b.lo) ctx.fail("Value " + v.dump() + " is less than minimum value " + ctx.prop("minimum").dump() + ".");
    if (x > b.hi) ctx.fail("Value " + v.dump() + " is greater than maximum value " + ctx.prop("maximum").dump() + ".");
    return v;
}

Json slider_post(const Ctx& ctx, const Json& v) {
    Bounds b = slider_bounds(ctx);
    if (v.is_null()) return ctx.prop("minimum");
    double x = number_of(ctx, v);
    if (x < b.lo || x > b.hi) return ctx.prop("minimum");
    return v.is_number() ? v : Json(x);
}

Json checkbox_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null() || v.is_boolean()) return v;
    ctx.fail("expected true or false, got " + shown(v));
}

// A returned number counts by Python truthiness (bool(value)); anything else is a mistake.
Json checkbox_post(const Ctx& ctx, const Json& v) {
    if (v.is_null() || v.is_boolean()) return v;
    if (v.is_number()) return v.get<double>() != 0;
    ctx.fail("expected true or false, got " + shown(v));
}

Json timer_value(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!v.is_number() || v.get<double>() <= 0) ctx.fail("expected an interval in seconds (a number > 0), got " + shown(v));
    return v;
}

const Codec number{number_pre, number_post};
const Codec slider{slider_pre, slider_post};
const Codec checkbox{checkbox_pre, checkbox_post};
const Codec timer{timer_value, timer_value};

}  // namespace

const Codec* number_codec(std::string_view type) {
    if (type == "number") return &number;
    if (type == "slider") return &slider;
    if (type == "checkbox") return &checkbox;
    if (type == "timer") return &timer;
    return nullptr;
}

}  // namespace gr::codec_detail
