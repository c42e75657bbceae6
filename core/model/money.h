#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace burnrate {

// Money is an integer count of nano-USD (1e-9 USD). No floating point in sums.
using Nano = std::int64_t;

constexpr Nano kNanoPerUsd = 1'000'000'000;

// 128-bit intermediate for products of money and counts (a GCC/Clang extension).
__extension__ typedef __int128 Int128;

// Parses a plain or exponent decimal ("12.5", "-0.000001", "2.5e-06", "10e-06") into nano-units of
// its unit, scaled by 10^scalePow10 first (e.g. scalePow10 = 6 turns a per-token price into a
// per-million price). Rounds half away from zero at the nano digit. nullopt on anything else or overflow.
std::optional<Nano> parseDecimalNano(std::string_view text, int scalePow10 = 0);

// Formats nano-USD as a plain decimal with `decimals` places (0..9), rounded half away from zero.
std::string formatDecimal(Nano nano, int decimals);

// "$1,234.56" style, for reports; decimals chosen by the caller.
std::string formatUsd(Nano nano, int decimals = 2);

// Rounds nano to `decimals` places, returned in nano units (so sums of rounded values are exact).
Nano roundNano(Nano nano, int decimals);

// sum += v unless that overflows (then false and sum is unspecified): a total that does not fit is an error.
inline bool addChecked(std::int64_t& sum, std::int64_t v)
{
    return !__builtin_add_overflow(sum, v, &sum);
}

// A floating-point estimate (a forecast, a baseline) as nano-USD: rounded, saturated at the int64 limits,
// 0 for NaN. Never for sums of stored amounts, which are integers throughout.
Nano saturatingNano(double nano);

} // namespace burnrate
