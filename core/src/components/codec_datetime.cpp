// DateTime's value: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" on the wire; a function receives a
// timestamp (seconds since the epoch), an ISO datetime string or the string itself, per `type`.
// The core has no clock or time-zone database, so times are read and written as UTC and
// relative times ("now - 1h") are refused with a clear message.
#include <cmath>
#include <string>

#include "components/codec_detail.h"

namespace gr::codec_detail {
namespace {

struct Civil {
    long long y;
    int mo, d, h = 0, mi = 0, s = 0;
    bool has_time = false;
};

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
long long days_from_civil(long long y, int m, int d) {
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Civil civil_from_seconds(long long t) {
    long long days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    long long secs = t - days * 86400;
    long long z = days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2), m, d, static_cast<int>(secs / 3600), static_cast<int>(secs % 3600 / 60), static_cast<int>(secs % 60), true};
}

int days_in_month(long long y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// Reads `len` digits at `pos`, or -1.
int digits(const std::string& s, std::size_t pos, std::size_t len) {
    if (pos + len > s.size()) return -1;
    int n = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        n = n * 10 + (s[i] - '0');
    }
    return n;
}

Civil parse(const Ctx& ctx, const std::string& s) {
    if (s.rfind("now", 0) == 0) ctx.fail("relative times like " + shown(s) + " need a clock; give \"YYYY-MM-DD HH:MM:SS\"");
    Civil c{digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2)};
    bool ok = s.size() >= 10 && s[4] == '-' && s[7] == '-' && c.y >= 0 && c.mo >= 0 && c.d >= 0;
    if (ok && s.size() > 10) {
        c.h = digits(s, 11, 2), c.mi = digits(s, 14, 2), c.s = s.size() > 16 ? digits(s, 17, 2) : 0, c.has_time = true;
        ok = (s[10] == ' ' || s[10] == 'T') && s[13] == ':' && (s.size() == 16 || (s.size() == 19 && s[16] == ':')) && c.h >= 0 && c.mi >= 0 && c.s >= 0;
    }
    if (!ok) ctx.fail("expected a date \"YYYY-MM-DD\" or \"YYYY-MM-DD HH:MM:SS\", got " + shown(s));
    if (c.mo < 1 || c.mo > 12 || c.d < 1 || c.d > days_in_month(c.y, c.mo) || c.h > 23 || c.mi > 59 || c.s > 59)
        ctx.fail("no such date or time: " + shown(s));
    return c;
}

std::string two(int n) { return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10); }

std::string format(const Civil& c, bool with_time, char sep) {
    std::string year = std::to_string(c.y);
    std::string out = std::string(year.size() < 4 ? 4 - year.size() : 0, '0') + year + "-" + two(c.mo) + "-" + two(c.d);
    if (with_time) out += sep + two(c.h) + ":" + two(c.mi) + ":" + two(c.s);
    return out;
}

}  // namespace

Json datetime_pre(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    if (!v.is_string()) ctx.fail("expected a date string \"YYYY-MM-DD HH:MM:SS\", got " + shown(v));
    Civil c = parse(ctx, v.get<std::string>());
    const Json& type = ctx.prop("type");
    if (type == "string") return v;
    if (type == "datetime") return format(c, true, 'T');
    return static_cast<double>(days_from_civil(c.y, c.mo, c.d) * 86400 + c.h * 3600 + c.mi * 60 + c.s);
}

Json datetime_post(const Ctx& ctx, const Json& v) {
    if (v.is_null()) return v;
    bool with_time = ctx.prop("include_time") != false;
    if (v.is_number()) {
        double t = v.get<double>();
        // Python's datetime spans years 1 to 9999 (fromtimestamp raises beyond); converting a
        // larger double to long long is undefined (found by fuzz/codec_fuzz.cpp).
        if (!std::isfinite(t) || t < -62135596800.0 || t >= 253402300800.0)
            ctx.fail("expected a timestamp between the years 1 and 9999, got " + shown(v));
        return format(civil_from_seconds(static_cast<long long>(std::floor(t))), with_time, ' ');
    }
    if (!v.is_string()) ctx.fail("expected a date string or a timestamp, got " + shown(v));
    Civil c = parse(ctx, v.get<std::string>());
    return format(c, with_time, ' ');
}

}  // namespace gr::codec_detail
