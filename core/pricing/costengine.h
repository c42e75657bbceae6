#pragma once

#include "model/price.h"
#include "model/result.h"
#include "model/usage.h"

#include <cstdint>
#include <string_view>

namespace burnrate {

// The computed cost of one request or bucket, and what produced it.
struct Cost
{
    Nano total = 0; // what the request cost (0 for a proxy response-cache hit)
    Nano list = 0; // what it would cost without the response cache
    Nano cacheSavings = 0; // saved by cache reads vs the uncached input rate
    Nano cacheWriteExtra = 0; // paid for cache writes above the uncached input rate
    std::int64_t priceId = 0;
    bool longContext = false;
};

// How a request is billed besides its tokens.
struct Billing
{
    bool batch = false;
    bool cacheHit = false; // served by the proxy's response cache: no provider call
    std::string_view serviceTier; // "", "default", "flex", "priority", ...
    bool forceLongContext = false; // bucket already split by context window (Anthropic "200k-1M")
    bool aggregate = false; // tokens of many requests: never compare them with a per-request threshold
};

// The rates that apply to one request after tier, batch and long-context selection
// (nano-USD per 1M tokens; every field set).
struct EffectiveRates
{
    Nano input = 0, cachedInput = 0, cacheWrite5m = 0, cacheWrite1h = 0, output = 0;
    bool longContext = false;
};

// Fails (ErrorCode::Invalid) when a rate is negative or a scaled rate does not fit an int64.
Result<EffectiveRates> effectiveRates(const Price& price, const TokenCounts& tokens, const Billing& billing);

// Cost = uncached x input + cache reads x cached + 5m writes x 5m + 1h writes x 1h + output x output,
// summed in 128 bits with every product and sum overflow-checked, and rounded once to the nano-USD.
// Fails (ErrorCode::Invalid, never a wrapped value) on negative token counts or rates, cache parts above
// the input, or an amount that does not fit an int64 of nano-USD.
Result<Cost> computeCost(const Price& price, const TokenCounts& tokens, const Billing& billing);

} // namespace burnrate
