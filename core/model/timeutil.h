#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace burnrate {

// Time is UTC epoch seconds.
using Epoch = std::int64_t;

constexpr Epoch kSecondsPerDay = 86400;

// Days since 1970-01-01 for a civil date (proleptic Gregorian).
std::int64_t daysFromCivil(int y, unsigned m, unsigned d);
void civilFromDays(std::int64_t z, int& y, unsigned& m, unsigned& d);

// "YYYY-MM-DD" -> epoch of its midnight UTC.
std::optional<Epoch> parseDate(std::string_view text);
// RFC 3339 / ISO 8601: "2026-08-06T14:30:00Z", "...+02:00", fractional seconds of 0-9 digits,
// a space instead of 'T', or a bare date. Fractions are truncated to the second.
std::optional<Epoch> parseTimestamp(std::string_view text);

std::string formatDate(Epoch t); // YYYY-MM-DD
std::string formatTimestamp(Epoch t); // YYYY-MM-DDTHH:MM:SSZ

Epoch floorDay(Epoch t);
Epoch floorHour(Epoch t);
Epoch floorWeek(Epoch t); // ISO weeks start on Monday
Epoch floorMonth(Epoch t);
Epoch floorQuarter(Epoch t);
Epoch addMonths(Epoch monthStart, int months);

} // namespace burnrate
