#include "model/timeutil.h"

#include <cstdio>

namespace burnrate {

// Howard Hinnant's civil-calendar algorithms (public domain).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

namespace {

bool digitsAt(std::string_view s, std::size_t pos, std::size_t n, int& out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

unsigned daysInMonth(int y, unsigned m)
{
    static const unsigned kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return kDays[m - 1];
}

std::optional<Epoch> parseDatePart(std::string_view s)
{
    int y, mo, d;
    if (s.size() < 10 || !digitsAt(s, 0, 4, y) || s[4] != '-' || !digitsAt(s, 5, 2, mo) || s[7] != '-'
        || !digitsAt(s, 8, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(mo)))
        return std::nullopt;
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * kSecondsPerDay;
}

} // namespace

std::optional<Epoch> parseDate(std::string_view s)
{
    if (s.size() != 10)
        return std::nullopt;
    return parseDatePart(s);
}

std::optional<Epoch> parseTimestamp(std::string_view s)
{
    auto day = parseDatePart(s);
    if (!day)
        return std::nullopt;
    if (s.size() == 10)
        return day;
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        return std::nullopt;
    int hh, mm, ss = 0;
    if (!digitsAt(s, 11, 2, hh) || s.size() < 16 || s[13] != ':' || !digitsAt(s, 14, 2, mm))
        return std::nullopt;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digitsAt(s, 17, 2, ss))
            return std::nullopt;
        pos = 19;
    }
    if (hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        std::size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
            ++pos;
        if (pos == start || pos - start > 9)
            return std::nullopt;
    }
    Epoch t = *day + hh * 3600 + mm * 60 + ss;
    if (pos == s.size())
        return t; // no offset: UTC
    if (s[pos] == 'Z' || s[pos] == 'z')
        return pos + 1 == s.size() ? std::optional<Epoch>(t) : std::nullopt;
    if (s[pos] == '+' || s[pos] == '-') {
        int sign = s[pos] == '-' ? -1 : 1;
        int oh, om = 0;
        if (!digitsAt(s, pos + 1, 2, oh))
            return std::nullopt;
        std::size_t p = pos + 3;
        if (p < s.size() && s[p] == ':')
            ++p;
        if (p < s.size()) {
            if (!digitsAt(s, p, 2, om))
                return std::nullopt;
            p += 2;
        }
        if (p != s.size() || oh > 23 || om > 59)
            return std::nullopt;
        return t - sign * (oh * 3600 + om * 60);
    }
    return std::nullopt;
}

std::string formatDate(Epoch t)
{
    int y;
    unsigned m, d;
    civilFromDays(floorDay(t) / kSecondsPerDay, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
}

std::string formatTimestamp(Epoch t)
{
    Epoch day = floorDay(t);
    Epoch rem = t - day;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", formatDate(t).c_str(), static_cast<int>(rem / 3600),
        static_cast<int>(rem % 3600 / 60), static_cast<int>(rem % 60));
    return buf;
}

Epoch floorDay(Epoch t)
{
    Epoch r = t % kSecondsPerDay;
    if (r < 0)
        r += kSecondsPerDay;
    return t - r;
}

Epoch floorHour(Epoch t)
{
    Epoch r = t % 3600;
    if (r < 0)
        r += 3600;
    return t - r;
}

Epoch floorWeek(Epoch t)
{
    std::int64_t days = floorDay(t) / kSecondsPerDay;
    // 1970-01-01 was a Thursday; Monday-based weekday = (days + 3) mod 7
    std::int64_t wd = ((days + 3) % 7 + 7) % 7;
    return (days - wd) * kSecondsPerDay;
}

Epoch floorMonth(Epoch t)
{
    int y;
    unsigned m, d;
    civilFromDays(floorDay(t) / kSecondsPerDay, y, m, d);
    return daysFromCivil(y, m, 1) * kSecondsPerDay;
}

Epoch floorQuarter(Epoch t)
{
    int y;
    unsigned m, d;
    civilFromDays(floorDay(t) / kSecondsPerDay, y, m, d);
    unsigned qm = (m - 1) / 3 * 3 + 1;
    return daysFromCivil(y, qm, 1) * kSecondsPerDay;
}

Epoch addMonths(Epoch monthStart, int months)
{
    int y;
    unsigned m, d;
    civilFromDays(floorDay(monthStart) / kSecondsPerDay, y, m, d);
    int total = y * 12 + static_cast<int>(m - 1) + months;
    int ny = total / 12;
    int nm = total % 12;
    if (nm < 0) {
        nm += 12;
        --ny;
    }
    return daysFromCivil(ny, static_cast<unsigned>(nm + 1), 1) * kSecondsPerDay;
}

} // namespace burnrate
