#include "model/money.h"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace burnrate {

std::optional<Nano> parseDecimalNano(std::string_view s, int scalePow10)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    if (s.empty() || s.size() > 64)
        return std::nullopt;
    bool negative = false;
    std::size_t i = 0;
    if (s[i] == '+' || s[i] == '-') {
        negative = s[i] == '-';
        ++i;
    }
    // Collect up to 38 significant digits and the decimal exponent.
    Int128 mantissa = 0;
    int exponent = 0;
    int digits = 0;
    bool anyDigit = false, seenDot = false;
    bool dropped = false; // digits beyond precision: only used for rounding
    int firstDropped = -1;
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            if (digits < 36) {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0)
                    ++digits;
                if (seenDot)
                    --exponent;
            } else {
                if (!dropped)
                    firstDropped = c - '0';
                dropped = true;
                if (!seenDot)
                    ++exponent;
            }
        } else if (c == '.' && !seenDot) {
            seenDot = true;
        } else {
            break;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (i < s.size()) {
        if (s[i] != 'e' && s[i] != 'E')
            return std::nullopt;
        ++i;
        bool expNeg = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            expNeg = s[i] == '-';
            ++i;
        }
        if (i >= s.size())
            return std::nullopt;
        int e = 0;
        for (; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9')
                return std::nullopt;
            e = e * 10 + (s[i] - '0');
            if (e > 1000)
                return std::nullopt;
        }
        exponent += expNeg ? -e : e;
    }
    // value = mantissa * 10^(exponent + 9 + scalePow10) nano
    int shift = exponent + 9 + scalePow10;
    constexpr Int128 kMax = static_cast<Int128>(INT64_MAX);
    if (mantissa == 0)
        return Nano { 0 };
    if (shift >= 0) {
        for (int k = 0; k < shift; ++k) {
            mantissa *= 10;
            if (mantissa > kMax)
                return std::nullopt;
        }
        (void)firstDropped;
    } else {
        if (shift < -40)
            return Nano { 0 };
        Int128 divisor = 1;
        for (int k = 0; k < -shift; ++k)
            divisor *= 10;
        Int128 q = mantissa / divisor;
        Int128 r = mantissa % divisor;
        if (r * 2 >= divisor)
            ++q;
        mantissa = q;
    }
    if (mantissa > kMax)
        return std::nullopt;
    Nano v = static_cast<Nano>(mantissa);
    return negative ? -v : v;
}

Nano roundNano(Nano nano, int decimals)
{
    if (decimals >= 9)
        return nano;
    if (decimals < 0)
        decimals = 0;
    Nano unit = 1;
    for (int k = decimals; k < 9; ++k)
        unit *= 10;
    Int128 v = nano;
    bool neg = v < 0;
    if (neg)
        v = -v;
    Int128 q = (v + unit / 2) / unit * unit;
    return static_cast<Nano>(neg ? -q : q);
}

std::string formatDecimal(Nano nano, int decimals)
{
    if (decimals < 0)
        decimals = 0;
    if (decimals > 9)
        decimals = 9;
    Int128 v = roundNano(nano, decimals);
    bool neg = v < 0;
    if (neg)
        v = -v;
    auto whole = static_cast<unsigned long long>(v / kNanoPerUsd);
    auto frac = static_cast<unsigned long long>(v % kNanoPerUsd);
    std::string out = neg ? "-" : "";
    out += std::to_string(whole);
    if (decimals > 0) {
        std::string f = std::to_string(frac);
        f.insert(0, 9 - f.size(), '0');
        out += '.';
        out += f.substr(0, static_cast<std::size_t>(decimals));
    }
    return out;
}

std::string formatUsd(Nano nano, int decimals)
{
    std::string plain = formatDecimal(nano, decimals);
    bool neg = !plain.empty() && plain[0] == '-';
    if (neg)
        plain.erase(0, 1);
    auto dot = plain.find('.');
    std::string whole = plain.substr(0, dot);
    std::string rest = dot == std::string::npos ? "" : plain.substr(dot);
    std::string grouped;
    int n = 0;
    for (auto it = whole.rbegin(); it != whole.rend(); ++it) {
        if (n && n % 3 == 0)
            grouped.insert(grouped.begin(), ',');
        grouped.insert(grouped.begin(), *it);
        ++n;
    }
    return (neg ? "-$" : "$") + grouped + rest;
}

Nano saturatingNano(double nano)
{
    if (std::isnan(nano))
        return 0;
    if (nano >= 9.2e18)
        return std::numeric_limits<Nano>::max();
    if (nano <= -9.2e18)
        return std::numeric_limits<Nano>::min();
    return static_cast<Nano>(std::llround(nano));
}

} // namespace burnrate
