#pragma once

#include <cmath>
#include <string>
#include <string_view>

namespace burnrate {

// Small text helpers shared by the parsers and reports. ASCII only: identifiers, header names and enum-like
// values are compared without locale rules.

// `s` with A-Z turned into a-z (other bytes, UTF-8 included, unchanged).
inline std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// `s` without the leading and trailing characters of `space` (default: ASCII white space).
inline std::string_view trimmed(std::string_view s, std::string_view space = " \t\r\n\f\v")
{
    const auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

// A share (0.41) as a whole percentage ("41%"), rounded half away from zero.
inline std::string percentText(double share)
{
    return std::to_string(static_cast<long long>(std::llround(share * 100))) + "%";
}

} // namespace burnrate
