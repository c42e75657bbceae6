#pragma once

// Tolerant accessors for provider JSON (internal to core/sources). Unknown fields are ignored,
// null means "not grouped" and becomes "", missing counters are 0.

#include "model/money.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

namespace burnrate::jsonutil {

using json = nlohmann::json;

// A string field; "" when missing or null. Numbers and booleans are rendered as text.
inline std::string str(const json& o, const char* key)
{
    if (!o.is_object())
        return {};
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_number() || it->is_boolean())
        return it->dump();
    return {};
}

// A non-negative integer counter; nullopt when present but not a sane count (negative,
// fractional, not a number, absurdly large). Missing or null is 0.
inline std::optional<std::int64_t> count(const json& o, const char* key)
{
    if (!o.is_object())
        return 0;
    auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return 0;
    constexpr std::int64_t kMax = std::int64_t(1) << 53;
    if (it->is_number_unsigned()) {
        auto v = it->get<std::uint64_t>();
        if (v > static_cast<std::uint64_t>(kMax))
            return std::nullopt;
        return static_cast<std::int64_t>(v);
    }
    if (it->is_number_integer()) {
        auto v = it->get<std::int64_t>();
        if (v < 0 || v > kMax)
            return std::nullopt;
        return v;
    }
    if (it->is_number_float()) {
        // Some aggregates report token totals as floats ("36.0").
        double d = it->get<double>();
        if (!std::isfinite(d) || d < 0 || d > static_cast<double>(kMax) || d != std::floor(d))
            return std::nullopt;
        return static_cast<std::int64_t>(d);
    }
    return std::nullopt;
}

// A decimal amount given as a JSON number or a numeric string, in nano-units after scaling by
// 10^scalePow10. The number's shortest text form is parsed, so no double arithmetic happens.
inline std::optional<Nano> decimal(const json& v, int scalePow10 = 0)
{
    if (v.is_string())
        return parseDecimalNano(v.get_ref<const std::string&>(), scalePow10);
    if (v.is_number_integer() || v.is_number_unsigned())
        return parseDecimalNano(v.dump(), scalePow10);
    if (v.is_number_float()) {
        if (!std::isfinite(v.get<double>()))
            return std::nullopt;
        return parseDecimalNano(v.dump(), scalePow10);
    }
    return std::nullopt;
}

inline const json* member(const json& o, const char* key)
{
    if (!o.is_object())
        return nullptr;
    auto it = o.find(key);
    return it == o.end() ? nullptr : &*it;
}

} // namespace burnrate::jsonutil
