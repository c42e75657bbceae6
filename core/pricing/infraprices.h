#pragma once
// Prices of the infrastructure around the models, with effective dates: today AWS Lambda (per request and
// per GB-second, by architecture and region). Published on-demand prices, as integers: nano-USD per million
// requests and per million GB-seconds, so a cost is exact integer arithmetic.

#include "model/money.h"
#include "model/result.h"
#include "model/timeutil.h"

#include <cstdint>
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

} // namespace burnrate
