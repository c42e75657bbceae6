#pragma once

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace burnrate {

struct UsageEvent;
struct UsageBucket;
struct CostLine;
struct Price;
struct Rates;

// The one set of limits every number from every source is checked against (file imports, connectors,
// price maps, user overrides). A value outside them is refused with a reason, never stored: with them,
// every per-fact product fits a 128-bit intermediate and every per-fact amount fits an int64, and the
// sums that could still overflow are checked where they are made.
namespace limits {

// Tokens in one token field of one request (the largest context windows are ~2M tokens).
constexpr std::int64_t kMaxRequestTokens = 50'000'000;
// Tokens in one token field of one provider bucket (a whole organisation's day of one model). At 10^13,
// a bucket priced at real rates (input + output rate below $900 per 1M tokens) fits an int64 of
// nano-USD, so a catalog update can always re-price history; only a user price far above any real one
// can overflow (and is then refused with the reason).
constexpr std::int64_t kMaxBucketTokens = 10'000'000'000'000; // 10^13
// Requests counted in one provider bucket.
constexpr std::int64_t kMaxBucketRequests = 1'000'000'000'000; // 10^12
// Latency of one request: one week in milliseconds.
constexpr std::int64_t kMaxLatencyMs = 7LL * 24 * 3600 * 1000;
// A cost reported for one request.
constexpr Nano kMaxRequestCost = 1'000'000 * kNanoPerUsd; // $1,000,000
// A cost reported for one bucket, or the amount of one invoiced cost line (credits may be negative).
constexpr Nano kMaxBucketCost = 100'000'000 * kNanoPerUsd; // $100,000,000
// Any price, in nano-USD per 1M tokens.
constexpr Nano kMaxPricePerMillion = 1'000'000 * kNanoPerUsd; // $1,000,000 per 1M tokens
// Long-context thresholds, in input tokens.
constexpr std::int64_t kMaxContextThreshold = 1'000'000'000;
// Timestamps: 1970-01-01T00:00:00Z <= t < 2200-01-01T00:00:00Z, for epoch numbers and RFC 3339 alike.
constexpr Epoch kMinTimestamp = 0;
constexpr Epoch kMaxTimestamp = 7'258'118'400; // 2200-01-01, exclusive
// A provider bucket or cost line is at most this wide.
constexpr std::int64_t kMaxBucketWidthSeconds = 400LL * 86400;
// HTTP-like status codes.
constexpr int kMaxStatus = 999;
// Text sizes in bytes.
constexpr std::size_t kMaxIdBytes = 4096;
constexpr std::size_t kMaxDimensionBytes = 4096;
constexpr std::size_t kMaxTagKeyBytes = 256;
constexpr std::size_t kMaxTagValueBytes = 4096;
constexpr std::size_t kMaxTextBytes = 8u << 20; // prompt and response text, each
constexpr std::size_t kMaxTags = 256;

} // namespace limits

// True when t lies in [kMinTimestamp, kMaxTimestamp).
bool timestampInRange(Epoch t);
// "1970-01-01T00:00:00Z..2199-12-31T23:59:59Z": the accepted range, for messages.
std::string timestampRangeText();

// Checks every number and text of a fact against `limits`. The error (ErrorCode::Invalid) names the fact,
// the field and the value. UsageWriter::add refuses (and writes nothing for) a fact that fails.
Result<void> validateEvent(const UsageEvent& event);
Result<void> validateBucket(const UsageBucket& bucket);
Result<void> validateCostLine(const CostLine& line);

// Checks one price rate (nano-USD per 1M tokens): >= 0 and <= kMaxPricePerMillion. `field` names it in the
// error ("output", "cache_read_input_token_cost", ...).
Result<void> validateRate(std::optional<Nano> rate, const std::string& field);
// Checks every rate, tier and threshold of a price, and that it names a model.
Result<void> validatePrice(const Price& price);

// Overflow-checked arithmetic: false (and `out` untouched) when the exact result does not fit an int64.
inline bool checkedAdd(std::int64_t a, std::int64_t b, std::int64_t& out)
{
    return !__builtin_add_overflow(a, b, &out);
}
inline bool fitsInt64(Int128 v)
{
    return v >= static_cast<Int128>(INT64_MIN) && v <= static_cast<Int128>(INT64_MAX);
}

} // namespace burnrate
