#pragma once
// Prices of the infrastructure around the models, with effective dates: today AWS Lambda (per request and
// per GB-second, by architecture and region). Published on-demand prices, as integers: nano-USD per million
// requests and per million GB-seconds, so a cost is exact integer arithmetic.

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace burnrate {

struct LambdaRates
{
    Epoch effectiveFrom = 0;
    std::string region; // "*": every region without its own rates
    Nano perMillionRequests = 0; // $0.20 -> 200,000,000
    Nano perMillionGbSecondsX86 = 0; // $16.6667 -> 16,666,700,000
    Nano perMillionGbSecondsArm = 0; // $13.3334 -> 13,333,400,000
};

// The built-in rates, oldest first.
const std::vector<LambdaRates>& lambdaRateCatalog();
// The rates in force in `region` at `at`: the region's own, else "*"; nullptr before the first.
const LambdaRates* lambdaRatesFor(std::string_view region, Epoch at);

// What `invocations` requests with `durationMs` milliseconds of billed duration in all cost at `memoryMb`
// MB on arm64 or x86_64: requests x rate + (durationMs / 1000) x (memoryMb / 1024) GB-s x rate, rounded to
// the nano-dollar. Not included: the free tier, the volume tiers above 6 billion GB-s a month, INIT
// billing, provisioned concurrency, ephemeral storage above 512 MB. Overflow is an error.
Result<Nano> lambdaCost(
    const LambdaRates& rates, std::int64_t invocations, std::int64_t durationMs, std::int64_t memoryMb, bool arm);
// The same for a duration already multiplied out: `mbMs` = milliseconds x MB (1 GB-s = 1,024,000 MB-ms).
Result<Nano> lambdaCostMbMs(const LambdaRates& rates, std::int64_t invocations, Int128 mbMs, bool arm);

// The Lambda free tier, per calendar month (UTC) and account: 1,000,000 requests and 400,000 GB-s
// (409,600,000,000 MB-ms), shared by both architectures.
inline constexpr std::int64_t kLambdaFreeRequests = 1'000'000;
inline constexpr std::int64_t kLambdaFreeMbMs = 400'000LL * 1024 * 1000;

// One function's usage in one bucket.
struct LambdaUsage
{
    Epoch start = 0;
    std::string function; // orders buckets that start at the same time
    std::int64_t invocations = 0, durationMs = 0, memoryMb = 128;
    bool arm = false;
};

// The cost of each of `usage` (any order; the result is in the same order), priced with the rates in force
// in `region` at each bucket's start (nullopt: no rates then). With `freeTier`, each calendar month's free
// requests and GB-s are used up in time order (start, then function name): a bucket inside the allowance
// costs nothing, the bucket that crosses it pays for the part beyond, later ones pay in full - in integers
// (MB-ms, requests), so a month costs exactly max(0, requests - 1M) x the request price + the GB-s beyond
// 400,000 at their architecture's price (each bucket rounded to the nano-dollar). Overflow is an error.
Result<std::vector<std::optional<Nano>>> lambdaCosts(
    const std::vector<LambdaUsage>& usage, std::string_view region, bool freeTier);

} // namespace burnrate
